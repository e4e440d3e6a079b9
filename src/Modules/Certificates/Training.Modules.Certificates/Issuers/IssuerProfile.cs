using Marten;
using Microsoft.Extensions.Options;

namespace Training.Modules.Certificates.Issuers;

/// <summary>The training programme a facility's certificates are issued by; one stream per facility.</summary>
internal sealed record IssuerProfile(Guid Id, string Name)
{
    public static IssuerProfile Create(IssuerNamed e) => new(e.FacilityId, e.Name);

    public IssuerProfile Apply(IssuerNamed e) => this with { Name = e.Name };
}

internal sealed record IssuerNamed(Guid FacilityId, string Name, Guid By, DateTimeOffset At);

/// <summary>The issuer name for a facility's certificates: its programme's own, else the platform's default.</summary>
internal sealed class IssuerNames(IQuerySession session, IOptions<IssuingOptions> options)
{
    public async Task<string> ForAsync(Guid facilityId, CancellationToken cancellationToken) =>
        (await session.LoadAsync<IssuerProfile>(facilityId, cancellationToken))?.Name ?? options.Value.DefaultIssuerName;
}

/// <summary>Settings of the <c>Certificates</c> section that issuing reads.</summary>
internal sealed class IssuingOptions
{
    /// <summary>For facilities whose programme has not been named yet. Never a facility's name.</summary>
    public string DefaultIssuerName { get; set; } = "Program Pelatihan Keterampilan Bekal";

    /// <summary>Verifications per client address and minute: enough for an employer, too few to walk the codes.</summary>
    public int VerificationsPerMinutePerAddress { get; set; } = 30;
}
