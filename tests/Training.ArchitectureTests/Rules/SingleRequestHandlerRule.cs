using System.Reflection;

namespace Training.ArchitectureTests.Rules;

/// <summary>One use case, one handler: a request handler answers exactly one request type.</summary>
internal static class SingleRequestHandlerRule
{
    public static RuleResult Check(IEnumerable<Assembly> assemblies)
    {
        var handlers = RequestTypes.Handlers(assemblies).ToList();
        var violations = handlers
            .Select(handler => (handler, requests: RequestTypes.RequestsAnsweredBy(handler).Select(r => r.Name).Order(StringComparer.Ordinal).ToList()))
            .Where(h => h.requests.Count > 1)
            .Select(h => $"{h.handler.FullName} answers {string.Join(" and ", h.requests)}")
            .ToList();
        return new(handlers.Count, violations);
    }
}
