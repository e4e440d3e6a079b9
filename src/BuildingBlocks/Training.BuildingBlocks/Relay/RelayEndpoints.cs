using Microsoft.AspNetCore.Routing;

namespace Training.BuildingBlocks.Relay;

public static class RelayEndpoints
{
    /// <summary>Maps the admin endpoints of the relay on the <c>/api</c> group.</summary>
    public static void MapRelayEndpoints(this IEndpointRouteBuilder api)
    {
        ListDeadLettersEndpoint.Map(api);
        RetryDeadLetterEndpoint.Map(api);
    }
}
