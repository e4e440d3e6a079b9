using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Training.BuildingBlocks.Security;
using Training.BuildingBlocks.Web;
using Training.Modules.Identity.Learners;
using Training.Modules.Identity.Web;

namespace Training.Modules.Identity.Pages.Learners;

/// <summary>The learners of the officer's own facility, found by name or number.</summary>
[Authorize(Policy = Policies.FacilityOfficer)]
internal sealed class IndexModel(IMediator mediator, IdentityErrorTexts errors) : FormPageModel<IdentityErrorTexts>(mediator, errors)
{
    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    public IReadOnlyList<LearnerView> Learners { get; private set; } = [];

    public async Task OnGetAsync()
    {
        var (ok, found) = await SendAsync("Search", new SearchLearners(Q));
        Learners = ok ? found : [];
    }
}
