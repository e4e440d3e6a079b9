using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Training.BuildingBlocks.Web;
using Training.Modules.Courses.Contracts;
using Training.Modules.Courses.Courses;
using Training.Modules.Courses.Web;

namespace Training.Modules.Courses.Pages.Catalog;

/// <summary>The published catalog, open to everyone: words and a category.</summary>
[AllowAnonymous]
internal sealed class IndexModel(IMediator mediator, CoursesErrorTexts errors) : FormPageModel<CoursesErrorTexts>(mediator, errors)
{
    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    // A string, not the enum: an unknown value typed into the address shows everything rather than an error.
    [BindProperty(SupportsGet = true)]
    public string? Category { get; set; }

    // Not "page": Razor Pages keep the page's own path under that route value.
    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public CatalogPage Found { get; private set; } = new([], 1, false);

    public static IReadOnlyList<SkillCategory> Categories { get; } = Enum.GetValues<SkillCategory>();

    public SkillCategory? ChosenCategory => Enum.TryParse<SkillCategory>(Category, out var c) && Enum.IsDefined(c) ? c : null;

    public async Task OnGetAsync()
    {
        var (ok, found) = await SendAsync("Search", new SearchCatalog(Q, ChosenCategory, Math.Clamp(PageNumber, 1, 1000)));
        if (ok)
        {
            Found = found;
        }
    }
}
