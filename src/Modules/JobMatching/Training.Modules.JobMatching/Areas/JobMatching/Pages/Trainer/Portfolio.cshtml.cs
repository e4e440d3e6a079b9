using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Training.BuildingBlocks.Security;
using Training.Modules.JobMatching.Portfolio;
using Training.Modules.JobMatching.Web;

namespace Training.Modules.JobMatching.Pages.Trainer;

/// <summary>
/// Photos the learners of the trainer's facility uploaded for their portfolio. Approving shows one to
/// employers: the trainer answers for it showing no face and nothing that tells where it was made.
/// </summary>
[Authorize(Policy = Policies.Trainer)]
internal sealed class PortfolioModel(IMediator mediator, JobMatchingErrorTexts errors, IStringLocalizer<JobMatchingResource> text)
    : JobMatchingPageModel(mediator, errors)
{
    public const string Form = "Approve";

    public IReadOnlyList<PendingPhoto> Pending { get; private set; } = [];

    public async Task OnGetAsync() => Pending = await Mediator.Send(new PendingPortfolioPhotos(), HttpContext.RequestAborted);

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        var (ok, _) = await SendAsync(Form, Form, new ApprovePortfolioPhoto(id));
        if (ok)
        {
            return Succeeded(text["Portfolio.Approved"]);
        }

        await OnGetAsync();
        return Page();
    }
}
