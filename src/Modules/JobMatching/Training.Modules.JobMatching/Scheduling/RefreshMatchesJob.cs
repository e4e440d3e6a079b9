using MediatR;
using Training.BuildingBlocks.Scheduling;
using Training.Modules.JobMatching.Matches;

namespace Training.Modules.JobMatching.Scheduling;

/// <summary>Nightly (02:00 WIB): re-ranks every open posting's matches.</summary>
public sealed class RefreshMatchesJob(IMediator mediator) : IRecurringJob
{
    public Task RunAsync(CancellationToken cancellationToken) => mediator.Send(new RefreshAllMatches(), cancellationToken);
}
