using Marten;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Training.BuildingBlocks.Errors;
using Training.BuildingBlocks.Security;
using Training.Modules.Assessments.Plans;

namespace Training.Modules.Assessments.Attempts;

/// <summary>
/// One of the learner's own attempts as she sees it, open or closed: what the review before sending
/// reads, since it must never open a fresh attempt the way starting does.
/// </summary>
internal sealed record MyAttempt(Guid AttemptId) : IRequest<AttemptView>;

internal sealed class MyAttemptHandler(IQuerySession session, ICurrentUser user) : IRequestHandler<MyAttempt, AttemptView>
{
    public async Task<AttemptView> Handle(MyAttempt query, CancellationToken cancellationToken)
    {
        var attempt = await session.LoadAsync<Attempt>(query.AttemptId, cancellationToken);
        var plan = attempt is not null && attempt.LearnerId == user.Id ? await session.LoadAsync<AssessmentPlan>(attempt.PlanId, cancellationToken) : null;
        return plan is null ? throw new NotFound("attempt", query.AttemptId) : AttemptView.Of(attempt!, plan);
    }
}

internal static class MyAttemptEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/attempts/{attemptId:guid}", async (Guid attemptId, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new MyAttempt(attemptId), ct)))
            .RequireAuthorization(Policies.Learner)
            .WithName(nameof(MyAttempt))
            .WithTags("Assessments");
}
