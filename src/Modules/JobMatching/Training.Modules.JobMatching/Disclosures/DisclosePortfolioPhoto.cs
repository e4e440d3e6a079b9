using Marten;
using MediatR;
using Training.BuildingBlocks.Messaging;
using Training.BuildingBlocks.Security;
using Training.Modules.JobMatching.Portfolio;
using Training.Modules.JobMatching.Profiles;

namespace Training.Modules.JobMatching.Disclosures;

/// <summary>
/// An employer downloaded a portfolio photo the read already allowed: recorded as a disclosure of the
/// graduate's card. Anyone else (the learner, her facility's staff) discloses nothing.
/// </summary>
internal sealed record DisclosePortfolioPhoto(Guid PhotoId) : ICommand<Unit>;

internal sealed class DisclosePortfolioPhotoHandler(IDocumentSession session, ICurrentUser user, TimeProvider clock) : IRequestHandler<DisclosePortfolioPhoto, Unit>
{
    public async Task<Unit> Handle(DisclosePortfolioPhoto command, CancellationToken cancellationToken)
    {
        if (user.IsInRole(Roles.Employer) && await session.LoadAsync<PortfolioPhoto>(command.PhotoId, cancellationToken) is { } photo)
        {
            DisclosureLog.Record(session, user, DisclosureWay.Photo, [GraduateProfile.IdFor(photo.LearnerId)], clock.GetUtcNow());
        }

        return Unit.Value;
    }
}
