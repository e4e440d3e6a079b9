using System.Globalization;
using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Training.BuildingBlocks.Files;
using Training.BuildingBlocks.Security;
using Training.BuildingBlocks.Web;
using Training.Modules.Assessments.Results;
using Training.Modules.Assessments.Web;
using Training.Modules.Courses.Contracts;

namespace Training.Modules.Assessments.Pages.Practical;

/// <summary>Each unit's performance criteria answered Ya/Tidak with a note, and a photo of the product per unit.</summary>
[Authorize(Policy = Policies.Assessor)]
[RequestSizeLimit(MaxPhotos * ImageUploads.MaxRequestBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = MaxPhotos * ImageUploads.MaxRequestBytes)]
internal sealed class ChecklistModel(IMediator mediator, AssessmentsErrorTexts errors, ICurrentUser user) : FormPageModel<AssessmentsErrorTexts>(mediator, errors)
{
    public const string Form = "Checklist";

    // One phone photo per unit, for checklists of up to eight units; other pages keep the host's small limit.
    private const int MaxPhotos = 8;

    public CourseVersionInfo Course { get; private set; } = null!;

    public ResultView? Result { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid enrollmentId) => await LoadAsync(enrollmentId) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(Guid enrollmentId)
    {
        if (!await LoadAsync(enrollmentId))
        {
            return NotFound();
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
                .Where(c => Request.Form.ContainsKey(Key("met", u, c)))
                .Select(c => new RecordPractical.CriterionInput(c, Request.Form[Key("met", u, c)] == "yes", NoteOrNull(Request.Form[Key("note", u, c)].ToString())))
                .ToList();
            units.Add(new RecordPractical.UnitInput(unit.Code ?? unit.UnitId.ToString(), criteria, evidence));
        }

        Result = (await SendAsync(Form, new RecordPractical(units) { EnrollmentId = enrollmentId })).Result;
        return Page();
    }

    public static string Key(string what, int unit, int criterion) => string.Create(CultureInfo.InvariantCulture, $"{what}.{unit}.{criterion}");

    private static string? NoteOrNull(string note) => string.IsNullOrWhiteSpace(note) ? null : note;

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
