using FluentValidation;
using Marten;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Training.BuildingBlocks.Errors;
using Training.BuildingBlocks.Messaging;
using Training.BuildingBlocks.Security;
using Training.Modules.Identity.Contracts;

namespace Training.Modules.JobMatching.Interests;

/// <summary>
/// The learner accepts or declines an interest the officer approved. Accepting shares the learner's
/// full name (as Identity has it now) and the officer's contact route with the employer.
/// </summary>
internal sealed record RespondToInterest(bool? Accept = null) : ICommand<Unit>
{
    public Guid InterestId { get; init; }
}

internal sealed class RespondToInterestValidator : AbstractValidator<RespondToInterest>
{
    public RespondToInterestValidator() => RuleFor(x => x.Accept).NotNull();
}

internal sealed class RespondToInterestHandler(IDocumentSession session, InterestAccess access, IMediator mediator, ICurrentUser user, TimeProvider clock)
    : IRequestHandler<RespondToInterest, Unit>
{
    public async Task<Unit> Handle(RespondToInterest command, CancellationToken cancellationToken)
    {
        var stream = await session.Events.FetchForWriting<Interest>(command.InterestId, cancellationToken);
        var interest = await access.EnsureAsync(stream.Aggregate, command.InterestId, Party.Learner, cancellationToken);
        var learner = await mediator.Send(new GetLearnerSummary(interest.LearnerId), cancellationToken) ?? throw new NotFound("interest", command.InterestId);
        stream.AppendOne(interest.Answer(command.Accept!.Value, learner.FullName, user.Id!.Value, clock.GetUtcNow()));
        return Unit.Value;
    }
}

internal static class RespondToInterestEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/interests/{id:guid}/respond", async (Guid id, RespondToInterest command, IMediator mediator, CancellationToken ct) =>
            {
                await mediator.Send(command with { InterestId = id }, ct);
                return TypedResults.NoContent();
            })
            .RequireAuthorization(Policies.Learner)
            .WithName(nameof(RespondToInterest))
            .WithTags("JobMatching");
}
