using Marten;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Training.BuildingBlocks.Errors;
using Training.BuildingBlocks.Security;
using Training.Modules.JobMatching.Web;

namespace Training.Modules.JobMatching.Jobs;

/// <summary>The employer's own postings, newest first.</summary>
internal sealed record MyJobs : IRequest<IReadOnlyList<JobView>>;

internal sealed class MyJobsHandler(IQuerySession session, Employers employers) : IRequestHandler<MyJobs, IReadOnlyList<JobView>>
{
    public async Task<IReadOnlyList<JobView>> Handle(MyJobs request, CancellationToken cancellationToken)
    {
        var employer = await employers.CurrentAsync(cancellationToken);
        var postings = await session.Query<JobPosting>().Where(p => p.EmployerId == employer.EmployerId)
            .OrderByDescending(p => p.PostedAt).Take(500).ToListAsync(cancellationToken);
        return [.. postings.Select(JobView.Of)];
    }

    /// <summary>The posting when it is the signed-in employer's own.</summary>
    public static async Task<JobPosting> OwnAsync(IQuerySession session, Employers employers, Guid jobId, CancellationToken cancellationToken)
    {
        var employer = await employers.CurrentAsync(cancellationToken);
        var posting = await session.LoadAsync<JobPosting>(jobId, cancellationToken);
        return posting is not null && posting.EmployerId == employer.EmployerId ? posting : throw new NotFound("job", jobId);
    }
}

internal static class MyJobsEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/jobs", async (IMediator mediator, CancellationToken ct) => TypedResults.Ok(await mediator.Send(new MyJobs(), ct)))
            .RequireAuthorization(Policies.VerifiedEmployer)
            .WithName(nameof(MyJobs))
            .WithTags("JobMatching");
}
