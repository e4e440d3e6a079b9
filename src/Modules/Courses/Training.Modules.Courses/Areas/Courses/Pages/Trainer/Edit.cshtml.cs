using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Training.BuildingBlocks.Security;
using Training.BuildingBlocks.Web;
using Training.Modules.Courses.Courses;
using Training.Modules.Courses.Lessons;
using Training.Modules.Courses.Web;

namespace Training.Modules.Courses.Pages.Trainer;

/// <summary>
/// Writes a new course or the next draft of one, previews the lessons as learners will see them,
/// publishes and retires. Without an id the page drafts a new course.
/// </summary>
[Authorize(Policy = Policies.Trainer)]
internal sealed class EditModel(IMediator mediator, CoursesErrorTexts errors, IStringLocalizer<CoursesResource> text) : FormPageModel<CoursesErrorTexts>(mediator, errors)
{
    [BindProperty]
    public CourseForm Course { get; set; } = new();

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
        var rendered = new List<string>();
        foreach (var lesson in Course.Lessons)
        {
            var (ok, html) = await SendAsync(nameof(Course), new PreviewLesson(lesson.Body ?? ""));
            rendered.Add(ok ? html : "");
        }

        Preview = rendered;
        if (id is { } courseId && !await LoadAsync(courseId))
        {
            return NotFound();
        }

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

    private async Task<bool> LoadAsync(Guid id)
    {
        Saved = await FindAsync(new GetCourse(id));
        return Saved?.Draft is not null;
    }
}
