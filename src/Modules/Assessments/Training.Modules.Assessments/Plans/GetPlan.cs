using Marten;
using MediatR;

namespace Training.Modules.Assessments.Plans;

/// <summary>The plan of one course version as stored, so the trainer's form can start from it; null before the first save.</summary>
internal sealed record GetPlan(Guid CourseId, int Version) : IRequest<AssessmentPlan?>;

internal sealed class GetPlanHandler(IQuerySession session) : IRequestHandler<GetPlan, AssessmentPlan?>
{
    public async Task<AssessmentPlan?> Handle(GetPlan query, CancellationToken cancellationToken) =>
        await session.LoadAsync<AssessmentPlan>(AssessmentPlan.IdFor(query.CourseId, query.Version), cancellationToken);
}
