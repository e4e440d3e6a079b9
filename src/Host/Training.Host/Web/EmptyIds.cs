using Training.BuildingBlocks.Errors;

namespace Training.Host.Web;

/// <summary>
/// The empty GUID names no record (the event store refuses it as a stream id), so a route holding
/// one answers 404 before any handler runs, for every endpoint and page alike.
/// </summary>
internal static class EmptyIds
{
    public static IApplicationBuilder UseEmptyIdsAsNotFound(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            var empty = context.Request.RouteValues.FirstOrDefault(r => r.Value is string text && Guid.TryParse(text, out var id) && id == Guid.Empty);
            if (empty.Key is null)
            {
                await next();
            }
            else if (context.Request.Path.StartsWithSegments("/api"))
            {
                throw new NotFound("record", Guid.Empty);
            }
            else
            {
                context.Response.StatusCode = StatusCodes.Status404NotFound;
            }
        });
}
