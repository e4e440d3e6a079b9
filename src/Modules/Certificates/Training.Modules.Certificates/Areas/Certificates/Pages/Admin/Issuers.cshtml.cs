using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Training.BuildingBlocks.Security;
using Training.BuildingBlocks.Web;
using Training.Modules.Certificates.Issuers;
using Training.Modules.Certificates.Web;

namespace Training.Modules.Certificates.Pages.Admin;

/// <summary>
/// The programme each facility's certificates are issued by. The facility's own name shows here for the
/// admin to tell them apart; the handler refuses an issuer name that would carry it onto a certificate.
/// </summary>
[Authorize(Policy = Policies.PlatformAdmin)]
internal sealed class IssuersModel(IMediator mediator, CertificatesErrorTexts errors, IStringLocalizer<CertificatesResource> text)
    : FormPageModel<CertificatesErrorTexts>(mediator, errors)
{
    public const string Form = "Issuer";

    public IReadOnlyList<IssuerListing> Issuers { get; private set; } = [];

    [BindProperty]
    public string? Name { get; set; }

    /// <summary>The facility whose form is shown again with what was typed and why it was refused.</summary>
    public Guid? Posted { get; private set; }

    public static string Key(Guid facilityId) => $"{Form}.{facilityId:N}";

    public async Task OnGetAsync() => Issuers = await Mediator.Send(new ListIssuers(), HttpContext.RequestAborted);

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        await OnGetAsync();
        // A refusal about a facility not on the list (a stale or forged form) is shown above the list.
        var key = Issuers.Any(i => i.FacilityId == id) ? Key(id) : Form;
        var (ok, named) = await SendAsync(key, Form, new NameIssuer(Name ?? "") { FacilityId = id });
        if (ok)
        {
            return Succeeded(text["Issuers.Saved", named.Name]);
        }

        Posted = id;
        return Page();
    }
}
