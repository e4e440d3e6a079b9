using MediatR;
using Training.BuildingBlocks.Errors;
using Training.BuildingBlocks.Security;
using Training.Modules.Identity.Contracts;

namespace Training.Modules.JobMatching.Interests;

/// <summary>The parties of an interest, each answered "not found" for anyone else's.</summary>
internal enum Party
{
    Employer,
    Officer,
    Learner,
}

/// <summary>
/// Who may see or act on an interest: the employer who sent it, the learner it is for, and the officers
/// of the learner's current facility (as Identity says now, so a transfer hands it over at once).
/// </summary>
internal sealed class InterestAccess(IMediator mediator, ICurrentUser user)
{
    public async Task<Party> PartyAsync(Interest? interest, Guid id, CancellationToken cancellationToken)
    {
        if (interest is null)
        {
            throw new NotFound("interest", id);
        }

        if (user.IsInRole(Roles.Learner) && user.Id == interest.LearnerId)
        {
            return Party.Learner;
        }

        if (user.IsInRole(Roles.Employer))
        {
            return await mediator.Send(new GetMyEmployer(), cancellationToken) is { Status: EmployerVerification.Verified } employer && employer.EmployerId == interest.EmployerId
                ? Party.Employer
                : throw new NotFound("interest", id);
        }

        return await IsOfficerOfAsync(interest.LearnerId, cancellationToken) ? Party.Officer : throw new NotFound("interest", id);
    }

    public async Task<Interest> EnsureAsync(Interest? interest, Guid id, Party party, CancellationToken cancellationToken) =>
        await PartyAsync(interest, id, cancellationToken) == party ? interest! : throw new NotFound("interest", id);

    private async Task<bool> IsOfficerOfAsync(Guid learnerId, CancellationToken cancellationToken) =>
        user.IsInRole(Roles.FacilityOfficer)
        && await mediator.Send(new GetLearnerSummary(learnerId), cancellationToken) is { } learner
        && learner.FacilityId == user.FacilityId;
}
