using System.Xml.Linq;
using Marten;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Options;
using Training.Modules.Crafts.Brands;
using Training.Modules.Crafts.Web;

namespace Training.Modules.Crafts.Catalogue;

/// <summary>The public addresses search engines may list: the catalogue, every published product and every brand.</summary>
internal sealed record GetSitemap : IRequest<Sitemap>;

internal sealed record Sitemap(IReadOnlyList<string> ProductSlugs, IReadOnlyList<string> BrandSlugs);

internal sealed class GetSitemapHandler(IQuerySession session) : IRequestHandler<GetSitemap, Sitemap>
{
    /// <summary>One sitemap file holds at most 50,000 addresses (sitemaps.org).</summary>
    private const int MaxAddresses = 49_000;

    public async Task<Sitemap> Handle(GetSitemap query, CancellationToken cancellationToken)
    {
        var products = await session.Query<CatalogueEntry>().Where(e => e.Listed).OrderBy(e => e.Slug).Select(e => e.Slug).Take(MaxAddresses).ToListAsync(cancellationToken);
        var brands = await session.Query<Brand>().OrderBy(b => b.Slug).Select(b => b.Slug).Take(1000).ToListAsync(cancellationToken);
        return new Sitemap(products, brands);
    }
}

internal static class GetSitemapEndpoint
{
    private static readonly XNamespace Ns = "http://www.sitemaps.org/schemas/sitemap/0.9";

    public static void Map(IEndpointRouteBuilder root) =>
        root.MapGet("/sitemap.xml", async (IMediator mediator, IOptions<CraftsOptions> options, CancellationToken ct) =>
            {
                var sitemap = await mediator.Send(new GetSitemap(), ct);
                var paths = new[] { "katalog" }.Concat(sitemap.ProductSlugs.Select(s => "katalog/" + s)).Concat(sitemap.BrandSlugs.Select(s => "merek/" + s));
                var xml = new XDocument(new XElement(Ns + "urlset", paths.Select(p => new XElement(Ns + "url", new XElement(Ns + "loc", new Uri(options.Value.BaseUri, p).AbsoluteUri)))));
                return Results.Text(xml.Declaration + xml.ToString(SaveOptions.DisableFormatting), "application/xml", System.Text.Encoding.UTF8);
            })
            .AllowAnonymous()
            .ExcludeFromDescription()
            .WithName(nameof(GetSitemap));
}
