using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Training.BuildingBlocks.Web;
using Training.Modules.Certificates.Certificates;
using Training.Modules.Certificates.Verification;
using Training.Modules.Certificates.Web;

namespace Training.Modules.Certificates.Pages.Verify;

/// <summary>
/// Anyone types the code printed on a certificate. A plain GET form, so it works without script and
/// a bookmark keeps the code; a code that finds a certificate goes on to its own page.
/// </summary>
[AllowAnonymous]
[EnableRateLimiting(VerifyCertificateEndpoint.RateLimit)]
internal sealed class IndexModel(IMediator mediator, CertificatesErrorTexts errors) : FormPageModel<CertificatesErrorTexts>(mediator, errors)
{
    public const string Form = "Verify";

    public string? Code { get; private set; }

    public async Task<IActionResult> OnGetAsync(string? code)
    {
        Response.Headers["X-Robots-Tag"] = "noindex";
        if (string.IsNullOrWhiteSpace(code))
        {
            return Page();
        }

        Code = code.Length > 40 ? code[..40] : code;
        if (VerificationCode.Normalize(code) is not { } normalized)
        {
            Refuse(Form, Errors.Invalid(Form), StatusCodes.Status400BadRequest);
            return Page();
        }

        var (found, _) = await SendAsync(Form, Form, new VerifyCertificate(normalized));
        return found ? RedirectToPage("Result", new { code = VerificationCode.Grouped(normalized) }) : Page();
    }
}
