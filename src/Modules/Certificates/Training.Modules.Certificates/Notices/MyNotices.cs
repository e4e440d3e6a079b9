using Marten;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Training.BuildingBlocks.Security;

namespace Training.Modules.Certificates.Notices;

/// <summary>The signed-in learner's inbox, newest first.</summary>
internal sealed record MyNotices : IRequest<IReadOnlyList<Notice>>;

internal sealed class MyNoticesHandler(IQuerySession session, ICurrentUser user) : IRequestHandler<MyNotices, IReadOnlyList<Notice>>
{
    public async Task<IReadOnlyList<Notice>> Handle(MyNotices query, CancellationToken cancellationToken) =>
        user.IsInRole(Roles.Learner) && user.Id is { } learnerId
            ? await session.Query<Notice>().Where(n => n.LearnerId == learnerId).OrderByDescending(n => n.At).Take(50).ToListAsync(cancellationToken)
            : [];
}

internal static class MyNoticesEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/me/notices", async (IMediator mediator, CancellationToken ct) => TypedResults.Ok(await mediator.Send(new MyNotices(), ct)))
            .RequireAuthorization(Policies.Learner)
            .WithName(nameof(MyNotices))
            .WithTags("Certificates");
}
