using Marten;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Training.BuildingBlocks.Messaging;
using Training.BuildingBlocks.Security;
using Training.Modules.Courses.Contracts;

namespace Training.Modules.Courses.Cohorts;

/// <summary>An officer closes a cohort whose schedule is over; no seats or requests change after that.</summary>
internal sealed record CompleteCohort(Guid CohortId) : ICommand<Unit>;

internal sealed class CompleteCohortHandler(IDocumentSession session, ICurrentUser user, TimeProvider clock) : IRequestHandler<CompleteCohort, Unit>
{
    public async Task<Unit> Handle(CompleteCohort command, CancellationToken cancellationToken)
    {
        var stream = await session.Events.FetchForWriting<Cohort>(command.CohortId, cancellationToken);
        var cohort = user.EnsureOfficerOf(stream.Aggregate, command.CohortId);
        stream.AppendMany(
            cohort.Complete(user.Id!.Value, clock.GetUtcNow()),
            new CohortCompletedIntegrationEvent(cohort.Id, cohort.CourseId, cohort.CourseVersion, cohort.FacilityId));
        return Unit.Value;
    }
}

internal static class CompleteCohortEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/cohorts/{id:guid}/complete", async (Guid id, IMediator mediator, CancellationToken ct) =>
            {
                await mediator.Send(new CompleteCohort(id), ct);
                return TypedResults.NoContent();
            })
            .RequireAuthorization(Policies.FacilityOfficer)
            .WithName(nameof(CompleteCohort))
            .WithTags("Cohorts");
}
