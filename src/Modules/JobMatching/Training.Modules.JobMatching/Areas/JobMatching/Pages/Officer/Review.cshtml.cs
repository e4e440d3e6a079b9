using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Training.BuildingBlocks.Security;
using Training.Modules.JobMatching.Interests;
using Training.Modules.JobMatching.Web;

namespace Training.Modules.JobMatching.Pages.Officer;

/// <summary>
/// Interests in the learners of the officer's facility that wait for review, each with the employer's
/// verified details, the posting and its note to staff, and the learner's name; approve with a note and
/// the contact route, or decline with a note. Recent decided ones show where they stand.
/// </summary>
[Authorize(Policy = Policies.FacilityOfficer)]
internal sealed class ReviewModel(IMediator mediator, JobMatchingErrorTexts errors, IStringLocalizer<JobMatchingResource> text)
    : JobMatchingPageModel(mediator, errors)
{
    public const string Form = "Review";
    private const int RecentShown = 20;

    public IReadOnlyList<InterestView> Waiting { get; private set; } = [];

    public IReadOnlyList<InterestSummary> Recent { get; private set; } = [];

    [BindProperty]
    public ReviewInput Input { get; set; } = new();

    /// <summary>The interest whose forms are shown again with what was typed and why it was refused.</summary>
    public Guid? Posted { get; private set; }

    public static string Key(Guid interestId) => $"{Form}.{interestId:N}";

    /// <summary>After release the learner's own phone, if she gave one; while inside the officer writes the facility's contact.</summary>
    public static string? SuggestedRoute(InterestView interest) => interest.LearnerReleased == true ? interest.LearnerPhone : null;

    public async Task OnGetAsync() => await LoadAsync();

    public Task<IActionResult> OnPostApproveAsync(Guid id) => ReviewAsync(id, approve: true);

    public Task<IActionResult> OnPostDeclineAsync(Guid id) => ReviewAsync(id, approve: false);

    private async Task<IActionResult> ReviewAsync(Guid id, bool approve)
    {
        await LoadAsync();
        // A review of an interest no longer waiting here (another officer was first) is shown above the list.
        var key = Waiting.Any(i => i.Id == id) ? Key(id) : Form;
        var (ok, _) = await SendAsync(key, Form, new ReviewInterest(approve, Input.Note, approve ? Input.ContactRoute : null) { InterestId = id });
        if (ok)
        {
            return Succeeded(approve ? text["Review.Approved"] : text["Review.Declined"]);
        }

        await LoadAsync();
        Posted = id;
        return Page();
    }

    private async Task LoadAsync()
    {
        var waiting = await Mediator.Send(new ListInterests(nameof(InterestStatus.AwaitingReview)), HttpContext.RequestAborted);
        var views = new List<InterestView>();
        foreach (var interest in waiting.OrderBy(i => i.SentAt))
        {
            views.Add(await Mediator.Send(new GetInterest(interest.Id), HttpContext.RequestAborted));
        }

        Waiting = views;
        var all = await Mediator.Send(new ListInterests(null), HttpContext.RequestAborted);
        Recent = [.. all.Where(i => i.Status != nameof(InterestStatus.AwaitingReview)).Take(RecentShown)];
    }

    internal sealed class ReviewInput
    {
        public string? Note { get; set; }

        public string? ContactRoute { get; set; }
    }
}
