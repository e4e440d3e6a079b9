using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Training.BuildingBlocks.Security;
using Training.BuildingBlocks.Web;
using Training.Modules.Identity.Learners;
using Training.Modules.Identity.Web;

namespace Training.Modules.Identity.Pages.Learners;

/// <summary>An officer imports the facility's list from a CSV file or pasted text and reads a report per row.</summary>
[Authorize(Policy = Policies.FacilityOfficer)]
internal sealed class ImportModel(IMediator mediator, IdentityErrorTexts errors, IStringLocalizer<IdentityResource> text) : FormPageModel<IdentityErrorTexts>(mediator, errors)
{
    [BindProperty]
    public ImportForm Import { get; set; } = new();

    public ImportReport? Report { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var csv = Import.File is { Length: > 0 } file ? await ReadAsync(file) : Import.Csv ?? "";
        if (string.IsNullOrWhiteSpace(csv))
        {
            ModelState.Clear();
            Refuse(nameof(Import), text["Import.Empty"], StatusCodes.Status400BadRequest);
            return Page();
        }

        var (ok, report) = await SendAsync(nameof(Import), new ImportLearners(csv));
        Report = ok ? report : null;
        return Page();
    }

    /// <summary>A row's problems as the reader's language says them, each led by its field.</summary>
    public IEnumerable<string> Reasons(ImportRow row) =>
        row.Problems.Select(p => $"{text[$"Import.Field.{p.Field}"]}: {Errors.For(p.Field, p.Code, p.MinLength, p.MaxLength)}");

    private async Task<string> ReadAsync(IFormFile file)
    {
        using var reader = new StreamReader(file.OpenReadStream());
        return await reader.ReadToEndAsync(HttpContext.RequestAborted);
    }

    internal sealed class ImportForm
    {
        public IFormFile? File { get; set; }

        public string? Csv { get; set; }
    }
}
