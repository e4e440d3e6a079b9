using MediatR;
using Training.BuildingBlocks.Contracts;
using Training.BuildingBlocks.Modules;

namespace Training.BuildingBlocks.Relay;

/// <summary>One handler of one module for one integration event type.</summary>
internal sealed record HandlerRoute(Type EventType, Type HandlerType)
{
    /// <summary>
    /// The integration event handlers that belong to a module: those in its assembly whose
    /// namespace is the module's own (so that several small modules can share a test assembly).
    /// </summary>
    public static IReadOnlyList<HandlerRoute> Of(IModule module)
    {
        var moduleType = module.GetType();
        var prefix = moduleType.Namespace + ".";
        return [.. moduleType.Assembly.GetTypes()
            .Where(t => t is { IsClass: true, IsAbstract: false }
                && (t.Namespace == moduleType.Namespace || (t.Namespace ?? "").StartsWith(prefix, StringComparison.Ordinal)))
            .SelectMany(t => t.GetInterfaces()
                .Where(i => i.IsGenericType
                    && i.GetGenericTypeDefinition() == typeof(INotificationHandler<>)
                    && typeof(IIntegrationEvent).IsAssignableFrom(i.GetGenericArguments()[0]))
                .Select(i => new HandlerRoute(i.GetGenericArguments()[0], t)))
            .OrderBy(r => r.HandlerType.FullName, StringComparer.Ordinal)];
    }
}
