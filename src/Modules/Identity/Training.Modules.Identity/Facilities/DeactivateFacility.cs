using Marten;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Training.BuildingBlocks.Errors;
using Training.BuildingBlocks.Messaging;
using Training.BuildingBlocks.Security;

namespace Training.Modules.Identity.Facilities;

/// <summary>Deactivation keeps the facility and its history; it only stops new work there.</summary>
internal sealed record DeactivateFacility(Guid FacilityId) : ICommand<Unit>;

internal sealed class DeactivateFacilityHandler(IDocumentSession session, ICurrentUser user, TimeProvider clock) : IRequestHandler<DeactivateFacility, Unit>
{
    public async Task<Unit> Handle(DeactivateFacility command, CancellationToken cancellationToken)
    {
        var stream = await session.Events.FetchForWriting<Facility>(command.FacilityId, cancellationToken);
        var facility = stream.Aggregate ?? throw new NotFound("facility", command.FacilityId);
        if (facility.Active)
        {
            stream.AppendOne(new FacilityDeactivated(command.FacilityId, user.Id ?? Guid.Empty, clock.GetUtcNow()));
        }

        return Unit.Value;
    }
}

internal static class DeactivateFacilityEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/facilities/{id:guid}/deactivate", async (Guid id, IMediator mediator, CancellationToken ct) =>
            {
                await mediator.Send(new DeactivateFacility(id), ct);
                return TypedResults.NoContent();
            })
            .RequireAuthorization(Policies.PlatformAdmin)
            .WithName(nameof(DeactivateFacility))
            .WithTags("Identity");
}
