using FluentValidation;
using Marten;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Training.BuildingBlocks.Security;
using Training.Modules.Identity.Contracts;
using Training.Modules.JobMatching.Search;

namespace Training.Modules.JobMatching.Interests;

/// <summary>
/// The interests the caller is a party of, newest first, optionally of one status: the employer's
/// own, the learner's own, or those of the learners of the officer's facility (the officer's queue is
/// <c>?status=AwaitingReview</c>). Anyone else has none.
/// </summary>
internal sealed record ListInterests(string? Status) : IRequest<IReadOnlyList<InterestSummary>>;

internal sealed record InterestSummary(Guid Id, Guid ProfileId, string Alias, string OrganizationName, string? JobTitle, string Status, DateTimeOffset SentAt, DateTimeOffset? AnswerBy);

internal sealed class ListInterestsValidator : AbstractValidator<ListInterests>
{
    public ListInterestsValidator() =>
        RuleFor(x => x.Status).Must(s => Enum.GetNames<InterestStatus>().Contains(s, StringComparer.OrdinalIgnoreCase)).When(x => x.Status is not null)
            .WithMessage("Not a status of an interest.");
}

internal sealed class ListInterestsHandler(IQuerySession session, IMediator mediator, ICurrentUser user) : IRequestHandler<ListInterests, IReadOnlyList<InterestSummary>>
{
    private const int Limit = 500;

    public async Task<IReadOnlyList<InterestSummary>> Handle(ListInterests query, CancellationToken cancellationToken)
    {
        var interests = session.Query<Interest>().AsQueryable();
        if (user.IsInRole(Roles.Learner))
        {
            var me = user.Id!.Value;
            interests = interests.Where(i => i.LearnerId == me);
        }
        else if (user.IsInRole(Roles.Employer) && await mediator.Send(new GetMyEmployer(), cancellationToken) is { Status: EmployerVerification.Verified } employer)
        {
            interests = interests.Where(i => i.EmployerId == employer.EmployerId);
        }
        else if (user.IsInRole(Roles.FacilityOfficer) && user.FacilityId is { } facilityId)
        {
            var learners = await session.Query<GraduateListing>().Where(l => l.FacilityId == facilityId).Select(l => l.LearnerId).ToListAsync(cancellationToken);
            var ids = learners.ToArray();
            interests = interests.Where(i => i.LearnerId.IsOneOf(ids));
        }
        else
        {
            return [];
        }

        if (query.Status is { } text)
        {
            var status = Enum.Parse<InterestStatus>(text, ignoreCase: true);
            interests = interests.Where(i => i.Status == status);
        }

        var found = await interests.OrderByDescending(i => i.SentAt).Take(Limit).ToListAsync(cancellationToken);
        return [.. found.Select(i => new InterestSummary(i.Id, i.ProfileId, i.Alias, i.OrganizationName, i.JobTitle, i.Status.ToString(), i.SentAt,
            i.AwaitingAnswer ? i.WaitingSince + Interest.AnswerWithin : null))];
    }
}

internal static class ListInterestsEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/interests", async (string? status, IMediator mediator, CancellationToken ct) => TypedResults.Ok(await mediator.Send(new ListInterests(status), ct)))
            .RequireAuthorization(Policies.SignedIn)
            .WithName(nameof(ListInterests))
            .WithTags("JobMatching");
}
