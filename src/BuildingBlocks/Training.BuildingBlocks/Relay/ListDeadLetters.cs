using Marten;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Training.BuildingBlocks.Security;

namespace Training.BuildingBlocks.Relay;

/// <summary>What an admin sees of a parked integration event.</summary>
public sealed record DeadLetterView(
    Guid Id, string Module, string Handler, string EventType, Guid EventId, long Sequence, int Attempts, string Error, DateTimeOffset FailedAt);

public sealed record ListDeadLetters : IRequest<IReadOnlyList<DeadLetterView>>;

internal sealed class ListDeadLettersHandler(IQuerySession session) : IRequestHandler<ListDeadLetters, IReadOnlyList<DeadLetterView>>
{
    public async Task<IReadOnlyList<DeadLetterView>> Handle(ListDeadLetters request, CancellationToken cancellationToken)
    {
        var letters = await session.Query<DeadLetter>().OrderBy(d => d.Sequence).Take(500).ToListAsync(cancellationToken);
        return [.. letters.Select(d => new DeadLetterView(d.Id, d.Module, d.Handler, d.EventType, d.EventId, d.Sequence, d.Attempts, d.Error, d.FailedAt))];
    }
}

internal static class ListDeadLettersEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/admin/dead-letters", async (IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new ListDeadLetters(), ct)))
            .RequireAuthorization(Policies.PlatformAdmin)
            .WithName(nameof(ListDeadLetters))
            .WithTags("Relay");
}
