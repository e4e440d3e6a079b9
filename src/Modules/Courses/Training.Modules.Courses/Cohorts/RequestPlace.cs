using Marten;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Training.BuildingBlocks.Errors;
using Training.BuildingBlocks.Idempotency;
using Training.BuildingBlocks.Messaging;
using Training.BuildingBlocks.Security;

namespace Training.Modules.Courses.Cohorts;

/// <summary>A learner asks for a place in a cohort at their facility.</summary>
internal sealed record RequestPlace(Guid CohortId) : ICommand<Unit>;

internal sealed class RequestPlaceHandler(IDocumentSession session, ICurrentUser user, TimeProvider clock) : IRequestHandler<RequestPlace, Unit>
{
    public async Task<Unit> Handle(RequestPlace command, CancellationToken cancellationToken)
    {
        var stream = await session.Events.FetchForWriting<Cohort>(command.CohortId, cancellationToken);
        var cohort = stream.Aggregate ?? throw new NotFound("cohort", command.CohortId);
        stream.AppendOne(cohort.RequestPlace(user.Id!.Value, user.FacilityId ?? Guid.Empty, clock.GetUtcNow()));
        return Unit.Value;
    }
}

internal static class RequestPlaceEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/cohorts/{id:guid}/requests", async (Guid id, IMediator mediator, CancellationToken ct) =>
            {
                await mediator.Send(new RequestPlace(id), ct);
                return TypedResults.Accepted($"/api/cohorts/{id}");
            })
            .CreatesResource()
            .RequireAuthorization(Policies.Learner)
            .WithName(nameof(RequestPlace))
            .WithTags("Cohorts");
}
