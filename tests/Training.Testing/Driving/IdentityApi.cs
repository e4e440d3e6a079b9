using System.Net;
using System.Net.Http.Json;
using FluentAssertions;

namespace Training.Testing.Driving;

/// <summary>The Identity API as its clients call it.</summary>
public static class IdentityApi
{
    /// <summary>The password staff choose at their first sign-in; the admin issues <see cref="IssuedPassword"/>.</summary>
    public const string StaffPassword = "Staff-Password-2026";
    public const string IssuedPassword = "Issued-Password-2026";

    /// <summary>The temporary PIN an officer issues; the learner chooses her own at her first sign-in.</summary>
    public const string IssuedPin = "739251";
    public const string EmployerPassword = "Employer-Password-2026";

    public static async Task<Guid> CreateFacilityAsync(this HttpClient admin, string code) =>
        await IdOfAsync(await admin.PostAsJsonAsync("/api/facilities", new { code, name = $"Facility {code}", timeZone = "Asia/Jakarta" }), HttpStatusCode.Created);

    /// <summary>An admin creates a staff account with a temporary password (<see cref="IssuedPassword"/>).</summary>
    public static async Task<Guid> CreateStaffAsync(this HttpClient admin, string username, string role, Guid? facilityId) =>
        await IdOfAsync(
            await admin.PostAsJsonAsync("/api/staff", new { username, password = IssuedPassword, displayName = username, role, facilityId }),
            HttpStatusCode.Created);

    public static async Task<Guid> RegisterLearnerAsync(this HttpClient officer, Guid facilityId, string learnerNumber, string pin) =>
        await IdOfAsync(
            await officer.PostAsJsonAsync("/api/learners", new { facilityId, learnerNumber, fullName = $"Learner {learnerNumber}", pin }),
            HttpStatusCode.Created);

    /// <summary>Registers an organisation and its user; the answer is 202 while an admin has not decided.</summary>
    public static async Task<Guid> RegisterEmployerAsync(this HttpClient client, string username) =>
        await IdOfAsync(await client.PostAsJsonAsync("/api/employers/registrations", EmployerRegistration(username)), HttpStatusCode.Accepted);

    public static object EmployerRegistration(string username) => new
    {
        organizationName = $"UMKM {username}",
        contactName = "Ibu Maria",
        email = $"{username}@umkm.example",
        phone = "+62 811 5200 123",
        username,
        password = EmployerPassword,
        nib = "9120001234567",
        address = "Jl. Tjilik Riwut Km 5, Palangka Raya",
    };

    public static Task<HttpResponseMessage> SignInAsync(this HttpClient client, string username, string password) =>
        client.PostAsJsonAsync("/api/auth/sign-in", new { username, password });

    public static Task<HttpResponseMessage> ChangeSecretAsync(this HttpClient client, string current, string @new) =>
        client.PostAsJsonAsync("/api/me/secret", new { current, @new });

    public static Task<HttpResponseMessage> LearnerSignInAsync(this HttpClient client, string facilityCode, string learnerNumber, string pin) =>
        client.PostAsJsonAsync("/api/auth/learner-sign-in", new { facilityCode, learnerNumber, pin });

    public static async Task<HttpClient> LearnerSignedInAsync(this BekalApp app, string facilityCode, string learnerNumber, string pin)
    {
        var client = app.Client();
        var response = await client.LearnerSignInAsync(facilityCode, learnerNumber, pin);
        response.StatusCode.Should().Be(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return client;
    }

    /// <summary>Who the session says the caller is, or null when the session has ended (401).</summary>
    public static async Task<MeView?> MeAsync(this HttpClient client)
    {
        var response = await client.GetAsync("/api/me");
        if (response.StatusCode == HttpStatusCode.Unauthorized)
        {
            return null;
        }

        response.StatusCode.Should().Be(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return await response.Content.ReadFromJsonAsync<MeView>();
    }

    public static async Task<IReadOnlyList<LearnerView>> SearchLearnersAsync(this HttpClient staff, string q = "")
    {
        var response = await staff.GetAsync($"/api/learners?q={Uri.EscapeDataString(q)}");
        response.StatusCode.Should().Be(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<List<LearnerView>>())!;
    }

    public static async Task<ProblemView> ProblemAsync(this HttpResponseMessage response)
    {
        (response.Content.Headers.ContentType?.MediaType).Should().Be("application/problem+json");
        return (await response.Content.ReadFromJsonAsync<ProblemView>())!;
    }

    public static async Task<Guid> IdOfAsync(HttpResponseMessage response, HttpStatusCode expected)
    {
        response.StatusCode.Should().Be(expected, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<Created>())!.Id;
    }

    private sealed record Created(Guid Id);
}
