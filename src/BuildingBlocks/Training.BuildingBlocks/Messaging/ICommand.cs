using MediatR;

namespace Training.BuildingBlocks.Messaging;

/// <summary>
/// A request that changes state. The unit-of-work behaviour commits the Marten session
/// once after its handler returns; queries are plain <see cref="IRequest{TResponse}"/>.
/// </summary>
public interface ICommand<out TResponse> : IRequest<TResponse>;
