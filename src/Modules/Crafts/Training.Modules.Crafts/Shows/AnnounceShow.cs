using FluentValidation;
using Marten;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Training.BuildingBlocks.Errors;
using Training.BuildingBlocks.Idempotency;
using Training.BuildingBlocks.Messaging;
using Training.BuildingBlocks.Security;
using Training.BuildingBlocks.Text;
using Training.BuildingBlocks.Time;
using Training.Modules.Crafts.Brands;
using Training.Modules.Crafts.Products;
using Training.Modules.Crafts.Web;
using Training.Modules.Identity.Contracts;

namespace Training.Modules.Crafts.Shows;

/// <summary>
/// An officer announces a bazaar or exhibition where the facility's crafts will be, with the published products
/// brought there; a platform admin names the facility. Every text is public, so none may name custody or a facility.
/// </summary>
internal sealed record AnnounceShow(
    string? Title = null,
    string? Place = null,
    string? Regency = null,
    DateOnly? StartsOn = null,
    DateOnly? EndsOn = null,
    string? Description = null,
    IReadOnlyList<Guid>? ProductIds = null,
    Guid? FacilityId = null) : ICommand<Guid>
{
    public const int MaxDays = 60;
    public const int MaxProducts = 30;
}

internal sealed class AnnounceShowValidator : AbstractValidator<AnnounceShow>
{
    public AnnounceShowValidator()
    {
        RuleFor(x => x.Title).NotEmpty().MaximumLength(120);
        RuleFor(x => x.Place).NotEmpty().MaximumLength(160);
        RuleFor(x => x.Regency).NotEmpty().MaximumLength(80);
        RuleFor(x => x.StartsOn).NotNull();
        RuleFor(x => x.EndsOn).NotNull()
            .Must((x, end) => x.StartsOn is not { } start || end is not { } last || (last >= start && last.DayNumber - start.DayNumber < AnnounceShow.MaxDays))
            .WithMessage($"An event ends on or after its first day, and lasts at most {AnnounceShow.MaxDays} days.");
        RuleFor(x => x.Description).MaximumLength(1000);
        RuleFor(x => x.ProductIds).Must(p => p is null || (p.Count <= AnnounceShow.MaxProducts && p.Distinct().Count() == p.Count && !p.Contains(Guid.Empty)))
            .WithMessage($"At most {AnnounceShow.MaxProducts} products, each once.");
    }
}

internal sealed class AnnounceShowHandler(IDocumentSession session, IMediator mediator, PublicText publicText, ICurrentUser user, TimeProvider clock)
    : IRequestHandler<AnnounceShow, Guid>
{
    public async Task<Guid> Handle(AnnounceShow command, CancellationToken cancellationToken)
    {
        // An officer may leave the facility out (their own); naming another one is answered as not found.
        var facilityId = command.FacilityId ?? (user.IsInRole(Roles.PlatformAdmin) ? throw new RuleBroken("event.facility-required") : user.OwnFacility());
        if (!user.MaySee(facilityId))
        {
            throw new NotFound("facility", facilityId);
        }

        var facility = await mediator.Send(new GetFacility(facilityId), cancellationToken) ?? throw new NotFound("facility", facilityId);
        if (await session.LoadAsync<Brand>(Brand.IdFor(facilityId), cancellationToken) is null)
        {
            throw new RuleBroken("event.needs-brand");
        }

        var details = new ShowDetails(
            command.Title!.Trim(), command.Place!.Trim(), command.Regency!.Trim(), command.StartsOn!.Value, command.EndsOn!.Value,
            string.IsNullOrWhiteSpace(command.Description) ? null : command.Description.Trim());
        if (details.EndsOn < FacilityTime.Today(clock, facility.TimeZone))
        {
            throw new RuleBroken("event.in-past");
        }

        await publicText.EnsureFitAsync(details.PublicTexts(), null, cancellationToken);
        var productIds = command.ProductIds ?? [];
        foreach (var productId in productIds)
        {
            if (await session.LoadAsync<Product>(productId, cancellationToken) is not { IsPublished: true } product || product.FacilityId != facilityId)
            {
                throw new RuleBroken("event.product-unknown");
            }
        }

        var id = Guid.NewGuid();
        session.Events.StartStream<CraftShow>(id, new CraftShowAnnounced(id, facilityId, details, productIds, user.Id!.Value, clock.GetUtcNow()));
        return id;
    }
}

internal static class AnnounceShowEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/crafts/events", async (AnnounceShow command, IMediator mediator, CancellationToken ct) =>
            {
                var id = await mediator.Send(command, ct);
                return TypedResults.Created($"/api/crafts/events/{id}", new { id });
            })
            .CreatesResource()
            .RequireAuthorization(p => p.RequireClaim(BekalClaims.Role, Roles.FacilityOfficer, Roles.PlatformAdmin))
            .WithName(nameof(AnnounceShow))
            .WithTags("Crafts");
}
