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
using Training.Modules.Crafts.Products;
using Training.Modules.Crafts.Web;

namespace Training.Modules.Crafts.Stock;

/// <summary>
/// An officer writes units off at a location: damaged beyond sale, or given away as samples to promote the brand.
/// The reason stays in the ledger beside the movement, for whoever counts the stock next.
/// </summary>
internal sealed record WriteOffStock(Guid ProductId, int Quantity, string? Location = null, string? Kind = null, string? Reason = null) : ICommand<bool>
{
    public const int MaxReasonLength = 300;

    public static readonly MovementKind[] Kinds = [MovementKind.Damaged, MovementKind.Sample];
}

internal sealed class WriteOffStockValidator : AbstractValidator<WriteOffStock>
{
    public WriteOffStockValidator()
    {
        RuleFor(x => x.ProductId).NotEmpty();
        RuleFor(x => x.Quantity).InclusiveBetween(1, 100_000);
        RuleFor(x => x.Location).IsLocation();
        RuleFor(x => x.Kind).Must(k => EnumNames.Find<MovementKind>(k) is { } kind && WriteOffStock.Kinds.Contains(kind)).WithMessage("The kind is Damaged or Sample.");
        RuleFor(x => x.Reason).NotEmpty().Must(r => r is null || r.Trim().Length > 0).MaximumLength(WriteOffStock.MaxReasonLength);
    }
}

internal sealed class WriteOffStockHandler(IDocumentSession session, ICurrentUser user, TimeProvider clock) : IRequestHandler<WriteOffStock, bool>
{
    public async Task<bool> Handle(WriteOffStock command, CancellationToken cancellationToken)
    {
        user.EnsureSees(await session.LoadAsync<Product>(command.ProductId, cancellationToken), p => p.FacilityId, "product", command.ProductId);
        var ledger = await session.Events.FetchForExclusiveWriting<StockLedger>(StockLedger.IdFor(command.ProductId), cancellationToken);
        var stock = ledger.Aggregate ?? throw new RuleBroken("stock.not-enough", isConflict: true);
        var kind = EnumNames.Find<MovementKind>(command.Kind)!.Value;
        var written = stock.TakeOut(kind, StockLocations.Named(command.Location), command.Quantity, null, user.Id!.Value, clock.GetUtcNow());
        ledger.AppendOne(written with { Reason = command.Reason!.Trim() });
        return true;
    }
}

internal static class WriteOffStockEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/crafts/stock/write-offs", async (WriteOffStock command, IMediator mediator, CancellationToken ct) =>
            {
                await mediator.Send(command, ct);
                return TypedResults.NoContent();
            })
            .RequireAuthorization(Policies.FacilityOfficer)
            .WithName(nameof(WriteOffStock))
            .WithTags("Crafts");
}
