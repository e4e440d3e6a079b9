using Marten;
using MediatR;
using Training.BuildingBlocks.Security;
using Training.Modules.Identity.Contracts;
using Training.Modules.Identity.Learners;

namespace Training.Modules.Identity.Access;

/// <summary>Answers other modules: a facility's active learners, for that facility's own staff.</summary>
internal sealed class ListLearnersOfFacilityHandler(IQuerySession session, ICurrentUser user) : IRequestHandler<ListLearnersOfFacility, IReadOnlyList<LearnerSummary>>
{
    public async Task<IReadOnlyList<LearnerSummary>> Handle(ListLearnersOfFacility request, CancellationToken cancellationToken)
    {
        if (!user.IsSystem && !user.IsStaffOf(request.FacilityId))
        {
            return [];
        }

        var learners = await session.Query<Learner>()
            .Where(l => l.FacilityId == request.FacilityId && l.Status == LearnerStatus.Active)
            .OrderBy(l => l.FullName)
            .ToListAsync(cancellationToken);
        return [.. learners.Select(l => new LearnerSummary(l.Id, l.FacilityId, l.LearnerNumber, l.FullName, Released: false))];
    }
}
