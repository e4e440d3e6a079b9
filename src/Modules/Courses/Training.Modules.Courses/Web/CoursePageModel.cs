using System.Text.RegularExpressions;
using FluentValidation;
using JasperFx;
using JasperFx.Events;
using MediatR;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Training.BuildingBlocks.Errors;

namespace Training.Modules.Courses.Web;

/// <summary>
/// A Courses page whose forms send MediatR requests. Whatever a handler refuses is shown on the
/// page, in the reader's language, with a 4xx status: never as an error page.
/// </summary>
internal abstract partial class CoursePageModel(IMediator mediator, CourseErrorTexts errors) : PageModel
{
    /// <summary>What the last post did, shown once after its redirect.</summary>
    [TempData]
    public string? Done { get; set; }

    protected IMediator Mediator => mediator;

    protected CourseErrorTexts Errors => errors;

    /// <summary>Sends a request; refusals are keyed <c>form.Field</c>, or <c>form</c> for the whole form.</summary>
    protected async Task<(bool Ok, T Result)> SendAsync<T>(string form, IRequest<T> request)
    {
        ModelState.Clear();
        try
        {
            return (true, await mediator.Send(request, HttpContext.RequestAborted));
        }
        catch (ValidationException e)
        {
            foreach (var failure in e.Errors)
            {
                // A refused item of a list of plain values (a date, a criterion) is shown beside the list.
                ModelState.AddModelError($"{form}.{TrailingIndex().Replace(failure.PropertyName, "")}", errors.For(failure));
            }

            Response.StatusCode = StatusCodes.Status400BadRequest;
        }
        catch (RuleBroken e)
        {
            Refuse(form, errors.Rule(e.Code), e.IsConflict ? StatusCodes.Status409Conflict : StatusCodes.Status400BadRequest);
        }
        catch (NotFound e)
        {
            Refuse(form, errors.NotFound(e.What), StatusCodes.Status404NotFound);
        }
        catch (Exception e) when (IsConflict(e))
        {
            Refuse(form, errors.Conflict(), StatusCodes.Status409Conflict);
        }

        return (false, default!);
    }

    /// <summary>Loads what a page shows; a record the reader may not see is simply not there.</summary>
    protected async Task<T?> FindAsync<T>(IRequest<T> query)
        where T : class
    {
        try
        {
            return await mediator.Send(query, HttpContext.RequestAborted);
        }
        catch (NotFound)
        {
            return null;
        }
        catch (ValidationException)
        {
            return null;
        }
    }

    protected void Refuse(string form, string message, int status)
    {
        ModelState.AddModelError(form, message);
        Response.StatusCode = status;
    }

    private static bool IsConflict(Exception? exception)
    {
        for (; exception is not null; exception = exception.InnerException)
        {
            if (exception is ConcurrencyException or EventStreamUnexpectedMaxEventIdException)
            {
                return true;
            }
        }

        return false;
    }

    [GeneratedRegex(@"\[[0-9]+\]$")]
    private static partial Regex TrailingIndex();
}
