using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Training.BuildingBlocks.Security;
using Training.BuildingBlocks.Web;
using Training.Modules.Courses.Cohorts;
using Training.Modules.Courses.Courses;
using Training.Modules.Courses.Web;

namespace Training.Modules.Courses.Pages.Catalog;

/// <summary>One course as the reader may see it: anonymous visitors the outline, signed-in people its units and lessons.</summary>
[AllowAnonymous]
internal sealed class DetailModel(IMediator mediator, CoursesErrorTexts errors, IStringLocalizer<CoursesResource> text) : FormPageModel<CoursesErrorTexts>(mediator, errors)
{
    public CourseView Course { get; private set; } = null!;

    /// <summary>For a learner: the cohorts of this course at their facility, to ask for a place in.</summary>
    public IReadOnlyList<CohortOpenToMe> Cohorts { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (await FindAsync(new GetCourse(id)) is not { } course)
        {
            return NotFound();
        }

        Course = course;
        Cohorts = await Mediator.Send(new OpenCohortsForMe(id), HttpContext.RequestAborted);
        return Page();
    }

    [Authorize(Policy = Policies.Learner)]
    public async Task<IActionResult> OnPostRequestAsync(Guid id, Guid cohortId)
    {
        var (ok, _) = await SendAsync("request", new RequestPlace(cohortId));
        if (ok)
        {
            Done = text["Catalog.Cohorts.Requested"];
            return RedirectToPage(new { id });
        }

        return await OnGetAsync(id) is NotFoundResult ? NotFound() : Page();
    }
}
