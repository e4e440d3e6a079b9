using System.Reflection;
using MediatR;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Training.BuildingBlocks.Contracts;
using Training.BuildingBlocks.Demo;
using Training.BuildingBlocks.Modules;
using Training.BuildingBlocks.Web;

namespace Training.ArchitectureTests.Rules;

/// <summary>
/// Rule 7: one module shape. In module M (<c>Training.Modules.M</c>) the types of a role live under the same
/// namespace, so the same folder, in every module: demo data in <c>M.Demo</c>, integration-event handlers in
/// <c>M.Inbox</c>, Hangfire jobs in <c>M.Scheduling</c>, pages in <c>M.Pages</c> (the area's <c>Pages</c>
/// folder), and the refusal texts are <c>M.Web.MErrorTexts</c>.
/// </summary>
internal static class ModuleShapeRule
{
    private sealed record Role(string Name, string Folder, Func<Type, bool> Plays);

    private static readonly Role[] Roles =
    [
        new("demo data", "Demo", type => typeof(DemoSeeding).IsAssignableFrom(type)),
        new("an integration-event handler", "Inbox", HandlesIntegrationEvents),
        new("a job", "Scheduling", IsJob),
        new("a page", "Pages", type => typeof(PageModel).IsAssignableFrom(type) && !type.IsAbstract),
    ];

    public static RuleResult Check(IEnumerable<Assembly> assemblies)
    {
        var types = assemblies
            .Where(a => ModuleNaming.IsImplementation(a.GetName().Name!))
            .SelectMany(a => a.GetTypes().Select(type => (Module: ModuleNaming.ModuleOf(a.GetName().Name!)!, Type: type)))
            .ToList();
        var examined = 0;
        var violations = new List<string>();
        foreach (var (module, type) in types)
        {
            var root = $"Training.Modules.{module}";
            foreach (var role in Roles.Where(role => role.Plays(type)))
            {
                examined++;
                if (!ModuleNaming.IsUnder(type.Namespace ?? "", $"{root}.{role.Folder}"))
                {
                    violations.Add($"{type.FullName} is {role.Name} outside {root}.{role.Folder}");
                }
            }

            if (typeof(IRefusalTexts).IsAssignableFrom(type))
            {
                examined++;
                var texts = $"{root}.Web.{module}ErrorTexts";
                if (type.FullName != texts)
                {
                    violations.Add($"{type.FullName} holds the module's refusal texts but is not named {texts}");
                }
            }
        }

        return new(examined, violations);
    }

    private static bool HandlesIntegrationEvents(Type type) =>
        type.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(INotificationHandler<>)
            && typeof(IIntegrationEvent).IsAssignableFrom(i.GetGenericArguments()[0]));

    /// <summary>
    /// Hangfire activates jobs by type, so they are the public classes of a module's implementation
    /// besides its entry point: the visibility rule lets nothing else be public.
    /// </summary>
    private static bool IsJob(Type type) =>
        type.IsClass && type.IsVisible && !typeof(IModule).IsAssignableFrom(type);
}
