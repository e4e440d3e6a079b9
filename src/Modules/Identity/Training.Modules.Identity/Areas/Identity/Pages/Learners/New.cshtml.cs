using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Training.BuildingBlocks.Security;
using Training.BuildingBlocks.Web;
using Training.Modules.Identity.Learners;
using Training.Modules.Identity.Web;

namespace Training.Modules.Identity.Pages.Learners;

/// <summary>An officer registers a learner at their own facility and gives them their first PIN.</summary>
[Authorize(Policy = Policies.FacilityOfficer)]
internal sealed class NewModel(IMediator mediator, IdentityErrorTexts errors, ICurrentUser user, IStringLocalizer<IdentityResource> text)
    : FormPageModel<IdentityErrorTexts>(mediator, errors)
{
    [BindProperty]
    public NewLearnerForm Learner { get; set; } = new();

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var (ok, id) = await SendAsync(nameof(Learner), new RegisterLearner(user.FacilityId ?? Guid.Empty, Learner.LearnerNumber ?? "", Learner.FullName ?? "", Learner.Pin ?? ""));
        if (!ok)
        {
            return Page();
        }

        Done = text["Learners.Registered", Learner.FullName?.Trim() ?? ""];
        return RedirectToPage("Detail", new { id });
    }

    internal sealed class NewLearnerForm
    {
        public string? LearnerNumber { get; set; }

        public string? FullName { get; set; }

        public string? Pin { get; set; }
    }
}
