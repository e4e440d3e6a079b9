using System.Reflection;

namespace Training.ArchitectureTests.Rules;

/// <summary>
/// The methods Marten rebuilds an aggregate with: declared on a type in a module assembly, taking
/// exactly one parameter (the event, of another type) and returning the declaring type; named
/// <c>Create</c> and static, or named <c>Apply</c> and on the instance. Matched at any visibility,
/// because Marten silently skips the ones that are not public.
/// </summary>
internal static class AggregateMethods
{
    private const BindingFlags Declared =
        BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static | BindingFlags.Instance | BindingFlags.DeclaredOnly;

    public static IEnumerable<MethodInfo> In(IEnumerable<Assembly> assemblies) =>
        assemblies
            .Where(a => ModuleNaming.IsModule(a.GetName().Name!))
            .SelectMany(a => a.GetTypes())
            .SelectMany(type => type.GetMethods(Declared).Where(method => IsAggregateMethod(type, method)));

    public static Type EventOf(MethodInfo method) => method.GetParameters()[0].ParameterType;

    private static bool IsAggregateMethod(Type type, MethodInfo method) =>
        method.ReturnType == type
        && method.GetParameters() is [var only] && only.ParameterType != type
        && ((method.Name == "Create" && method.IsStatic) || (method.Name == "Apply" && !method.IsStatic));
}
