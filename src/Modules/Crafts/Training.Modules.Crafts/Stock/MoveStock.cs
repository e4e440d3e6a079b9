using FluentValidation;
using Marten;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Training.BuildingBlocks.Errors;
using Training.BuildingBlocks.Messaging;
using Training.BuildingBlocks.Security;
using Training.Modules.Crafts.Products;
using Training.Modules.Crafts.Web;

namespace Training.Modules.Crafts.Stock;

/// <summary>An officer takes units from one location to another: to a bazaar, an exhibition or a partner shop, and back to the gallery.</summary>
internal sealed record MoveStock(Guid ProductId, int Quantity, string? From = null, string? To = null) : ICommand<bool>;

internal sealed class MoveStockValidator : AbstractValidator<MoveStock>
{
    public MoveStockValidator()
    {
        RuleFor(x => x.ProductId).NotEmpty();
        RuleFor(x => x.Quantity).InclusiveBetween(1, 100_000);
        RuleFor(x => x.From).IsLocation();
        RuleFor(x => x.To).IsLocation();
        RuleFor(x => x).Must(x => StockLocations.Named(x.From) != StockLocations.Named(x.To)).WithName("To").WithMessage("Units move to another location.");
    }
}

internal sealed class MoveStockHandler(IDocumentSession session, ICurrentUser user, TimeProvider clock) : IRequestHandler<MoveStock, bool>
{
    public async Task<bool> Handle(MoveStock command, CancellationToken cancellationToken)
    {
        user.EnsureSees(await session.LoadAsync<Product>(command.ProductId, cancellationToken), p => p.FacilityId, "product", command.ProductId);
        var ledger = await session.Events.FetchForExclusiveWriting<StockLedger>(StockLedger.IdFor(command.ProductId), cancellationToken);
        var stock = ledger.Aggregate ?? throw new RuleBroken("stock.not-enough", isConflict: true);
        ledger.AppendOne(stock.Move(StockLocations.Named(command.From), StockLocations.Named(command.To), command.Quantity, user.Id!.Value, clock.GetUtcNow()));
        return true;
    }
}

internal static class MoveStockEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/crafts/stock/moves", async (MoveStock command, IMediator mediator, CancellationToken ct) =>
            {
                await mediator.Send(command, ct);
                return TypedResults.NoContent();
            })
            .RequireAuthorization(Policies.FacilityOfficer)
            .WithName(nameof(MoveStock))
            .WithTags("Crafts");
}
