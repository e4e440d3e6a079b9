using MediatR;
using Microsoft.AspNetCore.Mvc.Filters;
using Training.Modules.Identity.Contracts;

namespace Training.Modules.JobMatching.Web;

/// <summary>
/// An employer's page. Only a verified organisation searches, posts and contacts; a pending or rejected
/// one is sent to the page that says so, as Identity has it now (a verification takes effect at once).
/// </summary>
internal abstract class EmployerPageModel(IMediator mediator, JobMatchingErrorTexts errors) : JobMatchingPageModel(mediator, errors)
{
    public const string WaitingPage = "/employer/waiting";

    public override async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        if (await Mediator.Send(new GetMyEmployer(), HttpContext.RequestAborted) is not { Status: EmployerVerification.Verified })
        {
            context.Result = Redirect(WaitingPage);
            return;
        }

        await next();
    }
}
