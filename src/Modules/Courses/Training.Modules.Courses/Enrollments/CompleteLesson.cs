using Marten;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Training.BuildingBlocks.Errors;
using Training.BuildingBlocks.Messaging;
using Training.BuildingBlocks.Security;
using Training.Modules.Courses.Courses;

namespace Training.Modules.Courses.Enrollments;

/// <summary>A learner marks a lesson of their course version done; marking it again changes nothing.</summary>
internal sealed record CompleteLesson(Guid EnrollmentId, Guid LessonId) : ICommand<Unit>;

internal sealed class CompleteLessonHandler(IDocumentSession session, ICurrentUser user, TimeProvider clock) : IRequestHandler<CompleteLesson, Unit>
{
    public async Task<Unit> Handle(CompleteLesson command, CancellationToken cancellationToken)
    {
        var stream = await session.Events.FetchForWriting<Enrollment>(command.EnrollmentId, cancellationToken);
        var enrollment = stream.Aggregate is { } e && e.LearnerId == user.Id ? e : throw new NotFound("enrollment", command.EnrollmentId);
        var version = await session.LoadAsync<CourseVersion>(CourseVersion.IdOf(enrollment.CourseId, enrollment.CourseVersion), cancellationToken);
        if (version is null || version.Content.Lessons.All(l => l.Id != command.LessonId))
        {
            throw new NotFound("lesson", command.LessonId);
        }

        if (!enrollment.Active)
        {
            throw new RuleBroken("enrollment.ended", isConflict: true);
        }

        if (!enrollment.CompletedLessons.Contains(command.LessonId))
        {
            stream.AppendOne(new LessonCompleted(enrollment.Id, command.LessonId, clock.GetUtcNow()));
        }

        return Unit.Value;
    }
}

internal static class CompleteLessonEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/enrollments/{id:guid}/lessons/{lessonId:guid}/complete", async (Guid id, Guid lessonId, IMediator mediator, CancellationToken ct) =>
            {
                await mediator.Send(new CompleteLesson(id, lessonId), ct);
                return TypedResults.NoContent();
            })
            .RequireAuthorization(Policies.Learner)
            .WithName(nameof(CompleteLesson))
            .WithTags("Learning");
}
