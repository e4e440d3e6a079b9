using FluentValidation;
using Marten;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Training.BuildingBlocks.Errors;
using Training.BuildingBlocks.Messaging;
using Training.BuildingBlocks.Security;
using Training.BuildingBlocks.Text;
using Training.Modules.Crafts.Web;
using Training.Modules.Identity.Contracts;

namespace Training.Modules.Crafts.Brands;

/// <summary>
/// A platform admin, or an officer of the facility, sets the facility's brand: its name and story, the
/// seller of record with contact and the official account, and whether the facility names itself in public.
/// Unless it does, no brand text may name a facility or custody.
/// </summary>
internal sealed record SaveBrand(
    string? Name = null,
    string? Story = null,
    string? StoryEn = null,
    string? SellerOfRecord = null,
    string? SellerContact = null,
    string? BankAccount = null,
    bool NamesFacilityPublicly = false) : ICommand<Guid>
{
    public Guid FacilityId { get; init; }
}

internal sealed class SaveBrandValidator : AbstractValidator<SaveBrand>
{
    public SaveBrandValidator()
    {
        RuleFor(x => x.FacilityId).NotEmpty();
        RuleFor(x => x.Name).NotEmpty().MaximumLength(80);
        RuleFor(x => x.Story).NotEmpty().MaximumLength(3000);
        RuleFor(x => x.StoryEn).MaximumLength(3000);
        RuleFor(x => x.SellerOfRecord).NotEmpty().MaximumLength(120);
        RuleFor(x => x.SellerContact).NotEmpty().MaximumLength(200);
        RuleFor(x => x.BankAccount).NotEmpty().MaximumLength(200);
    }
}

internal sealed class SaveBrandHandler(IDocumentSession session, IMediator mediator, PublicText publicText, ICurrentUser user, TimeProvider clock)
    : IRequestHandler<SaveBrand, Guid>
{
    public async Task<Guid> Handle(SaveBrand command, CancellationToken cancellationToken)
    {
        if (!user.IsInRole(Roles.PlatformAdmin) && !(user.IsInRole(Roles.FacilityOfficer) && user.FacilityId == command.FacilityId))
        {
            throw new NotFound("facility", command.FacilityId);
        }

        _ = await mediator.Send(new GetFacility(command.FacilityId), cancellationToken) ?? throw new NotFound("facility", command.FacilityId);
        var profile = new BrandProfile(command.Name!.Trim(), command.Story!.Trim(), Optional(command.StoryEn));
        var seller = new SellerOfRecord(command.SellerOfRecord!.Trim(), command.SellerContact!.Trim(), command.BankAccount!.Trim());
        if (!command.NamesFacilityPublicly)
        {
            await publicText.EnsureFitAsync([profile.Name, profile.Story, profile.StoryEn, seller.Name, seller.Contact, seller.BankAccount], null, cancellationToken);
        }

        var slug = Slugs.From(profile.Name);
        if (await session.Query<Brand>().AnyAsync(b => b.Slug == slug && b.FacilityId != command.FacilityId, cancellationToken))
        {
            throw new RuleBroken("brand.name-taken", isConflict: true);
        }

        var stream = await session.Events.FetchForWriting<Brand>(Brand.IdFor(command.FacilityId), cancellationToken);
        stream.AppendOne(new BrandSaved(command.FacilityId, slug, profile, seller, command.NamesFacilityPublicly, user.Id!.Value, clock.GetUtcNow()));
        return command.FacilityId;
    }

    private static string? Optional(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}

internal static class SaveBrandEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapPut("/crafts/brands/{facilityId:guid}", async (Guid facilityId, SaveBrand command, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(new { id = await mediator.Send(command with { FacilityId = facilityId }, ct) }))
            .RequireAuthorization(p => p.RequireClaim(BekalClaims.Role, Roles.PlatformAdmin, Roles.FacilityOfficer))
            .WithName(nameof(SaveBrand))
            .WithTags("Crafts");
}
