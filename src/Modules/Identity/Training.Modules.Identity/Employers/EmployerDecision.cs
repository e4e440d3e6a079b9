using Training.BuildingBlocks.Errors;
using Training.Modules.Identity.Contracts;

namespace Training.Modules.Identity.Employers;

/// <summary>What verifying and rejecting an employer share: the admin's body, and that only a pending employer is decided on.</summary>
internal static class EmployerDecision
{
    public sealed record Decision(string? Reason = null);

    public static Employer Pending(Employer? employer, Guid id) =>
        (employer ?? throw new NotFound("employer", id)).Status == EmployerVerification.Pending
            ? employer
            : throw new RuleBroken("employer.already-decided", isConflict: true);
}
