using System.Net.Http.Json;

namespace Training.Testing;

/// <summary>Facilities and signed-in people made through the API, as an admin and an officer would.</summary>
public static class People
{
    /// <summary>The password staff choose at their first sign-in.</summary>
    public const string Password = "Test-Password-2026";

    /// <summary>The temporary password the admin issues; replaced by <see cref="Password"/> at first sign-in.</summary>
    public const string IssuedPassword = "Issued-Password-2026";

    /// <summary>The PIN learners choose at their first sign-in, and the temporary one the officer issues.</summary>
    public const string Pin = "482915";
    public const string IssuedPin = "739251";

    public static async Task<Guid> FacilityAsync(this BekalApp app, string? code = null)
    {
        var admin = await app.AdminAsync();
        var response = await admin.PostAsJsonAsync("/api/facilities",
            new { code = code ?? "F-" + Guid.NewGuid().ToString("N")[..8], name = "Lapas Uji", timeZone = "Asia/Jakarta" });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<Created>())!.Id;
    }

    /// <summary>A new staff account of the role at the facility, signed in with the password its owner chose.</summary>
    public static async Task<(Guid Id, HttpClient Client)> StaffAsync(this BekalApp app, string role, Guid? facilityId)
    {
        var admin = await app.AdminAsync();
        var username = role.ToLowerInvariant() + "-" + Guid.NewGuid().ToString("N")[..8];
        var response = await admin.PostAsJsonAsync("/api/staff",
            new { username, password = IssuedPassword, displayName = $"{role} {username}", role, facilityId });
        response.EnsureSuccessStatusCode();
        var id = (await response.Content.ReadFromJsonAsync<Created>())!.Id;
        return (id, await app.FirstSignInAsync(username, IssuedPassword, Password));
    }

    /// <summary>A learner registered by an officer of the facility, signed in with the PIN she chose (<see cref="Pin"/>).</summary>
    public static async Task<(Guid Id, HttpClient Client)> LearnerAsync(this BekalApp app, HttpClient officer, Guid facilityId, string facilityCode)
    {
        var learnerNumber = "WB-" + Guid.NewGuid().ToString("N")[..8];
        var response = await officer.PostAsJsonAsync("/api/learners", new { facilityId, learnerNumber, fullName = "Warga " + learnerNumber, pin = IssuedPin });
        response.EnsureSuccessStatusCode();
        var id = (await response.Content.ReadFromJsonAsync<Created>())!.Id;
        return (id, await app.LearnerFirstSignInAsync(facilityCode, learnerNumber, IssuedPin, Pin));
    }

    private sealed record Created(Guid Id);
}
