using Marten;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Training.BuildingBlocks.Security;

namespace Training.Modules.Assessments.Attempts;

/// <summary>A learner's own attempts of one enrolment with their scores and unit shares; never the key.</summary>
internal sealed record MyAttempts(Guid EnrollmentId) : IRequest<IReadOnlyList<AttemptSummary>>;

internal sealed record AttemptSummary(Guid AttemptId, DateTimeOffset StartedAt, DateTimeOffset Deadline, DateTimeOffset? SubmittedAt, decimal? ScorePercent,
    bool? PassedWritten, IReadOnlyList<UnitScore> Units);

internal sealed class MyAttemptsHandler(IQuerySession session, ICurrentUser user) : IRequestHandler<MyAttempts, IReadOnlyList<AttemptSummary>>
{
    public async Task<IReadOnlyList<AttemptSummary>> Handle(MyAttempts query, CancellationToken cancellationToken)
    {
        var learnerId = user.Id ?? Guid.Empty;
        var attempts = await session.Query<Attempt>()
            .Where(a => a.EnrollmentId == query.EnrollmentId && a.LearnerId == learnerId)
            .OrderBy(a => a.StartedAt)
            .ToListAsync(cancellationToken);
        return [.. attempts.Select(a => new AttemptSummary(a.Id, a.StartedAt, a.Deadline, a.SubmittedAt, a.Grade?.ScorePercent, a.Grade?.PassedWritten, a.Grade?.Units ?? []))];
    }
}

internal static class MyAttemptsEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/enrollments/{enrollmentId:guid}/attempts", async (Guid enrollmentId, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new MyAttempts(enrollmentId), ct)))
            .RequireAuthorization(Policies.Learner)
            .WithName(nameof(MyAttempts))
            .WithTags("Assessments");
}
