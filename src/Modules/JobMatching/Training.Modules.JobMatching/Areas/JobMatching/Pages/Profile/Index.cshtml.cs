using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Training.BuildingBlocks.Errors;
using Training.BuildingBlocks.Files;
using Training.BuildingBlocks.Security;
using Training.Modules.JobMatching.Portfolio;
using Training.Modules.JobMatching.Profiles;
using Training.Modules.JobMatching.Web;

namespace Training.Modules.JobMatching.Pages.Profile;

/// <summary>
/// The learner's graduate profile: consent to the shown text version, what employers see under the
/// alias, the verified skills from her certificates, who looked, portfolio photos, and withdrawal.
/// </summary>
[Authorize(Policy = Policies.Learner)]
[RequestSizeLimit(ImageUploads.MaxRequestBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = ImageUploads.MaxRequestBytes)]
internal sealed class IndexModel(IMediator mediator, JobMatchingErrorTexts errors, ICurrentUser user, IStringLocalizer<JobMatchingResource> text)
    : JobMatchingPageModel(mediator, errors)
{
    public const string SaveForm = "Profile";
    public const string PhotoForm = "Photo";
    public const string WithdrawForm = "Withdraw";

    public MyGraduateProfile? Profile { get; private set; }

    [BindProperty]
    public ProfileInput Input { get; set; } = new();

    public RegionChoice Region => new("Input.", Input.Province, Input.Regency, Required: true);

    public static string ConsentVersion => ConsentText.Version;

    public static IReadOnlyList<string> WorkTypeNames => Enum.GetNames<WorkType>();

    public async Task OnGetAsync()
    {
        await LoadAsync();
        Input = ProfileInput.From(Profile);
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var (ok, _) = await SendAsync(SaveForm, SaveForm, Input.ToCommand());
        if (ok)
        {
            return Succeeded(text["Profile.Saved"]);
        }

        await LoadAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostPhotoAsync(IFormFile? photo)
    {
        if (photo is not { Length: > 0 and <= ImageUploads.MaxBytes })
        {
            Refuse(PhotoForm, Errors.Rule("image.size"), StatusCodes.Status400BadRequest);
        }
        else
        {
            var content = await ImageForms.ReadAsync(photo, HttpContext.RequestAborted);
            var (ok, _) = await SendAsync(PhotoForm, PhotoForm, new UploadPortfolioPhoto(user.Id!.Value, content));
            if (ok)
            {
                return Succeeded(text["Profile.Photo.Uploaded"]);
            }
        }

        return await ShownAgainAsync();
    }

    public async Task<IActionResult> OnPostWithdrawAsync()
    {
        var (ok, _) = await SendAsync(WithdrawForm, WithdrawForm, new WithdrawGraduateProfile());
        return ok ? Succeeded(text["Profile.Withdrawn"]) : await ShownAgainAsync();
    }

    private async Task<IActionResult> ShownAgainAsync()
    {
        await LoadAsync();
        Input = ProfileInput.From(Profile);
        return Page();
    }

    /// <summary>No profile yet (or consent withdrawn) is not an error here: the page offers to opt in.</summary>
    private async Task LoadAsync()
    {
        try
        {
            Profile = await Mediator.Send(new GetMyGraduateProfile(), HttpContext.RequestAborted);
        }
        catch (NotFound)
        {
            Profile = null;
        }
    }

    internal sealed class ProfileInput
    {
        public string? Alias { get; set; }

        public string? Province { get; set; }

        public string? Regency { get; set; }

        public string? AvailableFrom { get; set; }

        public List<string> WorkTypes { get; set; } = [];

        public string? Statement { get; set; }

        public string? Phone { get; set; }

        public bool Consent { get; set; }

        public static ProfileInput From(MyGraduateProfile? profile) => profile is null
            ? new()
            : new()
            {
                Alias = profile.Alias, Province = profile.Province, Regency = profile.Regency, AvailableFrom = profile.AvailableFrom,
                WorkTypes = [.. profile.WorkTypes], Statement = profile.Statement, Phone = profile.Phone, Consent = true,
            };

        public SaveGraduateProfile ToCommand() => new(Alias, RegionChoice.ProvinceOf(Province, Regency), Regency, AvailableFrom, WorkTypes, Statement, Consent, Phone);
    }
}
