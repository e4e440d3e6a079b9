using MediatR;
using Microsoft.AspNetCore.Authorization;
using Training.BuildingBlocks.Security;
using Training.BuildingBlocks.Web;
using Training.Modules.Courses.Cohorts;
using Training.Modules.Courses.Web;

namespace Training.Modules.Courses.Pages.Cohorts;

/// <summary>The cohorts of the officer's facility, newest first.</summary>
[Authorize(Policy = Policies.FacilityOfficer)]
internal sealed class IndexModel(IMediator mediator, CoursesErrorTexts errors) : FormPageModel<CoursesErrorTexts>(mediator, errors)
{
    public IReadOnlyList<CohortView> Cohorts { get; private set; } = [];

    public IReadOnlyDictionary<(Guid, int), string> Titles { get; private set; } = new Dictionary<(Guid, int), string>();

    public async Task OnGetAsync()
    {
        Cohorts = await Mediator.Send(new ListCohorts(null), HttpContext.RequestAborted);
        Titles = await CohortTitles.ForAsync(Mediator, Cohorts, HttpContext.RequestAborted);
    }
}
