namespace Training.Modules.Identity.Facilities;

/// <summary>A correctional facility. Deactivated facilities keep their history and their learners' records.</summary>
internal sealed record Facility(Guid Id, string Code, string Name, string TimeZone, bool Active)
{
    public static Facility Create(FacilityCreated e) => new(e.FacilityId, e.Code, e.Name, e.TimeZone, true);

    public Facility Apply(FacilityRenamed e) => this with { Name = e.Name };

    public Facility Apply(FacilityDeactivated e) => this with { Active = false };
}

internal sealed record FacilityCreated(Guid FacilityId, string Code, string Name, string TimeZone, Guid By, DateTimeOffset At);

internal sealed record FacilityRenamed(Guid FacilityId, string Name, Guid By, DateTimeOffset At);

internal sealed record FacilityDeactivated(Guid FacilityId, Guid By, DateTimeOffset At);
