using Marten;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Training.BuildingBlocks.Errors;
using Training.BuildingBlocks.Messaging;
using Training.BuildingBlocks.Security;

namespace Training.BuildingBlocks.Relay;

/// <summary>Delivers a parked event to its handler once more; on success the dead letter is removed.</summary>
public sealed record RetryDeadLetter(Guid DeadLetterId) : ICommand<Unit>;

internal sealed class RetryDeadLetterHandler(IDocumentSession session, RelayRoutes routes, Delivery delivery, TimeProvider clock)
    : IRequestHandler<RetryDeadLetter, Unit>
{
    public async Task<Unit> Handle(RetryDeadLetter command, CancellationToken cancellationToken)
    {
        var letter = await session.LoadAsync<DeadLetter>(command.DeadLetterId, cancellationToken)
            ?? throw new NotFound("dead-letter", command.DeadLetterId);
        var route = routes.ByModule.GetValueOrDefault(letter.Module)?.FirstOrDefault(r => r.HandlerType.FullName == letter.Handler)
            ?? throw new RuleBroken("relay.retry.handler-gone", isConflict: true);
        var stored = await session.Events.QueryAllRawEvents().Where(e => e.Sequence == letter.Sequence).SingleOrDefaultAsync(cancellationToken)
            ?? throw new RuleBroken("relay.retry.event-gone", isConflict: true);

        var failure = await delivery.DeliverAsync(route, stored, maxAttempts: 1, cancellationToken);
        if (failure is null)
        {
            session.Delete(letter);
            return Unit.Value;
        }

        session.Store(letter with { Attempts = letter.Attempts + 1, Error = failure.ToString(), FailedAt = clock.GetUtcNow() });
        await session.SaveChangesAsync(cancellationToken);
        throw new RuleBroken("relay.retry.failed", isConflict: true);
    }
}

internal static class RetryDeadLetterEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/admin/dead-letters/{id:guid}/retry", async (Guid id, IMediator mediator, CancellationToken ct) =>
            {
                await mediator.Send(new RetryDeadLetter(id), ct);
                return TypedResults.NoContent();
            })
            .RequireAuthorization(Policies.PlatformAdmin)
            .WithName(nameof(RetryDeadLetter))
            .WithTags("Relay");
}
