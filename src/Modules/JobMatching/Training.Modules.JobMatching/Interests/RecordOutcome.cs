using FluentValidation;
using Marten;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Training.BuildingBlocks;
using Training.BuildingBlocks.Errors;
using Training.BuildingBlocks.Messaging;
using Training.BuildingBlocks.Security;
using Training.Modules.JobMatching.Contracts;
using Training.Modules.JobMatching.Placements;
using Training.Modules.JobMatching.Profiles;
using Training.Modules.JobMatching.Search;

namespace Training.Modules.JobMatching.Interests;

/// <summary>
/// The employer or the officer records what came of an interest: an interview once the learner
/// accepted, then hired or not hired; or withdrawn at any open step. A hire counts as a placement.
/// </summary>
internal sealed record RecordOutcome(string? Outcome = null) : ICommand<Unit>
{
    public Guid InterestId { get; init; }
}

internal sealed class RecordOutcomeValidator : AbstractValidator<RecordOutcome>
{
    public RecordOutcomeValidator() =>
        RuleFor(x => x.Outcome).Must(o => EnumNames.Find<InterestOutcome>(o) is not null).WithMessage("Use InterviewArranged, Hired, NotHired or Withdrawn.");
}

internal sealed class RecordOutcomeHandler(IDocumentSession session, InterestAccess access, ICurrentUser user, TimeProvider clock)
    : IRequestHandler<RecordOutcome, Unit>
{
    public async Task<Unit> Handle(RecordOutcome command, CancellationToken cancellationToken)
    {
        var stream = await session.Events.FetchForWriting<Interest>(command.InterestId, cancellationToken);
        var party = await access.PartyAsync(stream.Aggregate, command.InterestId, cancellationToken);
        if (party == Party.Learner)
        {
            throw new NotFound("interest", command.InterestId);
        }

        var interest = stream.Aggregate!;
        var now = clock.GetUtcNow();
        var outcome = EnumNames.Find<InterestOutcome>(command.Outcome)!.Value;
        stream.AppendOne(interest.Record(outcome, party == Party.Employer ? Roles.Employer : Roles.FacilityOfficer, user.Id!.Value, now));
        if (outcome == InterestOutcome.Hired)
        {
            var listing = await Listings.FindAsync(session, interest.LearnerId, cancellationToken);
            var facilityId = listing?.FacilityId ?? Guid.Empty;
            session.Store(new Placement(interest.Id, interest.LearnerId, facilityId, interest.EmployerId,
                [.. (listing?.Certificates ?? []).Select(c => new PlacedCourse(c.CourseId, c.CourseTitle)).DistinctBy(c => c.CourseId)],
                Months.Current(now), now));
            stream.AppendOne(new GraduatePlacedIntegrationEvent(interest.Id, interest.LearnerId, facilityId, interest.EmployerId, interest.JobId, now));
        }

        return Unit.Value;
    }
}

internal static class RecordOutcomeEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/interests/{id:guid}/outcome", async (Guid id, RecordOutcome command, IMediator mediator, CancellationToken ct) =>
            {
                await mediator.Send(command with { InterestId = id }, ct);
                return TypedResults.NoContent();
            })
            .RequireAuthorization(Policies.SignedIn)
            .WithName(nameof(RecordOutcome))
            .WithTags("JobMatching");
}
