using System.Reflection;
using Training.BuildingBlocks.Contracts;

namespace Training.ArchitectureTests.Rules;

/// <summary>
/// Rule 5: no two event types share a simple name, since Marten stores an event under its
/// snake_case class name. Events are the parameters of aggregate methods (domain events) and
/// the concrete <see cref="IIntegrationEvent"/> types (integration events).
/// </summary>
internal static class EventNameRule
{
    public static RuleResult Check(IEnumerable<Assembly> assemblies)
    {
        var modules = assemblies.Where(a => ModuleNaming.IsModule(a.GetName().Name!)).ToList();
        var domainEvents = AggregateMethods.In(modules).Select(AggregateMethods.EventOf);
        var integrationEvents = modules
            .SelectMany(a => a.GetTypes())
            .Where(type => typeof(IIntegrationEvent).IsAssignableFrom(type) && !type.IsAbstract);
        var events = domainEvents.Concat(integrationEvents).Distinct().ToList();
        var violations = events
            .GroupBy(type => type.Name, StringComparer.Ordinal)
            .Where(sameName => sameName.Count() > 1)
            .Select(sameName => $"{sameName.Key} names {string.Join(" and ", sameName.Select(t => t.FullName).Order(StringComparer.Ordinal))}")
            .ToList();
        return new(events.Count, violations);
    }
}
