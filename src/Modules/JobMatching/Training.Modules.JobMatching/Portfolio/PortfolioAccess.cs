using Marten;
using MediatR;
using Training.BuildingBlocks.Errors;
using Training.BuildingBlocks.Security;
using Training.Modules.Identity.Contracts;
using Training.Modules.JobMatching.Search;

namespace Training.Modules.JobMatching.Portfolio;

/// <summary>Who may change a learner's portfolio: the learner, and the trainers of the learner's current facility (who alone approve).</summary>
internal sealed class PortfolioAccess(IMediator mediator, ICurrentUser user)
{
    public bool IsLearner(Guid learnerId) => user.IsInRole(Roles.Learner) && user.Id == learnerId;

    public async Task<bool> IsTrainerOfAsync(Guid learnerId, CancellationToken cancellationToken) =>
        user.IsInRole(Roles.Trainer)
        && await mediator.Send(new GetLearnerSummary(learnerId), cancellationToken) is { } learner
        && learner.FacilityId == user.FacilityId;

    public async Task EnsureMayChangeAsync(Guid learnerId, object id, CancellationToken cancellationToken)
    {
        if (!IsLearner(learnerId) && !await IsTrainerOfAsync(learnerId, cancellationToken))
        {
            throw new NotFound("portfolio-photo", id);
        }
    }

    /// <summary>Shows the learner's approved photos on the listing (made when the learner has none yet).</summary>
    public static async Task ShowApprovedAsync(IDocumentSession session, Guid learnerId, IReadOnlyList<PortfolioPhoto> changed, CancellationToken cancellationToken)
    {
        var stored = await session.Query<PortfolioPhoto>().Where(p => p.LearnerId == learnerId).ToListAsync(cancellationToken);
        var current = stored.Where(p => changed.All(c => c.Id != p.Id)).Concat(changed);
        var before = await Listings.FindAsync(session, learnerId, cancellationToken);
        var after = (before ?? GraduateListing.For(learnerId)).WithPhotos([.. current.Where(p => p.Shown).OrderBy(p => p.UploadedAt).Select(p => p.Id)]);
        Listings.Save(session, before, after);
    }
}
