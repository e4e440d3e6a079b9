using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Training.BuildingBlocks.Security;
using Training.Testing;

namespace Training.Benchmarks.Assessments;

/// <summary>A learner enrolled, present and signed in, with a client of their own (own cookies, own connection).</summary>
internal sealed record Learner(Guid EnrollmentId, HttpClient Client);

/// <summary>
/// What the learners need to sit the test, set up through the API of the running host as staff
/// would: a facility with an officer and a trainer, a published two-unit course whose plan draws
/// 5 of 10 questions, and cohorts of enrolled, present, signed-in learners.
/// </summary>
internal sealed class Classroom(Uri address, string facilityCode, Guid facilityId, HttpClient officer, Guid trainerId, HttpClient trainer, Guid courseId)
{
    private const string Pin = People.IssuedPin;
    private const int ParallelSignIns = 4;
    private static readonly string[] Units = ["C.131000.001.01", "C.131000.002.01"];

    // Sessions a week ahead keep the cohort open whenever the benchmark runs.
    private static readonly DateOnly FirstSession = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(7);

    /// <summary>A client on the host's socket that keeps its own cookies.</summary>
    public static HttpClient Client(Uri address) =>
        new(new SocketsHttpHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false }) { BaseAddress = address, Timeout = TimeSpan.FromMinutes(2) };

    public static async Task<Classroom> CreateAsync(Uri address)
    {
        var admin = await SignedInAsync(address, BekalApp.AdminUsername, BekalApp.AdminPassword);
        var code = "F-" + Guid.NewGuid().ToString("N")[..8].ToUpperInvariant();
        var facilityId = await IdOf(await admin.PostAsJsonAsync("/api/facilities", new { code, name = "Lapas Beban", timeZone = "Asia/Jakarta" }));
        var (_, officer) = await StaffAsync(address, admin, Roles.FacilityOfficer, facilityId);
        var (trainerId, trainer) = await StaffAsync(address, admin, Roles.Trainer, facilityId);
        var courseId = await IdOf(await trainer.PostAsJsonAsync("/api/courses", new
        {
            title = "Merajut Tas",
            summary = "Tas rajut",
            category = "Knitting",
            expectedHours = 20,
            minimumAttendancePercent = 75,
            certificateValidityMonths = 36,
            competencyUnits = Units.Select((unit, i) => new { code = unit, title = $"Unit {i + 1}", performanceCriteria = new[] { "Rapi", "Sesuai" } }),
            lessons = new[] { new { title = "Tusuk rantai", body = "Buat 20 tusuk." } },
        }));
        (await trainer.PostAsync($"/api/courses/{courseId}/publish", null)).EnsureSuccessStatusCode();
        var questions = Enumerable.Range(1, 10).Select(n => new
        {
            unitCode = Units[n % 2],
            text = $"Soal {n}?",
            type = "SingleChoice",
            options = new[] { Answers.Right + n, "Salah satu", "Tidak tahu", "Lainnya" },
            correct = new[] { 0 },
        });
        (await trainer.PutAsJsonAsync($"/api/courses/{courseId}/assessment", new
        {
            passMarkPercent = 60,
            questionsPerAttempt = 5,
            timeLimitMinutes = 30,
            maxAttempts = 1,
            cooldownHours = 0,
            shuffle = true,
            questions,
            practical = false,
        })).EnsureSuccessStatusCode();
        return new Classroom(address, code, facilityId, officer, trainerId, trainer, courseId);
    }

    /// <summary>A new cohort of <paramref name="size"/> learners imported by CSV, enrolled in bulk, present at the first session and signed in.</summary>
    public async Task<IReadOnlyList<Learner>> CohortAsync(string prefix, int size)
    {
        var cohortId = await IdOf(await officer.PostAsJsonAsync("/api/cohorts", new
        {
            courseId,
            facilityId,
            trainerId,
            startsOn = FirstSession,
            endsOn = FirstSession.AddDays(7),
            capacity = size,
            sessions = new[] { FirstSession, FirstSession.AddDays(7) },
        }));
        var numbers = Enumerable.Range(1, size).Select(i => $"{prefix}-{i:D3}").ToList();
        var csv = new StringBuilder("learnerNumber,fullName,pin\n");
        numbers.ForEach(n => csv.Append(n).Append(",Warga ").Append(n).Append(',').Append(Pin).Append('\n'));
        var import = await Read(await officer.PostAsync("/api/learners/import", new StringContent(csv.ToString(), Encoding.UTF8, "text/csv")));
        var learnerIds = import.GetProperty("rows").EnumerateArray().Select(r => r.GetProperty("learnerId").GetGuid()).ToList();

        var seats = await Read(await officer.PostAsJsonAsync($"/api/cohorts/{cohortId}/enrollments/bulk", new { learnerIds }));
        var enrollmentIds = seats.EnumerateArray().Select(s => s.GetProperty("enrollmentId").GetGuid()).ToList();
        (await trainer.PostAsJsonAsync($"/api/cohorts/{cohortId}/attendance",
            new { session = FirstSession, records = learnerIds.Select(learnerId => new { learnerId, status = "Present" }) })).EnsureSuccessStatusCode();

        var learners = new Learner[size];
        await Parallel.ForAsync(0, size, new ParallelOptions { MaxDegreeOfParallelism = ParallelSignIns }, async (i, ct) =>
        {
            var client = Client(address);
            (await client.PostAsJsonAsync("/api/auth/learner-sign-in", new { facilityCode, learnerNumber = numbers[i], pin = Pin }, ct)).EnsureSuccessStatusCode();

            // The officer's PIN is temporary: each learner chooses her own first, as on the tablet.
            (await client.PostAsJsonAsync("/api/me/secret", new { current = Pin, @new = People.Pin }, ct)).EnsureSuccessStatusCode();
            learners[i] = new Learner(enrollmentIds[i], client);
        });
        return learners;
    }

    private static async Task<HttpClient> SignedInAsync(Uri address, string username, string password)
    {
        var client = Client(address);
        (await client.PostAsJsonAsync("/api/auth/sign-in", new { username, password })).EnsureSuccessStatusCode();
        return client;
    }

    private static async Task<(Guid Id, HttpClient Client)> StaffAsync(Uri address, HttpClient admin, string role, Guid facilityId)
    {
        var username = role.ToLowerInvariant() + "-" + Guid.NewGuid().ToString("N")[..8];
        var id = await IdOf(await admin.PostAsJsonAsync("/api/staff",
            new { username, password = People.IssuedPassword, displayName = $"{role} {username}", role, facilityId }));
        var client = await SignedInAsync(address, username, People.IssuedPassword);
        (await client.PostAsJsonAsync("/api/me/secret", new { current = People.IssuedPassword, @new = People.Password })).EnsureSuccessStatusCode();
        return (id, client);
    }

    private static async Task<Guid> IdOf(HttpResponseMessage created) => (await Read(created)).GetProperty("id").GetGuid();

    private static async Task<JsonElement> Read(HttpResponseMessage response)
    {
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }
}
