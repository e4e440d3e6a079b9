using Marten;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Training.BuildingBlocks.Messaging;
using Training.BuildingBlocks.Security;

namespace Training.Modules.Crafts.MakerCredits;

/// <summary>The learner withdraws her consent: her alias leaves every provenance page in the same save. Withdrawing twice changes nothing.</summary>
internal sealed record WithdrawMakerCredit : ICommand<Unit>;

internal sealed class WithdrawMakerCreditHandler(IDocumentSession session, ICurrentUser user, TimeProvider clock) : IRequestHandler<WithdrawMakerCredit, Unit>
{
    public async Task<Unit> Handle(WithdrawMakerCredit command, CancellationToken cancellationToken)
    {
        var learnerId = user.Id!.Value;
        var id = MakerCredit.IdFor(learnerId);
        var stream = await session.Events.FetchForWriting<MakerCredit>(id, cancellationToken);
        if (stream.Aggregate is { Alias: not null })
        {
            stream.AppendOne(new MakerCreditWithdrawn(id, learnerId, clock.GetUtcNow()));
        }

        return Unit.Value;
    }
}

internal static class WithdrawMakerCreditEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapDelete("/me/maker-credit", async (IMediator mediator, CancellationToken ct) =>
            {
                await mediator.Send(new WithdrawMakerCredit(), ct);
                return TypedResults.NoContent();
            })
            .RequireAuthorization(Policies.Learner)
            .WithName(nameof(WithdrawMakerCredit))
            .WithTags("Crafts");
}
