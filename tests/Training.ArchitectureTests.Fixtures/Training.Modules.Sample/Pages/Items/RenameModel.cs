using MediatR;
using Microsoft.AspNetCore.Mvc;
using Training.BuildingBlocks.Web;
using Training.Modules.Sample.Web;

namespace Training.Modules.Sample.Pages.Items;

/// <summary>A page with a form: it derives from the shared form base.</summary>
internal sealed class RenameModel(IMediator mediator, SampleErrorTexts errors) : FormPageModel<SampleErrorTexts>(mediator, errors)
{
    public IActionResult OnPost() => Succeeded("Renamed.");
}
