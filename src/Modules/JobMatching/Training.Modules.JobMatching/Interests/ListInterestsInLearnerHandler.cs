using Marten;
using MediatR;
using Training.BuildingBlocks.Security;
using Training.Modules.Identity.Contracts;
using Training.Modules.JobMatching.Contracts;

namespace Training.Modules.JobMatching.Interests;

/// <summary>Answers other modules: the interests in one learner, for the parties <see cref="InterestAccess"/> would let see them on her side.</summary>
internal sealed class ListInterestsInLearnerHandler(IQuerySession session, IMediator mediator, ICurrentUser user)
    : IRequestHandler<ListInterestsInLearner, IReadOnlyList<InterestInLearner>>
{
    public async Task<IReadOnlyList<InterestInLearner>> Handle(ListInterestsInLearner query, CancellationToken cancellationToken)
    {
        var mayRead = (user.IsInRole(Roles.Learner) && user.Id == query.LearnerId)
            || (user.IsInRole(Roles.FacilityOfficer) && await mediator.Send(new GetLearnerSummary(query.LearnerId), cancellationToken) is { } learner
                && learner.FacilityId == user.FacilityId);
        if (!mayRead)
        {
            return [];
        }

        var interests = await session.Query<Interest>().Where(i => i.LearnerId == query.LearnerId).OrderByDescending(i => i.SentAt).ToListAsync(cancellationToken);
        return [.. interests.Select(i => new InterestInLearner(i.Id, i.OrganizationName, i.JobTitle, i.Status.ToString(), i.SentAt))];
    }
}
