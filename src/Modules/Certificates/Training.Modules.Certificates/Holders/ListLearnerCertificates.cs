using Marten;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Training.BuildingBlocks.Errors;
using Training.BuildingBlocks.Security;
using Training.Modules.Certificates.Certificates;
using Training.Modules.Identity.Contracts;

namespace Training.Modules.Certificates.Holders;

/// <summary>A learner's certificates for the staff of the learner's facility and platform admins.</summary>
internal sealed record ListLearnerCertificates(Guid LearnerId) : IRequest<IReadOnlyList<CertificateListItem>>;

internal sealed class ListLearnerCertificatesHandler(IQuerySession session, IMediator mediator, ICurrentUser user, TimeProvider clock)
    : IRequestHandler<ListLearnerCertificates, IReadOnlyList<CertificateListItem>>
{
    public async Task<IReadOnlyList<CertificateListItem>> Handle(ListLearnerCertificates query, CancellationToken cancellationToken)
    {
        if (!user.IsInRole(Roles.PlatformAdmin) && !await mediator.Send(new MayActOnLearner(query.LearnerId), cancellationToken))
        {
            throw new NotFound("learner", query.LearnerId);
        }

        var today = CertificateCalendar.Today(clock);
        return [.. (await LearnerCertificates.OfAsync(session, query.LearnerId, cancellationToken)).Select(c => CertificateListItem.ForStaff(c, today))];
    }
}

internal static class ListLearnerCertificatesEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/learners/{learnerId:guid}/certificates", async (Guid learnerId, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new ListLearnerCertificates(learnerId), ct)))
            .RequireAuthorization(p => p.RequireClaim(BekalClaims.Role, Roles.PlatformAdmin, Roles.FacilityOfficer, Roles.Trainer, Roles.Assessor))
            .WithName(nameof(ListLearnerCertificates))
            .WithTags("Certificates");
}
