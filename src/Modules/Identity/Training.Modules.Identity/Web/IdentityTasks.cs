using Marten;
using Microsoft.Extensions.Localization;
using Training.BuildingBlocks.Security;
using Training.BuildingBlocks.Web;
using Training.Modules.Identity.Contracts;
using Training.Modules.Identity.Employers;

namespace Training.Modules.Identity.Web;

/// <summary>Platform admins verify the employers who registered: until then an employer can do nothing.</summary>
internal sealed class IdentityTasks(IQuerySession session, ICurrentUser user, IStringLocalizer<IdentityResource> text) : ITaskContributor
{
    public async Task<IReadOnlyList<PersonalTask>> TasksAsync(CancellationToken cancellationToken)
    {
        if (!user.IsInRole(Roles.PlatformAdmin))
        {
            return [];
        }

        var pending = await session.Query<Employer>().Where(e => e.Status == EmployerVerification.Pending).Select(e => e.RegisteredAt).ToListAsync(cancellationToken);
        return pending.Count == 0
            ? []
            : [new("identity.employers-to-verify", text["Tasks.EmployersToVerify", pending.Count], "/admin/employers", pending.Count, pending.Min())];
    }
}
