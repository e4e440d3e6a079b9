using FluentValidation;
using Marten;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Training.BuildingBlocks.Errors;
using Training.BuildingBlocks.Idempotency;
using Training.BuildingBlocks.Messaging;
using Training.BuildingBlocks.Security;
using Training.Modules.Identity.Contracts;

namespace Training.Modules.Courses.Cohorts;

/// <summary>An officer gives a learner of their facility a seat; full cohorts and second seats are refused.</summary>
internal sealed record EnrollLearner(Guid LearnerId) : ICommand<Guid>
{
    public Guid CohortId { get; init; }
}

internal sealed class EnrollLearnerValidator : AbstractValidator<EnrollLearner>
{
    public EnrollLearnerValidator() => RuleFor(x => x.LearnerId).NotEmpty();
}

internal sealed class EnrollLearnerHandler(IDocumentSession session, IMediator mediator, ICurrentUser user, TimeProvider clock)
    : IRequestHandler<EnrollLearner, Guid>
{
    public async Task<Guid> Handle(EnrollLearner command, CancellationToken cancellationToken)
    {
        var stream = await session.Events.FetchForWriting<Cohort>(command.CohortId, cancellationToken);
        var cohort = user.EnsureOfficerOf(stream.Aggregate, command.CohortId);
        var learner = await mediator.Send(new GetLearnerSummary(command.LearnerId), cancellationToken)
            ?? throw new NotFound("learner", command.LearnerId);
        if (learner.Released)
        {
            throw new RuleBroken("cohort.enroll.released", isConflict: true);
        }

        return Seating.Enroll(session, stream, cohort, learner.LearnerId, learner.FacilityId, user.Id!.Value, clock.GetUtcNow()).EnrollmentId;
    }
}

internal static class EnrollLearnerEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/cohorts/{id:guid}/enrollments", async (Guid id, EnrollLearner command, IMediator mediator, CancellationToken ct) =>
            {
                var enrollmentId = await mediator.Send(command with { CohortId = id }, ct);
                return TypedResults.Created($"/api/enrollments/{enrollmentId}", new { id = enrollmentId });
            })
            .CreatesResource()
            .RequireAuthorization(Policies.FacilityOfficer)
            .WithName(nameof(EnrollLearner))
            .WithTags("Cohorts");
}
