using MediatR;
using Microsoft.Extensions.Localization;
using Training.BuildingBlocks.Relay;
using Training.BuildingBlocks.Security;
using Training.BuildingBlocks.Web;

namespace Training.Host.Web;

/// <summary>A parked integration event means a module missed something (a certificate not issued, a listing not updated): admins look first.</summary>
internal sealed class DeadLetterTasks(IMediator mediator, ICurrentUser user, IStringLocalizer<SharedResource> text) : ITaskContributor
{
    public async Task<IReadOnlyList<PersonalTask>> TasksAsync(CancellationToken cancellationToken)
    {
        if (!user.IsInRole(Roles.PlatformAdmin))
        {
            return [];
        }

        var letters = await mediator.Send(new ListDeadLetters(), cancellationToken);
        return letters.Count == 0
            ? []
            : [new("relay.dead-letters", text["Tasks.DeadLetters", letters.Count], "/admin/dead-letters", letters.Count, letters.Min(l => l.FailedAt))];
    }
}
