using Marten;
using Training.Modules.Certificates.Certificates;

namespace Training.Modules.Certificates.Holders;

internal static class LearnerCertificates
{
    /// <summary>A learner's certificates, newest first.</summary>
    public static async Task<IEnumerable<Certificate>> OfAsync(IQuerySession session, Guid learnerId, CancellationToken cancellationToken) =>
        (await session.Query<Certificate>().Where(c => c.LearnerId == learnerId).ToListAsync(cancellationToken))
            .OrderByDescending(c => c.IssuedOn).ThenByDescending(c => c.Number);
}
