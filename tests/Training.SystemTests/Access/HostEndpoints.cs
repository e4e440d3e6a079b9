using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Training.Testing;

namespace Training.SystemTests.Access;

/// <summary>Every endpoint the running host has mapped, as "METHOD /pattern" (methods joined by |, * for any).</summary>
public static class HostEndpoints
{
    /// <summary>
    /// Razor pages are left out: they call the same MediatR handlers as the API, whose scoping the
    /// matrix checks, and their own tests drive them as a person would.
    /// </summary>
    public static IReadOnlyList<string> Of(BekalApp app) =>
    [
        .. app.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<PageActionDescriptor>() is null)
            .Select(e => $"{Methods(e)} {e.RoutePattern.RawText}")
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal),
    ];

    private static string Methods(Endpoint endpoint) =>
        endpoint.Metadata.GetMetadata<IHttpMethodMetadata>() is { HttpMethods.Count: > 0 } methods ? string.Join('|', methods.HttpMethods) : "*";
}
