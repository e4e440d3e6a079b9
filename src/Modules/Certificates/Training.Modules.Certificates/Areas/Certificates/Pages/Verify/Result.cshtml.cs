using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Training.BuildingBlocks.Web;
using Training.Modules.Certificates.Verification;

namespace Training.Modules.Certificates.Pages.Verify;

/// <summary>
/// What a certificate vouches for and whether it still does, for anyone with its code. It names the
/// programme that issued it and never the facility: the view has no facility to show. A code that finds
/// no certificate (mistyped, or made up) says so plainly, with the form to try again, and answers 404.
/// </summary>
[AllowAnonymous]
[EnableRateLimiting(VerifyCertificateEndpoint.RateLimit)]
internal sealed class ResultModel(IMediator mediator) : ReadPageModel(mediator)
{
    public VerificationView? Certificate { get; private set; }

    public string Code { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(string code)
    {
        // A holder shares the link with whom they choose; search engines are not among them.
        Response.Headers["X-Robots-Tag"] = "noindex";
        Code = code.Length > 40 ? code[..40] : code;
        Certificate = await FindAsync(new VerifyCertificate(code));
        if (Certificate is null)
        {
            Response.StatusCode = StatusCodes.Status404NotFound;
        }

        return Page();
    }
}
