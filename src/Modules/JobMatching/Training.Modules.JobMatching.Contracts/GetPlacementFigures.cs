using MediatR;

namespace Training.Modules.JobMatching.Contracts;

/// <summary>
/// Graduates hired through Bekal, counted by the facility they were at, each course they held a valid
/// certificate of when hired, and the month of hiring (YYYY-MM, Asia/Jakarta). Months from and to are
/// inclusive and optional. Platform admins and the platform itself see every facility; facility staff
/// see their own facility only; anyone else gets an empty list.
/// </summary>
public sealed record GetPlacementFigures(string? FromMonth = null, string? ToMonth = null) : IRequest<IReadOnlyList<PlacementFigure>>;

/// <summary>One cell of the placement figures. A graduate hired holding two certificates counts once for each course.</summary>
public sealed record PlacementFigure(Guid FacilityId, Guid CourseId, string CourseTitle, string Month, int Placements);
