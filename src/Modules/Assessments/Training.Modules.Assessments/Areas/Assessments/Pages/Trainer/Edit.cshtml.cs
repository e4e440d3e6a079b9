using System.Globalization;
using System.Text.RegularExpressions;
using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
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
[RequestSizeLimit(QuestionCsv.MaxBytes + (64 * 1024))]
[RequestFormLimits(MultipartBodyLengthLimit = QuestionCsv.MaxBytes + (64 * 1024))]
internal sealed partial class EditModel(IMediator mediator, AssessmentsErrorTexts errors, ICurrentUser user, IStringLocalizer<AssessmentsResource> text) : FormPageModel<AssessmentsErrorTexts>(mediator, errors)
{
    public const string Form = "Plan";

    public const string ImportForm = "Import";

    /// <summary>After a refused import: what is wrong, one line per problem, by row.</summary>
    public IReadOnlyList<string> ImportReport { get; private set; } = [];

    public CourseVersionInfo Course { get; private set; } = null!;

    [BindProperty]
    public PlanInput Input { get; set; } = new();

    public bool Saved { get; private set; }

    /// <summary>The questions were moved or removed and wait to be saved.</summary>
    public bool Arranged { get; private set; }

    /// <summary>Show the bank as learners see it, below the editor.</summary>
    public bool Preview { get; private set; }

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

        if (Prepare() is { } command)
        {
            var (ok, _) = await SendAsync(Form, command with { CourseId = courseId });
            if (!ok && Response.StatusCode == StatusCodes.Status404NotFound)
            {
                return NotFound();
            }

            Saved = ok;
        }

        return Again();
    }

    /// <summary>Moves a question up or down, or takes it out of the bank; nothing is saved until "Save".</summary>
    public async Task<IActionResult> OnPostArrangeAsync(Guid courseId, string? arrange)
    {
        if (!await LoadCourseAsync(courseId))
        {
            return NotFound();
        }

        ModelState.Clear();
        Input.Questions = [.. Input.Questions.Where(q => !q.IsBlank)];
        var parts = (arrange ?? "").Split(':');
        if (parts.Length == 2 && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var index) && index < Input.Questions.Count)
        {
            var row = Input.Questions[index];
            var target = parts[0] switch { "up" => index - 1, "down" => index + 1, _ => -1 };
            Input.Questions.RemoveAt(index);
            if (parts[0] is "up" or "down")
            {
                Input.Questions.Insert(Math.Clamp(target, 0, Input.Questions.Count), row);
            }

            Arranged = true;
        }

        return Again();
    }

    /// <summary>Appends the questions of a CSV file to the saved bank, or says row by row what is wrong and imports nothing.</summary>
    public async Task<IActionResult> OnPostImportAsync(Guid courseId, IFormFile? questions)
    {
        if (!await LoadCourseAsync(courseId))
        {
            return NotFound();
        }

        var content = await ImportQuestionsEndpoint.ReadAsync(questions, HttpContext.RequestAborted);
        var (ok, count) = await SendAsync(ImportForm, new ImportQuestions(courseId, content));
        if (ok)
        {
            return Succeeded(text["Import.Done", count]);
        }

        ImportReport = [.. ModelState.Where(e => e.Key.StartsWith($"{ImportForm}.", StringComparison.Ordinal))
            .Select(e => (Place: Place(e.Key[(ImportForm.Length + 1)..]), Messages: e.Value!.Errors.Select(x => x.ErrorMessage)))
            .OrderBy(e => e.Place.Row)
            .SelectMany(e => e.Messages.Select(message => e.Place.Label is null ? message : $"{e.Place.Label}: {message}"))];
        Input = await Mediator.Send(new GetPlan(courseId, Course.Version), HttpContext.RequestAborted) is { } plan ? PlanInput.From(plan, Course) : new();
        return Again();
    }

    /// <summary>Shows the questions as a learner sees them, without saving.</summary>
    public async Task<IActionResult> OnPostPreviewAsync(Guid courseId)
    {
        if (!await LoadCourseAsync(courseId))
        {
            return NotFound();
        }

        if (Prepare() is not null)
        {
            Preview = true;
        }

        return Again();
    }

    /// <summary>
    /// The posted form as the command, or null (with the reasons beside the fields) when a number does not read.
    /// Blank rows are dropped first, so the rows shown again have the indices the validator names.
    /// </summary>
    private DefinePlan? Prepare()
    {
        var kept = Input.Questions.Select((q, i) => (Row: q, Posted: i)).Where(x => !x.Row.IsBlank).ToList();
        var unread = ModelState.Where(e => e.Value?.ValidationState == ModelValidationState.Invalid).Select(e => e.Key).ToList();
        ModelState.Clear();
        Input.Questions = [.. kept.Select(x => x.Row)];
        foreach (var key in unread)
        {
            var field = key.StartsWith("Input.", StringComparison.Ordinal) ? key["Input.".Length..] : key;
            var posted = kept.FindIndex(x => field.StartsWith($"Questions[{x.Posted}].", StringComparison.Ordinal));
            var shown = posted < 0 ? field : $"Questions[{posted}]." + field[(field.IndexOf("].", StringComparison.Ordinal) + 2)..];
            ModelState.AddModelError($"{Form}.{shown}", text["Validation.not-a-number"]);
        }

        var inputs = Input.Questions.Select(q => q.ToInput()).ToList();
        for (var i = 0; i < inputs.Count; i++)
        {
            if (inputs[i] is null)
            {
                ModelState.AddModelError($"{Form}.Questions[{i}].Correct", text["Validation.assessment.plan.correct-not-numbers"]);
            }
        }

        if (!ModelState.IsValid)
        {
            Refuse(Form, Errors.Invalid(), StatusCodes.Status400BadRequest);
            return null;
        }

        return new DefinePlan(Input.PassMarkPercent, Input.QuestionsPerAttempt, Input.TimeLimitMinutes, Input.MaxAttempts,
            Input.CooldownHours, Input.Shuffle, [.. inputs.Select(q => q!)], Input.Practical);
    }

    // The rows go back as posted so each field keeps its index; only the spare empty row is topped up.
    private PageResult Again()
    {
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

        /// <summary>The options as written, one per line.</summary>
        public string[] OptionLines => (Options ?? string.Empty).Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);

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
            var options = OptionLines;
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

    /// <summary>Where a refusal of the import points: a row and column of the file ("Baris 3, kolom soal"), or the file as a whole.</summary>
    private (int Row, string? Label) Place(string field) =>
        RowField().Match(field) is { Success: true } m
            ? (int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture), text["Import.Row", m.Groups[1].Value, text[$"Import.Column.{m.Groups[2].Value}"]].Value)
            : (0, null);

    [GeneratedRegex(@"^Rows\[(\d+)\]\.(\w+)$")]
    private static partial Regex RowField();
}
