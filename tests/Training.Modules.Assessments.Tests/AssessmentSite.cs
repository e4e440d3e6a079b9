using System.Net.Http.Json;
using System.Text.Json;
using Training.BuildingBlocks.Security;
using Training.Testing;

namespace Training.Modules.Assessments.Tests;

/// <summary>
/// A facility with a published two-unit course, its assessment plan, a cohort with attendance
/// and an enrolled learner: everything a learner needs to sit the test.
/// </summary>
internal sealed record AssessmentSite(BekalApp App, Guid FacilityId, string Code, HttpClient Officer, Guid TrainerId, HttpClient Trainer, HttpClient Assessor, Guid CourseId, Guid CohortId)
{
    public static readonly DateOnly FirstSession = new(2026, 12, 7);

    /// <summary>Question text → the text of its correct option.</summary>
    public static readonly IReadOnlyDictionary<string, string> Key = new Dictionary<string, string>
    {
        ["Hakpen untuk benang katun sedang?"] = "4–5 mm",
        ["Tusuk dasar pertama?"] = "Rantai",
        ["Sambungan yang baik?"] = "Tersembunyi",
        ["Produk siap jual harus?"] = "Bersih",
    };

    public static async Task<AssessmentSite> CreateAsync(BekalApp app, bool practical = false, int maxAttempts = 2)
    {
        var code = "F-" + Guid.NewGuid().ToString("N")[..8].ToUpperInvariant();
        var facilityId = await app.FacilityAsync(code);
        var (_, officer) = await app.StaffAsync(Roles.FacilityOfficer, facilityId);
        var (trainerId, trainer) = await app.StaffAsync(Roles.Trainer, facilityId);
        var (_, assessor) = await app.StaffAsync(Roles.Assessor, facilityId);
        var courseId = await IdOf(await trainer.PostAsJsonAsync("/api/courses", new
        {
            title = "Merajut Tas",
            summary = "Tas rajut",
            category = "Knitting",
            expectedHours = 20,
            minimumAttendancePercent = 75,
            certificateValidityMonths = 36,
            competencyUnits = new[]
            {
                new { code = "C.131000.001.01", title = "Merajut dasar", performanceCriteria = new[] { "Tusukan rata", "Ukuran sesuai" } },
                new { code = "C.131000.002.01", title = "Menyelesaikan produk", performanceCriteria = new[] { "Sambungan rapi", "Produk bersih" } },
            },
            lessons = new[] { new { title = "Tusuk rantai", body = "Buat 20 tusuk." } },
        }));
        (await trainer.PostAsync($"/api/courses/{courseId}/publish", null)).EnsureSuccessStatusCode();
        var questions = Questions();
        (await trainer.PutAsJsonAsync($"/api/courses/{courseId}/assessment", Plan(questions, maxAttempts, practical))).EnsureSuccessStatusCode();
        var cohortId = await IdOf(await officer.PostAsJsonAsync("/api/cohorts", new
        {
            courseId, facilityId, trainerId, startsOn = FirstSession, endsOn = FirstSession.AddDays(7), capacity = 30,
            sessions = new[] { FirstSession, FirstSession.AddDays(7) },
        }));
        return new AssessmentSite(app, facilityId, code, officer, trainerId, trainer, assessor, courseId, cohortId);
    }

    public static object Plan(object questions, int maxAttempts, bool practical) => new
    {
        passMarkPercent = 60, questionsPerAttempt = 4, timeLimitMinutes = 30, maxAttempts, cooldownHours = 0, shuffle = true, questions, practical,
    };

    /// <summary>The plan's questions as the trainer sends them.</summary>
    public static object[] Questions()
    {
        string[] wrong = ["Salah satu", "Tidak tahu", "Lainnya"];
        return [.. Key.Select((q, i) => (object)new
        {
            unitCode = i < 2 ? "C.131000.001.01" : "C.131000.002.01",
            text = q.Key,
            type = "SingleChoice",
            options = new[] { q.Value }.Concat(wrong).ToArray(),
            correct = new[] { 0 },
        })];
    }

    /// <summary>A learner enrolled in the cohort, present at the first session when <paramref name="attended"/>.</summary>
    public async Task<(Guid EnrollmentId, HttpClient Client)> LearnerAsync(bool attended = true)
    {
        var (enrollmentId, client, _) = await EnrolledLearnerAsync(attended);
        return (enrollmentId, client);
    }

    /// <summary>As <see cref="LearnerAsync"/>, with the learner's id (e.g. to open her record).</summary>
    public async Task<(Guid EnrollmentId, HttpClient Client, Guid LearnerId)> EnrolledLearnerAsync(bool attended = true)
    {
        var (learnerId, client) = await App.LearnerAsync(Officer, FacilityId, Code);
        var enrollmentId = await IdOf(await Officer.PostAsJsonAsync($"/api/cohorts/{CohortId}/enrollments", new { learnerId }));
        if (attended)
        {
            (await Trainer.PostAsJsonAsync($"/api/cohorts/{CohortId}/attendance",
                new { session = FirstSession, records = new[] { new { learnerId, status = "Present" } } })).EnsureSuccessStatusCode();
        }

        return (enrollmentId, client, learnerId);
    }

    /// <summary>The answers a learner who knows the material gives, by the options as shown.</summary>
    public static object RightAnswers(JsonElement attempt) => new
    {
        answers = attempt.GetProperty("questions").EnumerateArray().Select(q => new
        {
            questionId = q.GetProperty("id").GetGuid(),
            selected = new[] { q.GetProperty("options").EnumerateArray().Select(o => o.GetString()).ToList().IndexOf(Key[q.GetProperty("text").GetString()!]) },
        }).ToArray(),
    };

    public static async Task<Guid> IdOf(HttpResponseMessage created)
    {
        created.EnsureSuccessStatusCode();
        return (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }
}
