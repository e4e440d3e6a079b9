using Marten;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Training.BuildingBlocks.Messaging;
using Training.BuildingBlocks.Security;

namespace Training.Modules.Courses.Courses;

/// <summary>A retired course leaves the catalog and opens no new cohorts; running cohorts go on.</summary>
internal sealed record RetireCourse(Guid CourseId) : ICommand<Unit>;

internal sealed class RetireCourseHandler(IDocumentSession session, ICurrentUser user, TimeProvider clock) : IRequestHandler<RetireCourse, Unit>
{
    public async Task<Unit> Handle(RetireCourse command, CancellationToken cancellationToken)
    {
        var stream = await session.Events.FetchForWriting<Course>(command.CourseId, cancellationToken);
        var course = Authors.EnsureAuthor(stream.Aggregate, user, command.CourseId);
        stream.AppendOne(course.Retire(user.Id!.Value, clock.GetUtcNow()));
        if (await session.LoadAsync<CatalogEntry>(course.Id, cancellationToken) is { } entry)
        {
            session.Store(entry with { Listed = false });
        }

        return Unit.Value;
    }
}

internal static class RetireCourseEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/courses/{id:guid}/retire", async (Guid id, IMediator mediator, CancellationToken ct) =>
            {
                await mediator.Send(new RetireCourse(id), ct);
                return TypedResults.NoContent();
            })
            .RequireAuthorization(Policies.Trainer)
            .WithName(nameof(RetireCourse))
            .WithTags("Courses");
}
