using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Training.BuildingBlocks.Errors;

namespace Training.BuildingBlocks.Web;

/// <summary>
/// A module's page that only shows what MediatR queries answer. A page with forms is a
/// <see cref="FormPageModel{TTexts}"/>, which is one of these too; an architecture rule keeps every
/// module page on one of the two.
/// </summary>
public abstract class ReadPageModel(IMediator mediator) : PageModel
{
    protected IMediator Mediator => mediator;

    /// <summary>Loads what a page shows; a record the reader may not see, or an id that names none, is simply not there.</summary>
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
}
