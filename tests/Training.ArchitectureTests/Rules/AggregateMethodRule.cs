using System.Reflection;

namespace Training.ArchitectureTests.Rules;

/// <summary>Rule 4: an aggregate's <c>Create</c> and <c>Apply</c> methods are public.</summary>
internal static class AggregateMethodRule
{
    public static RuleResult Check(IEnumerable<Assembly> assemblies)
    {
        var methods = AggregateMethods.In(assemblies).ToList();
        var violations = methods
            .Where(method => !method.IsPublic)
            .Select(method => $"{method.DeclaringType!.FullName}.{method.Name}({AggregateMethods.EventOf(method).Name}) is not public")
            .ToList();
        return new(methods.Count, violations);
    }
}
