using Marten;
using Microsoft.Extensions.Localization;
using Training.BuildingBlocks.Security;
using Training.BuildingBlocks.Web;
using Training.Modules.Certificates.Certificates;
using Training.Modules.Certificates.Contracts;

namespace Training.Modules.Certificates.Web;

/// <summary>A learner's certificate issued in the last weeks is news worth showing first: she may want to print or share it.</summary>
internal sealed class CertificatesTasks(IQuerySession session, ICurrentUser user, TimeProvider clock, IStringLocalizer<CertificatesResource> text) : ITaskContributor
{
    private static readonly TimeSpan New = TimeSpan.FromDays(30);

    public async Task<IReadOnlyList<PersonalTask>> TasksAsync(CancellationToken cancellationToken)
    {
        if (!user.IsInRole(Roles.Learner) || user.Id is not { } learnerId)
        {
            return [];
        }

        var since = clock.GetUtcNow() - New;
        var today = CertificateCalendar.Today(clock);
        var certificates = await session.Query<Certificate>().Where(c => c.LearnerId == learnerId).ToListAsync(cancellationToken);
        return
        [
            .. certificates
                .Where(c => c.IssuedAt >= since && c.StatusOn(today) == CertificateStatus.Valid)
                .OrderByDescending(c => c.IssuedAt)
                .Select(c => new PersonalTask("certificates.new", text["Tasks.NewCertificate", c.CourseTitle], $"/certificates#certificate-{c.Id}", 1, null)),
        ];
    }
}
