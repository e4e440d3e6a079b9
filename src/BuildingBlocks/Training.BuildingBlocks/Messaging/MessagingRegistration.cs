using System.Reflection;
using FluentValidation;
using MediatR;
using Microsoft.Extensions.DependencyInjection;
using Training.BuildingBlocks.Idempotency;

namespace Training.BuildingBlocks.Messaging;

public static class MessagingRegistration
{
    /// <summary>Registers MediatR, the pipeline and every handler and validator of the given assemblies (internal ones too).</summary>
    public static IServiceCollection AddMessaging(this IServiceCollection services, IReadOnlyCollection<Assembly> assemblies)
    {
        // Scoped: handlers take the scoped Marten session.
        services.AddScoped<ServiceFactory>(sp => sp.GetService!);
        services.AddScoped<IMediator, Mediator>();
        services.Scan(scan => scan.FromAssemblies(assemblies)
            .AddClasses(c => c.AssignableTo(typeof(IRequestHandler<,>)), publicOnly: false).AsImplementedInterfaces().WithTransientLifetime()
            .AddClasses(c => c.AssignableTo(typeof(INotificationHandler<>)), publicOnly: false).AsImplementedInterfaces().WithTransientLifetime()
            .AddClasses(c => c.AssignableTo(typeof(IValidator<>)), publicOnly: false).AsImplementedInterfaces().WithTransientLifetime());

        // The first registered is the outermost: log everything, validate before committing.
        services.AddTransient(typeof(IPipelineBehavior<,>), typeof(LoggingBehavior<,>));
        services.AddTransient(typeof(IPipelineBehavior<,>), typeof(ValidationBehavior<,>));
        services.AddTransient(typeof(IPipelineBehavior<,>), typeof(UnitOfWorkBehavior<,>));

        // Inside the unit of work: a creating command's idempotency key commits with its effect.
        services.AddTransient(typeof(IPipelineBehavior<,>), typeof(IdempotencyBehavior<,>));
        services.AddIdempotencyKeys();
        return services;
    }
}
