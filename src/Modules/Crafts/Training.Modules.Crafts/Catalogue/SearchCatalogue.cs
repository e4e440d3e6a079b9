using FluentValidation;
using Marten;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Training.BuildingBlocks;
using Training.BuildingBlocks.Text;
using Training.Modules.Courses.Contracts;

namespace Training.Modules.Crafts.Catalogue;

/// <summary>How the catalogue is ordered: the newest first, or by price.</summary>
internal enum CatalogueSort
{
    Newest,
    PriceAsc,
    PriceDesc,
}

/// <summary>
/// Anyone searches the published products: words in the title, description or materials (case and accents
/// ignored), a craft, a price range, ready stock only; a page of at most <see cref="MaxPageSize"/>.
/// </summary>
internal sealed record SearchCatalogue(
    string? Q = null,
    string? Craft = null,
    long? MinPrice = null,
    long? MaxPrice = null,
    bool InStock = false,
    string? Sort = null,
    int Page = 1,
    int PageSize = SearchCatalogue.DefaultPageSize) : IRequest<CataloguePage>
{
    public const int DefaultPageSize = 24;

    public const int MaxPageSize = 48;

    public SkillCategory? CraftValue => EnumNames.Find<SkillCategory>(Craft);

    public CatalogueSort SortValue => string.IsNullOrWhiteSpace(Sort) ? CatalogueSort.Newest : EnumNames.Find<CatalogueSort>(Sort.Replace("-", "", StringComparison.Ordinal)) ?? CatalogueSort.Newest;
}

internal sealed class SearchCatalogueValidator : AbstractValidator<SearchCatalogue>
{
    public SearchCatalogueValidator()
    {
        RuleFor(x => x.Q).MaximumLength(100);
        RuleFor(x => x.Craft).Must(c => EnumNames.Find<SkillCategory>(c) is not null).When(x => !string.IsNullOrWhiteSpace(x.Craft))
            .WithMessage("Use one of the platform's skill categories (e.g. Weaving, Knitting, Batik).");
        RuleFor(x => x.MinPrice).InclusiveBetween(0, 1_000_000_000);
        RuleFor(x => x.MaxPrice).InclusiveBetween(0, 1_000_000_000);
        RuleFor(x => x.MaxPrice).GreaterThanOrEqualTo(x => x.MinPrice).When(x => x.MinPrice is not null && x.MaxPrice is not null);
        RuleFor(x => x.Sort).Must(s => EnumNames.Find<CatalogueSort>(s!.Replace("-", "", StringComparison.Ordinal)) is not null)
            .When(x => !string.IsNullOrWhiteSpace(x.Sort)).WithMessage("Sort by newest, price-asc or price-desc.");
        RuleFor(x => x.Page).InclusiveBetween(1, 10_000);
        RuleFor(x => x.PageSize).InclusiveBetween(1, SearchCatalogue.MaxPageSize);
    }
}

/// <summary>One page of the catalogue and how many products match in all.</summary>
internal sealed record CataloguePage(IReadOnlyList<CatalogueItem> Items, long Total);

internal sealed record CatalogueItem(Guid Id, string Slug, string Title, string? TitleEn, string Craft, long PriceRupiah, string? PhotoUrl, bool InStock, bool MadeToOrder, int? LeadTimeDays);

internal sealed class SearchCatalogueHandler(IQuerySession session) : IRequestHandler<SearchCatalogue, CataloguePage>
{
    public async Task<CataloguePage> Handle(SearchCatalogue query, CancellationToken cancellationToken)
    {
        var entries = session.Query<CatalogueEntry>().Where(e => e.Listed);
        foreach (var word in Folded.Words(query.Q ?? "").Distinct().Take(8))
        {
            entries = entries.Where(e => e.SearchText.Contains(word));
        }

        if (query.CraftValue is { } craft)
        {
            var name = craft.ToString();
            entries = entries.Where(e => e.Craft == name);
        }

        if (query.MinPrice is { } min)
        {
            entries = entries.Where(e => e.Price >= min);
        }

        if (query.MaxPrice is { } max)
        {
            entries = entries.Where(e => e.Price <= max);
        }

        if (query.InStock)
        {
            entries = entries.Where(e => e.InStock);
        }

        var ordered = query.SortValue switch
        {
            CatalogueSort.PriceAsc => entries.OrderBy(e => e.Price).ThenBy(e => e.Id),
            CatalogueSort.PriceDesc => entries.OrderByDescending(e => e.Price).ThenBy(e => e.Id),
            _ => entries.OrderByDescending(e => e.PublishedAt).ThenBy(e => e.Id),
        };
        // Counted on its own: a count over the page query would carry every match's document through the sort, not just the page's.
        var total = await entries.CountAsync(cancellationToken);
        var page = await ordered.Skip((query.Page - 1) * query.PageSize).Take(query.PageSize).ToListAsync(cancellationToken);
        return new CataloguePage([.. page.Select(Item)], total);
    }

    public static CatalogueItem Item(CatalogueEntry e) => new(
        e.Id, e.Slug, e.Title, e.Description.TitleEn, e.Craft, e.Price, e.PhotoIds.Count > 0 ? PublicPhotos.ThumbnailUrl(e.PhotoIds[0]) : null,
        e.InStock, e.Making.MadeToOrder, e.Making.LeadTimeDays);
}

internal static class SearchCatalogueEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/crafts/catalog", async (string? q, string? craft, long? minPrice, long? maxPrice, bool? inStock, string? sort, int? page, int? pageSize, IMediator mediator, CancellationToken ct) =>
            {
                var found = await mediator.Send(new SearchCatalogue(q, craft, minPrice, maxPrice, inStock ?? false, sort, page ?? 1, pageSize ?? SearchCatalogue.DefaultPageSize), ct);
                return TypedResults.Ok(new
                {
                    items = found.Items.Select(i => new { i.Slug, i.Title, i.Craft, i.PriceRupiah, i.PhotoUrl, i.InStock, i.LeadTimeDays, i.Id, i.MadeToOrder }),
                    total = found.Total,
                });
            })
            .AllowAnonymous()
            .WithName(nameof(SearchCatalogue))
            .WithTags("Crafts");
}
