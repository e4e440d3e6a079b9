using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Training.BuildingBlocks.Errors;

namespace Training.BuildingBlocks.Web;

/// <summary>
/// A page whose forms send MediatR requests. Whatever a handler refuses is shown beside its form, in
/// the reader's language (<typeparamref name="TTexts"/>), with a 4xx status: never as an error page.
/// </summary>
public abstract class FormPageModel<TTexts>(IMediator mediator, TTexts errors) : PageModel
    where TTexts : IRefusalTexts
{
    /// <summary>What the last post did, shown once after its redirect.</summary>
    [TempData]
    public string? Done { get; set; }

    protected IMediator Mediator => mediator;

    protected TTexts Errors => errors;

    /// <summary>Sends a request; a refusal is keyed <paramref name="form"/> and shown beside that form.</summary>
    protected Task<(bool Ok, T Result)> SendAsync<T>(string form, string kind, IRequest<T> request) =>
        TryAsync(form, kind, ct => mediator.Send(request, ct));

    /// <summary>Runs <paramref name="send"/>; a refusal is keyed <paramref name="form"/> and shown beside that form.</summary>
    protected async Task<(bool Ok, T Result)> TryAsync<T>(string form, string kind, Func<CancellationToken, Task<T>> send)
    {
        try
        {
            return (true, await send(HttpContext.RequestAborted));
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
