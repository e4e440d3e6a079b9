using MediatR;
using Microsoft.Extensions.DependencyInjection;

namespace Training.BuildingBlocks.Relay;

/// <summary>Calls a handler through its typed interface: reflection once per event type, no dynamic binding.</summary>
internal abstract class HandlerInvoker
{
    public abstract Task InvokeAsync(IServiceProvider services, Type handlerType, object integrationEvent, CancellationToken cancellationToken);

    public static HandlerInvoker For(Type eventType) =>
        (HandlerInvoker)Activator.CreateInstance(typeof(HandlerInvoker<>).MakeGenericType(eventType))!;
}

internal sealed class HandlerInvoker<TEvent> : HandlerInvoker
    where TEvent : INotification
{
    public override Task InvokeAsync(IServiceProvider services, Type handlerType, object integrationEvent, CancellationToken cancellationToken)
    {
        var handler = (INotificationHandler<TEvent>)ActivatorUtilities.CreateInstance(services, handlerType);
        return handler.Handle((TEvent)integrationEvent, cancellationToken);
    }
}
