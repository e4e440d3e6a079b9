using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Training.BuildingBlocks.Errors;

namespace Training.Modules.Identity.Web;

/// <summary>
/// A page whose forms send MediatR requests. Whatever a handler refuses is shown beside its
/// field or on the form, in the reader's language, with a 4xx status: never as an error page.
/// </summary>
internal abstract class FormPageModel(IMediator mediator, ErrorTexts errors) : PageModel
{
    // Rule codes about one field are shown beside it; the others on the whole form.
    private static readonly Dictionary<string, string> RuleFields = new(StringComparer.Ordinal)
    {
        ["learner.number-taken"] = "LearnerNumber",
        ["facility.code-taken"] = "Code",
        ["account.username-taken"] = "Username",
        ["employer.username-unavailable"] = "Username",
        ["secret.current-wrong"] = "Current",
        ["learner.transfer.facility-invalid"] = "ToFacilityId",
    };

    /// <summary>What the last post did, shown once after its redirect.</summary>
    [TempData]
    public string? Done { get; set; }

    protected IMediator Mediator => mediator;

    protected ErrorTexts Errors => errors;

    /// <summary>
    /// Sends what the form named <paramref name="form"/> asked for. Field messages are keyed
    /// <c>form.Field</c>, messages about the whole form by <c>form</c>.
    /// </summary>
    protected async Task<(bool Ok, T Result)> SendAsync<T>(string form, IRequest<T> request)
    {
        // Only the handlers validate: binding's own messages are neither needed nor translated.
        ModelState.Clear();
        try
        {
            return (true, await mediator.Send(request, HttpContext.RequestAborted));
        }
        catch (ValidationException e)
        {
            foreach (var failure in e.Errors)
            {
                ModelState.AddModelError($"{form}.{failure.PropertyName}", errors.For(failure));
            }

            Response.StatusCode = StatusCodes.Status400BadRequest;
        }
        catch (RuleBroken e)
        {
            ModelState.AddModelError(RuleFields.TryGetValue(e.Code, out var field) ? $"{form}.{field}" : form, errors.Rule(e.Code));
            Response.StatusCode = e.IsConflict ? StatusCodes.Status409Conflict : StatusCodes.Status400BadRequest;
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

    /// <summary>After a post: on success back to the page (post, redirect, get) saying what was done; otherwise the page again, reloaded, with its messages.</summary>
    protected async Task<IActionResult> AfterPostAsync(bool ok, string done, Func<Task> reload)
    {
        if (ok)
        {
            Done = done;
            return RedirectToPage();
        }

        await reload();
        return Page();
    }

    /// <summary>Shows a message on a whole form.</summary>
    protected void Refuse(string form, string message, int status)
    {
        ModelState.AddModelError(form, message);
        Response.StatusCode = status;
    }
}
