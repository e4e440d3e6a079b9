using Training.Modules.Identity.Contracts;

namespace Training.Modules.Identity.Employers;

/// <summary>A company, cooperative or UMKM. Pending until a platform admin verifies or rejects it.</summary>
internal sealed record Employer(
    Guid Id,
    string OrganizationName,
    string ContactName,
    string Email,
    string Phone,
    Guid AccountId,
    EmployerVerification Status,
    string? Reason,
    DateTimeOffset RegisteredAt)
{
    public static Employer Create(EmployerRegistered e) =>
        new(e.EmployerId, e.OrganizationName, e.ContactName, e.Email, e.Phone, e.AccountId, EmployerVerification.Pending, null, e.At);

    public Employer Apply(EmployerVerified e) => this with { Status = EmployerVerification.Verified, Reason = e.Note };

    public Employer Apply(EmployerRejected e) => this with { Status = EmployerVerification.Rejected, Reason = e.Reason };
}

internal sealed record EmployerRegistered(
    Guid EmployerId, string OrganizationName, string ContactName, string Email, string Phone, Guid AccountId, DateTimeOffset At);

internal sealed record EmployerVerified(Guid EmployerId, string? Note, Guid By, DateTimeOffset At);

internal sealed record EmployerRejected(Guid EmployerId, string Reason, Guid By, DateTimeOffset At);
