using System.Globalization;
using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Training.BuildingBlocks.Security;
using Training.BuildingBlocks.Web;
using Training.Modules.Courses.Cohorts;
using Training.Modules.Courses.Courses;
using Training.Modules.Courses.Web;
using Training.Modules.Identity.Contracts;

namespace Training.Modules.Courses.Pages.Cohorts;

/// <summary>An officer opens a cohort of a published course at their facility, with one of its trainers.</summary>
[Authorize(Policy = Policies.FacilityOfficer)]
internal sealed class NewModel(IMediator mediator, CoursesErrorTexts errors, IStringLocalizer<CoursesResource> text, ICurrentUser user)
    : FormPageModel<CoursesErrorTexts>(mediator, errors)
{
    public IReadOnlyList<CatalogItem> Courses { get; private set; } = [];

    public IReadOnlyList<StaffMember> Trainers { get; private set; } = [];

    [BindProperty]
    public OpenForm Cohort { get; set; } = new();

    public async Task OnGetAsync() => await LoadAsync();

    public async Task<IActionResult> OnPostAsync()
    {
        var sessions = (Cohort.Sessions ?? "").Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Select(Day).ToList();
        if (sessions.Any(s => s is null))
        {
            ModelState.Clear();
            Refuse("Cohort.Sessions", text["Cohorts.New.SessionFormat"], StatusCodes.Status400BadRequest);
            await LoadAsync();
            return Page();
        }

        var command = new OpenCohort(
            Guid.TryParse(Cohort.CourseId, out var course) ? course : Guid.Empty,
            user.FacilityId ?? Guid.Empty,
            Guid.TryParse(Cohort.TrainerId, out var trainer) ? trainer : Guid.Empty,
            Day(Cohort.StartsOn) ?? default,
            Day(Cohort.EndsOn) ?? default,
            int.TryParse(Cohort.Capacity, NumberStyles.Integer, CultureInfo.InvariantCulture, out var capacity) ? capacity : 0,
            [.. sessions.Select(s => s!.Value)]);
        var (ok, id) = await SendAsync(nameof(Cohort), command);
        if (!ok)
        {
            await LoadAsync();
            return Page();
        }

        Done = text["Cohorts.Opened"];
        return Redirect($"/cohorts/{id}");
    }

    private static DateOnly? Day(string? text) =>
        DateOnly.TryParseExact(text?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day : null;

    private async Task LoadAsync()
    {
        Courses = (await Mediator.Send(new SearchCatalog(null, null), HttpContext.RequestAborted)).Items;
        Trainers = [.. (await Mediator.Send(new ListStaffOfFacility(user.FacilityId ?? Guid.Empty, Roles.Trainer), HttpContext.RequestAborted)).Where(t => !t.Disabled)];
    }

    internal sealed class OpenForm
    {
        public string? CourseId { get; set; }

        public string? TrainerId { get; set; }

        public string? StartsOn { get; set; }

        public string? EndsOn { get; set; }

        public string? Capacity { get; set; } = "20";

        /// <summary>Session dates, one per line, yyyy-MM-dd.</summary>
        public string? Sessions { get; set; }
    }
}
