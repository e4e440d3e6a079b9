using FluentValidation;
using Marten;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Training.BuildingBlocks.Errors;
using Training.BuildingBlocks.Messaging;
using Training.BuildingBlocks.Security;

namespace Training.Modules.Identity.Facilities;

internal sealed record RenameFacility(Guid FacilityId, string Name) : ICommand<Unit>;

internal sealed class RenameFacilityValidator : AbstractValidator<RenameFacility>
{
    public RenameFacilityValidator() => RuleFor(x => x.Name).NotEmpty().MaximumLength(200);
}

/// <summary>Deactivation keeps the facility and its history; it only stops new work there.</summary>
internal sealed record DeactivateFacility(Guid FacilityId) : ICommand<Unit>;

internal sealed class ChangeFacilityHandler(IDocumentSession session, ICurrentUser user, TimeProvider clock)
    : IRequestHandler<RenameFacility, Unit>, IRequestHandler<DeactivateFacility, Unit>
{
    public async Task<Unit> Handle(RenameFacility command, CancellationToken cancellationToken)
    {
        var stream = await session.Events.FetchForWriting<Facility>(command.FacilityId, cancellationToken);
        _ = stream.Aggregate ?? throw new NotFound("facility", command.FacilityId);
        stream.AppendOne(new FacilityRenamed(command.FacilityId, command.Name.Trim(), user.Id ?? Guid.Empty, clock.GetUtcNow()));
        return Unit.Value;
    }

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

internal static class ChangeFacilityEndpoints
{
    public sealed record NewName(string Name);

    public static void Map(IEndpointRouteBuilder api)
    {
        api.MapPost("/facilities/{id:guid}/rename", async (Guid id, NewName body, IMediator mediator, CancellationToken ct) =>
            {
                await mediator.Send(new RenameFacility(id, body.Name), ct);
                return TypedResults.NoContent();
            })
            .RequireAuthorization(Policies.PlatformAdmin)
            .WithName(nameof(RenameFacility))
            .WithTags("Identity");
        api.MapPost("/facilities/{id:guid}/deactivate", async (Guid id, IMediator mediator, CancellationToken ct) =>
            {
                await mediator.Send(new DeactivateFacility(id), ct);
                return TypedResults.NoContent();
            })
            .RequireAuthorization(Policies.PlatformAdmin)
            .WithName(nameof(DeactivateFacility))
            .WithTags("Identity");
    }
}
