using MediatR;
using Microsoft.AspNetCore.Authorization;
using Training.BuildingBlocks.Security;
using Training.BuildingBlocks.Time;
using Training.BuildingBlocks.Web;
using Training.Modules.Assessments.Contracts;
using Training.Modules.Certificates.Contracts;
using Training.Modules.Courses.Cohorts;
using Training.Modules.Courses.Enrollments;
using Training.Modules.Courses.Web;
using Training.Modules.Identity.Contracts;

namespace Training.Modules.Courses.Pages.Learning;

/// <summary>
/// The learner's own cohorts: attendance against the course's minimum, lessons done, and where she stands
/// after them (the test, the practical, passed, the certificate); and her requests for a place with their answers.
/// </summary>
[Authorize(Policy = Policies.Learner)]
internal sealed class IndexModel(IMediator mediator, CoursesErrorTexts errors, ICurrentUser user) : FormPageModel<CoursesErrorTexts>(mediator, errors)
{
    public IReadOnlyList<MyEnrollment> Enrollments { get; private set; } = [];

    public IReadOnlyList<MyPlaceRequest> Requests { get; private set; } = [];

    /// <summary>Where each enrolment stands in its assessment, by enrolment; missing when its course has no assessment plan.</summary>
    public Dictionary<Guid, AssessmentStanding> Standings { get; } = [];

    private IReadOnlyList<CertificateSummary> _certificates = [];
    private string? _timeZone;

    public async Task OnGetAsync()
    {
        var ct = HttpContext.RequestAborted;
        var learnerId = user.Id ?? Guid.Empty;
        Enrollments = await Mediator.Send(new MyEnrollments(), ct);
        Requests = await Mediator.Send(new MyPlaceRequests(), ct);
        foreach (var enrollment in Enrollments)
        {
            if (await Mediator.Send(new GetAssessmentStanding(enrollment.EnrollmentId, learnerId), ct) is { } standing)
            {
                Standings[enrollment.EnrollmentId] = standing;
            }
        }

        _certificates = Enrollments.Count == 0 ? [] : await Mediator.Send(new GetCertificatesOfLearner(learnerId), ct);
        _timeZone = user.FacilityId is { } facilityId ? (await Mediator.Send(new GetFacility(facilityId), ct))?.TimeZone : null;
    }

    /// <summary>Where "continue" leads: the first lesson not yet done, or the first lesson.</summary>
    public static Guid? NextLesson(MyEnrollment enrollment) =>
        (enrollment.Lessons.FirstOrDefault(l => !l.Done) ?? enrollment.Lessons.FirstOrDefault())?.LessonId;

    /// <summary>The valid certificate earned in this enrolment's course, if one was issued.</summary>
    public CertificateSummary? Certificate(MyEnrollment enrollment) =>
        _certificates.FirstOrDefault(c => c.CourseId == enrollment.CourseId && c.CourseVersion == enrollment.CourseVersion && c.Status == CertificateStatus.Valid);

    /// <summary>A moment as the learner's facility tells time, e.g. "5 Des 2026 14:30 WIB".</summary>
    public string Local(DateTimeOffset moment) =>
        FacilityTime.Local(moment, _timeZone).ToString("d MMM yyyy HH:mm", System.Globalization.CultureInfo.CurrentCulture) + " " + FacilityTime.Abbreviation(_timeZone);
}
