using MediatR;
using Training.BuildingBlocks.Web;

namespace Training.Modules.JobMatching.Web;

/// <summary>
/// A JobMatching page whose forms send MediatR requests, refusals shown beside their form. A request
/// that loses a race with the relay (a certificate arriving at that moment) is tried again by the
/// pipeline, as for the API, so that race is never the learner's problem.
/// </summary>
internal abstract class JobMatchingPageModel(IMediator mediator, JobMatchingErrorTexts errors) : FormPageModel<JobMatchingErrorTexts>(mediator, errors);
