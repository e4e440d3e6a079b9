using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Training.BuildingBlocks.Security;
using Training.Modules.Certificates.Certificates;

namespace Training.Modules.Certificates.Credentials;

/// <summary>The holder (or the facility's staff, or an admin) takes the signed credential to a wallet or an employer.</summary>
internal sealed record DownloadCredential(Guid CertificateId) : IRequest<SignedCredential>;

internal sealed record SignedCredential(string Number, string Jwt);

internal sealed class DownloadCredentialHandler(CertificateAccess access, OpenBadgeCredential credential) : IRequestHandler<DownloadCredential, SignedCredential>
{
    public async Task<SignedCredential> Handle(DownloadCredential query, CancellationToken cancellationToken)
    {
        var certificate = await access.ReadableAsync(query.CertificateId, cancellationToken);
        return new SignedCredential(certificate.Number, credential.Sign(certificate));
    }
}

internal static class DownloadCredentialEndpoint
{
    public const string MediaType = "application/vc+jwt";

    public static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/certificates/{id:guid}/credential", async (Guid id, IMediator mediator, CancellationToken ct) =>
            {
                var signed = await mediator.Send(new DownloadCredential(id), ct);
                return TypedResults.File(System.Text.Encoding.ASCII.GetBytes(signed.Jwt), MediaType, signed.Number + ".jwt");
            })
            .RequireAuthorization(Policies.SignedIn)
            .Produces(StatusCodes.Status200OK, contentType: MediaType)
            .WithName(nameof(DownloadCredential))
            .WithTags("Certificates");
}
