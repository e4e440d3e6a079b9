using Marten;

namespace Training.Modules.Rogue;

/// <summary>Breaks the rules on purpose: a handler-like type that commits its session by itself.</summary>
internal sealed class GadgetArchive(IDocumentSession session)
{
    public async Task ArchiveAsync(Gadget gadget, CancellationToken cancellationToken)
    {
        session.Store(gadget);
        await session.SaveChangesAsync(cancellationToken);
    }
}
