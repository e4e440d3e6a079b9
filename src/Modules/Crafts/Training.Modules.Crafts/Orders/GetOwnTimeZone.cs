using MediatR;
using Training.BuildingBlocks.Security;
using Training.Modules.Identity.Contracts;

namespace Training.Modules.Crafts.Orders;

/// <summary>The time zone of the signed-in staff member's facility, for showing moments on their pages.</summary>
internal sealed record GetOwnTimeZone : IRequest<string?>;

internal sealed class GetOwnTimeZoneHandler(IMediator mediator, ICurrentUser user) : IRequestHandler<GetOwnTimeZone, string?>
{
    public async Task<string?> Handle(GetOwnTimeZone query, CancellationToken cancellationToken) =>
        user.FacilityId is { } facilityId ? (await mediator.Send(new GetFacility(facilityId), cancellationToken))?.TimeZone : null;
}
