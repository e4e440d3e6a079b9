using Marten;
using MediatR;
using Training.BuildingBlocks.Security;
using Training.Modules.Assessments.Contracts;
using Training.Modules.Courses.Contracts;

namespace Training.Modules.Assessments.Results;

/// <summary>Answers other modules: the test state of every seat of a cohort of the caller's own facility.</summary>
internal sealed class ListTestStatesOfCohortHandler(IQuerySession session, IMediator mediator, ICurrentUser user)
    : IRequestHandler<ListTestStatesOfCohort, IReadOnlyList<LearnerTestState>>
{
    public async Task<IReadOnlyList<LearnerTestState>> Handle(ListTestStatesOfCohort query, CancellationToken cancellationToken)
    {
        if (user.Role is not { } role || !Roles.FacilityStaff.Contains(role) || user.FacilityId is not { } facilityId)
        {
            return [];
        }

        var seats = (await mediator.Send(new ListEnrollmentsOfFacility(facilityId), cancellationToken)).Where(e => e.CohortId == query.CohortId).ToList();
        if (seats.Count == 0 || await Outcomes.PlanAsync(session, seats[0].CourseId, seats[0].CourseVersion, cancellationToken) is not { } plan)
        {
            return [];
        }

        var records = (await session.LoadManyAsync<AssessmentRecord>(cancellationToken, [.. seats.Select(e => AssessmentRecord.IdFor(e.EnrollmentId))]))
            .ToDictionary(r => r.EnrollmentId);
        return [.. seats.Select(e => new LearnerTestState(e.EnrollmentId, e.LearnerId, TestStates.Of(plan, records.GetValueOrDefault(e.EnrollmentId))))];
    }
}
