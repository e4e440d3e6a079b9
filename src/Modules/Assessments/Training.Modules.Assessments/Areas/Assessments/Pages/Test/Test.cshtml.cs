using System.Globalization;
using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Training.BuildingBlocks.Security;
using Training.BuildingBlocks.Web;
using Training.Modules.Assessments.Attempts;
using Training.Modules.Assessments.Contracts;
using Training.Modules.Assessments.Plans;
using Training.Modules.Assessments.Web;
using Training.Modules.Identity.Contracts;

namespace Training.Modules.Assessments.Pages.Test;

/// <summary>
/// The learner's written test. Starting is a post because it opens an attempt; the same post hands
/// back a still-open attempt, so a reload or a second tablet lands on the same questions. Sending goes
/// through a review that names the questions left unanswered: the questions page has no send button,
/// and a send that did not come from the review shows the review instead.
/// </summary>
[Authorize(Policy = Policies.Learner)]
internal sealed class TestModel(IMediator mediator, AssessmentsErrorTexts errors, ICurrentUser user) : FormPageModel<AssessmentsErrorTexts>(mediator, errors)
{
    public const string Form = "Test";

    public AttemptView? Attempt { get; private set; }

    public bool Saved { get; private set; }

    /// <summary>The attempt is shown as a review before sending, not as questions to answer.</summary>
    public bool Reviewing { get; private set; }

    /// <summary>An attempt whose answers were refused; it can still be reviewed and sent to be graded on what was saved in time.</summary>
    public Guid? Refused { get; private set; }

    /// <summary>Attempts left and when the next may start, shown before starting; null when the course has no plan.</summary>
    public AssessmentStanding? Standing { get; private set; }

    /// <summary>The deadline as the learner's facility tells time (stored and counted in UTC).</summary>
    public string LocalDeadline { get; private set; } = "";

    private string? _timeZone;

    public async Task OnGetAsync() => await LoadStandingAsync();

    public async Task<IActionResult> OnPostStartAsync()
    {
        Attempt = (await SendAsync(Form, new StartAttempt(EnrollmentId))).Result;
        if (Attempt is null)
        {
            await LoadStandingAsync();
            return Page();
        }

        LocalDeadline = LocalTimes.Show(Attempt.Deadline, await TimeZoneAsync());
        return Page();
    }

    public async Task<IActionResult> OnPostSaveAsync(Guid attemptId)
    {
        Saved = await SaveAsync(attemptId);
        if (!Saved)
        {
            // Starting again here would open a fresh attempt once this one has closed.
            Refused = attemptId;
            return Page();
        }

        return await OnPostStartAsync();
    }

    /// <summary>Saves what was answered and lists every question as answered or not, with the send button.</summary>
    public async Task<IActionResult> OnPostReviewAsync(Guid attemptId)
    {
        // A closed attempt refuses new answers; its review still shows what was saved in time.
        await SaveAsync(attemptId);
        ModelState.Clear();
        Response.StatusCode = StatusCodes.Status200OK;
        Attempt = (await SendAsync(Form, new MyAttempt(attemptId))).Result;
        if (Attempt is not null)
        {
            Reviewing = true;
            LocalDeadline = LocalTimes.Show(Attempt.Deadline, await TimeZoneAsync());
        }

        return Page();
    }

    public async Task<IActionResult> OnPostSubmitAsync(Guid attemptId, bool reviewed)
    {
        if (!reviewed)
        {
            return await OnPostReviewAsync(attemptId);
        }

        var (ok, _) = await SendAsync(Form, new SubmitAttempt(attemptId));
        return ok ? Redirect($"/assessments/{EnrollmentId}/result") : Page();
    }

    /// <summary>Whether an option, in the order shown, was chosen in the saved answers.</summary>
    public bool Chosen(Guid questionId, int shown) =>
        Attempt?.SavedAnswers.FirstOrDefault(a => a.QuestionId == questionId)?.Selected.Contains(shown) == true;

    public string? Number(Guid questionId) =>
        Attempt?.SavedAnswers.FirstOrDefault(a => a.QuestionId == questionId)?.Number?.ToString(CultureInfo.InvariantCulture);

    public static bool IsChoice(QuestionType type) => type is QuestionType.SingleChoice or QuestionType.TrueFalse;

    /// <summary>The text key of a true/false option, shown in the reader's language; null for the trainer's own words.</summary>
    public static string? TrueFalseKey(AttemptView.QuestionView question, int shown) =>
        question.Type != QuestionType.TrueFalse ? null
        : question.Options[shown] == Question.TrueFalseOptions[0] ? "Test.True"
        : "Test.False";

    /// <summary>The numbers (as shown, from 1) of the questions without an answer.</summary>
    public IReadOnlyList<int> Unanswered() =>
        Attempt is { } attempt ? [.. attempt.Questions.Select((q, i) => (q, i)).Where(x => !attempt.Answered(x.q.Id)).Select(x => x.i + 1)] : [];

    /// <summary>When the next attempt may start, as the facility tells time.</summary>
    public string? NextAttemptAt => Standing?.NextAttemptAt is { } at ? LocalTimes.ShowWithDay(at, _timeZone) : null;

    private Guid EnrollmentId => Guid.Parse((string)RouteData.Values["enrollmentId"]!, CultureInfo.InvariantCulture);

    private async Task LoadStandingAsync()
    {
        Standing = await Mediator.Send(new GetAssessmentStanding(EnrollmentId, user.Id ?? Guid.Empty), HttpContext.RequestAborted);
        await TimeZoneAsync();
    }

    private async Task<string?> TimeZoneAsync()
    {
        var facility = user.FacilityId is { } id ? await Mediator.Send(new GetFacility(id), HttpContext.RequestAborted) : null;
        return _timeZone = facility?.TimeZone;
    }

    private async Task<bool> SaveAsync(Guid attemptId)
    {
        var answers = Answers().ToList();
        return answers.Count == 0 || (await SendAsync(Form, new SaveAnswers(answers) { AttemptId = attemptId })).Ok;
    }

    /// <summary>Options are posted as <c>q.{questionId}</c> (shown index), numbers as <c>n.{questionId}</c>.</summary>
    private IEnumerable<SaveAnswers.Given> Answers()
    {
        foreach (var (key, values) in Request.Form)
        {
            if (key.StartsWith("q.", StringComparison.Ordinal) && Guid.TryParse(key[2..], out var choice))
            {
                yield return new SaveAnswers.Given(choice, [.. values.Select(v => int.TryParse(v, CultureInfo.InvariantCulture, out var i) ? i : -1)]);
            }
            else if (key.StartsWith("n.", StringComparison.Ordinal) && Guid.TryParse(key[2..], out var numeric)
                && decimal.TryParse(values.ToString(), NumberStyles.Number, CultureInfo.InvariantCulture, out var number))
            {
                yield return new SaveAnswers.Given(numeric, Number: number);
            }
        }
    }
}
