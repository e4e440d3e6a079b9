using Training.BuildingBlocks.Storage;
using Training.Modules.Certificates.Certificates;
using Training.Modules.Certificates.Contracts;
using Training.Modules.Certificates.Issuers;
using Training.Modules.Certificates.Issuing;
using Training.Modules.Certificates.Notices;

namespace Training.Modules.Certificates;

/// <summary>
/// The names the module's events and documents are stored under (docs/stored-names.md). They are the
/// names Marten derived from the class names before this list existed, so stored data keeps loading;
/// renaming a class leaves its name here unchanged.
/// </summary>
internal static class CertificatesStoredNames
{
    public static StoredNames All { get; } = new StoredNames()
        .Event<CertificateExpired>("certificate_expired")
        .Event<CertificateExpiredIntegrationEvent>("certificate_expired_integration_event")
        .Event<CertificateExpiryNoticeSent>("certificate_expiry_notice_sent")
        .Event<CertificateIssued>("certificate_issued")
        .Event<CertificateIssuedIntegrationEvent>("certificate_issued_integration_event")
        .Event<CertificateRevoked>("certificate_revoked")
        .Event<CertificateRevokedIntegrationEvent>("certificate_revoked_integration_event")
        .Event<CertificateSuperseded>("certificate_superseded")
        .Event<IssuerNamed>("issuer_named")
        .Document<Certificate>("certificate")
        .Document<CertificateNumbering>("certificatenumbering")
        .Document<IssuerProfile>("issuerprofile")
        .Document<Notice>("notice");
}
