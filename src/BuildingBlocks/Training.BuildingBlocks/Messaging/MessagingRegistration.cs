using System.Reflection;
using FluentValidation;
using MediatR;
using Microsoft.Extensions.DependencyInjection;
using Training.BuildingBlocks.Idempotency;

namespace Training.BuildingBlocks.Messaging;

public static class MessagingRegistration
{
    /// <summary>
    /// Registers MediatR, the pipeline and every request handler and validator of the given assemblies
    /// (internal ones too). Integration event handlers are left out on purpose: only the relay calls
    /// them, through each module's inbox, so a <c>Publish</c> through the mediator reaches none of them.
    /// </summary>
    public static IServiceCollection AddMessaging(this IServiceCollection services, IReadOnlyCollection<Assembly> assemblies)
    {
        // Scoped: handlers take the scoped Marten session.
        services.AddScoped<ServiceFactory>(sp => sp.GetService!);
        services.AddScoped<IMediator, Mediator>();
        services.AddScoped<CommandScope>();
        services.Scan(scan => scan.FromAssemblies(assemblies)
            .AddClasses(c => c.AssignableTo(typeof(IRequestHandler<,>)), publicOnly: false).AsImplementedInterfaces().WithTransientLifetime()
            .AddClasses(c => c.AssignableTo(typeof(IValidator<>)), publicOnly: false).AsImplementedInterfaces().WithTransientLifetime());

        // The first registered is the outermost: log everything, validate before committing, and
        // around each commit the one retry of a lost race.
        services.AddTransient(typeof(IPipelineBehavior<,>), typeof(LoggingBehavior<,>));
        services.AddTransient(typeof(IPipelineBehavior<,>), typeof(ValidationBehavior<,>));
        services.AddTransient(typeof(IPipelineBehavior<,>), typeof(ConflictRetryBehavior<,>));
        services.AddTransient(typeof(IPipelineBehavior<,>), typeof(UnitOfWorkBehavior<,>));

        // Inside the unit of work: a creating command's idempotency key commits with its effect.
        services.AddTransient(typeof(IPipelineBehavior<,>), typeof(IdempotencyBehavior<,>));
        services.AddIdempotencyKeys();
        return services;
    }
}
