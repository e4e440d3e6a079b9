using Marten;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Training.BuildingBlocks.Security;

namespace Training.BuildingBlocks.Idempotency;

/// <summary>
/// Reads the <c>Idempotency-Key</c> of a creating endpoint's request and hands it to the command pipeline.
/// When two requests with one key race, the loser fails (on the key's unique id, or on the resource the
/// winner made); once the winner's key is kept, the loser answers what the winner stored instead.
/// </summary>
internal sealed class IdempotencyFilter : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        if (!http.Request.Headers.TryGetValue(IdempotentCreation.Header, out var values))
        {
            return await next(context);
        }

        var key = values.Count == 1 ? values[0] : null;
        if (!IdempotentCreation.IsWellFormed(key))
        {
            throw new IdempotencyKeyRefused(IdempotentCreation.InvalidCode);
        }

        var caller = http.RequestServices.GetRequiredService<ICurrentUser>().Id?.ToString("N") ?? "anonymous";
        var request = new IdempotentRequest($"{caller}:{key}");
        http.Features.Set(request);
        try
        {
            return await next(context);
        }
        catch (Exception e) when (e is not IdempotencyKeyRefused and not OperationCanceledException)
        {
            // Whatever stopped this request (the key's unique id, or the resource the winner just made),
            // a key kept meanwhile means another request with it won: answer what it stored.
            if (!await IsKeptAsync(http, request, http.RequestAborted))
            {
                throw;
            }
        }

        return await next(context);
    }

    private static async Task<bool> IsKeptAsync(HttpContext http, IdempotentRequest request, CancellationToken cancellationToken)
    {
        await using var session = http.RequestServices.GetRequiredService<IDocumentStore>().QuerySession();
        return await session.LoadAsync<IdempotencyRecord>(request.RecordId, cancellationToken) is not null;
    }
}
