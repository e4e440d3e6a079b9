using FluentValidation;
using Marten;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Training.BuildingBlocks.Errors;
using Training.BuildingBlocks.Messaging;
using Training.BuildingBlocks.Security;

namespace Training.Modules.Courses.Cohorts;

/// <summary>The officer approves (the learner is enrolled, within capacity) or declines with a note.</summary>
internal sealed record DecidePlaceRequest(bool Approve, string? Note = null) : ICommand<Unit>
{
    public Guid CohortId { get; init; }

    public Guid LearnerId { get; init; }
}

internal sealed class DecidePlaceRequestValidator : AbstractValidator<DecidePlaceRequest>
{
    public DecidePlaceRequestValidator() => RuleFor(x => x.Note).MaximumLength(500);
}

internal sealed class DecidePlaceRequestHandler(IDocumentSession session, ICurrentUser user, TimeProvider clock)
    : IRequestHandler<DecidePlaceRequest, Unit>
{
    public async Task<Unit> Handle(DecidePlaceRequest command, CancellationToken cancellationToken)
    {
        var stream = await session.Events.FetchForWriting<Cohort>(command.CohortId, cancellationToken);
        var cohort = user.EnsureOfficerOf(stream.Aggregate, command.CohortId);
        if (!cohort.Requests.Contains(command.LearnerId))
        {
            throw new RuleBroken("cohort.request.none", isConflict: true);
        }

        if (command.Approve)
        {
            Seating.Enroll(session, stream, cohort, command.LearnerId, cohort.FacilityId, user.Id!.Value, clock.GetUtcNow());
        }
        else
        {
            stream.AppendOne(cohort.Decline(command.LearnerId, command.Note?.Trim(), user.Id!.Value, clock.GetUtcNow()));
        }

        return Unit.Value;
    }
}

internal static class DecidePlaceRequestEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/cohorts/{id:guid}/requests/{learnerId:guid}/decision",
                async (Guid id, Guid learnerId, DecidePlaceRequest command, IMediator mediator, CancellationToken ct) =>
                {
                    await mediator.Send(command with { CohortId = id, LearnerId = learnerId }, ct);
                    return TypedResults.NoContent();
                })
            .RequireAuthorization(Policies.FacilityOfficer)
            .WithName(nameof(DecidePlaceRequest))
            .WithTags("Cohorts");
}
