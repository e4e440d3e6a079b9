namespace Training.Modules.JobMatching.Placements;

/// <summary>A graduate hired through a mediated interest: the facility they were at, the courses they were certified in, the month (see <see cref="Profiles.Months"/>).</summary>
internal sealed record Placement(Guid Id, Guid LearnerId, Guid FacilityId, Guid EmployerId, IReadOnlyList<PlacedCourse> Courses, int Month, DateTimeOffset At);

internal sealed record PlacedCourse(Guid CourseId, string CourseTitle);
