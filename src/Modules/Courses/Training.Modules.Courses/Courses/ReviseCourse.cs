using FluentValidation;
using Marten;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Training.BuildingBlocks.Errors;
using Training.BuildingBlocks.Messaging;
using Training.BuildingBlocks.Security;
using Training.BuildingBlocks.Text;
using Training.Modules.Courses.Contracts;

namespace Training.Modules.Courses.Courses;

/// <summary>
/// The author replaces the draft. On a published course this writes the next draft version and
/// leaves the published one untouched. A stale <see cref="ExpectedVersion"/> is a conflict, so two
/// trainers saving at once never overwrite each other unseen.
/// </summary>
internal sealed record ReviseCourse(
    string Title, string Summary, SkillCategory Category, decimal ExpectedHours, int MinimumAttendancePercent,
    IReadOnlyList<CompetencyUnitInput> CompetencyUnits, IReadOnlyList<LessonInput> Lessons, int? CertificateValidityMonths = null, long? ExpectedVersion = null)
    : ICommand<long>, ICourseInput
{
    /// <summary>From the route, not the body.</summary>
    public Guid CourseId { get; init; }
}

internal sealed class ReviseCourseValidator : CourseInputValidator<ReviseCourse>
{
    public ReviseCourseValidator() => RuleFor(x => x.ExpectedVersion).GreaterThan(0).When(x => x.ExpectedVersion is not null);
}

internal sealed class ReviseCourseHandler(IDocumentSession session, PublicText publicText, ICurrentUser user, TimeProvider clock) : IRequestHandler<ReviseCourse, long>
{
    public async Task<long> Handle(ReviseCourse command, CancellationToken cancellationToken)
    {
        var stream = command.ExpectedVersion is { } expected
            ? await session.Events.FetchForWriting<Course>(command.CourseId, expected, cancellationToken)
            : await session.Events.FetchForWriting<Course>(command.CourseId, cancellationToken);
        var course = Authors.EnsureAuthor(stream.Aggregate, user, command.CourseId);
        await command.EnsurePrintableAsync(publicText, cancellationToken);
        stream.AppendOne(course.Revise(command.ToContent(), user.Id!.Value, clock.GetUtcNow()));
        return (stream.StartingVersion ?? 0) + 1;
    }
}

internal static class Authors
{
    /// <summary>Only the author edits a course; to anyone else a draft does not exist.</summary>
    public static Course EnsureAuthor(Course? course, ICurrentUser user, Guid id) =>
        course is not null && course.AuthorId == user.Id ? course : throw new NotFound("course", id);
}

internal static class ReviseCourseEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapPut("/courses/{id:guid}", async (Guid id, ReviseCourse command, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(new { revision = await mediator.Send(command with { CourseId = id }, ct) }))
            .RequireAuthorization(Policies.Trainer)
            .WithName(nameof(ReviseCourse))
            .WithTags("Courses");
}
