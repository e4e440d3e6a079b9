using Training.BuildingBlocks.Errors;
using Training.BuildingBlocks.Security;

namespace Training.Modules.Crafts.Web;

/// <summary>
/// The one rule for the module's staff records: a platform admin sees every facility's, staff see their own
/// facility's, and any other record is answered as not found, the same as one that does not exist.
/// </summary>
internal static class FacilityScope
{
    public static bool MaySee(this ICurrentUser user, Guid facilityId) =>
        user.IsInRole(Roles.PlatformAdmin) || (user.FacilityId is { } own && own == facilityId);

    /// <summary>Returns <paramref name="record"/> when the caller may see its facility's records; else 404.</summary>
    public static T EnsureSees<T>(this ICurrentUser user, T? record, Func<T, Guid> facilityOf, string what, object id)
        where T : class =>
        record is not null && user.MaySee(facilityOf(record)) ? record : throw new NotFound(what, id);

    /// <summary>The facility a staff member works for: where the products, batches and sales they make belong.</summary>
    public static Guid OwnFacility(this ICurrentUser user) =>
        user.FacilityId ?? throw new RuleBroken("crafts.staff-only");
}
