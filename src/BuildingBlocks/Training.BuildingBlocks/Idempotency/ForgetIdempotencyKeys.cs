using Marten;
using MediatR;
using Training.BuildingBlocks.Messaging;

namespace Training.BuildingBlocks.Idempotency;

/// <summary>Forgets the keys honoured longer than <see cref="IdempotentCreation.KeptFor"/>; the unit of work commits the purge.</summary>
internal sealed record ForgetIdempotencyKeys : ICommand<Unit>;

internal sealed class ForgetIdempotencyKeysHandler(IDocumentSession session, TimeProvider clock) : IRequestHandler<ForgetIdempotencyKeys, Unit>
{
    public Task<Unit> Handle(ForgetIdempotencyKeys command, CancellationToken cancellationToken)
    {
        var before = clock.GetUtcNow() - IdempotentCreation.KeptFor;
        session.DeleteWhere<IdempotencyRecord>(r => r.KeptAt < before);
        return Unit.Task;
    }
}

/// <summary>Hourly Hangfire job (public: Hangfire activates it by type); safe to run twice.</summary>
public sealed class ForgetIdempotencyKeysJob(IMediator mediator)
{
    public Task RunAsync(CancellationToken cancellationToken) => mediator.Send(new ForgetIdempotencyKeys(), cancellationToken);
}
