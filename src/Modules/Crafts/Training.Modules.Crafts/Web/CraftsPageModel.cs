using MediatR;
using Training.BuildingBlocks.Web;

namespace Training.Modules.Crafts.Web;

/// <summary>A Crafts page whose forms send MediatR requests, refusals shown beside their form.</summary>
internal abstract class CraftsPageModel(IMediator mediator, CraftsErrorTexts errors) : FormPageModel<CraftsErrorTexts>(mediator, errors);
