using Marten;
using MediatR;

namespace Training.BuildingBlocks.Messaging;

/// <summary>
/// Commits the scoped Marten session once per command, so that a handler's domain events
/// and integration events land together or not at all. With the relay's delivery it is the only
/// place that commits: handlers queue their work on the session and never save.
/// </summary>
internal sealed class UnitOfWorkBehavior<TRequest, TResponse>(IDocumentSession session)
    : IPipelineBehavior<TRequest, TResponse>
{
    public async Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
    {
        if (request is not ICommand<TResponse>)
        {
            return await next();
        }

        try
        {
            var response = await next();
            await session.SaveChangesAsync(cancellationToken);
            return response;
        }
        catch
        {
            // A refused or failed command leaves nothing in the session for a later save in this scope.
            session.EjectAllPendingChanges();
            throw;
        }
    }
}
