using Marten;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Training.BuildingBlocks.Modules;
using Training.BuildingBlocks.Security;

namespace Training.Modules.Identity.Tests.Driving;

/// <summary>
/// A module that exists only in these tests: it stands in for the graduate search that only
/// verified employers may use, until a real module maps one. The host finds it like any module.
/// </summary>
public sealed class GraduateSearchProbeModule : IModule
{
    public const string Route = "/api" + Path;

    private const string Path = "/probes/graduate-search";

    public string Name => "GraduateSearchProbe";

    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
    }

    public void ConfigureStore(StoreOptions options)
    {
    }

    public void MapEndpoints(IEndpointRouteBuilder api) =>
        api.MapGet(Path, () => TypedResults.Ok(Array.Empty<string>()))
            .RequireAuthorization(Policies.VerifiedEmployer)
            .ExcludeFromDescription();
}
