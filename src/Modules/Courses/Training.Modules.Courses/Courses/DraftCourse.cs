using Marten;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Training.BuildingBlocks.Idempotency;
using Training.BuildingBlocks.Messaging;
using Training.BuildingBlocks.Security;
using Training.BuildingBlocks.Text;
using Training.Modules.Courses.Contracts;

namespace Training.Modules.Courses.Courses;

/// <summary>A trainer starts a course as a draft; nobody else sees it until it is published.</summary>
internal sealed record DraftCourse(
    string Title, string Summary, SkillCategory Category, decimal ExpectedHours, int MinimumAttendancePercent,
    IReadOnlyList<CompetencyUnitInput> CompetencyUnits, IReadOnlyList<LessonInput> Lessons, int? CertificateValidityMonths = null) : ICommand<Guid>, ICourseInput;

internal sealed class DraftCourseValidator : CourseInputValidator<DraftCourse>;

internal sealed class DraftCourseHandler(IDocumentSession session, PublicText publicText, ICurrentUser user, TimeProvider clock) : IRequestHandler<DraftCourse, Guid>
{
    public async Task<Guid> Handle(DraftCourse command, CancellationToken cancellationToken)
    {
        await command.EnsurePrintableAsync(publicText, cancellationToken);
        var id = Guid.NewGuid();
        session.Events.StartStream<Course>(id, new CourseDrafted(id, user.Id!.Value, command.ToContent(), clock.GetUtcNow()));
        return id;
    }
}

internal static class DraftCourseEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/courses", async (DraftCourse command, IMediator mediator, CancellationToken ct) =>
            {
                var id = await mediator.Send(command, ct);
                return TypedResults.Created($"/api/courses/{id}", new { id });
            })
            .CreatesResource()
            .RequireAuthorization(Policies.Trainer)
            .WithName(nameof(DraftCourse))
            .WithTags("Courses");
}
