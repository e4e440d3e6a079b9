using System.Reflection;
using ArchUnitNET.Domain.Extensions;
using ArchUnitNET.Loader;
using Type = System.Type;

namespace Training.ArchitectureTests.Rules;

/// <summary>
/// Rule 3 (no cross-module commands): the requests a module's Contracts declare, which other modules
/// may send, are queries. None is a command (see <see cref="RequestTypes.IsCommand"/>), and the handler
/// that answers one writes nothing: it takes no writing Marten session or store and sends no command.
/// With the reference rule (another module's implementation is out of reach) a module can send
/// another module nothing but its queries. ArchUnitNET reads the IL, so a use inside a method counts too.
/// </summary>
internal static class QueryContractsRule
{
    private static readonly string[] Writers = ["Marten.IDocumentSession", "Marten.IDocumentOperations", "Marten.IDocumentStore"];

    public static RuleResult Check(IEnumerable<Assembly> assemblies)
    {
        var modules = assemblies.Where(a => ModuleNaming.IsModule(a.GetName().Name!)).ToList();
        var crossing = RequestTypes.Requests(modules).Where(IsInContracts).ToList();
        var commands = RequestTypes.Requests(modules).Where(RequestTypes.IsCommand).Select(t => t.FullName!).ToHashSet();
        var violations = crossing
            .Where(RequestTypes.IsCommand)
            .Select(request => $"{request.FullName} is a command in contracts")
            .Concat(WritingHandlers(modules, crossing, commands))
            .ToList();
        return new(crossing.Count, violations);
    }

    private static IEnumerable<string> WritingHandlers(List<Assembly> modules, List<Type> crossing, HashSet<string> commands)
    {
        var answering = RequestTypes.Handlers(modules)
            .SelectMany(handler => RequestTypes.RequestsAnsweredBy(handler).Intersect(crossing).Select(query => (handler, query)))
            .ToList();
        if (answering.Count == 0)
        {
            return [];
        }

        var architecture = new ArchLoader().LoadAssemblies([.. answering.Select(a => a.handler.Assembly).Distinct()]).Build();
        return answering.SelectMany(a => architecture.Types
            .Where(type => IsPartOf(type.FullName, a.handler.FullName!))
            .SelectMany(type => type.GetTypeDependencies())
            .Select(target => target.FullName)
            .Where(target => Writers.Contains(target) || commands.Contains(target))
            .Distinct()
            .Select(target => $"{a.handler.FullName} answers {a.query.FullName} and writes through {target}"));
    }

    /// <summary>The handler itself or a type the compiler nested in it (an async method's state machine, a lambda's closure).</summary>
    private static bool IsPartOf(string typeName, string handlerName) =>
        typeName == handlerName
        || typeName.StartsWith(handlerName + "+", StringComparison.Ordinal)
        || typeName.StartsWith(handlerName + "/", StringComparison.Ordinal);

    private static bool IsInContracts(Type type) => ModuleNaming.IsContracts(type.Assembly.GetName().Name!);
}
