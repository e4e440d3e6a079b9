using Training.BuildingBlocks.Errors;

namespace Training.Modules.Crafts.Shows;

/// <summary>
/// A bazaar or exhibition (acara) where a facility's crafts can be seen and bought: announced by its officer,
/// shown publicly under the brand until its last day is over, unless it is cancelled.
/// </summary>
internal sealed record CraftShow(
    Guid Id, Guid FacilityId, ShowDetails Details, DateOnly StartsOn, DateOnly EndsOn, IReadOnlyList<Guid> ProductIds, bool Cancelled)
{
    public static CraftShow Create(CraftShowAnnounced e) =>
        new(e.ShowId, e.FacilityId, e.Details, e.Details.StartsOn, e.Details.EndsOn, e.ProductIds, false);

    public CraftShow Apply(CraftShowCancelled e) => this with { Cancelled = true };

    public CraftShowCancelled Cancel(string? reason, Guid by, DateTimeOffset at) =>
        Cancelled ? throw new RuleBroken("event.cancelled", isConflict: true) : new CraftShowCancelled(Id, reason, by, at);
}

/// <summary>What the public reads of an event: every text passed the custody check when it was typed.</summary>
internal sealed record ShowDetails(string Title, string Place, string Regency, DateOnly StartsOn, DateOnly EndsOn, string? Description)
{
    public IEnumerable<string?> PublicTexts() => [Title, Place, Regency, Description];
}

internal sealed record CraftShowAnnounced(Guid ShowId, Guid FacilityId, ShowDetails Details, IReadOnlyList<Guid> ProductIds, Guid By, DateTimeOffset At);

internal sealed record CraftShowCancelled(Guid ShowId, string? Reason, Guid By, DateTimeOffset At);
