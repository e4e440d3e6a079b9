using Marten;
using Marten.Patching;
using MediatR;
using Training.BuildingBlocks.Messaging;

namespace Training.Modules.Identity.Access;

/// <summary>A session was used: its idle time starts again (see <see cref="SessionValidator"/>).</summary>
internal sealed record NoteSessionSeen(Guid SessionId, DateTimeOffset At) : ICommand<Unit>;

internal sealed class NoteSessionSeenHandler(IDocumentSession session) : IRequestHandler<NoteSessionSeen, Unit>
{
    public Task<Unit> Handle(NoteSessionSeen command, CancellationToken cancellationToken)
    {
        session.Patch<UserSession>(command.SessionId).Set(s => s.LastSeenAt, command.At);
        return Task.FromResult(Unit.Value);
    }
}
