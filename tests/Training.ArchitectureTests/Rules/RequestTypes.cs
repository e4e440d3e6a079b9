using System.Reflection;
using MediatR;
using Training.BuildingBlocks.Messaging;

namespace Training.ArchitectureTests.Rules;

/// <summary>The MediatR requests and request handlers declared in module assemblies.</summary>
internal static class RequestTypes
{
    public static IEnumerable<Type> Requests(IEnumerable<Assembly> assemblies) =>
        ModuleTypes(assemblies).Where(type => Implementations(type, typeof(IRequest<>)).Any());

    public static IEnumerable<Type> Handlers(IEnumerable<Assembly> assemblies) =>
        ModuleTypes(assemblies).Where(type => RequestsAnsweredBy(type).Any());

    /// <summary>The request types a handler answers, one per <c>IRequestHandler&lt;TRequest, TResponse&gt;</c> it implements.</summary>
    public static IEnumerable<Type> RequestsAnsweredBy(Type handler) =>
        Implementations(handler, typeof(IRequestHandler<,>)).Select(i => i.GetGenericArguments()[0]).Distinct();

    /// <summary>
    /// A command changes state: it is an <see cref="ICommand{TResponse}"/>, which the unit-of-work
    /// behaviour commits, or it answers nothing (MediatR's <see cref="IRequest"/>), as no query does.
    /// </summary>
    public static bool IsCommand(Type request) =>
        Implementations(request, typeof(ICommand<>)).Any() || typeof(IRequest<Unit>).IsAssignableFrom(request);

    private static IEnumerable<Type> ModuleTypes(IEnumerable<Assembly> assemblies) =>
        assemblies
            .Where(a => ModuleNaming.IsModule(a.GetName().Name!))
            .SelectMany(a => a.GetTypes())
            .Where(type => type is { IsAbstract: false, IsGenericTypeDefinition: false });

    private static IEnumerable<Type> Implementations(Type type, Type genericInterface) =>
        type.GetInterfaces().Where(i => i.IsGenericType && i.GetGenericTypeDefinition() == genericInterface);
}
