using System.Diagnostics;
using MediatR;
using Microsoft.Extensions.Logging;

namespace Training.BuildingBlocks.Messaging;

/// <summary>Logs each request's name, outcome and elapsed time; never its content, which may hold personal data.</summary>
internal sealed partial class LoggingBehavior<TRequest, TResponse>(ILogger<LoggingBehavior<TRequest, TResponse>> logger)
    : IPipelineBehavior<TRequest, TResponse>
{
    public async Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            var response = await next();
            Handled(logger, typeof(TRequest).Name, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            return response;
        }
        catch (Exception e)
        {
            Failed(logger, typeof(TRequest).Name, Stopwatch.GetElapsedTime(started).TotalMilliseconds, e.GetType().Name);
            throw;
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "{Request} handled in {ElapsedMs:0.0} ms")]
    private static partial void Handled(ILogger logger, string request, double elapsedMs);

    [LoggerMessage(Level = LogLevel.Information, Message = "{Request} refused after {ElapsedMs:0.0} ms: {Error}")]
    private static partial void Failed(ILogger logger, string request, double elapsedMs, string error);
}
