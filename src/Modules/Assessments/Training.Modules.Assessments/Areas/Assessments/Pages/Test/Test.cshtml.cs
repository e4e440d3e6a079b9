using System.Globalization;
using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Training.BuildingBlocks.Security;
using Training.BuildingBlocks.Web;
using Training.Modules.Assessments.Attempts;
using Training.Modules.Assessments.Plans;
using Training.Modules.Assessments.Web;
using Training.Modules.Identity.Contracts;

namespace Training.Modules.Assessments.Pages.Test;

/// <summary>
/// The learner's written test. Starting is a post because it opens an attempt; the same post hands
/// back a still-open attempt, so a reload or a second tablet lands on the same questions.
/// </summary>
[Authorize(Policy = Policies.Learner)]
internal sealed class TestModel(IMediator mediator, AssessmentsErrorTexts errors, ICurrentUser user) : FormPageModel<AssessmentsErrorTexts>(mediator, errors)
{
    public const string Form = "Test";

    public AttemptView? Attempt { get; private set; }

    public bool Saved { get; private set; }

    /// <summary>An attempt whose answers were refused; it can still be submitted to be graded on what was saved in time.</summary>
    public Guid? Refused { get; private set; }

    public void OnGet()
    {
    }

    /// <summary>The deadline as the learner's facility tells time (stored and counted in UTC).</summary>
    public string LocalDeadline { get; private set; } = "";

    public async Task<IActionResult> OnPostStartAsync()
    {
        Attempt = (await SendAsync(Form, new StartAttempt(EnrollmentId))).Result;
        if (Attempt is not null)
        {
            var facility = user.FacilityId is { } id ? await Mediator.Send(new GetFacility(id), HttpContext.RequestAborted) : null;
            LocalDeadline = LocalTimes.Show(Attempt.Deadline, facility?.TimeZone);
        }

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

    public async Task<IActionResult> OnPostSubmitAsync(Guid attemptId)
    {
        // Answers a closed attempt refuses are not lost work: the grade goes by what was saved in time.
        await SaveAsync(attemptId);
        ModelState.Clear();
        Response.StatusCode = StatusCodes.Status200OK;
        var (ok, _) = await SendAsync(Form, new SubmitAttempt(attemptId));
        return ok ? Redirect($"/assessments/{EnrollmentId}/result") : Page();
    }

    /// <summary>Whether an option, in the order shown, was chosen in the saved answers.</summary>
    public bool Chosen(Guid questionId, int shown) =>
        Attempt?.SavedAnswers.FirstOrDefault(a => a.QuestionId == questionId)?.Selected.Contains(shown) == true;

    public string? Number(Guid questionId) =>
        Attempt?.SavedAnswers.FirstOrDefault(a => a.QuestionId == questionId)?.Number?.ToString(CultureInfo.InvariantCulture);

    public static bool IsChoice(QuestionType type) => type is QuestionType.SingleChoice or QuestionType.TrueFalse;

    private Guid EnrollmentId => Guid.Parse((string)RouteData.Values["enrollmentId"]!, CultureInfo.InvariantCulture);

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
