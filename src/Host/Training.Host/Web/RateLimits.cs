using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using System.Threading.RateLimiting;

namespace Training.Host.Web;

/// <summary>
/// One answer for every rate limit the modules set: 429 with Retry-After, and for the API problem
/// details whose code names the limit (<c>signin.rate-limited</c>, <c>certificate-verify.rate-limited</c>).
/// </summary>
internal static class RateLimits
{
    public static IServiceCollection AddRateLimitAnswers(this IServiceCollection services) =>
        services.AddRateLimiter(o => o.OnRejected = async (rejected, cancellationToken) =>
        {
            var http = rejected.HttpContext;
            http.Response.StatusCode = StatusCodes.Status429TooManyRequests;
            if (rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter))
            {
                http.Response.Headers.RetryAfter = ((int)retryAfter.TotalSeconds).ToString(CultureInfo.InvariantCulture);
            }

            // A page gets no body here: the page shell's error page explains the wait in the reader's language.
            if (!http.Request.Path.StartsWithSegments("/api"))
            {
                return;
            }

            var policy = http.GetEndpoint()?.Metadata.GetMetadata<EnableRateLimitingAttribute>()?.PolicyName ?? "request";
            await http.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
            {
                HttpContext = http,
                ProblemDetails = new ProblemDetails
                {
                    Status = StatusCodes.Status429TooManyRequests,
                    Title = "Too many requests",
                    Detail = "Too many requests from this address. Wait a minute and try again.",
                    Extensions = { ["code"] = policy + ".rate-limited" },
                },
            });
        });
}
