using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.Extensions;
using Microsoft.AspNetCore.Mvc;
using Training.BuildingBlocks.Security;
using Training.Modules.Courses.Contracts;
using Training.Modules.JobMatching.Profiles;
using Training.Modules.JobMatching.Search;
using Training.Modules.JobMatching.Web;

namespace Training.Modules.JobMatching.Pages.Employer;

/// <summary>
/// Search of visible graduates by skill, unit code, region, availability and work type, best first
/// (the score the README documents), a page at a time. The form is a GET: a search is a link to share.
/// </summary>
[Authorize(Policy = Policies.Employer)]
internal sealed class GraduatesModel(IMediator mediator, JobMatchingErrorTexts errors) : EmployerPageModel(mediator, errors)
{
    public const string Form = "Search";
    private const int PageSize = 10;

    [BindProperty(SupportsGet = true)]
    public string? Skill { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? UnitCode { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Province { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Regency { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? AvailableBy { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? WorkType { get; set; }

    /// <summary>The page of results; not "page", which Razor Pages keeps for the page's own name.</summary>
    [BindProperty(SupportsGet = true, Name = "p")]
    public int? Number { get; set; }

    public GraduatePage? Results { get; private set; }

    public static IReadOnlyList<string> SkillNames => Enum.GetNames<SkillCategory>();

    public static IReadOnlyList<string> WorkTypeNames => Enum.GetNames<WorkType>();

    public RegionChoice Region => new("", Province, Regency, Required: false);

    public int Pages => Results is { } r ? Math.Max(1, (r.Total + PageSize - 1) / PageSize) : 1;

    public async Task OnGetAsync()
    {
        var query = new SearchGraduates(
            Given(Skill) is { } skill ? [skill] : [], Given(UnitCode) is { } unit ? [unit] : [], Given(RegionChoice.ProvinceOf(Province, Regency)), Given(Regency), Given(AvailableBy), Given(WorkType),
            Number ?? 1, PageSize);
        var (ok, page) = await SendAsync(Form, Form, query);
        Results = ok ? page : null;
    }

    /// <summary>This search on another page of results.</summary>
    public string Link(int number)
    {
        var query = new QueryBuilder();
        foreach (var (name, value) in new[] { ("skill", Skill), ("unitCode", UnitCode), ("province", Province), ("regency", Regency), ("availableBy", AvailableBy), ("workType", WorkType) })
        {
            if (Given(value) is { } given)
            {
                query.Add(name, given);
            }
        }

        query.Add("p", number.ToString(System.Globalization.CultureInfo.InvariantCulture));
        return "/employer/graduates" + query.ToQueryString();
    }

    /// <summary>An empty field of the form means "any".</summary>
    private static string? Given(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
