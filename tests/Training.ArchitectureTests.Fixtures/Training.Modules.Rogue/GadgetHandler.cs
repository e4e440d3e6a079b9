using Marten;
using MediatR;
using Training.Modules.Rogue.Contracts;

namespace Training.Modules.Rogue;

/// <summary>Breaks the rules on purpose: one handler answers two requests, answers a query other
/// modules send through a writing session, and shares its file with a second handler.</summary>
internal sealed class GadgetHandler(IDocumentSession session) : IRequestHandler<CountGadgets, int>, IRequestHandler<RetireGadget, Unit>
{
    public Task<int> Handle(CountGadgets request, CancellationToken cancellationToken) =>
        session.Query<Gadget>().CountAsync(cancellationToken);

    public Task<Unit> Handle(RetireGadget request, CancellationToken cancellationToken)
    {
        session.Delete<Gadget>(request.GadgetId);
        return Unit.Task;
    }
}

internal sealed record RenameGadget(Guid GadgetId, string Name) : IRequest;

internal sealed class RenameGadgetHandler(IDocumentSession session) : IRequestHandler<RenameGadget, Unit>
{
    public Task<Unit> Handle(RenameGadget request, CancellationToken cancellationToken)
    {
        session.Events.Append(request.GadgetId, new GadgetRenamed(request.GadgetId, request.Name));
        return Unit.Task;
    }
}
