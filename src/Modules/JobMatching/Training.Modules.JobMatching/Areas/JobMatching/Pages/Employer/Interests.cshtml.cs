using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Training.BuildingBlocks.Security;
using Training.Modules.JobMatching.Interests;
using Training.Modules.JobMatching.Web;

namespace Training.Modules.JobMatching.Pages.Employer;

/// <summary>
/// The employer's interests and where each stands. Once the learner accepted, the handler gives her
/// full name and the contact route the officer named; the employer then records what came of it.
/// </summary>
[Authorize(Policy = Policies.Employer)]
internal sealed class InterestsModel(IMediator mediator, JobMatchingErrorTexts errors, IStringLocalizer<JobMatchingResource> text)
    : EmployerPageModel(mediator, errors)
{
    public const string Form = "Outcome";

    public IReadOnlyList<InterestView> Interests { get; private set; } = [];

    public static string Key(Guid interestId) => $"{Form}.{interestId:N}";

    /// <summary>The outcomes the interest's state allows, in the order a person records them.</summary>
    public static IReadOnlyList<string> Outcomes(string status) => status switch
    {
        nameof(InterestStatus.Accepted) => [nameof(InterestOutcome.InterviewArranged), nameof(InterestOutcome.Hired), nameof(InterestOutcome.NotHired), nameof(InterestOutcome.Withdrawn)],
        nameof(InterestStatus.InterviewArranged) => [nameof(InterestOutcome.Hired), nameof(InterestOutcome.NotHired), nameof(InterestOutcome.Withdrawn)],
        nameof(InterestStatus.AwaitingReview) or nameof(InterestStatus.AwaitingLearner) => [nameof(InterestOutcome.Withdrawn)],
        _ => [],
    };

    public async Task OnGetAsync() => await LoadAsync();

    public async Task<IActionResult> OnPostAsync(Guid id, string? outcome)
    {
        await LoadAsync();
        var key = Interests.Any(i => i.Id == id) ? Key(id) : Form;
        var (ok, _) = await SendAsync(key, Form, new RecordOutcome(outcome) { InterestId = id });
        if (ok)
        {
            return Succeeded(text["Outcome.Recorded"]);
        }

        await LoadAsync();
        return Page();
    }

    private async Task LoadAsync()
    {
        var mine = await Mediator.Send(new ListInterests(null), HttpContext.RequestAborted);
        var views = new List<InterestView>();
        foreach (var interest in mine)
        {
            views.Add(await Mediator.Send(new GetInterest(interest.Id), HttpContext.RequestAborted));
        }

        Interests = views;
    }
}
