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
using Training.Modules.Identity.Contracts;

namespace Training.Modules.Certificates.Issuers;

/// <summary>
/// A platform admin names the training programme that issues a facility's certificates
/// (e.g. "Program Pelatihan Keterampilan Kalimantan Tengah"). Certificates already issued keep theirs.
/// </summary>
internal sealed record NameIssuer(string Name) : ICommand<IssuerView>
{
    public Guid FacilityId { get; init; }
}

internal sealed record IssuerView(Guid FacilityId, string Name);

internal sealed class NameIssuerValidator : AbstractValidator<NameIssuer>
{
    public NameIssuerValidator()
    {
        RuleFor(x => x.FacilityId).NotEmpty();
        RuleFor(x => x.Name).NotEmpty().Must(n => n.Trim().Length is >= 5 and <= 150).WithMessage("Between 5 and 150 characters.");
    }
}

internal sealed class NameIssuerHandler(IDocumentSession session, IMediator mediator, PublicText publicText, ICurrentUser user, TimeProvider clock)
    : IRequestHandler<NameIssuer, IssuerView>
{
    public async Task<IssuerView> Handle(NameIssuer command, CancellationToken cancellationToken)
    {
        var facility = await mediator.Send(new GetFacility(command.FacilityId), cancellationToken) ?? throw new NotFound("facility", command.FacilityId);
        var name = command.Name.Trim();
        await publicText.EnsureFitAsync([name], null, cancellationToken);
        var named = new IssuerNamed(facility.FacilityId, name, user.Id ?? Guid.Empty, clock.GetUtcNow());
        var stream = await session.Events.FetchForWriting<IssuerProfile>(facility.FacilityId, cancellationToken);
        stream.AppendOne(named);
        return new IssuerView(facility.FacilityId, name);
    }
}

internal static class NameIssuerEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapPut("/certificates/issuers/{facilityId:guid}", async (Guid facilityId, NameIssuer command, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(command with { FacilityId = facilityId }, ct)))
            .RequireAuthorization(Policies.PlatformAdmin)
            .WithName(nameof(NameIssuer))
            .WithTags("Certificates");
}
