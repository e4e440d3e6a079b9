using System.Security.Cryptography;
using Marten;
using Training.Modules.Certificates.Certificates;
using Training.Modules.Certificates.Contracts;
using Training.Modules.Certificates.Issuers;

namespace Training.Modules.Certificates.Issuing;

/// <summary>What a new certificate says, before it has a number, a code and an issuer.</summary>
internal sealed record CertificateDraft(
    Guid CertificateId,
    Guid LearnerId,
    Guid FacilityId,
    string HolderName,
    Guid CourseId,
    int CourseVersion,
    string CourseTitle,
    string SkillCategory,
    decimal Hours,
    IReadOnlyList<CertificateUnit> Units,
    DateOnly IssuedOn,
    DateOnly? ValidUntil,
    Guid? Supersedes);

/// <summary>
/// Gives a draft its number, verification code, issuer and subject salt, and starts its stream with
/// the integration event in the same save: the event store is the outbox.
/// </summary>
internal sealed class Issuance(IDocumentSession session, IssuerNames issuers, TimeProvider clock)
{
    public async Task<CertificateIssued> IssueAsync(CertificateDraft draft, Guid by, CancellationToken cancellationToken)
    {
        var number = await CertificateNumbering.TakeNextAsync(session, draft.IssuedOn.Year, cancellationToken);
        var issued = new CertificateIssued(
            draft.CertificateId, number, VerificationCode.New(), draft.LearnerId, draft.FacilityId, draft.HolderName, draft.CourseId,
            draft.CourseVersion, draft.CourseTitle, draft.SkillCategory, draft.Hours, draft.Units, draft.IssuedOn, draft.ValidUntil,
            await issuers.ForAsync(draft.FacilityId, cancellationToken), Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16)),
            draft.Supersedes, by, clock.GetUtcNow());
        session.Events.StartStream<Certificate>(issued.CertificateId, issued, new CertificateIssuedIntegrationEvent(
            issued.CertificateId, issued.LearnerId, issued.Number, issued.CourseId, issued.CourseVersion, issued.CourseTitle, issued.SkillCategory,
            [.. issued.Units.Select(u => new CertifiedUnit(u.Code, u.Title))], issued.IssuedOn, issued.ValidUntil, issued.Supersedes));
        return issued;
    }
}
