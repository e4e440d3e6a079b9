using System.Net;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.AspNetCore.Routing.Template;

namespace Training.SystemTests.Access;

/// <summary>
/// One endpoint of the host (method and route pattern, as routing spells them), the access each
/// caller should meet there, and how to call it with a body that is valid or at least harmless.
/// </summary>
public sealed record AccessRow(
    string Endpoint,
    IReadOnlyDictionary<Caller, Access> Expected,
    Func<AccessWorld, Task<HttpRequestMessage>> Request,
    bool RecordExists)
{
    private static readonly Uri Host = new("https://localhost");

    private static readonly Dictionary<string, Access> Cells = new(StringComparer.Ordinal)
    {
        ["ok"] = Access.Allowed,
        ["401"] = Access.SignInRequired,
        ["403"] = Access.Forbidden,
        ["404"] = Access.Hidden,
    };

    /// <param name="endpoint">"METHOD /route/pattern", for example "POST /api/learners/{id:guid}/transfer".</param>
    /// <param name="cells">One of ok, 401, 403, 404 per caller, in the order of <see cref="Caller"/>.</param>
    /// <param name="request">Builds the call; may first make a fresh record for it, so that no call changes what the next caller meets.</param>
    /// <param name="recordExists">False when the row calls with the id of a record that exists for nobody.</param>
    public static AccessRow Parse(string endpoint, string cells, Func<AccessWorld, Task<HttpRequestMessage>> request, bool recordExists)
    {
        var tokens = cells.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var callers = Enum.GetValues<Caller>();
        if (tokens.Length != callers.Length || tokens.Any(t => !Cells.ContainsKey(t)))
        {
            throw new ArgumentException($"The row {endpoint} needs one of ok, 401, 403, 404 for each of {string.Join(", ", callers)}: \"{cells}\"");
        }

        return new AccessRow(endpoint, callers.Zip(tokens).ToDictionary(p => p.First, p => Cells[p.Second]), request, recordExists);
    }

    public string Method => Endpoint[..Endpoint.IndexOf(' ', StringComparison.Ordinal)];

    public string Pattern => Endpoint[(Endpoint.IndexOf(' ', StringComparison.Ordinal) + 1)..];

    /// <summary>Whether a request goes where this row says (method and path; route constraints are left to routing).</summary>
    public bool Addresses(HttpRequestMessage request)
    {
        var matcher = new TemplateMatcher(new RouteTemplate(RoutePatternFactory.Parse(Pattern)), new RouteValueDictionary());
        return (Method == "*" || Method.Split('|').Contains(request.Method.Method)) && matcher.TryMatch(new Uri(Host, request.RequestUri!).AbsolutePath, new RouteValueDictionary());
    }

    /// <summary>
    /// Reads an answer as authorization's decision, or null when the answer is no decision at all.
    /// 401 and 403 are authorization's own answers, and so are the cookie handler's redirects of
    /// pages to the sign-in and access-denied pages. 404 is facility scoping hiding an existing
    /// record; when the row deliberately names an absent record, the endpoint ran and looked, so
    /// the call was allowed. Any other answer (2xx, or 400, 409 or 415 for a harmless body) comes
    /// from the endpoint, which only runs once authorization let the call through. A 405, 429 or
    /// 5xx says the row is broken, not who may call.
    /// </summary>
    public Access? Verdict(HttpResponseMessage response) => response.StatusCode switch
    {
        HttpStatusCode.Unauthorized => Access.SignInRequired,
        HttpStatusCode.Forbidden => Access.Forbidden,
        HttpStatusCode.Found when RedirectPath(response) == AccessWorld.SignInPage => Access.SignInRequired,
        HttpStatusCode.Found when RedirectPath(response) == AccessWorld.AccessDeniedPage => Access.Forbidden,
        HttpStatusCode.NotFound => RecordExists ? Access.Hidden : Access.Allowed,
        HttpStatusCode.MethodNotAllowed or HttpStatusCode.TooManyRequests => null,
        >= HttpStatusCode.InternalServerError => null,
        _ => Access.Allowed,
    };

    public override string ToString() => Endpoint;

    private static string? RedirectPath(HttpResponseMessage response) =>
        response.Headers.Location is not { } location ? null
        : location.IsAbsoluteUri ? location.AbsolutePath
        : location.OriginalString.Split('?')[0];
}
