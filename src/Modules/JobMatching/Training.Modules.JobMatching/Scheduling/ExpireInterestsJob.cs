using MediatR;
using Training.BuildingBlocks.Scheduling;
using Training.Modules.JobMatching.Interests;

namespace Training.Modules.JobMatching.Scheduling;

/// <summary>Hourly: expires interests left 30 days without an answer.</summary>
public sealed class ExpireInterestsJob(IMediator mediator) : IRecurringJob
{
    public Task RunAsync(CancellationToken cancellationToken) => mediator.Send(new ExpireInterests(), cancellationToken);
}
