using Marten;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Training.BuildingBlocks.Errors;
using Training.BuildingBlocks.Messaging;
using Training.BuildingBlocks.Security;
using Training.Modules.JobMatching.Web;

namespace Training.Modules.JobMatching.Jobs;

/// <summary>The employer closes one of its postings before its closing date.</summary>
internal sealed record CloseJob(Guid JobId) : ICommand<Unit>;

internal sealed class CloseJobHandler(IDocumentSession session, Employers employers, ICurrentUser user, TimeProvider clock) : IRequestHandler<CloseJob, Unit>
{
    public async Task<Unit> Handle(CloseJob command, CancellationToken cancellationToken)
    {
        var employer = await employers.CurrentAsync(cancellationToken);
        var stream = await session.Events.FetchForWriting<JobPosting>(command.JobId, cancellationToken);
        if (stream.Aggregate is not { } posting || posting.EmployerId != employer.EmployerId)
        {
            throw new NotFound("job", command.JobId);
        }

        if (!posting.Open)
        {
            throw new RuleBroken("job.closed", isConflict: true);
        }

        stream.AppendOne(new JobPostingClosed(posting.Id, ClosingReason.ClosedByEmployer, user.Id, clock.GetUtcNow()));
        return Unit.Value;
    }
}

internal static class CloseJobEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/jobs/{id:guid}/close", async (Guid id, IMediator mediator, CancellationToken ct) =>
            {
                await mediator.Send(new CloseJob(id), ct);
                return TypedResults.NoContent();
            })
            .RequireAuthorization(Policies.VerifiedEmployer)
            .WithName(nameof(CloseJob))
            .WithTags("JobMatching");
}
