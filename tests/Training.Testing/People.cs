using System.Net.Http.Json;

namespace Training.Testing;

/// <summary>Facilities and signed-in people made through the API, as an admin and an officer would.</summary>
public static class People
{
    public const string Password = "Test-Password-2026";

    public static async Task<Guid> FacilityAsync(this BekalApp app, string? code = null)
    {
        var admin = await app.AdminAsync();
        var response = await admin.PostAsJsonAsync("/api/facilities",
            new { code = code ?? "F-" + Guid.NewGuid().ToString("N")[..8], name = "Lapas Uji", timeZone = "Asia/Jakarta" });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<Created>())!.Id;
    }

    /// <summary>A new staff account of the role at the facility, signed in.</summary>
    public static async Task<(Guid Id, HttpClient Client)> StaffAsync(this BekalApp app, string role, Guid? facilityId)
    {
        var admin = await app.AdminAsync();
        var username = role.ToLowerInvariant() + "-" + Guid.NewGuid().ToString("N")[..8];
        var response = await admin.PostAsJsonAsync("/api/staff",
            new { username, password = Password, displayName = $"{role} {username}", role, facilityId });
        response.EnsureSuccessStatusCode();
        var id = (await response.Content.ReadFromJsonAsync<Created>())!.Id;
        return (id, await app.SignedInAsync(username, Password));
    }

    /// <summary>A learner registered by an officer of the facility, signed in with the PIN.</summary>
    public static async Task<(Guid Id, HttpClient Client)> LearnerAsync(this BekalApp app, HttpClient officer, Guid facilityId, string facilityCode)
    {
        var learnerNumber = "WB-" + Guid.NewGuid().ToString("N")[..8];
        const string pin = "482915";
        var response = await officer.PostAsJsonAsync("/api/learners", new { facilityId, learnerNumber, fullName = "Warga " + learnerNumber, pin });
        response.EnsureSuccessStatusCode();
        var id = (await response.Content.ReadFromJsonAsync<Created>())!.Id;
        var learner = app.Client();
        (await learner.PostAsJsonAsync("/api/auth/learner-sign-in", new { facilityCode, learnerNumber, pin })).EnsureSuccessStatusCode();
        return (id, learner);
    }

    private sealed record Created(Guid Id);
}
