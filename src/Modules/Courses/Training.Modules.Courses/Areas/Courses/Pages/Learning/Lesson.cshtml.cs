using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Training.BuildingBlocks.Security;
using Training.BuildingBlocks.Web;
using Training.Modules.Courses.Enrollments;
using Training.Modules.Courses.Web;

namespace Training.Modules.Courses.Pages.Learning;

/// <summary>One lesson of the learner's own course version, in big type, with "mark done" and the way on.</summary>
[Authorize(Policy = Policies.Learner)]
internal sealed class LessonModel(IMediator mediator, CoursesErrorTexts errors, IStringLocalizer<CoursesResource> text) : FormPageModel<CoursesErrorTexts>(mediator, errors)
{
    public MyEnrollment Enrollment { get; private set; } = null!;

    public LessonPage Lesson { get; private set; } = null!;

    public MyEnrollment.LessonState? Previous { get; private set; }

    public MyEnrollment.LessonState? Next { get; private set; }

    public int Number { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid enrollmentId, Guid lessonId) =>
        await LoadAsync(enrollmentId, lessonId) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(Guid enrollmentId, Guid lessonId)
    {
        var (ok, _) = await SendAsync("Done", new CompleteLesson(enrollmentId, lessonId));
        if (!await LoadAsync(enrollmentId, lessonId))
        {
            return NotFound();
        }

        if (!ok)
        {
            return Page();
        }

        Done = text["Lesson.Marked", Lesson.Title];
        return Next is { } next
            ? Redirect($"/learning/{enrollmentId}/lessons/{next.LessonId}")
            : Redirect("/learning");
    }

    private async Task<bool> LoadAsync(Guid enrollmentId, Guid lessonId)
    {
        var mine = await Mediator.Send(new MyEnrollments(), HttpContext.RequestAborted);
        if (mine.FirstOrDefault(e => e.EnrollmentId == enrollmentId) is not { } enrollment
            || await FindAsync(new ReadLesson(enrollmentId, lessonId)) is not { } lesson)
        {
            return false;
        }

        Enrollment = enrollment;
        Lesson = lesson;
        var index = enrollment.Lessons.ToList().FindIndex(l => l.LessonId == lessonId);
        Number = index + 1;
        Previous = index > 0 ? enrollment.Lessons[index - 1] : null;
        Next = index >= 0 && index < enrollment.Lessons.Count - 1 ? enrollment.Lessons[index + 1] : null;
        return true;
    }
}
