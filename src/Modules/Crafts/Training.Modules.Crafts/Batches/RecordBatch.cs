using FluentValidation;
using Marten;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Training.BuildingBlocks.Contracts;
using Training.BuildingBlocks.Errors;
using Training.BuildingBlocks.Idempotency;
using Training.BuildingBlocks.Messaging;
using Training.BuildingBlocks.Security;
using Training.BuildingBlocks.Time;
using Training.Modules.Crafts.Products;
using Training.Modules.Crafts.Stock;
using Training.Modules.Crafts.Web;
using Training.Modules.Identity.Contracts;

namespace Training.Modules.Crafts.Batches;

/// <summary>
/// A trainer or officer records a production run of a product of their facility: how many units, the day they
/// were made, the materials' cost and the makers with their shares. The units arrive in the gallery at once.
/// </summary>
internal sealed record RecordBatch(Guid ProductId, int Quantity, DateOnly? ProducedOn = null, Rupiah? MaterialCostRupiah = null, IReadOnlyList<BatchMaker>? Makers = null) : ICommand<RecordedBatch>;

internal sealed record BatchMaker(Guid LearnerId, decimal Share);

internal sealed record RecordedBatch(Guid Id, string Code);

internal sealed class RecordBatchValidator : AbstractValidator<RecordBatch>
{
    public const int MaxQuantity = 100_000;

    public RecordBatchValidator()
    {
        RuleFor(x => x.ProductId).NotEmpty();
        RuleFor(x => x.Quantity).InclusiveBetween(1, MaxQuantity);
        RuleFor(x => x.ProducedOn).NotNull();
        RuleFor(x => x.MaterialCostRupiah).NotNull().Must(c => c is null || c.Value.Amount >= 0);
        RuleFor(x => x.Makers).NotEmpty()
            .Must(m => m is null || m.Select(x => x.LearnerId).Distinct().Count() == m.Count).WithMessage("A maker is listed once.");
        RuleForEach(x => x.Makers).ChildRules(m =>
        {
            m.RuleFor(x => x.LearnerId).NotEmpty();
            m.RuleFor(x => x.Share).GreaterThan(0).LessThanOrEqualTo(1_000_000);
        });
    }
}

internal sealed class RecordBatchHandler(IDocumentSession session, IMediator mediator, ICurrentUser user, TimeProvider clock) : IRequestHandler<RecordBatch, RecordedBatch>
{
    public async Task<RecordedBatch> Handle(RecordBatch command, CancellationToken cancellationToken)
    {
        var product = user.EnsureSees(await session.LoadAsync<Product>(command.ProductId, cancellationToken), p => p.FacilityId, "product", command.ProductId);
        var facility = await mediator.Send(new GetFacility(product.FacilityId), cancellationToken);
        var producedOn = command.ProducedOn!.Value;
        if (producedOn > FacilityTime.Today(clock, facility?.TimeZone))
        {
            throw new RuleBroken("batch.produced-in-future");
        }

        foreach (var maker in command.Makers!)
        {
            if (await mediator.Send(new GetLearnerSummary(maker.LearnerId), cancellationToken) is not { } learner || learner.FacilityId != product.FacilityId)
            {
                throw new RuleBroken("batch.maker-not-learner");
            }
        }

        var id = Guid.NewGuid();
        var code = BatchCodes.New(producedOn);
        var by = user.Id!.Value;
        var now = clock.GetUtcNow();
        var cost = command.MaterialCostRupiah!.Value;
        session.Events.StartStream<Batch>(id, new BatchRecorded(
            id, product.FacilityId, product.Id, code, command.Quantity, producedOn, cost, [.. command.Makers!.Select(m => new MakerShare(m.LearnerId, m.Share))], by, now));
        var ledger = await session.Events.FetchForExclusiveWriting<StockLedger>(StockLedger.IdFor(product.Id), cancellationToken);
        ledger.AppendOne(StockLedger.Produce(product.Id, product.FacilityId, id, command.Quantity, cost, by, now));
        return new RecordedBatch(id, code);
    }
}

internal static class RecordBatchEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/crafts/batches", async (RecordBatch command, IMediator mediator, CancellationToken ct) =>
            {
                var batch = await mediator.Send(command, ct);
                return TypedResults.Created($"/api/crafts/batches/{batch.Id}", new { id = batch.Id, code = batch.Code });
            })
            .CreatesResource()
            .RequireAuthorization(p => p.RequireClaim(BekalClaims.Role, Roles.Trainer, Roles.FacilityOfficer))
            .WithName(nameof(RecordBatch))
            .WithTags("Crafts");
}
