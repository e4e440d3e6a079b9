using System.Security.Cryptography;
using System.Text.Json;
using Marten;
using MediatR;
using Microsoft.AspNetCore.Http;
using Training.BuildingBlocks.Messaging;

namespace Training.BuildingBlocks.Idempotency;

/// <summary>
/// Inside the unit of work, so the key is saved with the command's effect: a command sent with a key
/// seen before answers the stored result without running again (the endpoint turns it into the same
/// status, body and location); the same key with another command is refused.
/// </summary>
internal sealed class IdempotencyBehavior<TRequest, TResponse>(IDocumentSession session, IHttpContextAccessor http, TimeProvider clock)
    : IPipelineBehavior<TRequest, TResponse>
{
    public async Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
    {
        if (request is not ICommand<TResponse> || http.HttpContext?.Features.Get<IdempotentRequest>() is not { } idempotent)
        {
            return await next();
        }

        var hash = HashOf(request);
        if (await session.LoadAsync<IdempotencyRecord>(idempotent.RecordId, cancellationToken) is { } kept)
        {
            if (kept.CommandHash != hash)
            {
                throw new IdempotencyKeyRefused(IdempotentCreation.ReusedCode);
            }

            // A race's loser comes back here with its failed writes still queued: they must not be saved.
            session.EjectAllPendingChanges();
            return JsonSerializer.Deserialize<TResponse>(kept.Response)!;
        }

        var response = await next();
        session.Insert(new IdempotencyRecord(idempotent.RecordId, hash, JsonSerializer.Serialize(response), clock.GetUtcNow()));
        return response;
    }

    // The command's type and content (route values included), never stored as such: it may hold a PIN or password.
    private static string HashOf(TRequest request) =>
        Convert.ToHexString(SHA256.HashData([.. JsonSerializer.SerializeToUtf8Bytes(typeof(TRequest).FullName), .. JsonSerializer.SerializeToUtf8Bytes(request)]));
}
