using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Training.BuildingBlocks.Security;
using Training.Modules.Assessments.Contracts;
using Training.Modules.Certificates.Certificates;
using Training.Modules.Certificates.Inbox;
using Training.Testing;

namespace Training.Benchmarks.Certificates;

/// <summary>
/// Issuing lag: from the commit of a CoursePassed event (as Assessments commits it) until the
/// certificate answers 200 on the public verify API, for 200 passes at a steady pace. Runs the
/// tuned relay (woken on append) and, as the baseline in the same process, the daemon's polling alone.
/// </summary>
internal static class IssueLag
{
    private const int Passes = 200;
    private static readonly TimeSpan Pace = TimeSpan.FromMilliseconds(50);

    public static async Task<int> RunAsync()
    {
        Console.WriteLine(Invariant($"{Passes} passes, one every {Pace.TotalMilliseconds:0} ms; lag = pass committed -> GET /api/certificates/verify/{{code}} answers 200"));
        var tuned = await MeasureAsync(wakeOnAppend: true);
        var polling = await MeasureAsync(wakeOnAppend: false);
        Console.WriteLine(RelayLag.Describe("woken on append (default)", tuned));
        Console.WriteLine(RelayLag.Describe("polling only (baseline)", polling));
        var p95 = RelayLag.Percentile(tuned, 0.95);
        Console.WriteLine(Invariant($"p95 ratio tuned/baseline: {p95 / RelayLag.Percentile(polling, 0.95):0.00}; tuned p95 {p95.TotalMilliseconds:0} ms (target under 2,000 ms: {(p95 < TimeSpan.FromSeconds(2) ? "met" : "missed")})"));
        return 0;
    }

    private static async Task<TimeSpan[]> MeasureAsync(bool wakeOnAppend)
    {
        await using var app = new BekalApp().With("Relay:WakeOnAppend", wakeOnAppend ? "true" : "false")
            .With("Certificates:VerificationsPerMinutePerAddress", "100000000");
        await app.InitializeAsync();
        var (courseId, learners) = await PrepareAsync(app);
        var anonymous = app.Client();
        var watches = new List<Task<TimeSpan>>();
        foreach (var learnerId in learners)
        {
            await using (var session = app.Store.LightweightSession())
            {
                session.Events.StartStream(Guid.NewGuid(), new CoursePassedIntegrationEvent(
                    Guid.NewGuid(), learnerId, courseId, 1, [new(Guid.NewGuid(), "C.131000.001.01", "Menganyam", Competence.Competent)], 100m, null, DateTimeOffset.UtcNow));
                await session.SaveChangesAsync();
            }

            watches.Add(WatchAsync(app, anonymous, IssueWhenCoursePassed.CertificateIdFor(learnerId, courseId, 1), Stopwatch.StartNew()));
            await Task.Delay(Pace);
        }

        return [.. (await Task.WhenAll(watches)).Order()];
    }

    private static async Task<TimeSpan> WatchAsync(BekalApp app, HttpClient anonymous, Guid certificateId, Stopwatch sinceCommit)
    {
        while (sinceCommit.Elapsed < TimeSpan.FromMinutes(2))
        {
            await using var session = app.Store.QuerySession();
            if (await session.LoadAsync<Certificate>(certificateId) is { } certificate
                && (await anonymous.GetAsync($"/api/certificates/verify/{certificate.VerificationCode}")).StatusCode == HttpStatusCode.OK)
            {
                return sinceCommit.Elapsed;
            }

            await Task.Delay(10);
        }

        throw new TimeoutException($"certificate {certificateId} was not issued within two minutes");
    }

    private static async Task<(Guid CourseId, IReadOnlyList<Guid> Learners)> PrepareAsync(BekalApp app)
    {
        var code = "BENCH-" + Guid.NewGuid().ToString("N")[..6].ToUpperInvariant();
        var facilityId = await app.FacilityAsync(code);
        var (_, officer) = await app.StaffAsync(Roles.FacilityOfficer, facilityId);
        var (_, trainer) = await app.StaffAsync(Roles.Trainer, facilityId);
        var created = await trainer.PostAsJsonAsync("/api/courses", new
        {
            title = "Anyaman Purun", summary = "Tikar dan tas purun", category = "Weaving", expectedHours = 24, minimumAttendancePercent = 75,
            certificateValidityMonths = 36, competencyUnits = new[] { new { code = "C.131000.001.01", title = "Menganyam", performanceCriteria = new[] { "Rapi" } } },
            lessons = new[] { new { title = "Anyaman dasar", body = "Anyam 10 baris." } },
        });
        var courseId = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        (await trainer.PostAsync($"/api/courses/{courseId}/publish", null)).EnsureSuccessStatusCode();
        var csv = new StringBuilder("learnerNumber,fullName,pin\n");
        for (var i = 0; i < Passes; i++)
        {
            csv.Append(Invariant($"WB-{i:D4},Peserta Nomor {i},482915\n"));
        }

        var imported = await officer.PostAsync("/api/learners/import", new StringContent(csv.ToString(), Encoding.UTF8, "text/csv"));
        var rows = (await imported.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("rows").EnumerateArray();
        return (courseId, [.. rows.Select(r => r.GetProperty("learnerId").GetGuid())]);
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
