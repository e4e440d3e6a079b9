using MediatR;
using Microsoft.AspNetCore.Authorization;
using Training.BuildingBlocks.Security;
using Training.BuildingBlocks.Web;
using Training.Modules.Certificates.Holders;

namespace Training.Modules.Certificates.Pages.Staff;

/// <summary>The certificates of the facility's learners, by number or name; each leads to the learner's page.</summary>
[Authorize(Policy = Policies.FacilityStaff)]
internal sealed class FacilityModel(IMediator mediator) : ReadPageModel(mediator)
{
    public const int MaxSearch = ListFacilityCertificatesHandler.MaxSearchLength;

    public string? Q { get; private set; }

    public IReadOnlyList<CertificateListItem> Certificates { get; private set; } = [];

    public async Task OnGetAsync(string? q)
    {
        Q = q?.Trim() is { Length: > 0 } words ? words[..Math.Min(words.Length, MaxSearch)] : null;
        Certificates = await Mediator.Send(new ListFacilityCertificates(Q), HttpContext.RequestAborted);
    }
}
