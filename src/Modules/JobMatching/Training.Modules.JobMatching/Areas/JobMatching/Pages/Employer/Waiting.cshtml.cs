using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Training.BuildingBlocks.Security;
using Training.BuildingBlocks.Web;
using Training.Modules.Identity.Contracts;

namespace Training.Modules.JobMatching.Pages.Employer;

/// <summary>
/// What an employer whose organisation is not verified (yet) reads instead of search and postings:
/// graduates are shown only to organisations a platform admin has checked. It is the page they were
/// sent to, not a refusal: it answers 200.
/// </summary>
[Authorize(Policy = Policies.Employer)]
internal sealed class WaitingModel(IMediator mediator) : ReadPageModel(mediator)
{
    public EmployerDetails? Employer { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        Employer = await Mediator.Send(new GetMyEmployer(), HttpContext.RequestAborted);
        if (Employer is { Status: EmployerVerification.Verified })
        {
            return Redirect("/employer/graduates");
        }

        return Page();
    }
}
