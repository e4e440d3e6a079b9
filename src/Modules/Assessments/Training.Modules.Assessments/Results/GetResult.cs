using Marten;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Training.BuildingBlocks.Errors;
using Training.BuildingBlocks.Security;
using Training.Modules.Courses.Contracts;

namespace Training.Modules.Assessments.Results;

/// <summary>An enrolment's outcome, for the learner and the staff of the learner's facility.</summary>
internal sealed record GetResult(Guid EnrollmentId) : IRequest<ResultView>;

internal sealed class GetResultHandler(IQuerySession session, IMediator mediator, ICurrentUser user) : IRequestHandler<GetResult, ResultView>
{
    public async Task<ResultView> Handle(GetResult query, CancellationToken cancellationToken)
    {
        var enrollment = await mediator.Send(new GetEnrollmentById(query.EnrollmentId), cancellationToken);
        var mayRead = enrollment is not null && (enrollment.LearnerId == user.Id
            || (user.Role is { } role && Roles.FacilityStaff.Contains(role) && user.FacilityId == enrollment.FacilityId));
        if (!mayRead)
        {
            throw new NotFound("enrollment", query.EnrollmentId);
        }

        var plan = await Outcomes.PlanAsync(session, enrollment!.CourseId, enrollment.CourseVersion, cancellationToken)
            ?? throw new RuleBroken("assessment.no-plan", isConflict: true);
        var course = await mediator.Send(new GetCourseVersion(enrollment.CourseId, enrollment.CourseVersion), cancellationToken)
            ?? throw new NotFound("enrollment", query.EnrollmentId);
        var record = await session.LoadAsync<AssessmentRecord>(AssessmentRecord.IdFor(query.EnrollmentId), cancellationToken);
        return ResultView.Of(plan, course, record);
    }
}

internal static class GetResultEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/enrollments/{enrollmentId:guid}/result", async (Guid enrollmentId, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new GetResult(enrollmentId), ct)))
            .RequireAuthorization(Policies.SignedIn)
            .WithName(nameof(GetResult))
            .WithTags("Assessments");
}
