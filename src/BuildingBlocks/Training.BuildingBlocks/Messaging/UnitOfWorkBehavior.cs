using Marten;
using MediatR;

namespace Training.BuildingBlocks.Messaging;

/// <summary>
/// Commits the scoped Marten session once per command, so that a handler's domain events
/// and integration events land together or not at all.
/// </summary>
internal sealed class UnitOfWorkBehavior<TRequest, TResponse>(IDocumentSession session)
    : IPipelineBehavior<TRequest, TResponse>
{
    public async Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
    {
        var response = await next();
        if (request is ICommand<TResponse>)
        {
            await session.SaveChangesAsync(cancellationToken);
        }

        return response;
    }
}
