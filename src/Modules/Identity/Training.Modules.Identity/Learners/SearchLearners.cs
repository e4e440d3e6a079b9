using FluentValidation;
using Marten;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Training.BuildingBlocks.Security;

namespace Training.Modules.Identity.Learners;

/// <summary>Learners of the caller's own facility whose name contains, or whose number starts with, the words.</summary>
internal sealed record SearchLearners(string? Q) : IRequest<IReadOnlyList<LearnerView>>;

internal sealed class SearchLearnersValidator : AbstractValidator<SearchLearners>
{
    public SearchLearnersValidator() => RuleFor(x => x.Q).MaximumLength(100);
}

internal sealed class SearchLearnersHandler(IQuerySession session, ICurrentUser user, TimeProvider clock) : IRequestHandler<SearchLearners, IReadOnlyList<LearnerView>>
{
    private const int PageSize = 200;

    public async Task<IReadOnlyList<LearnerView>> Handle(SearchLearners query, CancellationToken cancellationToken)
    {
        if (user.FacilityId is not { } facilityId || user.Role is not { } role || !Roles.FacilityStaff.Contains(role))
        {
            return [];
        }

        var words = query.Q?.Trim() ?? "";
        var learners = session.Query<Learner>().Where(l => l.FacilityId == facilityId);
        if (words.Length > 0)
        {
            learners = learners.Where(l => l.FullName.Contains(words, StringComparison.OrdinalIgnoreCase)
                || l.LearnerNumber.StartsWith(words, StringComparison.OrdinalIgnoreCase));
        }

        var found = await learners.OrderBy(l => l.FullName).Take(PageSize).ToListAsync(cancellationToken);
        var now = clock.GetUtcNow();
        return [.. found.Select(l => LearnerView.Of(l, now))];
    }
}

internal static class SearchLearnersEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/learners", async (string? q, IMediator mediator, CancellationToken ct) => TypedResults.Ok(await mediator.Send(new SearchLearners(q), ct)))
            .RequireAuthorization(Policies.FacilityStaff)
            .WithName(nameof(SearchLearners))
            .WithTags("Identity");
}
