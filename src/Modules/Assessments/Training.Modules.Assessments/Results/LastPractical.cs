using Marten;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Training.BuildingBlocks.Errors;
using Training.BuildingBlocks.Security;
using Training.Modules.Courses.Contracts;

namespace Training.Modules.Assessments.Results;

/// <summary>
/// The checklists recorded so far for an enrolment, unit by unit, so that a second practical starts from
/// the first; for the assessors of the learner's facility. Empty before any practical.
/// </summary>
internal sealed record LastPractical(Guid EnrollmentId) : IRequest<IReadOnlyList<PracticalUnit>>;

internal sealed class LastPracticalHandler(IQuerySession session, IMediator mediator, ICurrentUser user) : IRequestHandler<LastPractical, IReadOnlyList<PracticalUnit>>
{
    public async Task<IReadOnlyList<PracticalUnit>> Handle(LastPractical query, CancellationToken cancellationToken)
    {
        var enrollment = await mediator.Send(new GetEnrollmentById(query.EnrollmentId), cancellationToken);
        if (enrollment is null || !user.IsInRole(Roles.Assessor) || user.FacilityId != enrollment.FacilityId)
        {
            throw new NotFound("enrollment", query.EnrollmentId);
        }

        return (await session.LoadAsync<AssessmentRecord>(AssessmentRecord.IdFor(query.EnrollmentId), cancellationToken))?.Practical ?? [];
    }
}

internal static class LastPracticalEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/enrollments/{enrollmentId:guid}/practical", async (Guid enrollmentId, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new LastPractical(enrollmentId), ct)))
            .RequireAuthorization(Policies.Assessor)
            .WithName(nameof(LastPractical))
            .WithTags("Assessments");
}
