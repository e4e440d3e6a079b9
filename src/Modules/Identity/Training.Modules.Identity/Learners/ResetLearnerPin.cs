using FluentValidation;
using Marten;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Training.BuildingBlocks.Messaging;
using Training.BuildingBlocks.Security;
using Training.Modules.Identity.Access;
using Training.Modules.Identity.Accounts;

namespace Training.Modules.Identity.Learners;

/// <summary>An officer sets a new PIN: the lockout is lifted and the learner's open sessions end.</summary>
internal sealed record ResetLearnerPin(Guid LearnerId, string Pin) : ICommand<Unit>;

internal sealed class ResetLearnerPinValidator : AbstractValidator<ResetLearnerPin>
{
    public ResetLearnerPinValidator() => RuleFor(x => x.Pin).MustBeAPin();
}

internal sealed class ResetLearnerPinHandler(IDocumentSession session, LearnerAccess access, Secrets secrets, TimeProvider clock)
    : IRequestHandler<ResetLearnerPin, Unit>
{
    public async Task<Unit> Handle(ResetLearnerPin command, CancellationToken cancellationToken)
    {
        var stream = await session.Events.FetchForWriting<Learner>(command.LearnerId, cancellationToken);
        access.EnsureMayManage(stream.Aggregate, command.LearnerId);
        stream.AppendOne(new LearnerPinReset(command.LearnerId, secrets.Hash(command.Pin), access.ActorId, clock.GetUtcNow()));
        return Unit.Value;
    }
}

internal static class ResetLearnerPinEndpoint
{
    public sealed record NewPin(string Pin);

    public static void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/learners/{id:guid}/reset-pin", async (Guid id, NewPin body, IMediator mediator, CancellationToken ct) =>
            {
                await mediator.Send(new ResetLearnerPin(id, body.Pin), ct);
                return TypedResults.NoContent();
            })
            .RequireAuthorization(Policies.FacilityOfficer)
            .WithName(nameof(ResetLearnerPin))
            .WithTags("Identity");
}
