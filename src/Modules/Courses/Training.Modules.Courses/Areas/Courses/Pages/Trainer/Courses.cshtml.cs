using MediatR;
using Microsoft.AspNetCore.Authorization;
using Training.BuildingBlocks.Security;
using Training.BuildingBlocks.Web;
using Training.Modules.Courses.Courses;
using Training.Modules.Courses.Web;

namespace Training.Modules.Courses.Pages.Trainer;

/// <summary>The trainer's own courses: drafts, published versions, retired ones.</summary>
[Authorize(Policy = Policies.Trainer)]
internal sealed class CoursesModel(IMediator mediator, CoursesErrorTexts errors) : FormPageModel<CoursesErrorTexts>(mediator, errors)
{
    public IReadOnlyList<MyCourse> Courses { get; private set; } = [];

    public async Task OnGetAsync() => Courses = await Mediator.Send(new MyCourses(), HttpContext.RequestAborted);
}
