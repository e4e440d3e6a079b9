using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Training.BuildingBlocks.Errors;

namespace Training.BuildingBlocks.Web;

/// <summary>
/// A module's page whose forms send MediatR requests: the one base for every such page. Whatever a
/// handler refuses is shown beside its field or form, in the reader's language (<typeparamref name="TTexts"/>),
/// with the status the API would answer: never as an error page.
/// </summary>
public abstract class FormPageModel<TTexts>(IMediator mediator, TTexts errors) : ReadPageModel(mediator)
    where TTexts : IRefusalTexts
{
    /// <summary>What the last post did, shown once after its redirect.</summary>
    [TempData]
    public string? Done { get; set; }

    protected TTexts Errors => errors;

    /// <summary>Sends what the form named <paramref name="form"/> asked for; refusals are keyed <c>form.Field</c>, or <c>form</c> for the whole form.</summary>
    protected Task<(bool Ok, T Result)> SendAsync<T>(string form, IRequest<T> request) => SendAsync(form, form, request);

    /// <summary>
    /// Sends a request of the form <paramref name="kind"/> (which names its texts) shown under the key
    /// <paramref name="form"/>, e.g. one row's form among many of the same kind.
    /// </summary>
    protected Task<(bool Ok, T Result)> SendAsync<T>(string form, string kind, IRequest<T> request) =>
        TryAsync(form, kind, ct => Mediator.Send(request, ct));

    /// <summary>Runs <paramref name="send"/>; a refusal is keyed <paramref name="form"/> and shown beside that form.</summary>
    protected async Task<(bool Ok, T Result)> TryAsync<T>(string form, string kind, Func<CancellationToken, Task<T>> send)
    {
        // Only the handlers validate: binding's own messages are neither needed nor translated.
        ModelState.Clear();
        try
        {
            return (true, await send(HttpContext.RequestAborted));
        }
        catch (ValidationException e)
        {
            foreach (var refusal in errors.Invalid(kind, e))
            {
                ModelState.AddModelError(refusal.Field is null ? form : $"{form}.{refusal.Field}", refusal.Message);
            }

            Response.StatusCode = StatusCodes.Status400BadRequest;
        }
        catch (RuleBroken e)
        {
            var field = errors.FieldOf(e.Code);
            Refuse(field is null ? form : $"{form}.{field}", errors.Rule(e.Code), e.IsConflict ? StatusCodes.Status409Conflict : StatusCodes.Status400BadRequest);
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

    /// <summary>Shows a message on a whole form (or, keyed <c>form.Field</c>, beside a field) with the status it deserves.</summary>
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

    /// <summary>After a post: on success back to the page (post, redirect, get) saying what was done; otherwise the page again, reloaded, with its messages.</summary>
    protected async Task<IActionResult> AfterPostAsync(bool ok, string done, Func<Task> reload)
    {
        if (ok)
        {
            return Succeeded(done);
        }

        await reload();
        return Page();
    }
}
