using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Options;
using Training.BuildingBlocks.Security;
using Training.BuildingBlocks.Web;
using Training.Modules.Certificates.Credentials;
using Training.Modules.Certificates.Holders;
using Training.Modules.Certificates.Notices;

namespace Training.Modules.Certificates.Pages.Mine;

/// <summary>The learner's certificates, to download and to share by their public link; her inbox above them.</summary>
[Authorize(Policy = Policies.Learner)]
internal sealed class IndexModel(IMediator mediator, IOptions<CertificateOptions> options) : ReadPageModel(mediator)
{
    public IReadOnlyList<Notice> Notices { get; private set; } = [];

    public IReadOnlyList<CertificateListItem> Certificates { get; private set; } = [];

    public async Task OnGetAsync()
    {
        Notices = await Mediator.Send(new MyNotices(), HttpContext.RequestAborted);
        Certificates = await Mediator.Send(new MyCertificates(), HttpContext.RequestAborted);
    }

    /// <summary>The address the holder gives an employer: the public verification page, on the public host.</summary>
    public string ShareLink(CertificateListItem certificate) => options.Value.VerifyUrl(certificate.VerificationCode).AbsoluteUri;
}
