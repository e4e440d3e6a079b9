using Marten;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Training.BuildingBlocks.Security;
using Training.Modules.Certificates.Certificates;

namespace Training.Modules.Certificates.Holders;

/// <summary>The signed-in learner's own certificates, newest first.</summary>
internal sealed record MyCertificates : IRequest<IReadOnlyList<CertificateListItem>>;

internal sealed class MyCertificatesHandler(IQuerySession session, ICurrentUser user, TimeProvider clock)
    : IRequestHandler<MyCertificates, IReadOnlyList<CertificateListItem>>
{
    public async Task<IReadOnlyList<CertificateListItem>> Handle(MyCertificates query, CancellationToken cancellationToken)
    {
        if (!user.IsInRole(Roles.Learner) || user.Id is not { } learnerId)
        {
            return [];
        }

        var today = CertificateCalendar.Today(clock);
        var certificates = await session.Query<Certificate>().Where(c => c.LearnerId == learnerId).ToListAsync(cancellationToken);
        return [.. certificates.OrderByDescending(c => c.IssuedOn).ThenByDescending(c => c.Number).Select(c => CertificateListItem.Of(c, today))];
    }
}

internal static class MyCertificatesEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/me/certificates", async (IMediator mediator, CancellationToken ct) => TypedResults.Ok(await mediator.Send(new MyCertificates(), ct)))
            .RequireAuthorization(Policies.Learner)
            .WithName(nameof(MyCertificates))
            .WithTags("Certificates");
}
