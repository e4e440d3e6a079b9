using Marten;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Training.BuildingBlocks.Messaging;
using Training.BuildingBlocks.Security;
using Training.Modules.Courses.Contracts;

namespace Training.Modules.Courses.Courses;

/// <summary>Publishing freezes the draft as a new version; cohorts opened later use it.</summary>
internal sealed record PublishCourse(Guid CourseId) : ICommand<int>;

internal sealed class PublishCourseHandler(IDocumentSession session, ICurrentUser user, TimeProvider clock) : IRequestHandler<PublishCourse, int>
{
    public async Task<int> Handle(PublishCourse command, CancellationToken cancellationToken)
    {
        var stream = await session.Events.FetchForWriting<Course>(command.CourseId, cancellationToken);
        var course = Authors.EnsureAuthor(stream.Aggregate, user, command.CourseId);
        var published = course.Publish(user.Id!.Value, clock.GetUtcNow());
        var content = published.Content;
        stream.AppendMany(published, new CoursePublishedIntegrationEvent(course.Id, published.Version, content.Title, content.Category));
        session.Insert(new CourseVersion(CourseVersion.IdOf(course.Id, published.Version), course.Id, published.Version, content, published.At));
        session.Store(new CatalogEntry(course.Id, content.Title, content.Summary, content.Category, content.ExpectedHours, published.Version, Listed: true));
        return published.Version;
    }
}

internal static class PublishCourseEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/courses/{id:guid}/publish", async (Guid id, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(new { version = await mediator.Send(new PublishCourse(id), ct) }))
            .RequireAuthorization(Policies.Trainer)
            .WithName(nameof(PublishCourse))
            .WithTags("Courses");
}
