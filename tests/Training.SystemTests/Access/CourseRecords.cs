using System.Net.Http.Json;
using System.Text.Json;
using Training.Testing.Driving;

namespace Training.SystemTests.Access;

/// <summary>
/// Courses, cohorts and enrolments of facility A for the access matrix, made by A's own trainer and
/// officer. Calls that change a record get a fresh one; reads share one course and one enrolment.
/// </summary>
public sealed class CourseRecords(FacilityTeam facility, Guid learnerId, Func<HttpRequestMessage, Caller, Task<HttpResponseMessage>> sendAs)
{
    public static readonly DateOnly FirstSession = new(2026, 12, 7);

    private readonly Lazy<Task<Guid>> _course = new(() => PublishedAsync(facility.Trainer.Client));
    private readonly Lazy<Task<(Guid EnrollmentId, Guid LessonId)>> _learnerSeat = new(() => SeatLearnerAsync(facility, learnerId));

    public Task<Guid> PublishedCourseAsync() => _course.Value;

    public Task<Guid> FreshDraftAsync() => DraftAsync(facility.Trainer.Client);

    public async Task<Guid> FreshCohortAsync() => await OpenCohortAsync(facility, await PublishedCourseAsync());

    /// <summary>A fresh cohort with a fresh learner seated in it.</summary>
    public async Task<(Guid CohortId, Guid LearnerId, Guid EnrollmentId)> FreshSeatAsync()
    {
        var cohortId = await FreshCohortAsync();
        var learner = await facility.RegisterLearnerAsync();
        var enrolled = await facility.Officer.Client.PostAsJsonAsync($"/api/cohorts/{cohortId}/enrollments", new { learnerId = learner.Id });
        return (cohortId, learner.Id, await IdOf(enrolled));
    }

    /// <summary>A fresh cohort with a place requested by the learner caller.</summary>
    public async Task<Guid> FreshRequestAsync()
    {
        var cohortId = await FreshCohortAsync();
        (await sendAs(new HttpRequestMessage(HttpMethod.Post, $"/api/cohorts/{cohortId}/requests"), Caller.Learner)).EnsureSuccessStatusCode();
        return cohortId;
    }

    /// <summary>The learner caller's own seat in a cohort of the shared course, and its first lesson.</summary>
    public Task<(Guid EnrollmentId, Guid LessonId)> LearnerSeatAsync() => _learnerSeat.Value;

    public Guid LearnerId => learnerId;

    private static async Task<(Guid, Guid)> SeatLearnerAsync(FacilityTeam facility, Guid learnerId)
    {
        var courseId = await PublishedAsync(facility.Trainer.Client);
        var cohortId = await OpenCohortAsync(facility, courseId);
        var enrolled = await facility.Officer.Client.PostAsJsonAsync($"/api/cohorts/{cohortId}/enrollments", new { learnerId });
        var enrollmentId = await IdOf(enrolled);
        var cohort = await facility.Officer.Client.GetFromJsonAsync<JsonElement>($"/api/cohorts/{cohortId}");
        var course = await facility.Trainer.Client.GetFromJsonAsync<JsonElement>($"/api/courses/{cohort.GetProperty("courseId").GetGuid()}");
        var lessonId = course.GetProperty("draft").GetProperty("lessons")[0].GetProperty("id").GetGuid();
        return (enrollmentId, lessonId);
    }

    private static async Task<Guid> PublishedAsync(HttpClient trainer)
    {
        var id = await DraftAsync(trainer);
        (await trainer.PostAsync($"/api/courses/{id}/publish", null)).EnsureSuccessStatusCode();
        return id;
    }

    private static async Task<Guid> DraftAsync(HttpClient trainer) => await IdOf(await trainer.PostAsJsonAsync("/api/courses", Course));

    private static async Task<Guid> OpenCohortAsync(FacilityTeam facility, Guid courseId) => await IdOf(await facility.Officer.Client.PostAsJsonAsync("/api/cohorts", new
    {
        courseId,
        facilityId = facility.FacilityId,
        trainerId = facility.Trainer.Id,
        startsOn = FirstSession,
        endsOn = FirstSession.AddDays(7),
        capacity = 10,
        sessions = new[] { FirstSession, FirstSession.AddDays(7) },
    }));

    private static async Task<Guid> IdOf(HttpResponseMessage created)
    {
        created.EnsureSuccessStatusCode();
        return (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    public static readonly object Course = new
    {
        title = "Merajut Dasar",
        summary = "Tas rajut",
        category = "Knitting",
        expectedHours = 10,
        minimumAttendancePercent = 75,
        certificateValidityMonths = (int?)null,
        competencyUnits = new[] { new { code = (string?)null, title = "Merajut", performanceCriteria = new[] { "Rapi" } } },
        lessons = new[] { new { title = "Tusuk rantai", body = "Buat 20 tusuk." } },
    };
}
