using MediatR;
using Microsoft.AspNetCore.Authorization;
using Training.BuildingBlocks.Security;
using Training.BuildingBlocks.Web;
using Training.Modules.Courses.Cohorts;
using Training.Modules.Courses.Web;

namespace Training.Modules.Courses.Pages.Trainer;

/// <summary>The cohorts the trainer runs, each with its attendance sheet.</summary>
[Authorize(Policy = Policies.Trainer)]
internal sealed class CohortsModel(IMediator mediator, CoursesErrorTexts errors, ICurrentUser user) : FormPageModel<CoursesErrorTexts>(mediator, errors)
{
    public IReadOnlyList<CohortView> Cohorts { get; private set; } = [];

    public IReadOnlyDictionary<(Guid, int), string> Titles { get; private set; } = new Dictionary<(Guid, int), string>();

    public async Task OnGetAsync()
    {
        var all = await Mediator.Send(new ListCohorts(null), HttpContext.RequestAborted);
        Cohorts = [.. all.Where(c => c.TrainerId == user.Id)];
        Titles = await CohortTitles.ForAsync(Mediator, Cohorts, HttpContext.RequestAborted);
    }
}
