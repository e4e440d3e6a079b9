using FluentValidation;
using Marten;
using MediatR;
using Training.BuildingBlocks.Security;
using Training.Modules.JobMatching.Contracts;
using Training.Modules.JobMatching.Profiles;

namespace Training.Modules.JobMatching.Placements;

/// <summary>Counts placements by facility, course and month for the reports; facility staff see their own facility only.</summary>
internal sealed class GetPlacementFiguresValidator : AbstractValidator<GetPlacementFigures>
{
    public GetPlacementFiguresValidator()
    {
        RuleFor(x => x.FromMonth).Must(m => Months.TryParse(m, out _)).When(x => x.FromMonth is not null).WithMessage("Write the month as YYYY-MM.");
        RuleFor(x => x.ToMonth).Must(m => Months.TryParse(m, out _)).When(x => x.ToMonth is not null).WithMessage("Write the month as YYYY-MM.");
    }
}

internal sealed class GetPlacementFiguresHandler(IQuerySession session, ICurrentUser user) : IRequestHandler<GetPlacementFigures, IReadOnlyList<PlacementFigure>>
{
    public async Task<IReadOnlyList<PlacementFigure>> Handle(GetPlacementFigures request, CancellationToken cancellationToken)
    {
        var everyFacility = user.IsSystem || user.IsInRole(Roles.PlatformAdmin);
        var ownFacility = user.Role is { } role && Roles.FacilityStaff.Contains(role) ? user.FacilityId : null;
        if (!everyFacility && ownFacility is null)
        {
            return [];
        }

        var placements = session.Query<Placement>().AsQueryable();
        if (!everyFacility)
        {
            placements = placements.Where(p => p.FacilityId == ownFacility);
        }

        if (request.FromMonth is { } fromText)
        {
            var from = Months.Parse(fromText);
            placements = placements.Where(p => p.Month >= from);
        }

        if (request.ToMonth is { } toText)
        {
            var to = Months.Parse(toText);
            placements = placements.Where(p => p.Month <= to);
        }

        var found = await placements.ToListAsync(cancellationToken);
        return [.. found
            .SelectMany(p => p.Courses.Select(c => (p.FacilityId, c.CourseId, c.CourseTitle, p.Month)))
            .GroupBy(x => (x.FacilityId, x.CourseId, x.Month))
            .Select(g => new PlacementFigure(g.Key.FacilityId, g.Key.CourseId, g.First().CourseTitle, Months.Format(g.Key.Month), g.Count()))
            .OrderBy(f => f.Month, StringComparer.Ordinal).ThenBy(f => f.CourseTitle, StringComparer.Ordinal)];
    }
}
