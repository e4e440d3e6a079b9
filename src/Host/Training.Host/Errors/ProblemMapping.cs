using System.Text.Json;
using FluentValidation;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Training.BuildingBlocks.Errors;
using Training.BuildingBlocks.Idempotency;
using Training.BuildingBlocks.Text;
using Training.Host.Web;

namespace Training.Host.Errors;

/// <summary>
/// Turns every exception into RFC 9457 problem details with the right status. Only the
/// catch-all 500 hides its cause: a client never sees a stack trace.
/// </summary>
internal sealed partial class ProblemMapping(IProblemDetailsService problems, ILogger<ProblemMapping> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var problem = exception switch
        {
            ValidationException e => Validation(e),
            ControlCharactersRefused e => RefusedText(e.Field),
            BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge } => Coded(StatusCodes.Status413PayloadTooLarge, "request.too-large"),
            BadHttpRequestException { InnerException: JsonException json } => BadRequests.Json(json),
            BadHttpRequestException e => BadRequests.Binding(e),
            JsonException e => BadRequests.Json(e),
            InvalidDataException => Problem(StatusCodes.Status400BadRequest, "Bad request", "The form could not be read."),
            NotFound e => Problem(StatusCodes.Status404NotFound, "Not found", $"The {e.What} was not found."),
            IdempotencyKeyRefused e => Translated(httpContext, e.Status, e.Code),
            RuleBroken { IsConflict: true } e => Coded(StatusCodes.Status409Conflict, e.Code),
            RuleBroken e => Coded(StatusCodes.Status400BadRequest, e.Code),
            _ when Conflicts.IsDuplicate(exception) => Problem(StatusCodes.Status409Conflict, "Conflict", "This record already exists."),
            _ when Conflicts.IsConflict(exception)
                => Problem(StatusCodes.Status409Conflict, "Conflict", "Someone else changed this record at the same time. Reload and try again."),
            _ => null,
        };

        if (problem is null)
        {
            Unhandled(logger, httpContext.Request.Path, exception);
            problem = Problem(StatusCodes.Status500InternalServerError, "Unexpected error", "Something went wrong on our side. It has been logged.");
        }

        httpContext.Response.StatusCode = problem.Status!.Value;
        return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = httpContext, ProblemDetails = problem, Exception = exception });
    }

    private static ValidationProblemDetails Validation(ValidationException e)
    {
        var errors = e.Errors
            .GroupBy(f => JsonNamingPolicy.CamelCase.ConvertName(f.PropertyName))
            .ToDictionary(g => g.Key, g => g.Select(f => f.ErrorMessage).Distinct().ToArray());
        return new ValidationProblemDetails(errors)
        {
            Status = StatusCodes.Status400BadRequest,
            Title = "Invalid input",
            Detail = "Some fields are missing or not valid.",
        };
    }

    public static ValidationProblemDetails RefusedText(string field) =>
        new(new Dictionary<string, string[]> { [field] = [ControlCharacters.Message] })
        {
            Status = StatusCodes.Status400BadRequest,
            Title = "Invalid input",
            Detail = ControlCharacters.Message,
            Extensions = { ["code"] = ControlCharacters.Code },
        };

    private static ProblemDetails Coded(int status, string code) => new()
    {
        Status = status,
        Title = status switch
        {
            StatusCodes.Status409Conflict => "Conflict",
            StatusCodes.Status413PayloadTooLarge => Titles.For(status),
            _ => "Refused",
        },
        Detail = code,
        Extensions = { ["code"] = code },
    };

    // The shell's texts, in the caller's language: these refusals belong to no module.
    private static ProblemDetails Translated(HttpContext httpContext, int status, string code) => new()
    {
        Status = status,
        Title = Titles.For(status),
        Detail = httpContext.RequestServices.GetRequiredService<IStringLocalizer<SharedResource>>()[$"Error.{code}"],
        Extensions = { ["code"] = code },
    };

    public static ProblemDetails Problem(int status, string title, string detail) => new() { Status = status, Title = title, Detail = detail };

    [LoggerMessage(Level = LogLevel.Error, Message = "Unhandled error on {Path}")]
    private static partial void Unhandled(ILogger logger, PathString path, Exception error);
}

internal static class Titles
{
    public static string For(int status) => status switch
    {
        StatusCodes.Status400BadRequest => "Bad request",
        StatusCodes.Status404NotFound => "Not found",
        StatusCodes.Status413PayloadTooLarge => "Request too large",
        StatusCodes.Status415UnsupportedMediaType => "Unsupported media type",
        _ => "Request refused",
    };
}
