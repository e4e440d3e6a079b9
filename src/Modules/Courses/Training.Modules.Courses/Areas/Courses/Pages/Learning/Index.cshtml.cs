using MediatR;
using Microsoft.AspNetCore.Authorization;
using Training.BuildingBlocks.Security;
using Training.BuildingBlocks.Web;
using Training.Modules.Courses.Enrollments;
using Training.Modules.Courses.Web;

namespace Training.Modules.Courses.Pages.Learning;

/// <summary>The learner's own cohorts: attendance against the course's minimum and lessons done.</summary>
[Authorize(Policy = Policies.Learner)]
internal sealed class IndexModel(IMediator mediator, CoursesErrorTexts errors) : FormPageModel<CoursesErrorTexts>(mediator, errors)
{
    public IReadOnlyList<MyEnrollment> Enrollments { get; private set; } = [];

    public async Task OnGetAsync() => Enrollments = await Mediator.Send(new MyEnrollments(), HttpContext.RequestAborted);

    /// <summary>Where "continue" leads: the first lesson not yet done, or the first lesson.</summary>
    public static Guid? NextLesson(MyEnrollment enrollment) =>
        (enrollment.Lessons.FirstOrDefault(l => !l.Done) ?? enrollment.Lessons.FirstOrDefault())?.LessonId;
}
