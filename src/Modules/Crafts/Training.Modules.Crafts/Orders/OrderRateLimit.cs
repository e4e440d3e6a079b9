using System.Net;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Training.Modules.Crafts.Orders;

/// <summary>
/// Order requests per client address and hour (<c>Crafts:OrdersPerHourPerAddress</c>, 20 by default): a shop
/// ordering for real sends a few, someone flooding the officers' queue is stopped. Showing the form is free.
/// </summary>
internal static class OrderRateLimit
{
    public const string Policy = "crafts-orders";
    public const int DefaultPerHour = 20;

    public static void AddOrderRateLimit(this IServiceCollection services, IConfiguration configuration)
    {
        var perHour = configuration.GetValue("Crafts:OrdersPerHourPerAddress", DefaultPerHour);
        services.AddRateLimiter(o =>
            o.AddPolicy(Policy, context => HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method)
                ? RateLimitPartition.GetNoLimiter("read")
                : RateLimitPartition.GetFixedWindowLimiter(
                    (context.Connection.RemoteIpAddress ?? IPAddress.Loopback).ToString(),
                    _ => new FixedWindowRateLimiterOptions { PermitLimit = perHour, Window = TimeSpan.FromHours(1), QueueLimit = 0 })));
    }
}
