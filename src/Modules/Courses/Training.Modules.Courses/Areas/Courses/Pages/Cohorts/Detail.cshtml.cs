using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Training.BuildingBlocks.Security;
using Training.BuildingBlocks.Web;
using Training.Modules.Assessments.Contracts;
using Training.Modules.Courses.Cohorts;
using Training.Modules.Courses.Contracts;
using Training.Modules.Courses.Web;
using Training.Modules.Identity.Contracts;

namespace Training.Modules.Courses.Pages.Cohorts;

/// <summary>One cohort of the officer's facility: seats, enrolment, requests, withdrawal, completion.</summary>
[Authorize(Policy = Policies.FacilityOfficer)]
internal sealed class DetailModel(IMediator mediator, CoursesErrorTexts errors, IStringLocalizer<CoursesResource> text) : FormPageModel<CoursesErrorTexts>(mediator, errors)
{
    public static IReadOnlyList<WithdrawalReason> Reasons { get; } = Enum.GetValues<WithdrawalReason>();

    public CohortView Cohort { get; private set; } = null!;

    public string CourseTitle { get; private set; } = "";

    /// <summary>Each seat's test state by enrolment; empty when the course has no assessment.</summary>
    public IReadOnlyDictionary<Guid, TestState> TestStates { get; private set; } = new Dictionary<Guid, TestState>();

    public IReadOnlyDictionary<Guid, LearnerSummary> Learners { get; private set; } = new Dictionary<Guid, LearnerSummary>();

    /// <summary>Learners of the facility who hold no seat here and are not released.</summary>
    public IReadOnlyList<LearnerSummary> Enrollable { get; private set; } = [];

    [BindProperty]
    public List<Guid> LearnerIds { get; set; } = [];

    [BindProperty]
    public WithdrawForm Withdraw { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(Guid id) => await LoadAsync(id) ? Page() : NotFound();

    public async Task<IActionResult> OnPostEnrollAsync(Guid id)
    {
        var (ok, outcomes) = await SendAsync("Enroll", new EnrollLearners(LearnerIds) { CohortId = id });
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        if (!ok)
        {
            return Page();
        }

        var refused = outcomes.Where(o => o.Refusal is not null)
            .Select(o => $"{(Learners.TryGetValue(o.LearnerId, out var l) ? l.FullName : "?")}: {Errors.Rule(o.Refusal!)}");
        Done = string.Join(" ", [text["Cohort.Enrolled", outcomes.Count(o => o.Refusal is null)].Value, .. refused]);
        return Redirect($"/cohorts/{id}");
    }

    public async Task<IActionResult> OnPostDecideAsync(Guid id, Guid learnerId, bool approve)
    {
        var (ok, _) = await SendAsync("Requests", new DecidePlaceRequest(approve) { CohortId = id, LearnerId = learnerId });
        return await AfterAsync(ok, id, approve ? "Cohort.Approved" : "Cohort.Declined");
    }

    public async Task<IActionResult> OnPostWithdrawAsync(Guid id, Guid enrollmentId)
    {
        var reason = Enum.TryParse<WithdrawalReason>(Withdraw.Reason, out var r) && Enum.IsDefined(r) ? r : (WithdrawalReason)(-1);
        var (ok, _) = await SendAsync(nameof(Withdraw), new WithdrawLearner(reason, Withdraw.Note) { CohortId = id, EnrollmentId = enrollmentId });
        return await AfterAsync(ok, id, "Cohort.WithdrawnDone");
    }

    public async Task<IActionResult> OnPostCompleteAsync(Guid id)
    {
        var (ok, _) = await SendAsync("Complete", new CompleteCohort(id));
        return await AfterAsync(ok, id, "Cohort.CompletedDone");
    }

    private async Task<IActionResult> AfterAsync(bool ok, Guid id, string done)
    {
        if (ok)
        {
            Done = text[done];
            return Redirect($"/cohorts/{id}");
        }

        return await LoadAsync(id) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(Guid id)
    {
        if (await FindAsync(new GetCohort(id)) is not { } cohort)
        {
            return false;
        }

        Cohort = cohort;
        CourseTitle = (await Mediator.Send(new GetCourseVersion(cohort.CourseId, cohort.CourseVersion), HttpContext.RequestAborted))?.Title ?? "";
        TestStates = (await Mediator.Send(new ListTestStatesOfCohort(id), HttpContext.RequestAborted)).ToDictionary(s => s.EnrollmentId, s => s.State);
        var learners = await Mediator.Send(new ListLearnersOfFacility(cohort.FacilityId), HttpContext.RequestAborted);
        Learners = learners.ToDictionary(l => l.LearnerId);
        var seated = cohort.Seats.Where(s => s.Active).Select(s => s.LearnerId).ToHashSet();
        Enrollable = [.. learners.Where(l => !l.Released && !seated.Contains(l.LearnerId)).OrderBy(l => l.FullName, StringComparer.CurrentCulture)];
        return true;
    }

    internal sealed class WithdrawForm
    {
        public string? Reason { get; set; }

        public string? Note { get; set; }
    }
}
