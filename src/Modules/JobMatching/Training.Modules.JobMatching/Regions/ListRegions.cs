using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Training.Modules.JobMatching.Regions;

/// <summary>The fixed list of provinces and regencies, for forms; public data.</summary>
internal static class ListRegionsEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/regions", () => TypedResults.Ok(RegionList.Provinces.Select(p => new
            {
                p.Code,
                p.Name,
                Regencies = p.Regencies.Select(r => new { r.Code, r.Name }),
            })))
            .AllowAnonymous()
            .WithName("ListRegions")
            .WithTags("JobMatching");
}
