using Marten;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Training.BuildingBlocks.Security;

namespace Training.Modules.Identity.Accounts;

/// <summary>A staff account as admins see it; <see cref="Locked"/> after too many wrong passwords.</summary>
internal sealed record StaffView(Guid Id, string Username, string DisplayName, string Role, Guid? FacilityId, bool Disabled, bool Locked);

internal sealed record ListStaff : IRequest<IReadOnlyList<StaffView>>;

internal sealed class ListStaffHandler(IQuerySession session, TimeProvider clock) : IRequestHandler<ListStaff, IReadOnlyList<StaffView>>
{
    public async Task<IReadOnlyList<StaffView>> Handle(ListStaff request, CancellationToken cancellationToken)
    {
        var accounts = await session.Query<Account>().Where(a => a.Role != Roles.Employer).OrderBy(a => a.Username).ToListAsync(cancellationToken);
        var now = clock.GetUtcNow();
        return [.. accounts.Select(a => new StaffView(a.Id, a.Username, a.DisplayName, a.Role, a.FacilityId, a.Disabled, a.Lockout.IsLocked(now)))];
    }
}

internal static class ListStaffEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/staff", async (IMediator mediator, CancellationToken ct) => TypedResults.Ok(await mediator.Send(new ListStaff(), ct)))
            .RequireAuthorization(Policies.PlatformAdmin)
            .WithName(nameof(ListStaff))
            .WithTags("Identity");
}
