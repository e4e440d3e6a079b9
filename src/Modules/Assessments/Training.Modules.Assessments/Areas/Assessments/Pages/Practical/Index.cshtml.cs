using MediatR;
using Microsoft.AspNetCore.Authorization;
using Training.BuildingBlocks.Security;
using Training.BuildingBlocks.Web;
using Training.Modules.Assessments.Results;
using Training.Modules.Assessments.Web;
using Training.Modules.Identity.Contracts;

namespace Training.Modules.Assessments.Pages.Practical;

/// <summary>The assessor's queue: who of her facility waits for a practical, by cohort, who waited longest first; each opens the checklist.</summary>
[Authorize(Policy = Policies.Assessor)]
internal sealed class IndexModel(IMediator mediator, ICurrentUser user) : ReadPageModel(mediator)
{
    public IReadOnlyList<WaitingCohort> Cohorts { get; private set; } = [];

    private string? _timeZone;

    public async Task OnGetAsync()
    {
        Cohorts = await Mediator.Send(new PracticalQueue(), HttpContext.RequestAborted);
        _timeZone = user.FacilityId is { } id ? (await Mediator.Send(new GetFacility(id), HttpContext.RequestAborted))?.TimeZone : null;
    }

    /// <summary>Since when a learner waits, as the facility tells time.</summary>
    public string Local(DateTimeOffset moment) => LocalTimes.ShowWithDay(moment, _timeZone);
}
