using FluentValidation;
using Marten;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Training.BuildingBlocks.Security;
using Training.Modules.Courses.Contracts;

namespace Training.Modules.Courses.Courses;

/// <summary>
/// The published catalog: words in the title or summary, and a category. Open to everyone;
/// anonymous visitors see title, summary and hours only.
/// </summary>
internal sealed record SearchCatalog(string? Q, SkillCategory? Category, int Page = 1) : IRequest<CatalogPage>;

internal sealed record CatalogItem(Guid Id, string Title, string Summary, decimal ExpectedHours, SkillCategory? Category = null, int? Version = null);

internal sealed record CatalogPage(IReadOnlyList<CatalogItem> Items, int Page, bool HasMore);

internal sealed class SearchCatalogValidator : AbstractValidator<SearchCatalog>
{
    public SearchCatalogValidator()
    {
        RuleFor(x => x.Q).MaximumLength(100);
        RuleFor(x => x.Category).IsInEnum().When(x => x.Category is not null);
        RuleFor(x => x.Page).InclusiveBetween(1, 1000);
    }
}

internal sealed class SearchCatalogHandler(IQuerySession session, ICurrentUser user) : IRequestHandler<SearchCatalog, CatalogPage>
{
    public const int PageSize = 24;

    public async Task<CatalogPage> Handle(SearchCatalog query, CancellationToken cancellationToken)
    {
        var entries = session.Query<CatalogEntry>().Where(e => e.Listed);
        if (query.Category is { } category)
        {
            entries = entries.Where(e => e.Category == category);
        }

        // Trimmed outside the predicate: Marten compiles every method call it finds in a LINQ
        // expression, on every query, and that cost more CPU than PostgreSQL spent on the search.
        var words = query.Q?.Trim();
        if (!string.IsNullOrEmpty(words))
        {
            entries = entries.Where(e => e.WebStyleSearch(words, CoursesModule.SearchConfig));
        }

        var found = await entries.OrderBy(e => e.Title).ThenBy(e => e.Id).Skip((query.Page - 1) * PageSize).Take(PageSize + 1).ToListAsync(cancellationToken);
        return new CatalogPage(
            [.. found.Take(PageSize).Select(e => user.IsSignedIn
                ? new CatalogItem(e.Id, e.Title, e.Summary, e.ExpectedHours, e.Category, e.Version)
                : new CatalogItem(e.Id, e.Title, e.Summary, e.ExpectedHours))],
            query.Page,
            found.Count > PageSize);
    }
}

internal static class SearchCatalogEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/courses", async (string? q, SkillCategory? category, int? page, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new SearchCatalog(q, category, page ?? 1), ct)))
            .AllowAnonymous()
            .WithName(nameof(SearchCatalog))
            .WithTags("Courses");
}
