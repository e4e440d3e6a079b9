using Marten;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Training.BuildingBlocks.Errors;
using Training.BuildingBlocks.Security;
using Training.Modules.Courses.Lessons;

namespace Training.Modules.Courses.Enrollments;

/// <summary>One lesson of the learner's own course version, rendered safely.</summary>
internal sealed record ReadLesson(Guid EnrollmentId, Guid LessonId) : IRequest<LessonPage>;

internal sealed record LessonPage(Guid LessonId, string Title, string Html, bool Done);

internal sealed class ReadLessonHandler(IQuerySession session, ICurrentUser user) : IRequestHandler<ReadLesson, LessonPage>
{
    public async Task<LessonPage> Handle(ReadLesson query, CancellationToken cancellationToken)
    {
        var enrollment = await session.LoadAsync<Enrollment>(query.EnrollmentId, cancellationToken) is { } e && e.LearnerId == user.Id
            ? e
            : throw new NotFound("enrollment", query.EnrollmentId);
        var (_, version) = await session.CohortAndVersionAsync(enrollment, cancellationToken);
        var lesson = version.Content.Lessons.FirstOrDefault(l => l.Id == query.LessonId) ?? throw new NotFound("lesson", query.LessonId);
        return new LessonPage(lesson.Id, lesson.Title, SafeMarkdown.ToHtml(lesson.Body), enrollment.CompletedLessons.Contains(lesson.Id));
    }
}

internal static class ReadLessonEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/enrollments/{id:guid}/lessons/{lessonId:guid}", async (Guid id, Guid lessonId, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new ReadLesson(id, lessonId), ct)))
            .RequireAuthorization(Policies.Learner)
            .WithName(nameof(ReadLesson))
            .WithTags("Learning");
}
