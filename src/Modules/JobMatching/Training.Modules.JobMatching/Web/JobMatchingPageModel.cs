using MediatR;
using Microsoft.Extensions.DependencyInjection;
using Training.BuildingBlocks.Web;
using Training.Modules.JobMatching.Search;

namespace Training.Modules.JobMatching.Web;

/// <summary>A JobMatching page whose forms send MediatR requests, refusals shown beside their form.</summary>
internal abstract class JobMatchingPageModel(IMediator mediator, JobMatchingErrorTexts errors) : FormPageModel<JobMatchingErrorTexts>(mediator, errors)
{
    /// <summary>
    /// Sends a request that changes a graduate's listing through <see cref="RaceRetry"/>, as the API
    /// sends it, so that a certificate arriving at that moment is never the learner's problem.
    /// </summary>
    protected Task<(bool Ok, T Result)> SendChangingListingAsync<T>(string form, string kind, IRequest<T> request) =>
        TryAsync(form, kind, ct => RaceRetry.SendAsync(HttpContext.RequestServices.GetRequiredService<IServiceScopeFactory>(), request, ct));
}
