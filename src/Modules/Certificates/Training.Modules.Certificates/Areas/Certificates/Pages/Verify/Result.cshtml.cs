using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Training.BuildingBlocks.Errors;
using Training.BuildingBlocks.Web;
using Training.Modules.Certificates.Verification;

namespace Training.Modules.Certificates.Pages.Verify;

/// <summary>
/// What a certificate vouches for and whether it still does, for anyone with its code. It names the
/// programme that issued it and never the facility: the view has no facility to show.
/// </summary>
[AllowAnonymous]
[EnableRateLimiting(VerifyCertificateEndpoint.RateLimit)]
internal sealed class ResultModel(IMediator mediator) : ReadPageModel(mediator)
{
    public VerificationView Certificate { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string code)
    {
        // A holder shares the link with whom they choose; search engines are not among them.
        Response.Headers["X-Robots-Tag"] = "noindex";
        try
        {
            Certificate = await Mediator.Send(new VerifyCertificate(code), HttpContext.RequestAborted);
        }
        catch (NotFound)
        {
            return NotFound();
        }

        return Page();
    }
}
