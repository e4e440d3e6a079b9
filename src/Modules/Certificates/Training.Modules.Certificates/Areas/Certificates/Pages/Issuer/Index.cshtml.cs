using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Net.Http.Headers;
using Training.BuildingBlocks.Web;
using Training.Modules.Certificates.Issuers;

namespace Training.Modules.Certificates.Pages.Issuer;

/// <summary>
/// The address every credential gives as its issuer. A verifier asking for JSON gets the Open Badges
/// Profile; a person following the link reads who issues Bekal's certificates and how to check one.
/// </summary>
[AllowAnonymous]
internal sealed class IndexModel(IMediator mediator) : ReadPageModel(mediator)
{
    private static readonly string[] JsonTypes = ["application/json", "application/ld+json"];

    public IssuerProfileView Profile { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync()
    {
        Profile = await Mediator.Send(new GetIssuerProfile(), HttpContext.RequestAborted);
        Response.Headers.Vary = HeaderNames.Accept;
        if (!WantsJson())
        {
            return Page();
        }

        Response.Headers.AccessControlAllowOrigin = "*";   // verifier pages on other sites fetch it too
        return Content(Profile.Json().ToJsonString(), "application/json");
    }

    // JSON when the client ranks a JSON type above HTML (or names no HTML at all).
    private bool WantsJson()
    {
        var accepted = Request.GetTypedHeaders().Accept;
        double Quality(Func<string, bool> matches) =>
            accepted.Where(a => matches(a.MediaType.Value ?? "")).Select(a => a.Quality ?? 1).DefaultIfEmpty(0).Max();
        var json = Quality(type => JsonTypes.Contains(type, StringComparer.OrdinalIgnoreCase));
        var html = Quality(type => type.Equals("text/html", StringComparison.OrdinalIgnoreCase));
        return json > 0 && json >= html;
    }
}
