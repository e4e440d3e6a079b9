using FluentValidation;
using Marten;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Training.BuildingBlocks.Idempotency;
using Training.BuildingBlocks;
using Training.BuildingBlocks.Errors;
using Training.BuildingBlocks.Messaging;
using Training.BuildingBlocks.Security;
using Training.Modules.Certificates.Contracts;
using Training.Modules.Certificates.Issuing;

namespace Training.Modules.Certificates.Certificates;

/// <summary>
/// After a correction of the holder's name, a new certificate with a new number and code replaces
/// the old one, which is marked superseded and points to it. The achievement and validity stay.
/// </summary>
internal sealed record ReissueCertificate(string HolderName) : ICommand<ReissuedView>
{
    public Guid CertificateId { get; init; }
}

internal sealed record ReissuedView(Guid Id, string Number, string VerificationCode, Guid Supersedes);

internal sealed class ReissueCertificateValidator : AbstractValidator<ReissueCertificate>
{
    public ReissueCertificateValidator()
    {
        RuleFor(x => x.CertificateId).NotEmpty();
        RuleFor(x => x.HolderName).NotEmpty()
            .Must(n => n.Trim().Length is >= 2 and <= 120).WithMessage("Between 2 and 120 characters.")
            .Must(n => n.All(c => char.IsLetter(c) || c is ' ' or '\'' or '-' or '.' or ','))
            .WithMessage("Letters, spaces and ' - . , only.");
    }
}

internal sealed class ReissueCertificateHandler(IDocumentSession session, CertificateAccess access, Issuance issuance, ICurrentUser user, TimeProvider clock)
    : IRequestHandler<ReissueCertificate, ReissuedView>
{
    public static Guid IdFor(Guid replaced) => StableGuid.From($"certificate-reissue:{replaced}");

    public async Task<ReissuedView> Handle(ReissueCertificate command, CancellationToken cancellationToken)
    {
        var stream = await session.Events.FetchForWriting<Certificate>(command.CertificateId, cancellationToken);
        var old = await access.EnsureManagesAsync(stream.Aggregate, command.CertificateId, cancellationToken);
        var name = string.Join(' ', command.HolderName.Split(' ', StringSplitOptions.RemoveEmptyEntries));
        if (old.Revocation is not null || old.SupersededBy is not null)
        {
            throw new RuleBroken("certificate.reissue.not-valid", isConflict: true);
        }

        if (string.Equals(name, old.HolderName, StringComparison.Ordinal))
        {
            throw new RuleBroken("certificate.reissue.same-name");
        }

        var by = user.Id ?? Guid.Empty;
        var issued = await issuance.IssueAsync(new CertificateDraft(
            IdFor(old.Id), old.LearnerId, old.FacilityId, name, old.CourseId, old.CourseVersion, old.CourseTitle, old.SkillCategory, old.Hours,
            old.Units, CertificateCalendar.Today(clock), old.ValidUntil, old.Id), by, cancellationToken);
        stream.AppendOne(new CertificateSuperseded(old.Id, issued.CertificateId, issued.Number, issued.VerificationCode, by, issued.At));
        stream.AppendOne(new CertificateRevokedIntegrationEvent(old.Id, old.LearnerId, issued.At));
        return new ReissuedView(issued.CertificateId, issued.Number, issued.VerificationCode, old.Id);
    }
}

internal static class ReissueCertificateEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/certificates/{id:guid}/reissue", async (Guid id, ReissueCertificate command, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(command with { CertificateId = id }, ct)))
            .CreatesResource()
            .RequireAuthorization(p => p.RequireClaim(BekalClaims.Role, Roles.PlatformAdmin, Roles.FacilityOfficer))
            .WithName(nameof(ReissueCertificate))
            .WithTags("Certificates");
}
