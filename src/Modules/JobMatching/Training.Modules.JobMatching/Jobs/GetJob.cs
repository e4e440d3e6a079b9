using Marten;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Training.BuildingBlocks.Security;
using Training.Modules.JobMatching.Web;

namespace Training.Modules.JobMatching.Jobs;

/// <summary>One of the employer's own postings; another employer's is answered as not found.</summary>
internal sealed record GetJob(Guid JobId) : IRequest<JobView>;

internal sealed class GetJobHandler(IQuerySession session, Employers employers) : IRequestHandler<GetJob, JobView>
{
    public async Task<JobView> Handle(GetJob request, CancellationToken cancellationToken) =>
        JobView.Of(await MyJobsHandler.OwnAsync(session, employers, request.JobId, cancellationToken));
}

internal static class GetJobEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/jobs/{id:guid}", async (Guid id, IMediator mediator, CancellationToken ct) => TypedResults.Ok(await mediator.Send(new GetJob(id), ct)))
            .RequireAuthorization(Policies.VerifiedEmployer)
            .WithName(nameof(GetJob))
            .WithTags("JobMatching");
}
