using FluentValidation;
using Marten;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Training.BuildingBlocks;
using Training.BuildingBlocks.Messaging;
using Training.BuildingBlocks.Security;
using Training.Modules.Certificates.Contracts;

namespace Training.Modules.Certificates.Certificates;

/// <summary>
/// A platform admin or an officer of the holder's facility revokes a certificate for one of the fixed
/// <see cref="RevocationReason"/>s, with an optional note that only staff read; the record stays.
/// </summary>
internal sealed record RevokeCertificate(string? Reason = null, string? Note = null) : ICommand<CertificateStatusView>
{
    public Guid CertificateId { get; init; }
}

internal sealed record CertificateStatusView(Guid Id, string Number, CertificateStatus Status);

internal sealed class RevokeCertificateValidator : AbstractValidator<RevokeCertificate>
{
    public RevokeCertificateValidator()
    {
        RuleFor(x => x.CertificateId).NotEmpty();
        RuleFor(x => x.Reason).Must(r => EnumNames.Find<RevocationReason>(r) is not null)
            .WithMessage("Use IssuedInError, NameCorrected, AssessmentWithdrawn, HolderRequest or Other.");
        RuleFor(x => x.Note).MaximumLength(500);
    }
}

internal sealed class RevokeCertificateHandler(IDocumentSession session, CertificateAccess access, ICurrentUser user, TimeProvider clock)
    : IRequestHandler<RevokeCertificate, CertificateStatusView>
{
    public async Task<CertificateStatusView> Handle(RevokeCertificate command, CancellationToken cancellationToken)
    {
        var stream = await session.Events.FetchForWriting<Certificate>(command.CertificateId, cancellationToken);
        var certificate = await access.EnsureManagesAsync(stream.Aggregate, command.CertificateId, cancellationToken);
        var note = string.IsNullOrWhiteSpace(command.Note) ? null : command.Note.Trim();
        var revoked = certificate.Revoke(EnumNames.Find<RevocationReason>(command.Reason)!.Value, note, user.Id ?? Guid.Empty, clock.GetUtcNow());
        stream.AppendOne(revoked);
        stream.AppendOne(new CertificateRevokedIntegrationEvent(certificate.Id, certificate.LearnerId, revoked.At));
        return new CertificateStatusView(certificate.Id, certificate.Number, CertificateStatus.Revoked);
    }
}

internal static class RevokeCertificateEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/certificates/{id:guid}/revoke", async (Guid id, RevokeCertificate command, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(command with { CertificateId = id }, ct)))
            .RequireAuthorization(p => p.RequireClaim(BekalClaims.Role, Roles.PlatformAdmin, Roles.FacilityOfficer))
            .WithName(nameof(RevokeCertificate))
            .WithTags("Certificates");
}
