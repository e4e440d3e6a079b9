using FluentValidation;
using Marten;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Training.BuildingBlocks.Contracts;
using Training.BuildingBlocks.Idempotency;
using Training.BuildingBlocks.Messaging;
using Training.BuildingBlocks.Security;
using Training.BuildingBlocks.Time;
using Training.Modules.Crafts.Web;

namespace Training.Modules.Crafts.Premi;

/// <summary>An officer records a PNBP deposit of the facility: amount, the deposit's reference and its day (not in the future).</summary>
internal sealed record RecordPnbpDeposit(Rupiah? AmountRupiah = null, string? Reference = null, DateOnly? DepositedOn = null) : ICommand<Guid>;

internal sealed class RecordPnbpDepositValidator : AbstractValidator<RecordPnbpDeposit>
{
    public RecordPnbpDepositValidator(TimeProvider clock)
    {
        RuleFor(x => x.AmountRupiah).NotNull().Must(a => a is not { Amount: <= 0 }).WithMessage("A deposit is more than zero rupiah.");
        RuleFor(x => x.Reference).NotEmpty().MaximumLength(120);
        RuleFor(x => x.DepositedOn).NotNull();
        // A day's slack: the platform's today may still be yesterday in a facility further east.
        RuleFor(x => x.DepositedOn).Must(d => d <= FacilityTime.Today(clock).AddDays(1)).When(x => x.DepositedOn is not null)
            .WithMessage("A deposit is recorded once it is made.");
    }
}

internal sealed class RecordPnbpDepositHandler(IDocumentSession session, ICurrentUser user, TimeProvider clock) : IRequestHandler<RecordPnbpDeposit, Guid>
{
    public Task<Guid> Handle(RecordPnbpDeposit command, CancellationToken cancellationToken)
    {
        var id = Guid.NewGuid();
        session.Events.StartStream<PnbpDeposit>(id, new PnbpDeposited(
            id, user.OwnFacility(), command.AmountRupiah!.Value, command.Reference!.Trim(), command.DepositedOn!.Value, user.Id!.Value, clock.GetUtcNow()));
        return Task.FromResult(id);
    }
}

internal static class RecordPnbpDepositEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/crafts/pnbp-deposits", async (RecordPnbpDeposit command, IMediator mediator, CancellationToken ct) =>
            {
                var id = await mediator.Send(command, ct);
                return TypedResults.Created($"/api/crafts/pnbp-deposits/{id}", new { id });
            })
            .RequireAuthorization(Policies.FacilityOfficer)
            .CreatesResource()
            .WithName(nameof(RecordPnbpDeposit))
            .WithTags("Crafts");
}
