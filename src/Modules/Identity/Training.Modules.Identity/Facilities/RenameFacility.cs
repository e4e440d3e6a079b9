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

internal sealed class RenameFacilityHandler(IDocumentSession session, ICurrentUser user, TimeProvider clock) : IRequestHandler<RenameFacility, Unit>
{
    public async Task<Unit> Handle(RenameFacility command, CancellationToken cancellationToken)
    {
        var stream = await session.Events.FetchForWriting<Facility>(command.FacilityId, cancellationToken);
        _ = stream.Aggregate ?? throw new NotFound("facility", command.FacilityId);
        stream.AppendOne(new FacilityRenamed(command.FacilityId, command.Name.Trim(), user.Id ?? Guid.Empty, clock.GetUtcNow()));
        return Unit.Value;
    }
}

internal static class RenameFacilityEndpoint
{
    public sealed record NewName(string Name);

    public static void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/facilities/{id:guid}/rename", async (Guid id, NewName body, IMediator mediator, CancellationToken ct) =>
            {
                await mediator.Send(new RenameFacility(id, body.Name), ct);
                return TypedResults.NoContent();
            })
            .RequireAuthorization(Policies.PlatformAdmin)
            .WithName(nameof(RenameFacility))
            .WithTags("Identity");
}
