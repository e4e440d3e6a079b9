using Training.BuildingBlocks.Contracts;

namespace Training.Modules.Courses.Contracts;

/// <summary>A trainer published a new version of a course; cohorts opened from now on use it.</summary>
public sealed record CoursePublishedIntegrationEvent(Guid CourseId, int Version, string Title, SkillCategory Category) : IIntegrationEvent;
