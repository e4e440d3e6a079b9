using System.Text.Json;
using FluentValidation;
using JasperFx;
using JasperFx.Events;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Training.BuildingBlocks.Errors;

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
            BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge } => Coded(StatusCodes.Status413PayloadTooLarge, "request.too-large"),
            BadHttpRequestException e => Problem(e.StatusCode, Titles.For(e.StatusCode), BadRequestDetail(e)),
            JsonException => Problem(StatusCodes.Status400BadRequest, "Malformed JSON", "The request body is not valid JSON for this endpoint."),
            NotFound e => Problem(StatusCodes.Status404NotFound, "Not found", $"The {e.What} was not found."),
            RuleBroken { IsConflict: true } e => Coded(StatusCodes.Status409Conflict, e.Code),
            RuleBroken e => Coded(StatusCodes.Status400BadRequest, e.Code),
            ConcurrencyException or EventStreamUnexpectedMaxEventIdException or DocumentAlreadyExistsException
                or ExistingStreamIdCollisionException or Marten.Exceptions.ExistingStreamIdCollisionException
                => Problem(StatusCodes.Status409Conflict, "Conflict", "Someone else changed this record at the same time. Reload and try again."),
            _ when IsUniqueViolation(exception) => Problem(StatusCodes.Status409Conflict, "Conflict", "This record already exists."),
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

    // A unique index caught a race that the handler's own check could not see.
    private static bool IsUniqueViolation(Exception? exception)
    {
        for (; exception is not null; exception = exception.InnerException)
        {
            if (exception is Npgsql.PostgresException { SqlState: Npgsql.PostgresErrorCodes.UniqueViolation })
            {
                return true;
            }
        }

        return false;
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

    private static string BadRequestDetail(BadHttpRequestException e) =>
        e.InnerException is JsonException json ? $"The request body is not valid JSON for this endpoint: {Trim(json.Message)}" : Trim(e.Message);

    // Framework messages may quote the input; keep them short.
    private static string Trim(string message) => message.Length > 300 ? message[..300] : message;

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

    private static ProblemDetails Problem(int status, string title, string detail) => new() { Status = status, Title = title, Detail = detail };

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
