using MediatR;
using Training.BuildingBlocks.Web;

namespace Training.Modules.Certificates.Web;

/// <summary>A Certificates page whose forms send MediatR requests, refusals shown beside their form.</summary>
internal abstract class CertificatePageModel(IMediator mediator, CertificateErrorTexts errors) : FormPageModel<CertificateErrorTexts>(mediator, errors);
