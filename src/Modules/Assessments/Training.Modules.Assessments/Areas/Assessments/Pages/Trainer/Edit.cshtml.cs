using System.Globalization;
using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Training.BuildingBlocks.Security;
using Training.BuildingBlocks.Web;
using Training.Modules.Assessments.Plans;
using Training.Modules.Assessments.Web;
using Training.Modules.Courses.Contracts;

namespace Training.Modules.Assessments.Pages.Trainer;

/// <summary>
/// The course's trainer sets the assessment of its current version: the rules and the question bank as
/// rows. Saving replaces the whole plan, so the form always carries every question.
/// </summary>
[Authorize(Policy = Policies.Trainer)]
internal sealed class EditModel(IMediator mediator, AssessmentsErrorTexts errors, ICurrentUser user) : FormPageModel<AssessmentsErrorTexts>(mediator, errors)
{
    public const string Form = "Plan";

    public CourseVersionInfo Course { get; private set; } = null!;

    [BindProperty]
    public PlanInput Input { get; set; } = new();

    public bool Saved { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid courseId)
    {
        if (!await LoadCourseAsync(courseId))
        {
            return NotFound();
        }

        if (await Mediator.Send(new GetPlan(courseId, Course.Version), HttpContext.RequestAborted) is { } plan)
        {
            Input = PlanInput.From(plan, Course);
        }

        Input.Questions.Add(new QuestionRow());
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid courseId)
    {
        if (!await LoadCourseAsync(courseId))
        {
            return NotFound();
        }

        var questions = Input.Questions.Where(q => !q.IsBlank).ToList();
        var inputs = questions.Select(q => q.ToInput()).ToList();
        if (!ModelState.IsValid || inputs.Any(q => q is null))
        {
            Refuse(Form, Errors.Invalid(), StatusCodes.Status400BadRequest);
        }
        else
        {
            var command = new DefinePlan(Input.PassMarkPercent, Input.QuestionsPerAttempt, Input.TimeLimitMinutes, Input.MaxAttempts,
                Input.CooldownHours, Input.Shuffle, [.. inputs.Select(q => q!)], Input.Practical) { CourseId = courseId };
            var (ok, _) = await SendAsync(Form, command);
            if (!ok && Response.StatusCode == StatusCodes.Status404NotFound)
            {
                return NotFound();
            }

            Saved = ok;
        }

        // The rows go back as posted so each field keeps its index; only the spare empty row is topped up.
        if (Input.Questions.Count == 0 || !Input.Questions[^1].IsBlank)
        {
            Input.Questions.Add(new QuestionRow());
        }

        return Page();
    }

    private async Task<bool> LoadCourseAsync(Guid courseId)
    {
        // Only the author may see the plan; anyone else gets the same 404 as for a course that does not exist.
        var course = await Mediator.Send(new GetCurrentCourseVersion(courseId), HttpContext.RequestAborted);
        if (course is null || course.AuthorId != user.Id)
        {
            return false;
        }

        Course = course;
        return true;
    }

    public static string UnitKey(CompetencyUnitInfo unit) => string.IsNullOrWhiteSpace(unit.Code) ? unit.UnitId.ToString() : unit.Code;

    internal sealed class PlanInput
    {
        public int PassMarkPercent { get; set; } = 70;

        public int QuestionsPerAttempt { get; set; } = 10;

        public int TimeLimitMinutes { get; set; } = 30;

        public int MaxAttempts { get; set; } = 3;

        public int CooldownHours { get; set; } = 24;

        public bool Shuffle { get; set; } = true;

        public bool Practical { get; set; }

        public List<QuestionRow> Questions { get; set; } = [];

        public static PlanInput From(AssessmentPlan plan, CourseVersionInfo course) => new()
        {
            PassMarkPercent = plan.Settings.PassMarkPercent,
            QuestionsPerAttempt = plan.Settings.QuestionsPerAttempt,
            TimeLimitMinutes = plan.Settings.TimeLimitMinutes,
            MaxAttempts = plan.Settings.MaxAttempts,
            CooldownHours = plan.Settings.CooldownHours,
            Shuffle = plan.Settings.Shuffle,
            Practical = plan.Practical,
            Questions = [.. plan.Questions.Select(q => QuestionRow.From(q, course))],
        };
    }

    internal sealed class QuestionRow
    {
        public string? UnitCode { get; set; }

        public string? Text { get; set; }

        public QuestionType Type { get; set; }

        public string? Options { get; set; }

        public string? Correct { get; set; }

        public decimal? CorrectNumber { get; set; }

        public decimal? Tolerance { get; set; }

        public bool IsBlank => string.IsNullOrWhiteSpace(Text) && string.IsNullOrWhiteSpace(Options) && string.IsNullOrWhiteSpace(Correct) && CorrectNumber is null;

        public static QuestionRow From(Question question, CourseVersionInfo course) => new()
        {
            UnitCode = course.CompetencyUnits.FirstOrDefault(u => u.UnitId == question.UnitId) is { } unit ? UnitKey(unit) : question.UnitId.ToString(),
            Text = question.Text,
            Type = question.Type,
            Options = question.Type == QuestionType.TrueFalse ? null : string.Join('\n', question.Options),
            Correct = string.Join(',', question.Correct.Select(i => (i + 1).ToString(CultureInfo.InvariantCulture))),
            CorrectNumber = question.CorrectNumber,
            Tolerance = question.Tolerance,
        };

        /// <summary>The row as the command takes it; null when the correct option numbers are not numbers.</summary>
        public DefinePlan.QuestionInput? ToInput()
        {
            var options = (Options ?? string.Empty).Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            var correct = new List<int>();
            if (Type != QuestionType.Numeric)
            {
                foreach (var part in (Correct ?? string.Empty).Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
                {
                    if (!int.TryParse(part, NumberStyles.None, CultureInfo.InvariantCulture, out var number))
                    {
                        return null;
                    }

                    // The form counts options from 1 as people do; the plan counts from 0.
                    correct.Add(number - 1);
                }
            }

            return new DefinePlan.QuestionInput(UnitCode ?? string.Empty, Text ?? string.Empty, Type,
                Type is QuestionType.SingleChoice or QuestionType.MultipleChoice ? options : null,
                Type == QuestionType.Numeric ? null : correct,
                Type == QuestionType.Numeric ? CorrectNumber : null,
                Tolerance ?? 0);
        }
    }
}
