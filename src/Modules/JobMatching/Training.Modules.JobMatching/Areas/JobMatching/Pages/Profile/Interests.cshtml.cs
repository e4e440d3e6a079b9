using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Training.BuildingBlocks.Security;
using Training.Modules.JobMatching.Interests;
using Training.Modules.JobMatching.Web;

namespace Training.Modules.JobMatching.Pages.Profile;

/// <summary>
/// Employers' interests in the learner's profile. Those the officer approved wait for her answer, with
/// the officer's note and the contact route that accepting would share; the rest show where they stand.
/// </summary>
[Authorize(Policy = Policies.Learner)]
internal sealed class InterestsModel(IMediator mediator, JobMatchingErrorTexts errors, IStringLocalizer<JobMatchingResource> text)
    : JobMatchingPageModel(mediator, errors)
{
    public const string Form = "Answer";

    public IReadOnlyList<InterestView> ToAnswer { get; private set; } = [];

    public IReadOnlyList<InterestSummary> Others { get; private set; } = [];

    public static string Key(Guid interestId) => $"{Form}.{interestId:N}";

    public async Task OnGetAsync() => await LoadAsync();

    public async Task<IActionResult> OnPostAsync(Guid id, bool? accept)
    {
        await LoadAsync();
        // An answer to an interest no longer waiting here (a second tablet, a stale page) is shown above the list.
        var key = ToAnswer.Any(i => i.Id == id) ? Key(id) : Form;
        var (ok, _) = await SendAsync(key, Form, new RespondToInterest(accept) { InterestId = id });
        if (ok)
        {
            return Succeeded(accept == true ? text["Answer.Accepted"] : text["Answer.Declined"]);
        }

        await LoadAsync();
        return Page();
    }

    private async Task LoadAsync()
    {
        var mine = await Mediator.Send(new ListInterests(null), HttpContext.RequestAborted);
        var waiting = new List<InterestView>();
        foreach (var interest in mine.Where(i => i.Status == nameof(InterestStatus.AwaitingLearner)))
        {
            waiting.Add(await Mediator.Send(new GetInterest(interest.Id), HttpContext.RequestAborted));
        }

        ToAnswer = waiting;
        // What the officer has not passed on (still under review, or declined) never reaches her: the officer screens employers first.
        Others = [.. mine.Where(i => i.Status is not (nameof(InterestStatus.AwaitingLearner) or nameof(InterestStatus.AwaitingReview) or nameof(InterestStatus.DeclinedByOfficer)))];
    }
}
