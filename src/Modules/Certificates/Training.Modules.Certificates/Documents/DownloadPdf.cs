using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Options;
using Training.BuildingBlocks.Security;
using Training.Modules.Certificates.Certificates;
using Training.Modules.Certificates.Credentials;

namespace Training.Modules.Certificates.Documents;

/// <summary>The printable certificate for its holder, the facility's staff or an admin; drawn anew each time from the record.</summary>
internal sealed record DownloadPdf(Guid CertificateId) : IRequest<PrintedCertificate>;

internal sealed record PrintedCertificate(string Number, byte[] Pdf);

internal sealed class DownloadPdfHandler(CertificateAccess access, IOptions<CertificateOptions> options) : IRequestHandler<DownloadPdf, PrintedCertificate>
{
    public async Task<PrintedCertificate> Handle(DownloadPdf query, CancellationToken cancellationToken)
    {
        var certificate = await access.ReadableAsync(query.CertificateId, cancellationToken);
        return new PrintedCertificate(certificate.Number, CertificatePdf.Render(certificate, options.Value.VerifyUrl(certificate.VerificationCode)));
    }
}

internal static class DownloadPdfEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/certificates/{id:guid}/pdf", async (Guid id, IMediator mediator, CancellationToken ct) =>
            {
                var printed = await mediator.Send(new DownloadPdf(id), ct);
                return TypedResults.File(printed.Pdf, "application/pdf", printed.Number + ".pdf");
            })
            .RequireAuthorization(Policies.SignedIn)
            .Produces(StatusCodes.Status200OK, contentType: "application/pdf")
            .WithName(nameof(DownloadPdf))
            .WithTags("Certificates");
}
