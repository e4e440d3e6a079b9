using System.Globalization;
using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Training.BuildingBlocks.Security;
using Training.BuildingBlocks.Time;
using Training.BuildingBlocks.Web;
using Training.Modules.Courses.Cohorts;
using Training.Modules.Courses.Contracts;
using Training.Modules.Courses.Web;
using Training.Modules.Identity.Contracts;

namespace Training.Modules.Courses.Pages.Trainer;

/// <summary>One session's attendance sheet: a row per enrolled learner, saved again to correct it.</summary>
[Authorize(Policy = Policies.Trainer)]
internal sealed class AttendanceModel(IMediator mediator, CoursesErrorTexts errors, IStringLocalizer<CoursesResource> text, TimeProvider clock)
    : FormPageModel<CoursesErrorTexts>(mediator, errors)
{
    public static IReadOnlyList<AttendanceStatus> Statuses { get; } = Enum.GetValues<AttendanceStatus>();

    public CohortView Cohort { get; private set; } = null!;

    public string CourseTitle { get; private set; } = "";

    public IReadOnlyDictionary<Guid, LearnerSummary> Learners { get; private set; } = new Dictionary<Guid, LearnerSummary>();

    [BindProperty(SupportsGet = true)]
    public string? Session { get; set; }

    public DateOnly ChosenSession { get; private set; }

    /// <summary>The status chosen per learner, as posted or as recorded before.</summary>
    [BindProperty]
    public Dictionary<Guid, string> Marks { get; set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        Marks = Cohort.Attendance.Where(a => a.Session == ChosenSession).ToDictionary(a => a.LearnerId, a => a.Status.ToString());
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        var records = Marks
            .Where(m => Enum.TryParse<AttendanceStatus>(m.Value, out var s) && Enum.IsDefined(s))
            .Select(m => new RecordAttendance.Record(m.Key, Enum.Parse<AttendanceStatus>(m.Value)))
            .ToList();
        var (ok, _) = await SendAsync("Sheet", new RecordAttendance(ChosenSession, records) { CohortId = id });
        if (!ok)
        {
            return Page();
        }

        Done = text["Attendance.Saved", ChosenSession.ToString("d MMM yyyy", CultureInfo.CurrentCulture)];
        return Redirect($"/trainer/cohorts/{id}/attendance?session={ChosenSession:yyyy-MM-dd}");
    }

    private async Task<bool> LoadAsync(Guid id)
    {
        if (await FindAsync(new GetCohort(id)) is not { } cohort)
        {
            return false;
        }

        Cohort = cohort;
        CourseTitle = (await Mediator.Send(new GetCourseVersion(cohort.CourseId, cohort.CourseVersion), HttpContext.RequestAborted))?.Title ?? "";
        var learners = await Mediator.Send(new ListLearnersOfFacility(cohort.FacilityId), HttpContext.RequestAborted);
        Learners = learners.ToDictionary(l => l.LearnerId);

        // The session asked for, else the latest one that has begun, else the first.
        var facility = await Mediator.Send(new GetFacility(cohort.FacilityId), HttpContext.RequestAborted);
        var today = FacilityTime.Today(clock, facility?.TimeZone);
        ChosenSession = DateOnly.TryParseExact(Session, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var asked)
            ? asked
            : cohort.Sessions.Where(s => s <= today).DefaultIfEmpty(cohort.Sessions.FirstOrDefault()).Max();
        return true;
    }
}
