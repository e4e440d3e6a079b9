using Marten;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Training.BuildingBlocks.Errors;
using Training.BuildingBlocks.Files;
using Training.BuildingBlocks.Messaging;
using Training.BuildingBlocks.Security;

namespace Training.Modules.Crafts.Brands;

/// <summary>A platform admin or an officer of the facility gives its brand a logo, re-encoded without metadata; the old one's bytes are deleted.</summary>
internal sealed record ChangeBrandLogo(Guid FacilityId, byte[] Content) : ICommand<Guid>;

internal sealed class ChangeBrandLogoHandler(IDocumentSession session, IFileStore files, ICurrentUser user, TimeProvider clock) : IRequestHandler<ChangeBrandLogo, Guid>
{
    public static readonly FilePurpose Purpose = new("Crafts", "brand-logo");

    public async Task<Guid> Handle(ChangeBrandLogo command, CancellationToken cancellationToken)
    {
        if (!user.IsInRole(Roles.PlatformAdmin) && !(user.IsInRole(Roles.FacilityOfficer) && user.FacilityId == command.FacilityId))
        {
            throw new NotFound("brand", command.FacilityId);
        }

        var stream = await session.Events.FetchForWriting<Brand>(Brand.IdFor(command.FacilityId), cancellationToken);
        var brand = stream.Aggregate ?? throw new NotFound("brand", command.FacilityId);
        var fileId = files.Save(session, new FileSubject(Purpose, brand.FacilityId, brand.FacilityId), ImageUploads.Prepare(command.Content));
        if (brand.LogoFileId is { } old)
        {
            files.Delete(session, old);
        }

        stream.AppendOne(new BrandLogoChanged(brand.FacilityId, fileId, user.Id!.Value, clock.GetUtcNow()));
        return fileId;
    }
}

internal static class ChangeBrandLogoEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/crafts/brands/{facilityId:guid}/logo", async (Guid facilityId, HttpRequest request, IMediator mediator, CancellationToken ct) =>
            {
                var logo = await ImageForms.ReadAsync(request, "image", ct);
                var id = await mediator.Send(new ChangeBrandLogo(facilityId, logo), ct);
                return TypedResults.Ok(new { id });
            })
            .AcceptsImage()
            .RequireAuthorization(p => p.RequireClaim(BekalClaims.Role, Roles.PlatformAdmin, Roles.FacilityOfficer))
            .WithName(nameof(ChangeBrandLogo))
            .WithTags("Crafts");
}
