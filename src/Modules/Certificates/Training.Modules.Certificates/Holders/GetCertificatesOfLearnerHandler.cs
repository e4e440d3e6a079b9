using Marten;
using MediatR;
using Training.Modules.Certificates.Certificates;
using Training.Modules.Certificates.Contracts;

namespace Training.Modules.Certificates.Holders;

/// <summary>Answers other modules: a learner's certificates with their status today, from the records the staff's list shows.</summary>
internal sealed class GetCertificatesOfLearnerHandler(IQuerySession session, TimeProvider clock)
    : IRequestHandler<GetCertificatesOfLearner, IReadOnlyList<CertificateSummary>>
{
    public async Task<IReadOnlyList<CertificateSummary>> Handle(GetCertificatesOfLearner query, CancellationToken cancellationToken)
    {
        var today = CertificateCalendar.Today(clock);
        return [.. (await LearnerCertificates.OfAsync(session, query.LearnerId, cancellationToken)).Select(c => new CertificateSummary(
            c.Id, c.LearnerId, c.Number, c.CourseId, c.CourseVersion, c.CourseTitle, c.SkillCategory, c.CertifiedUnits, c.IssuedOn, c.ValidUntil, c.StatusOn(today)))];
    }
}
