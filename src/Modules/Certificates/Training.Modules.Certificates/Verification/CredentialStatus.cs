using Marten;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Options;
using Training.BuildingBlocks.Errors;
using Training.Modules.Certificates.Certificates;
using Training.Modules.Certificates.Contracts;
using Training.Modules.Certificates.Credentials;

namespace Training.Modules.Certificates.Verification;

/// <summary>
/// The revocation list a credential's <c>credentialStatus</c> points to (1EdTech Revocation List):
/// the credential is listed when it was revoked or superseded. Expiry is the credential's own validUntil.
/// </summary>
internal sealed record GetCredentialStatus(Guid CertificateId) : IRequest<RevocationList>;

internal sealed record RevocationList(string Id, string Issuer, IReadOnlyList<RevokedCredential> RevokedCredentials);

internal sealed record RevokedCredential(string Id, string RevocationReason);

internal sealed class GetCredentialStatusHandler(IQuerySession session, IOptions<CertificateOptions> options, TimeProvider clock)
    : IRequestHandler<GetCredentialStatus, RevocationList>
{
    public async Task<RevocationList> Handle(GetCredentialStatus query, CancellationToken cancellationToken)
    {
        var certificate = await session.LoadAsync<Certificate>(query.CertificateId, cancellationToken) ?? throw new NotFound("certificate", query.CertificateId);
        var view = VerificationView.Of(certificate, CertificateCalendar.Today(clock));
        RevokedCredential[] revoked = view.Status == nameof(CertificateStatus.Revoked)
            ? [new RevokedCredential($"urn:uuid:{certificate.Id}", view.RevocationReason?.ToString() ?? "")]
            : [];
        return new RevocationList(options.Value.StatusUrl(certificate.Id).AbsoluteUri, options.Value.IssuerUri.AbsoluteUri, revoked);
    }
}

internal static class CredentialStatusEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/certificates/{id:guid}/status", async (Guid id, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new GetCredentialStatus(id), ct)))
            .AllowAnonymous()
            .RequireRateLimiting(VerifyCertificateEndpoint.RateLimit)
            .WithName(nameof(GetCredentialStatus))
            .WithTags("Certificates");
}
