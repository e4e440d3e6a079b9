using MediatR;
using Microsoft.AspNetCore.Authorization;
using Training.BuildingBlocks.Security;
using Training.BuildingBlocks.Time;
using Training.BuildingBlocks.Web;
using Training.Modules.Courses.Cohorts;
using Training.Modules.Courses.Web;
using Training.Modules.Identity.Contracts;

namespace Training.Modules.Courses.Pages.Trainer;

/// <summary>The cohorts the trainer runs, each with its attendance sheet once its first session has come.</summary>
[Authorize(Policy = Policies.Trainer)]
internal sealed class CohortsModel(IMediator mediator, CoursesErrorTexts errors, ICurrentUser user, TimeProvider clock) : FormPageModel<CoursesErrorTexts>(mediator, errors)
{
    /// <summary>Today in the trainer's facility, where the sessions are held.</summary>
    public DateOnly Today { get; private set; }

    public IReadOnlyList<CohortView> Cohorts { get; private set; } = [];

    public IReadOnlyDictionary<(Guid, int), string> Titles { get; private set; } = new Dictionary<(Guid, int), string>();

    public async Task OnGetAsync()
    {
        var all = await Mediator.Send(new ListCohorts(null), HttpContext.RequestAborted);
        Cohorts = [.. all.Where(c => c.TrainerId == user.Id)];
        Titles = await CohortTitles.ForAsync(Mediator, Cohorts, HttpContext.RequestAborted);
        var facility = user.FacilityId is { } facilityId ? await Mediator.Send(new GetFacility(facilityId), HttpContext.RequestAborted) : null;
        Today = FacilityTime.Today(clock, facility?.TimeZone);
    }
}
