using FluentValidation;
using Marten;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Training.BuildingBlocks.Messaging;
using Training.BuildingBlocks.Security;
using Training.Modules.Crafts.Web;

namespace Training.Modules.Crafts.Shows;

/// <summary>An officer of the event's facility (or an admin) calls it off: it leaves the public list at once.</summary>
internal sealed record CancelShow(string? Reason = null) : ICommand<bool>
{
    public Guid ShowId { get; init; }
}

internal sealed class CancelShowValidator : AbstractValidator<CancelShow>
{
    public CancelShowValidator()
    {
        RuleFor(x => x.ShowId).NotEmpty();
        RuleFor(x => x.Reason).MaximumLength(500);
    }
}

internal sealed class CancelShowHandler(IDocumentSession session, ICurrentUser user, TimeProvider clock) : IRequestHandler<CancelShow, bool>
{
    public async Task<bool> Handle(CancelShow command, CancellationToken cancellationToken)
    {
        var stream = await session.Events.FetchForWriting<CraftShow>(command.ShowId, cancellationToken);
        var show = user.EnsureSees(stream.Aggregate, s => s.FacilityId, "event", command.ShowId);
        stream.AppendOne(show.Cancel(string.IsNullOrWhiteSpace(command.Reason) ? null : command.Reason.Trim(), user.Id!.Value, clock.GetUtcNow()));
        return true;
    }
}

internal static class CancelShowEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/crafts/events/{id:guid}/cancel", async (Guid id, CancelShow? command, IMediator mediator, CancellationToken ct) =>
            {
                await mediator.Send((command ?? new CancelShow()) with { ShowId = id }, ct);
                return TypedResults.NoContent();
            })
            .RequireAuthorization(p => p.RequireClaim(BekalClaims.Role, Roles.FacilityOfficer, Roles.PlatformAdmin))
            .WithName(nameof(CancelShow))
            .WithTags("Crafts");
}
