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

/// <summary>An officer enrols many learners at once; each gets a seat or a reason, in list order until the cohort is full.</summary>
internal sealed record EnrollLearners(IReadOnlyList<Guid> LearnerIds) : ICommand<IReadOnlyList<EnrollmentOutcome>>
{
    public Guid CohortId { get; init; }
}

internal sealed record EnrollmentOutcome(Guid LearnerId, Guid? EnrollmentId, string? Refusal);

internal sealed class EnrollLearnersValidator : AbstractValidator<EnrollLearners>
{
    public EnrollLearnersValidator() =>
        RuleFor(x => x.LearnerIds).NotNull().Must(l => l.Count is > 0 and <= 500).Must(l => l.Distinct().Count() == l.Count)
            .WithMessage("Give 1 to 500 different learners.");
}

internal sealed class EnrollLearnersHandler(IDocumentSession session, IMediator mediator, ICurrentUser user, TimeProvider clock)
    : IRequestHandler<EnrollLearners, IReadOnlyList<EnrollmentOutcome>>
{
    public async Task<IReadOnlyList<EnrollmentOutcome>> Handle(EnrollLearners command, CancellationToken cancellationToken)
    {
        var stream = await session.Events.FetchForWriting<Cohort>(command.CohortId, cancellationToken);
        var cohort = user.EnsureOfficerOf(stream.Aggregate, command.CohortId);
        var visible = (await mediator.Send(new ListLearnersOfFacility(cohort.FacilityId), cancellationToken)).ToDictionary(l => l.LearnerId);
        var outcomes = new List<EnrollmentOutcome>();
        foreach (var learnerId in command.LearnerIds)
        {
            if (!visible.TryGetValue(learnerId, out var learner))
            {
                outcomes.Add(new EnrollmentOutcome(learnerId, null, "learner.not-found"));
                continue;
            }

            try
            {
                (var enrollmentId, cohort) = Seating.Enroll(session, stream, cohort, learner.LearnerId, learner.FacilityId, user.Id!.Value, clock.GetUtcNow());
                outcomes.Add(new EnrollmentOutcome(learnerId, enrollmentId, null));
            }
            catch (RuleBroken refused)
            {
                outcomes.Add(new EnrollmentOutcome(learnerId, null, refused.Code));
            }
        }

        return outcomes;
    }
}

internal static class EnrollLearnersEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/cohorts/{id:guid}/enrollments/bulk", async (Guid id, EnrollLearners command, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(command with { CohortId = id }, ct)))
            .CreatesResource()
            .RequireAuthorization(Policies.FacilityOfficer)
            .WithName(nameof(EnrollLearners))
            .WithTags("Cohorts");
}
