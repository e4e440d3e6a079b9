using System.Net.Http.Json;
using System.Text.Json;
using Training.BuildingBlocks.Security;
using Training.Modules.Assessments.Contracts;
using Training.Testing;

namespace Training.Modules.Certificates.Tests;

/// <summary>
/// A facility (named "Lapas Uji", as the stigma checks need) with an officer and a published
/// two-unit course. Passes are appended to the event store as the Assessments module does.
/// </summary>
internal sealed record CertificateSite(BekalApp App, Guid FacilityId, string Code, HttpClient Officer, Guid CourseId)
{
    public const string FacilityName = "Lapas Uji";
    public const string CourseTitle = "Merajut Tas Purun";

    public static readonly UnitOutcome[] Units =
    [
        new(Guid.NewGuid(), "C.131000.001.01", "Merajut dasar", Competence.Competent),
        new(Guid.NewGuid(), "C.131000.002.01", "Menyelesaikan produk", Competence.Competent),
    ];

    public static async Task<CertificateSite> CreateAsync(BekalApp app, int? validityMonths = 36)
    {
        var code = "F-" + Guid.NewGuid().ToString("N")[..8].ToUpperInvariant();
        var facilityId = await app.FacilityAsync(code);
        var (_, officer) = await app.StaffAsync(Roles.FacilityOfficer, facilityId);
        var (_, trainer) = await app.StaffAsync(Roles.Trainer, facilityId);
        var created = await trainer.PostAsJsonAsync("/api/courses", new
        {
            title = CourseTitle,
            summary = "Tas dari purun",
            category = "Weaving",
            expectedHours = 24,
            minimumAttendancePercent = 75,
            certificateValidityMonths = validityMonths,
            competencyUnits = Units.Select(u => new { code = u.Code, title = u.Title, performanceCriteria = new[] { "Rapi" } }),
            lessons = new[] { new { title = "Anyaman dasar", body = "Anyam 10 baris." } },
        });
        created.EnsureSuccessStatusCode();
        var courseId = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        (await trainer.PostAsync($"/api/courses/{courseId}/publish", null)).EnsureSuccessStatusCode();
        return new CertificateSite(app, facilityId, code, officer, courseId);
    }

    public Task<(Guid Id, HttpClient Client)> LearnerAsync() => App.LearnerAsync(Officer, FacilityId, Code);

    /// <summary>The pass as Assessments publishes it: an integration event committed to the store.</summary>
    public CoursePassedIntegrationEvent Passed(Guid learnerId, DateTimeOffset? at = null) =>
        new(Guid.NewGuid(), learnerId, CourseId, 1, Units, 90m, null, at ?? DateTimeOffset.UtcNow);

    public async Task PassAsync(params CoursePassedIntegrationEvent[] passes)
    {
        await using var session = App.Store.LightweightSession();
        foreach (var pass in passes)
        {
            session.Events.StartStream(Guid.NewGuid(), pass);
        }

        await session.SaveChangesAsync();
    }

    /// <summary>The learner's certificates once the relay has issued <paramref name="count"/> of them.</summary>
    public static async Task<JsonElement[]> CertificatesOfAsync(HttpClient learner, int count = 1)
    {
        var list = await Eventually.Until(
            async () => (await learner.GetFromJsonAsync<JsonElement[]>("/api/me/certificates"))!, l => l.Length >= count);
        return list;
    }
}

internal static class Problems
{
    /// <summary>The stable error code of a problem-details answer.</summary>
    public static async Task<string?> ProblemCodeAsync(this HttpResponseMessage response) =>
        (await response.Content.ReadFromJsonAsync<JsonElement>()).TryGetProperty("code", out var code) ? code.GetString() : null;
}
