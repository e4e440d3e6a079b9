using MediatR;
using Training.BuildingBlocks.Scheduling;
using Training.Modules.JobMatching.Jobs;

namespace Training.Modules.JobMatching.Scheduling;

/// <summary>Hourly: closes postings whose closing date has passed.</summary>
public sealed class ClosePostingsJob(IMediator mediator) : IRecurringJob
{
    public Task RunAsync(CancellationToken cancellationToken) => mediator.Send(new CloseDuePostings(), cancellationToken);
}
