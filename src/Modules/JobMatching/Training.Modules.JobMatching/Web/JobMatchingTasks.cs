using Marten;
using MediatR;
using Microsoft.Extensions.Localization;
using Training.BuildingBlocks.Security;
using Training.BuildingBlocks.Web;
using Training.Modules.Identity.Contracts;
using Training.Modules.JobMatching.Interests;
using Training.Modules.JobMatching.Jobs;
using Training.Modules.JobMatching.Matches;
using Training.Modules.JobMatching.Portfolio;
using Training.Modules.JobMatching.Profiles;
using Training.Modules.JobMatching.Search;

namespace Training.Modules.JobMatching.Web;

/// <summary>
/// Learners answer employers' interests; trainers approve portfolio photos; officers review interests and prepare
/// learners released soon; verified employers follow answers to their interests and the matches for open postings.
/// </summary>
internal sealed class JobMatchingTasks(IQuerySession session, IMediator mediator, ICurrentUser user, TimeProvider clock, IStringLocalizer<JobMatchingResource> text)
    : ITaskContributor
{
    /// <summary>An answer stays news for two weeks.</summary>
    private static readonly TimeSpan Recent = TimeSpan.FromDays(14);

    /// <summary>This month and the next two: time enough to prepare a graduate profile and a contact route.</summary>
    private const int ReleaseHorizonMonths = 2;

    public async Task<IReadOnlyList<PersonalTask>> TasksAsync(CancellationToken cancellationToken) => user.Role switch
    {
        Roles.Learner => await InterestsToAnswerAsync(cancellationToken),
        Roles.Trainer => await PhotosToApproveAsync(cancellationToken),
        Roles.FacilityOfficer => await OfficerTasksAsync(cancellationToken),
        Roles.Employer => await EmployerTasksAsync(cancellationToken),
        _ => [],
    };

    private async Task<IReadOnlyList<PersonalTask>> InterestsToAnswerAsync(CancellationToken cancellationToken)
    {
        var me = user.Id ?? Guid.Empty;
        var waiting = await session.Query<Interest>().Where(i => i.LearnerId == me && i.Status == InterestStatus.AwaitingLearner).ToListAsync(cancellationToken);
        return waiting.Count == 0
            ? []
            : [new("jobmatching.interests-to-answer", text["Tasks.InterestsToAnswer", waiting.Count], "/profile/interests", waiting.Count, waiting.Min(i => i.WaitingSince))];
    }

    private async Task<IReadOnlyList<PersonalTask>> PhotosToApproveAsync(CancellationToken cancellationToken)
    {
        var pending = await mediator.Send(new PendingPortfolioPhotos(), cancellationToken);
        return pending.Count == 0
            ? []
            : [new("jobmatching.photos-to-approve", text["Tasks.PhotosToApprove", pending.Count], "/trainer/portfolio", pending.Count, pending.Min(p => p.UploadedAt))];
    }

    private async Task<IReadOnlyList<PersonalTask>> OfficerTasksAsync(CancellationToken cancellationToken)
    {
        var tasks = new List<PersonalTask>();
        var toReview = await mediator.Send(new ListInterests(nameof(InterestStatus.AwaitingReview)), cancellationToken);
        if (toReview.Count > 0)
        {
            tasks.Add(new("jobmatching.interests-to-review", text["Tasks.InterestsToReview", toReview.Count], "/interests/review", toReview.Count,
                toReview.Min(i => i.SentAt)));
        }

        var facility = user.FacilityId ?? Guid.Empty;
        var thisMonth = Months.Current(clock.GetUtcNow());
        var soon = await session.Query<GraduateListing>()
            .Where(l => l.FacilityId == facility && l.AvailableFrom >= thisMonth && l.AvailableFrom <= thisMonth + ReleaseHorizonMonths)
            .CountAsync(cancellationToken);
        if (soon > 0)
        {
            tasks.Add(new("jobmatching.released-soon", text["Tasks.ReleasedSoon", soon], "/learners", soon, null));
        }

        return tasks;
    }

    private async Task<IReadOnlyList<PersonalTask>> EmployerTasksAsync(CancellationToken cancellationToken)
    {
        if (await mediator.Send(new GetMyEmployer(), cancellationToken) is not { Status: EmployerVerification.Verified } employer)
        {
            return [];
        }

        var tasks = new List<PersonalTask>();
        var since = clock.GetUtcNow() - Recent;
        var interests = await session.Query<Interest>().Where(i => i.EmployerId == employer.EmployerId).ToListAsync(cancellationToken);
        var answered = interests.Count(i => i.Steps.Count > 1 && i.Steps[^1].At >= since && i.Steps[^1].ByRole != Roles.Employer);
        if (answered > 0)
        {
            tasks.Add(new("jobmatching.interest-answers", text["Tasks.InterestAnswers", answered], "/employer/interests", answered, null));
        }

        var postings = await session.Query<JobPosting>().Where(j => j.EmployerId == employer.EmployerId && j.Open).OrderBy(j => j.PostedAt).ToListAsync(cancellationToken);
        foreach (var posting in postings)
        {
            var matches = await session.LoadAsync<PostingMatches>(posting.Id, cancellationToken);
            if (matches is { Matches.Count: > 0 })
            {
                tasks.Add(new("jobmatching.posting-matches", text["Tasks.PostingMatches", matches.Matches.Count, posting.Title], $"/employer/postings/{posting.Id}",
                    matches.Matches.Count, null));
            }
        }

        return tasks;
    }
}
