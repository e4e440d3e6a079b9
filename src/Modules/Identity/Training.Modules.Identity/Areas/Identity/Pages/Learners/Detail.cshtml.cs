using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Training.BuildingBlocks.Errors;
using Training.BuildingBlocks.Security;
using Training.BuildingBlocks.Web;
using Training.Modules.Assessments.Contracts;
using Training.Modules.Certificates.Contracts;
using Training.Modules.Courses.Contracts;
using Training.Modules.Identity.Contracts;
using Training.Modules.Identity.Facilities;
using Training.Modules.Identity.Learners;
using Training.Modules.Identity.Web;
using Training.Modules.JobMatching.Contracts;

namespace Training.Modules.Identity.Pages.Learners;

/// <summary>One learner of the officer's facility: her whole record (from each module's Contracts), a new PIN, a transfer, a release.</summary>
[Authorize(Policy = Policies.FacilityOfficer)]
internal sealed class DetailModel(IMediator mediator, IdentityErrorTexts errors, IStringLocalizer<IdentityResource> text) : FormPageModel<IdentityErrorTexts>(mediator, errors)
{
    public LearnerView Learner { get; private set; } = null!;

    /// <summary>Where the learner may be transferred: every other active facility.</summary>
    public IReadOnlyList<FacilityInfo> Destinations { get; private set; } = [];

    public string? TimeZone { get; private set; }

    public IReadOnlyList<LearnerCohort> Cohorts { get; private set; } = [];

    /// <summary>Results by enrolment; an enrolment whose course has no assessment has none.</summary>
    public IReadOnlyDictionary<Guid, EnrollmentResult> Results { get; private set; } = new Dictionary<Guid, EnrollmentResult>();

    public IReadOnlyList<CertificateSummary> Certificates { get; private set; } = [];

    public IReadOnlyList<InterestInLearner> Interests { get; private set; } = [];

    [BindProperty]
    public PinForm NewPin { get; set; } = new();

    [BindProperty]
    public TransferForm Transfer { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(Guid id) => await LoadAsync(id) ? Page() : NotFound();

    public async Task<IActionResult> OnPostPinAsync(Guid id)
    {
        var (ok, _) = await SendAsync(nameof(NewPin), new ResetLearnerPin(id, NewPin.Pin ?? ""));
        return await AfterAsync(id, ok, "Learners.PinReset");
    }

    public async Task<IActionResult> OnPostTransferAsync(Guid id)
    {
        var destination = Guid.TryParse(Transfer.ToFacilityId, out var to) ? to : Guid.Empty;
        var number = string.IsNullOrWhiteSpace(Transfer.LearnerNumber) ? null : Transfer.LearnerNumber;
        var (ok, _) = await SendAsync(nameof(Transfer), new TransferLearner(id, destination, number));
        if (!ok)
        {
            return await LoadAsync(id) ? Page() : NotFound();
        }

        var facility = (await Mediator.Send(new ListActiveFacilities(), HttpContext.RequestAborted)).FirstOrDefault(f => f.FacilityId == destination);
        Done = text["Learners.Transferred", facility?.Name ?? ""];
        return RedirectToPage("Index");
    }

    public async Task<IActionResult> OnPostUnlockAsync(Guid id)
    {
        var (ok, _) = await SendAsync("Unlock", new UnlockLearner(id));
        return await AfterAsync(id, ok, "Lock.Lifted");
    }

    public async Task<IActionResult> OnPostReleaseAsync(Guid id)
    {
        var (ok, _) = await SendAsync("Release", new ReleaseLearner(id));
        return await AfterAsync(id, ok, "Learners.ReleasedDone");
    }

    private async Task<IActionResult> AfterAsync(Guid id, bool ok, string done)
    {
        if (ok)
        {
            Done = text[done];
            return RedirectToPage(new { id });
        }

        return await LoadAsync(id) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(Guid id)
    {
        try
        {
            Learner = await Mediator.Send(new GetLearner(id), HttpContext.RequestAborted);
        }
        catch (NotFound)
        {
            return false;
        }

        var facilities = await Mediator.Send(new ListActiveFacilities(), HttpContext.RequestAborted);
        TimeZone = facilities.FirstOrDefault(f => f.FacilityId == Learner.FacilityId)?.TimeZone;
        Destinations = [.. facilities.Where(f => f.FacilityId != Learner.FacilityId)];
        var ct = HttpContext.RequestAborted;
        Cohorts = await Mediator.Send(new ListCohortsOfLearner(id), ct);
        Results = (await Mediator.Send(new ListResultsOfLearner(id), ct)).ToDictionary(r => r.EnrollmentId);
        Certificates = await Mediator.Send(new ListHeldCertificates(id), ct);
        Interests = await Mediator.Send(new ListInterestsInLearner(id), ct);
        return true;
    }

    internal sealed class PinForm
    {
        public string? Pin { get; set; }
    }

    internal sealed class TransferForm
    {
        public string? ToFacilityId { get; set; }

        public string? LearnerNumber { get; set; }
    }
}
