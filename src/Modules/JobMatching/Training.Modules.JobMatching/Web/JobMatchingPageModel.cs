using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.DependencyInjection;
using Training.BuildingBlocks.Errors;
using Training.Modules.JobMatching.Search;

namespace Training.Modules.JobMatching.Web;

/// <summary>
/// A JobMatching page whose forms send MediatR requests. Whatever a handler refuses is shown beside
/// its form, in the reader's language, with a 4xx status: never as an error page.
/// </summary>
internal abstract class JobMatchingPageModel(IMediator mediator, JobMatchingErrorTexts errors) : PageModel
{
    /// <summary>What the last post did, shown once after its redirect.</summary>
    [TempData]
    public string? Done { get; set; }

    protected IMediator Mediator => mediator;

    protected JobMatchingErrorTexts Errors => errors;

    /// <summary>
    /// Sends a request; a refusal is keyed <paramref name="form"/> and shown beside that form. Requests
    /// that change a graduate's listing go through <see cref="RaceRetry"/> as the API sends them, so that a
    /// certificate arriving at that moment is never the learner's problem.
    /// </summary>
    protected async Task<(bool Ok, T Result)> SendAsync<T>(string form, string kind, IRequest<T> request, bool changesListing = false)
    {
        try
        {
            var ct = HttpContext.RequestAborted;
            return (true, changesListing
                ? await RaceRetry.SendAsync(HttpContext.RequestServices.GetRequiredService<IServiceScopeFactory>(), request, ct)
                : await mediator.Send(request, ct));
        }
        catch (ValidationException e)
        {
            Refuse(form, errors.Invalid(kind, e), StatusCodes.Status400BadRequest);
        }
        catch (RuleBroken e)
        {
            Refuse(form, errors.Rule(e.Code), e.IsConflict ? StatusCodes.Status409Conflict : StatusCodes.Status400BadRequest);
        }
        catch (NotFound e)
        {
            Refuse(form, errors.NotFound(e.What), StatusCodes.Status404NotFound);
        }
        catch (Exception e) when (Conflicts.IsConflict(e))
        {
            Refuse(form, errors.Conflict(), StatusCodes.Status409Conflict);
        }

        return (false, default!);
    }

    protected void Refuse(string form, string message, int status)
    {
        ModelState.AddModelError(form, message);
        Response.StatusCode = status;
    }

    /// <summary>Post, redirect, get: the page again, saying once what was done.</summary>
    protected IActionResult Succeeded(string done, object? route = null)
    {
        Done = done;
        return RedirectToPage(route);
    }
}
