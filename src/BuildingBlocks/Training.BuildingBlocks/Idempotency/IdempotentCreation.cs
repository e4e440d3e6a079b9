using System.Text.RegularExpressions;
using Marten;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Training.BuildingBlocks.Idempotency;

/// <summary>
/// A creating endpoint takes an <c>Idempotency-Key</c> header: a retried request with the same key and
/// the same command gets the first answer instead of a second resource (see <see cref="IdempotencyBehavior{TRequest, TResponse}"/>).
/// </summary>
public static partial class IdempotentCreation
{
    public const string Header = "Idempotency-Key";

    public const string Schema = "idempotency";

    public const string InvalidCode = "request.idempotency-key-invalid";

    public const string ReusedCode = "request.idempotency-key-reused";

    /// <summary>How long a key is honoured at least; the hourly purge forgets it after that.</summary>
    public static readonly TimeSpan KeptFor = TimeSpan.FromHours(24);

    /// <summary>Marks an endpoint whose command creates something: it honours the header and the API description names it.</summary>
    public static RouteHandlerBuilder CreatesResource(this RouteHandlerBuilder route) => route
        .WithMetadata(CreatesResourceMetadata.Instance)
        .AddEndpointFilter<IdempotencyFilter>();

    public static bool IsWellFormed(string? key) => key is not null && KeyPattern().IsMatch(key);

    /// <summary>The keys' table, in its own schema; registered with the messaging pipeline that writes it.</summary>
    internal static IServiceCollection AddIdempotencyKeys(this IServiceCollection services) =>
        services.ConfigureMarten(options => options.Schema.For<IdempotencyRecord>().DatabaseSchemaName(Schema));

    [GeneratedRegex("^[A-Za-z0-9._:-]{8,128}$", RegexOptions.CultureInvariant)]
    private static partial Regex KeyPattern();
}

/// <summary>Endpoint metadata of a creating endpoint.</summary>
public sealed class CreatesResourceMetadata
{
    public static readonly CreatesResourceMetadata Instance = new();

    private CreatesResourceMetadata()
    {
    }
}

/// <summary>The key a request brought, scoped to who sent it; set by <see cref="IdempotencyFilter"/> on the request's features.</summary>
internal sealed record IdempotentRequest(string RecordId);

/// <summary>An <c>Idempotency-Key</c> that is malformed (400) or was used before with another command (422).</summary>
public sealed class IdempotencyKeyRefused(string code) : Exception(code)
{
    public string Code { get; } = code;

    public int Status => Code == IdempotentCreation.ReusedCode ? StatusCodes.Status422UnprocessableEntity : StatusCodes.Status400BadRequest;
}
