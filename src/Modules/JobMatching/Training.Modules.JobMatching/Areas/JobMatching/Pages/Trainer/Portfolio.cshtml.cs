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
/// Rejecting one says why, and the learner reads the reason on her profile.
/// </summary>
[Authorize(Policy = Policies.Trainer)]
internal sealed class PortfolioModel(IMediator mediator, JobMatchingErrorTexts errors, IStringLocalizer<JobMatchingResource> text)
    : JobMatchingPageModel(mediator, errors)
{
    public const string Form = "Approve";

    /// <summary>The reject form's kind; each photo's form is keyed by this and the photo's id.</summary>
    public const string RejectForm = "Reject";

    public IReadOnlyList<PendingPhoto> Pending { get; private set; } = [];

    /// <summary>The photo whose rejection was refused, shown again open with the reason as typed.</summary>
    public Guid? Refused { get; private set; }

    public string? Reason { get; private set; }

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

    public async Task<IActionResult> OnPostRejectAsync(Guid id, string? reason)
    {
        var (ok, _) = await SendAsync($"{RejectForm}{id}", RejectForm, new RejectPortfolioPhoto(reason ?? "") { PhotoId = id });
        if (ok)
        {
            return Succeeded(text["Portfolio.Rejected"]);
        }

        (Refused, Reason) = (id, reason);

        await OnGetAsync();
        return Page();
    }
}
