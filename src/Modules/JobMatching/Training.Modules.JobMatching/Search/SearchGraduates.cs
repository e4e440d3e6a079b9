using FluentValidation;
using Marten;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Training.BuildingBlocks;
using Training.BuildingBlocks.Messaging;
using Training.BuildingBlocks.Security;
using Training.Modules.JobMatching.Disclosures;
using Training.Modules.JobMatching.Profiles;
using Training.Modules.JobMatching.Regions;

namespace Training.Modules.JobMatching.Search;

/// <summary>
/// A verified employer searches visible graduates. <c>skill</c> and <c>unitCode</c> may be repeated: a
/// graduate covering any of them is found, and the share covered ranks first (see <see cref="Ranking"/>).
/// Region, <c>availableBy</c> (YYYY-MM) and <c>workType</c> filter. Pages of up to 100. The cards shown
/// are disclosed to the employer, so the search records them (a command: the unit of work commits).
/// </summary>
internal sealed record SearchGraduates(
    IReadOnlyList<string> Skills, IReadOnlyList<string> UnitCodes, string? Province, string? Regency, string? AvailableBy, string? WorkType, int Page, int PageSize)
    : ICommand<GraduatePage>;

internal sealed record GraduatePage(IReadOnlyList<GraduateCard> Items, int Total, int Page, int PageSize);

internal sealed class SearchGraduatesValidator : AbstractValidator<SearchGraduates>
{
    public SearchGraduatesValidator()
    {
        RuleFor(x => x.Skills).Must(s => s.Count <= 9).WithMessage("At most 9 skill categories.");
        RuleForEach(x => x.Skills).Must(s => Profiles.Skills.Category(s) is not null).WithMessage("'{PropertyValue}' is not one of the platform's skill categories.");
        RuleFor(x => x.UnitCodes).Must(u => u.Count <= 20).WithMessage("At most 20 unit codes.");
        RuleForEach(x => x.UnitCodes).Must(Profiles.Skills.IsUnitCode).WithMessage("A unit code has letters, digits, dots and dashes (e.g. C.131000.001.01).");
        RuleFor(x => x.Province).Must(p => RegionIndex.FindProvince(p) is not null).When(x => !string.IsNullOrWhiteSpace(x.Province))
            .WithMessage("Name one of Indonesia's 38 provinces by its official name or BPS code.");
        RuleFor(x => x.Regency).Must((x, r) => RegionIndex.FindProvince(x.Province) is { } p && RegionIndex.FindRegency(p, r) is not null)
            .When(x => !string.IsNullOrWhiteSpace(x.Regency))
            .WithMessage("Name the province too, and a regency or city of it by its official name or BPS code.");
        RuleFor(x => x.AvailableBy).Must(m => Months.TryParse(m, out _)).When(x => x.AvailableBy is not null).WithMessage("Write the month as YYYY-MM.");
        RuleFor(x => x.WorkType).Must(w => EnumNames.Find<WorkType>(w) is not null).When(x => x.WorkType is not null)
            .WithMessage("Use Employment, Apprenticeship, HomeBased or SelfEmployment.");
        RuleFor(x => x.Page).InclusiveBetween(1, 1000);
        RuleFor(x => x.PageSize).InclusiveBetween(1, 100);
    }
}

internal sealed class SearchGraduatesHandler(IDocumentSession session, ICurrentUser user, TimeProvider clock) : IRequestHandler<SearchGraduates, GraduatePage>
{
    public async Task<GraduatePage> Handle(SearchGraduates query, CancellationToken cancellationToken)
    {
        var thisMonth = Months.Current(clock.GetUtcNow());
        var province = RegionIndex.FindProvince(query.Province);
        var regency = province is null ? null : RegionIndex.FindRegency(province, query.Regency);
        int? availableBy = query.AvailableBy is { } by ? Months.Parse(by) : null;
        var criteria = new Criteria(
            [.. query.Skills.Select(s => Profiles.Skills.Category(s)!), .. query.UnitCodes.Select(Profiles.Skills.UnitCode)],
            province?.Code, regency?.Code, RegionFilters: true, availableBy ?? thisMonth, availableBy, EnumNames.Find<WorkType>(query.WorkType)?.ToString(), thisMonth);

        var (items, total) = await Ranking.RankAsync(session, criteria, (query.Page - 1) * query.PageSize, query.PageSize, cancellationToken);
        DisclosureLog.Record(session, user, DisclosureWay.Search, [.. items.Select(r => r.Listing.Id)], clock.GetUtcNow());

        return new GraduatePage([.. items.Select(r => GraduateCard.Of(r.Listing, r.Score))], total, query.Page, query.PageSize);
    }
}

internal static class SearchGraduatesEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/graduates", async (
                [FromQuery] string[]? skill, [FromQuery] string[]? unitCode, string? province, string? regency, string? availableBy, string? workType,
                int? page, int? pageSize, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(
                    new SearchGraduates(skill ?? [], unitCode ?? [], province, regency, availableBy, workType, page ?? 1, pageSize ?? 20), ct)))
            .RequireAuthorization(Policies.VerifiedEmployer)
            .WithName(nameof(SearchGraduates))
            .WithTags("JobMatching");
}
