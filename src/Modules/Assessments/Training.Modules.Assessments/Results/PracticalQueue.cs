using Marten;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Training.BuildingBlocks.Security;
using Training.Modules.Assessments.Plans;
using Training.Modules.Courses.Contracts;
using Training.Modules.Identity.Contracts;

namespace Training.Modules.Assessments.Results;

/// <summary>
/// The assessor's queue: the learners of her facility whose written part is passed (or whose course has
/// none) and who wait for a practical, first time or again, grouped by cohort, who waited longest first.
/// </summary>
internal sealed record PracticalQueue : IRequest<IReadOnlyList<WaitingCohort>>;

internal sealed record WaitingCohort(Guid CohortId, string CourseTitle, DateOnly StartsOn, DateOnly EndsOn, IReadOnlyList<WaitingLearner> Learners);

/// <summary>One learner in the queue: waiting since her written pass (or since her cohort began), and whether a practical was recorded before.</summary>
internal sealed record WaitingLearner(Guid EnrollmentId, Guid LearnerId, string FullName, string LearnerNumber, DateTimeOffset Since, bool AssessedBefore);

internal sealed class PracticalQueueHandler(IQuerySession session, IMediator mediator, ICurrentUser user) : IRequestHandler<PracticalQueue, IReadOnlyList<WaitingCohort>>
{
    public async Task<IReadOnlyList<WaitingCohort>> Handle(PracticalQueue query, CancellationToken cancellationToken)
    {
        if (!user.IsInRole(Roles.Assessor) || user.FacilityId is not { } facilityId)
        {
            return [];
        }

        var enrollments = await mediator.Send(new ListEnrollmentsOfFacility(facilityId), cancellationToken);
        var planIds = enrollments.Select(e => AssessmentPlan.IdFor(e.CourseId, e.CourseVersion)).Distinct().ToArray();
        var plans = (await session.LoadManyAsync<AssessmentPlan>(cancellationToken, planIds)).Where(p => p.Practical).ToDictionary(p => p.Id);
        var candidates = enrollments.Where(e => plans.ContainsKey(AssessmentPlan.IdFor(e.CourseId, e.CourseVersion))).ToList();
        var records = (await session.LoadManyAsync<AssessmentRecord>(cancellationToken, [.. candidates.Select(e => AssessmentRecord.IdFor(e.EnrollmentId))]))
            .ToDictionary(r => r.EnrollmentId);
        var learners = (await mediator.Send(new ListLearnersOfFacility(facilityId), cancellationToken)).ToDictionary(l => l.LearnerId);

        var waiting = new List<(EnrollmentInfo Enrollment, WaitingLearner Learner)>();
        foreach (var enrollment in candidates)
        {
            var plan = plans[AssessmentPlan.IdFor(enrollment.CourseId, enrollment.CourseVersion)];
            var record = records.GetValueOrDefault(enrollment.EnrollmentId);
            var writtenDone = !plan.HasWritten || record?.Written?.PassedWritten == true;
            if (record?.PassedAt is not null || !writtenDone || !learners.TryGetValue(enrollment.LearnerId, out var learner))
            {
                continue;
            }

            var since = plan.HasWritten ? record!.SubmittedAt[^1] : new DateTimeOffset(enrollment.StartsOn.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
            waiting.Add((enrollment, new WaitingLearner(enrollment.EnrollmentId, learner.LearnerId, learner.FullName, learner.LearnerNumber, since, record?.Practical.Count > 0)));
        }

        var cohorts = new List<WaitingCohort>();
        foreach (var cohort in waiting.GroupBy(w => w.Enrollment.CohortId))
        {
            var first = cohort.First().Enrollment;
            var course = await mediator.Send(new GetCourseVersion(first.CourseId, first.CourseVersion), cancellationToken);
            cohorts.Add(new WaitingCohort(cohort.Key, course?.Title ?? "", first.StartsOn, first.EndsOn, [.. cohort.Select(w => w.Learner).OrderBy(l => l.Since)]));
        }

        return [.. cohorts.OrderBy(c => c.Learners[0].Since)];
    }
}

internal static class PracticalQueueEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/assessments/practical/queue", async (IMediator mediator, CancellationToken ct) => TypedResults.Ok(await mediator.Send(new PracticalQueue(), ct)))
            .RequireAuthorization(Policies.Assessor)
            .WithName(nameof(PracticalQueue))
            .WithTags("Assessments");
}
