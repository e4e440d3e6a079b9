using Marten;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Training.BuildingBlocks.Errors;
using Training.BuildingBlocks.Security;
using Training.Modules.Certificates.Certificates;
using Training.Modules.Certificates.Contracts;
using Training.Modules.Identity.Contracts;

namespace Training.Modules.Certificates.Holders;

/// <summary>A learner's certificates for the staff of the learner's facility and platform admins.</summary>
internal sealed record ListLearnerCertificates(Guid LearnerId) : IRequest<IReadOnlyList<CertificateListItem>>;

/// <summary>Answers other modules (<see cref="GetCertificatesOfLearner"/>) and the staff's list from the same records.</summary>
internal sealed class CertificatesOfLearnerHandler(IQuerySession session, IMediator mediator, ICurrentUser user, TimeProvider clock)
    : IRequestHandler<GetCertificatesOfLearner, IReadOnlyList<CertificateSummary>>, IRequestHandler<ListLearnerCertificates, IReadOnlyList<CertificateListItem>>
{
    public async Task<IReadOnlyList<CertificateSummary>> Handle(GetCertificatesOfLearner query, CancellationToken cancellationToken)
    {
        var today = CertificateCalendar.Today(clock);
        return [.. (await OfAsync(query.LearnerId, cancellationToken)).Select(c => new CertificateSummary(
            c.Id, c.LearnerId, c.Number, c.CourseId, c.CourseVersion, c.CourseTitle, c.SkillCategory, c.CertifiedUnits, c.IssuedOn, c.ValidUntil, c.StatusOn(today)))];
    }

    public async Task<IReadOnlyList<CertificateListItem>> Handle(ListLearnerCertificates query, CancellationToken cancellationToken)
    {
        if (!user.IsInRole(Roles.PlatformAdmin) && !await mediator.Send(new MayActOnLearner(query.LearnerId), cancellationToken))
        {
            throw new NotFound("learner", query.LearnerId);
        }

        var today = CertificateCalendar.Today(clock);
        return [.. (await OfAsync(query.LearnerId, cancellationToken)).Select(c => CertificateListItem.ForStaff(c, today))];
    }

    private async Task<IEnumerable<Certificate>> OfAsync(Guid learnerId, CancellationToken cancellationToken) =>
        (await session.Query<Certificate>().Where(c => c.LearnerId == learnerId).ToListAsync(cancellationToken))
            .OrderByDescending(c => c.IssuedOn).ThenByDescending(c => c.Number);
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
