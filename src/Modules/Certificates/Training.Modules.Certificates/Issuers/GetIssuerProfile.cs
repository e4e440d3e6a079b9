using System.Text.Json.Nodes;
using MediatR;
using Microsoft.Extensions.Options;
using Training.Modules.Certificates.Credentials;

namespace Training.Modules.Certificates.Issuers;

/// <summary>
/// The issuer every credential names (<c>issuer.id</c>): an Open Badges 3.0 Profile that a verifier
/// dereferences. One profile for the platform, never a facility's: a facility's programme name is carried
/// in each credential's own <c>issuer.name</c>.
/// </summary>
internal sealed record GetIssuerProfile : IRequest<IssuerProfileView>;

internal sealed record IssuerProfileView(string Id, string Name, string Url, string Description)
{
    /// <summary>The Profile as OB 3.0 describes it, with the contexts the credentials use.</summary>
    public JsonObject Json() => new()
    {
        ["@context"] = new JsonArray("https://www.w3.org/ns/credentials/v2", "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"),
        ["id"] = Id,
        ["type"] = new JsonArray("Profile"),
        ["name"] = Name,
        ["url"] = Url,
        ["description"] = Description,
    };
}

internal sealed class GetIssuerProfileHandler(IOptions<CertificateOptions> certificates, IOptions<IssuingOptions> issuing)
    : IRequestHandler<GetIssuerProfile, IssuerProfileView>
{
    public Task<IssuerProfileView> Handle(GetIssuerProfile request, CancellationToken cancellationToken) =>
        Task.FromResult(new IssuerProfileView(
            certificates.Value.IssuerUri.AbsoluteUri,
            issuing.Value.DefaultIssuerName,
            certificates.Value.BaseUri.AbsoluteUri,
            "Sertifikat kompetensi pelatihan keterampilan, diterbitkan setelah asesmen per unit kompetensi."));
}
