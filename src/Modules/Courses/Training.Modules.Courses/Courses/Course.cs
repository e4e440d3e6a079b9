using Training.BuildingBlocks.Errors;

namespace Training.Modules.Courses.Courses;

/// <summary>
/// A skill course and its versions. The draft is what the author edits; publishing freezes it
/// as the next version. A published version never changes; editing after publishing starts the
/// next draft. A retired course opens no new cohorts.
/// </summary>
internal sealed record Course(Guid Id, Guid AuthorId, CourseContent Draft, bool HasUnpublishedDraft, int PublishedVersion, CourseContent? Published, bool Retired)
{
    public static Course Create(CourseDrafted e) => new(e.CourseId, e.AuthorId, e.Content, true, 0, null, false);

    public Course Apply(CourseDraftRevised e) => this with { Draft = e.Content, HasUnpublishedDraft = true };

    public Course Apply(CoursePublished e) => this with { PublishedVersion = e.Version, Published = e.Content, HasUnpublishedDraft = false };

    public Course Apply(CourseRetired e) => this with { Retired = true };

    public CourseDraftRevised Revise(CourseContent content, Guid by, DateTimeOffset at) =>
        Retired ? throw new RuleBroken("course.retired", isConflict: true) : new CourseDraftRevised(Id, content, by, at);

    public CoursePublished Publish(Guid by, DateTimeOffset at)
    {
        if (Retired)
        {
            throw new RuleBroken("course.retired", isConflict: true);
        }

        if (!HasUnpublishedDraft)
        {
            throw new RuleBroken("course.publish.nothing-new", isConflict: true);
        }

        if (Draft.Lessons.Count == 0)
        {
            throw new RuleBroken("course.publish.no-lessons");
        }

        return Draft.CompetencyUnits.Count == 0
            ? throw new RuleBroken("course.publish.no-units")
            : new CoursePublished(Id, PublishedVersion + 1, Draft, by, at);
    }

    public CourseRetired Retire(Guid by, DateTimeOffset at) =>
        Retired ? throw new RuleBroken("course.retired", isConflict: true) : new CourseRetired(Id, by, at);
}

internal sealed record CourseDrafted(Guid CourseId, Guid AuthorId, CourseContent Content, DateTimeOffset At);

internal sealed record CourseDraftRevised(Guid CourseId, CourseContent Content, Guid By, DateTimeOffset At);

internal sealed record CoursePublished(Guid CourseId, int Version, CourseContent Content, Guid By, DateTimeOffset At);

internal sealed record CourseRetired(Guid CourseId, Guid By, DateTimeOffset At);
