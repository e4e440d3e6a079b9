using MediatR;
using Microsoft.AspNetCore.Authorization;
using Training.BuildingBlocks.Security;
using Training.BuildingBlocks.Web;
using Training.Modules.Assessments.Web;
using Training.Modules.Courses.Contracts;

namespace Training.Modules.Assessments.Pages.Trainer;

/// <summary>The trainer's published courses, each a way into its assessment plan and its question statistics.</summary>
[Authorize(Policy = Policies.Trainer)]
internal sealed class IndexModel(IMediator mediator, AssessmentsErrorTexts errors, ICurrentUser user) : FormPageModel<AssessmentsErrorTexts>(mediator, errors)
{
    public IReadOnlyList<CourseVersionInfo> Courses { get; private set; } = [];

    public async Task OnGetAsync() =>
        Courses = user.Id is { } id ? await Mediator.Send(new ListCoursesByAuthor(id), HttpContext.RequestAborted) : [];
}
