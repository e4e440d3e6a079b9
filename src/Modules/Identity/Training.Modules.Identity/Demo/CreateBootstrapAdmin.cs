using Marten;
using MediatR;
using Training.BuildingBlocks.Messaging;
using Training.BuildingBlocks.Security;
using Training.Modules.Identity.Accounts;

namespace Training.Modules.Identity.Demo;

/// <summary>The first platform admin of a real deployment, from configuration; only while no platform admin exists.</summary>
internal sealed record CreateBootstrapAdmin(string Username, string Password) : ICommand<Unit>;

internal sealed class CreateBootstrapAdminHandler(IDocumentSession session, Secrets secrets, TimeProvider clock) : IRequestHandler<CreateBootstrapAdmin, Unit>
{
    public async Task<Unit> Handle(CreateBootstrapAdmin command, CancellationToken cancellationToken)
    {
        if (!await session.Query<Account>().AnyAsync(a => a.Role == Roles.PlatformAdmin, cancellationToken))
        {
            await Accounts.Accounts.CreateAsync(
                session, secrets, command.Username, command.Password, command.Username, Roles.PlatformAdmin, null, null, null, clock.GetUtcNow(), cancellationToken);
        }

        return Unit.Value;
    }
}
