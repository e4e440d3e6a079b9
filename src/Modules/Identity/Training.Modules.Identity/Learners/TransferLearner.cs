using FluentValidation;
using Marten;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Training.BuildingBlocks.Errors;
using Training.BuildingBlocks.Messaging;
using Training.BuildingBlocks.Security;
using Training.Modules.Identity.Access;
using Training.Modules.Identity.Contracts;
using Training.Modules.Identity.Facilities;

namespace Training.Modules.Identity.Learners;

/// <summary>
/// An officer of the learner's facility moves the learner to another facility, optionally under
/// a new learner number there. The learner's history goes with them; the old staff lose access.
/// </summary>
internal sealed record TransferLearner(Guid LearnerId, Guid ToFacilityId, string? LearnerNumber = null) : ICommand<Unit>;

internal sealed class TransferLearnerValidator : AbstractValidator<TransferLearner>
{
    public TransferLearnerValidator()
    {
        RuleFor(x => x.ToFacilityId).NotEmpty();
        RuleFor(x => x.LearnerNumber!).MustBeALearnerNumber().When(x => x.LearnerNumber is not null);
    }
}

internal sealed class TransferLearnerHandler(IDocumentSession session, LearnerAccess access, TimeProvider clock) : IRequestHandler<TransferLearner, Unit>
{
    public async Task<Unit> Handle(TransferLearner command, CancellationToken cancellationToken)
    {
        var stream = await session.Events.FetchForWriting<Learner>(command.LearnerId, cancellationToken);
        var learner = access.EnsureMayManage(stream.Aggregate, command.LearnerId);
        if (learner.Status == LearnerStatus.Released)
        {
            throw new RuleBroken("learner.released", isConflict: true);
        }

        if (command.ToFacilityId == learner.FacilityId || await session.LoadAsync<Facility>(command.ToFacilityId, cancellationToken) is not { Active: true })
        {
            throw new RuleBroken("learner.transfer.facility-invalid");
        }

        var number = command.LearnerNumber?.Trim() ?? learner.LearnerNumber;
        if (await session.Query<Learner>().AnyAsync(l => l.FacilityId == command.ToFacilityId && l.LearnerNumber == number, cancellationToken))
        {
            throw new RuleBroken("learner.number-taken", isConflict: true);
        }

        stream.AppendMany(
            new LearnerTransferred(learner.Id, learner.FacilityId, command.ToFacilityId, number, access.ActorId, clock.GetUtcNow()),
            new LearnerTransferredIntegrationEvent(learner.Id, learner.FacilityId, command.ToFacilityId));
        return Unit.Value;
    }
}

internal static class TransferLearnerEndpoint
{
    public sealed record Destination(Guid ToFacilityId, string? LearnerNumber = null);

    public static void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/learners/{id:guid}/transfer", async (Guid id, Destination body, IMediator mediator, CancellationToken ct) =>
            {
                await mediator.Send(new TransferLearner(id, body.ToFacilityId, body.LearnerNumber), ct);
                return TypedResults.NoContent();
            })
            .RequireAuthorization(Policies.FacilityOfficer)
            .WithName(nameof(TransferLearner))
            .WithTags("Identity");
}
