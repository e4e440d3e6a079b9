using Microsoft.AspNetCore.Authorization;

namespace Training.Host.Web;

/// <summary>Met only by requests from this machine.</summary>
internal sealed class LocalRequestRequirement : IAuthorizationRequirement;

internal sealed class LocalRequestHandler(IHttpContextAccessor accessor) : AuthorizationHandler<LocalRequestRequirement>
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, LocalRequestRequirement requirement)
    {
        var connection = accessor.HttpContext?.Connection;
        // The in-process test server sets no addresses at all: that is this machine too.
        var local = connection is not null && (connection.RemoteIpAddress is null
            ? connection.LocalIpAddress is null
            : System.Net.IPAddress.IsLoopback(connection.RemoteIpAddress));
        if (local)
        {
            context.Succeed(requirement);
        }

        return Task.CompletedTask;
    }
}
