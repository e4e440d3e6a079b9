using Training.Modules.Identity.Contracts;

namespace Training.Modules.Identity.Employers;

/// <summary>
/// A company, cooperative or UMKM. Pending until a platform admin verifies or rejects it; a verified one
/// may be suspended. <see cref="Legal"/> is null for organisations that registered before it was asked.
/// </summary>
internal sealed record Employer(
    Guid Id,
    string OrganizationName,
    string ContactName,
    string Email,
    string Phone,
    Guid AccountId,
    EmployerVerification Status,
    string? Reason,
    DateTimeOffset RegisteredAt,
    LegalIdentity? Legal = null)
{
    public static Employer Create(EmployerRegistered e) =>
        new(e.EmployerId, e.OrganizationName, e.ContactName, e.Email, e.Phone, e.AccountId, EmployerVerification.Pending, null, e.At, LegalIdentity.Of(e.Nib, e.Npwp, e.Address));

    public Employer Apply(EmployerVerified e) => this with { Status = EmployerVerification.Verified, Reason = e.Note };

    public Employer Apply(EmployerRejected e) => this with { Status = EmployerVerification.Rejected, Reason = e.Reason };

    public Employer Apply(EmployerSuspended e) => this with { Status = EmployerVerification.Suspended, Reason = e.Reason };

    public Employer Apply(EmployerReinstated e) => this with { Status = EmployerVerification.Verified, Reason = e.Note };
}

/// <summary>
/// Registered before the legal identity was asked, an organisation's stored event has no
/// <see cref="Nib"/>, <see cref="Npwp"/> or <see cref="Address"/>: they load as null.
/// </summary>
internal sealed record EmployerRegistered(
    Guid EmployerId, string OrganizationName, string ContactName, string Email, string Phone, Guid AccountId, DateTimeOffset At,
    string? Nib = null, string? Npwp = null, string? Address = null);

internal sealed record EmployerVerified(Guid EmployerId, string? Note, Guid By, DateTimeOffset At);

internal sealed record EmployerRejected(Guid EmployerId, string Reason, Guid By, DateTimeOffset At);

/// <summary>A platform admin stopped a verified employer: search, matches and contact end with its next request.</summary>
internal sealed record EmployerSuspended(Guid EmployerId, string Reason, Guid By, DateTimeOffset At);

/// <summary>A platform admin lifted a suspension: the employer may search and contact again from its next request.</summary>
internal sealed record EmployerReinstated(Guid EmployerId, string? Note, Guid By, DateTimeOffset At);
