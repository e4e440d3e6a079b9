using System.Globalization;
using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Training.BuildingBlocks.Files;
using Training.BuildingBlocks.Security;
using Training.BuildingBlocks.Web;
using Training.Modules.Assessments.Results;
using Training.Modules.Assessments.Web;
using Training.Modules.Courses.Contracts;

namespace Training.Modules.Assessments.Pages.Practical;

/// <summary>
/// Each unit's performance criteria answered Ya/Tidak with a note, and a photo of the product per unit.
/// A second practical opens with the answers of the one before; a checklist sent with criteria left
/// unanswered comes back with the answers given and, per unit, what is still missing.
/// </summary>
[Authorize(Policy = Policies.Assessor)]
[RequestSizeLimit(MaxPhotos * ImageUploads.MaxRequestBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = MaxPhotos * ImageUploads.MaxRequestBytes)]
internal sealed class ChecklistModel(IMediator mediator, AssessmentsErrorTexts errors, ICurrentUser user, IStringLocalizer<AssessmentsResource> text)
    : FormPageModel<AssessmentsErrorTexts>(mediator, errors)
{
    public const string Form = "Checklist";

    // One phone photo per unit, for checklists of up to eight units; other pages keep the host's small limit.
    private const int MaxPhotos = 8;

    public CourseVersionInfo Course { get; private set; } = null!;

    public ResultView? Result { get; private set; }

    /// <summary>Whether the answers shown are those of a practical recorded before.</summary>
    public bool Previous { get; private set; }

    /// <summary>The answers shown, by their field name: "yes"/"no" for each criterion, and its note.</summary>
    public Dictionary<string, string> Answers { get; } = new(StringComparer.Ordinal);

    public async Task<IActionResult> OnGetAsync(Guid enrollmentId)
    {
        if (!await LoadAsync(enrollmentId))
        {
            return NotFound();
        }

        var recorded = (await SendAsync(Form, new LastPractical(enrollmentId))).Result ?? [];
        for (var u = 0; u < Course.CompetencyUnits.Count; u++)
        {
            var unitId = Course.CompetencyUnits[u].UnitId;
            foreach (var check in recorded.FirstOrDefault(p => p.UnitId == unitId)?.Criteria ?? [])
            {
                Answers[Key("met", u, check.Index)] = check.Met ? "yes" : "no";
                Answers[Key("note", u, check.Index)] = check.Note ?? "";
            }
        }

        Previous = recorded.Count > 0;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid enrollmentId)
    {
        if (!await LoadAsync(enrollmentId))
        {
            return NotFound();
        }

        foreach (var (key, value) in Request.Form)
        {
            Answers[key] = value.ToString();
        }

        if (!Complete())
        {
            return Page();
        }

        var units = new List<RecordPractical.UnitInput>();
        for (var u = 0; u < Course.CompetencyUnits.Count; u++)
        {
            var unit = Course.CompetencyUnits[u];
            var evidence = new List<Guid>();
            if (Request.Form.Files.GetFile($"photo.{u}") is { Length: > 0 } photo)
            {
                if (await UploadAsync(enrollmentId, photo) is not { } id)
                {
                    return Page();
                }

                evidence.Add(id);
            }

            var criteria = Enumerable.Range(0, unit.PerformanceCriteria.Count)
                .Select(c => new RecordPractical.CriterionInput(c, Answer(Key("met", u, c)) == "yes", NoteOrNull(Answer(Key("note", u, c)))))
                .ToList();
            units.Add(new RecordPractical.UnitInput(unit.Code ?? unit.UnitId.ToString(), criteria, evidence));
        }

        Result = (await SendAsync(Form, new RecordPractical(units) { EnrollmentId = enrollmentId })).Result;
        return Page();
    }

    public static string Key(string what, int unit, int criterion) => string.Create(CultureInfo.InvariantCulture, $"{what}.{unit}.{criterion}");

    /// <summary>Where a unit's own message is shown.</summary>
    public static string UnitKey(int unit) => string.Create(CultureInfo.InvariantCulture, $"{Form}.Unit{unit}");

    public string? Answer(string key) => Answers.GetValueOrDefault(key);

    /// <summary>Every criterion answered Ya or Tidak; otherwise each unit says which of its criteria are missing, and the form which units.</summary>
    private bool Complete()
    {
        var incomplete = new List<string>();
        for (var u = 0; u < Course.CompetencyUnits.Count; u++)
        {
            var unit = Course.CompetencyUnits[u];
            var missing = Enumerable.Range(0, unit.PerformanceCriteria.Count).Where(c => Answer(Key("met", u, c)) is not ("yes" or "no")).ToList();
            if (missing.Count > 0)
            {
                var name = $"{unit.Code} {unit.Title}".Trim();
                incomplete.Add(name);
                Refuse(UnitKey(u), text["Checklist.MissingCriteria", name, string.Join("; ", missing.Select(c => unit.PerformanceCriteria[c]))], StatusCodes.Status400BadRequest);
            }
        }

        if (incomplete.Count > 0)
        {
            Refuse(Form, text["Checklist.Incomplete", string.Join("; ", incomplete)], StatusCodes.Status400BadRequest);
        }

        return incomplete.Count == 0;
    }

    private static string? NoteOrNull(string? note) => string.IsNullOrWhiteSpace(note) ? null : note;

    private async Task<Guid?> UploadAsync(Guid enrollmentId, IFormFile photo)
    {
        if (photo.Length > ImageUploads.MaxBytes)
        {
            Refuse(Form, Errors.Rule("image.size"), StatusCodes.Status400BadRequest);
            return null;
        }

        var (ok, id) = await SendAsync(Form, new UploadEvidencePhoto(enrollmentId, await ImageForms.ReadAsync(photo, HttpContext.RequestAborted)));
        return ok ? id : null;
    }

    /// <summary>Only an assessor of the learner's own facility sees the checklist.</summary>
    private async Task<bool> LoadAsync(Guid enrollmentId)
    {
        if (await Mediator.Send(new GetEnrollmentById(enrollmentId), HttpContext.RequestAborted) is not { } enrollment
            || enrollment.FacilityId != user.FacilityId
            || await Mediator.Send(new GetCourseVersion(enrollment.CourseId, enrollment.CourseVersion), HttpContext.RequestAborted) is not { } course)
        {
            return false;
        }

        Course = course;
        return true;
    }
}
