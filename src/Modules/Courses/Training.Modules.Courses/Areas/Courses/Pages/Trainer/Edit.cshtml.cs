using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Training.BuildingBlocks.Files;
using Training.BuildingBlocks.Security;
using Training.BuildingBlocks.Web;
using Training.Modules.Courses.Courses;
using Training.Modules.Courses.Lessons;
using Training.Modules.Courses.Web;

namespace Training.Modules.Courses.Pages.Trainer;

/// <summary>
/// Writes a new course or the next draft of one, previews the lessons as learners will see them,
/// adds pictures to lessons, publishes and retires. Without an id the page drafts a new course.
/// </summary>
[Authorize(Policy = Policies.Trainer)]
[RequestSizeLimit(MaxPicturesAtOnce * ImageUploads.MaxRequestBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = MaxPicturesAtOnce * ImageUploads.MaxRequestBytes)]
internal sealed class EditModel(IMediator mediator, CoursesErrorTexts errors, IStringLocalizer<CoursesResource> text) : FormPageModel<CoursesErrorTexts>(mediator, errors)
{
    /// <summary>Pictures chosen in several lessons go up with one press; more would make a slow upload on a facility network.</summary>
    public const int MaxPicturesAtOnce = 3;

    public const string PictureForm = "Pictures";

    /// <summary>Each lesson's file field is this followed by the lesson's position; its description field likewise.</summary>
    public const string PictureField = "picture-";

    public const string PictureDescriptionField = "picture-description-";

    [BindProperty]
    public CourseForm Course { get; set; } = new();

    /// <summary>Said once after pictures were added to the lessons (not yet saved).</summary>
    public string? PicturesAdded { get; private set; }

    public CourseView? Saved { get; private set; }

    /// <summary>The lessons' rendered HTML, by position, after "Preview".</summary>
    public IReadOnlyList<string>? Preview { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid? id)
    {
        if (id is { } courseId)
        {
            if (!await LoadAsync(courseId))
            {
                return NotFound();
            }

            Course = CourseForm.From(Saved!.Draft!, Saved.Revision);
        }

        return Page();
    }

    public async Task<IActionResult> OnPostSaveAsync(Guid? id)
    {
        Course.DropBlankRows();
        if (id is { } courseId)
        {
            var (revised, _) = await SendAsync(nameof(Course), Course.ToRevision(courseId));
            return await AfterAsync(revised, courseId, text["Trainer.Saved"]);
        }

        var (drafted, newId) = await SendAsync(nameof(Course), Course.ToDraft());
        if (!drafted)
        {
            return Page();
        }

        Done = text["Trainer.Saved"];
        return Redirect($"/trainer/courses/{newId}/edit");
    }

    public async Task<IActionResult> OnPostPreviewAsync(Guid? id)
    {
        Course.DropBlankRows();
        await RenderPreviewAsync();
        if (id is { } courseId && !await LoadAsync(courseId))
        {
            return NotFound();
        }

        return Page();
    }

    /// <summary>
    /// Uploads the pictures chosen beside the lessons and writes each into its lesson's Markdown. The
    /// typed text comes along in the same post, so nothing is lost; the trainer saves when it looks right.
    /// </summary>
    public async Task<IActionResult> OnPostPicturesAsync(Guid id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        var chosen = Request.Form.Files.Where(f => f.Length > 0 && f.Name.StartsWith(PictureField, StringComparison.Ordinal)).ToList();
        var refusals = new List<(string Key, string Message)>();
        var added = 0;
        if (chosen.Count is 0 or > MaxPicturesAtOnce)
        {
            refusals.Add((PictureForm, text["Editor.Picture.Count", MaxPicturesAtOnce].Value));
        }

        foreach (var file in chosen.Count <= MaxPicturesAtOnce ? chosen : [])
        {
            if (await AddPictureAsync(id, file))
            {
                added++;
            }
            else
            {
                refusals.AddRange(ModelState.SelectMany(e => e.Value!.Errors.Select(error => (e.Key, error.ErrorMessage))));
                ModelState.Clear();
            }
        }

        Course.DropBlankRows();
        await RenderPreviewAsync();

        // Rendering the preview starts from a clean slate of messages, so the refusals are shown again after it.
        foreach (var (key, message) in refusals)
        {
            Refuse(key, message, StatusCodes.Status400BadRequest);
        }

        PicturesAdded = added > 0 ? text["Editor.Picture.Added", added].Value : null;
        return Page();
    }

    public async Task<IActionResult> OnPostPublishAsync(Guid id)
    {
        var (ok, version) = await SendAsync("Publish", new PublishCourse(id));
        return await AfterAsync(ok, id, text["Trainer.Published", version]);
    }

    public async Task<IActionResult> OnPostRetireAsync(Guid id)
    {
        var (ok, _) = await SendAsync("Retire", new RetireCourse(id));
        return await AfterAsync(ok, id, text["Trainer.RetiredDone"]);
    }

    private async Task<IActionResult> AfterAsync(bool ok, Guid id, string done)
    {
        if (ok)
        {
            Done = done;
            return Redirect($"/trainer/courses/{id}/edit");
        }

        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        // A refused publish or retire shows the saved draft; a refused save keeps what was typed.
        if (Course.Title is null)
        {
            Course = CourseForm.From(Saved!.Draft!, Saved.Revision);
        }

        return Page();
    }

    private async Task<bool> AddPictureAsync(Guid courseId, IFormFile file)
    {
        var position = int.TryParse(file.Name[PictureField.Length..], out var index) && index >= 0 && index < Course.Lessons.Count ? index : -1;
        if (position < 0 || file.Length > ImageUploads.MaxBytes)
        {
            Refuse(PictureForm, Errors.Rule("image.size"), StatusCodes.Status400BadRequest);
            return false;
        }

        var content = await ImageForms.ReadAsync(file, HttpContext.RequestAborted);
        var (ok, imageId) = await SendAsync($"{PictureForm}{position}", PictureForm, new UploadLessonImage(courseId, content));
        if (ok)
        {
            Course.Lessons[position].AddPicture(Request.Form[$"{PictureDescriptionField}{position}"].ToString(), imageId);
        }

        return ok;
    }

    private async Task RenderPreviewAsync()
    {
        var rendered = new List<string>();
        foreach (var lesson in Course.Lessons)
        {
            var (ok, html) = await TryAsync(nameof(Course), nameof(Course), ct => Mediator.Send(new PreviewLesson(lesson.Body ?? ""), ct));
            rendered.Add(ok ? html : "");
        }

        Preview = rendered;
    }

    private async Task<bool> LoadAsync(Guid id)
    {
        Saved = await FindAsync(new GetCourse(id));
        return Saved?.Draft is not null;
    }
}
