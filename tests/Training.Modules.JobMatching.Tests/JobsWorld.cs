using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using FluentAssertions;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Training.BuildingBlocks.Security;
using Training.BuildingBlocks.Time;
using Training.Modules.Certificates.Contracts;
using Training.Testing;

namespace Training.Modules.JobMatching.Tests;

/// <summary>The host with a clock the tests move forward (closing dates, 30-day expiry).</summary>
public sealed class JobsApp : BekalApp
{
    private readonly Lazy<Task<HttpClient>> _admin;

    // These tests sign many people in from one address: lift the per-address limit.
    public JobsApp()
    {
        _admin = new(AdminAsync);
        With("Identity:SignInsPerMinutePerAddress", "100000");
    }

    public MovableClock Clock { get; } = new();

    public Task<HttpClient> Admin() => _admin.Value;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(Clock));
    }
}

/// <summary>A facility with an officer and a trainer, whose learners have real-looking names and may opt in.</summary>
internal sealed record Facility(JobsApp App, Guid Id, string Code, string Name, HttpClient Officer, HttpClient Trainer)
{
    public static async Task<Facility> CreateAsync(JobsApp app, string name = "Lapas Perempuan Kahayan")
    {
        var admin = await app.Admin();
        var code = "KH-" + Guid.NewGuid().ToString("N")[..6].ToUpperInvariant();
        var created = await admin.PostAsJsonAsync("/api/facilities", new { code, name, timeZone = "Asia/Jakarta" });
        var id = await Json.IdAsync(created);
        var (_, officer) = await app.StaffAsync(Roles.FacilityOfficer, id);
        var (_, trainer) = await app.StaffAsync(Roles.Trainer, id);
        return new Facility(app, id, code, name, officer, trainer);
    }

    /// <summary>A learner registered by the officer under a full name, signed in with the PIN she chose.</summary>
    public async Task<Learner> LearnerAsync(string fullName)
    {
        var number = "WB-" + Guid.NewGuid().ToString("N")[..8].ToUpperInvariant();
        var id = await Json.IdAsync(await Officer.PostAsJsonAsync("/api/learners", new { facilityId = Id, learnerNumber = number, fullName, pin = People.IssuedPin }));
        var client = await App.LearnerFirstSignInAsync(Code, number, People.IssuedPin, People.Pin);
        return new Learner(id, fullName, number, client);
    }
}

internal sealed record Learner(Guid Id, string FullName, string Number, HttpClient Client)
{
    public static object Profile(string alias, string? availableFrom = null, string province = "Kalimantan Tengah", string? regency = "Kota Palangka Raya",
        string[]? workTypes = null, string statement = "Saya menganyam purun dengan rapi.", bool consent = true) => new
    {
        alias, province, regency, availableFrom = availableFrom ?? Json.Month(0), workTypes = workTypes ?? ["HomeBased"], statement, consent,
    };

    public async Task<Guid> OptInAsync(string alias, string? availableFrom = null, string? regency = "Kota Palangka Raya", string[]? workTypes = null)
    {
        var saved = await Client.PutAsJsonAsync("/api/me/graduate-profile", Profile(alias, availableFrom, regency: regency, workTypes: workTypes));
        saved.StatusCode.Should().Be(HttpStatusCode.OK, await saved.Content.ReadAsStringAsync());
        return (await saved.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("profileId").GetGuid();
    }
}

internal static class Employers
{
    public const string Password = "Employer-Password-2026";

    /// <summary>An organisation that registered, was decided as asked (verify, reject or leave pending) and signed in.</summary>
    public static async Task<HttpClient> EmployerAsync(this JobsApp app, string decision = "verify", string organization = "CV Anyaman Borneo")
    {
        var username = "umkm-" + Guid.NewGuid().ToString("N")[..10];
        var registered = await app.Client().PostAsJsonAsync("/api/employers/registrations", new
        {
            organizationName = organization, contactName = "Ibu Maria", email = $"{username}@umkm.example", phone = "+62 811 5200 123", username, password = Password,
            nib = "9120001234567", address = "Jl. Tjilik Riwut Km 5, Palangka Raya",
        });
        var id = await Json.IdAsync(registered);
        var admin = await app.Admin();
        if (decision == "verify")
        {
            (await admin.PostAsync($"/api/employers/{id}/verify", null)).EnsureSuccessStatusCode();
        }
        else if (decision == "reject")
        {
            (await admin.PostAsJsonAsync($"/api/employers/{id}/reject", new { reason = "Alamat tidak ditemukan" })).EnsureSuccessStatusCode();
        }

        return await app.SignedInAsync(username, Password);
    }
}

internal static class Certificates
{
    /// <summary>Appends a certificate issued event exactly as the Certificates module would; the relay delivers it.</summary>
    public static async Task<Guid> IssueAsync(this BekalApp app, Guid learnerId, string skill, string[] units, DateOnly? issuedOn = null,
        string courseTitle = "Anyaman Purun: Tikar dan Tas", Guid? supersedes = null)
    {
        var id = Guid.NewGuid();
        await AppendAsync(app, new CertificateIssuedIntegrationEvent(
            id, learnerId, "BKL-" + id.ToString("N")[..8], Guid.NewGuid(), 1, courseTitle, skill,
            [.. units.Select(u => new CertifiedUnit(u, "Unit " + u))], issuedOn ?? DateOnly.FromDateTime(DateTime.UtcNow), null, supersedes));
        return id;
    }

    public static Task RevokeAsync(this BekalApp app, Guid certificateId, Guid learnerId) =>
        AppendAsync(app, new CertificateRevokedIntegrationEvent(certificateId, learnerId, DateTimeOffset.UtcNow));

    public static Task ExpireAsync(this BekalApp app, Guid certificateId, Guid learnerId) =>
        AppendAsync(app, new CertificateExpiredIntegrationEvent(certificateId, learnerId, DateOnly.FromDateTime(DateTime.UtcNow)));

    private static async Task AppendAsync(BekalApp app, object integrationEvent)
    {
        await using var session = app.Store.LightweightSession();
        session.Events.StartStream(Guid.NewGuid(), integrationEvent);
        await session.SaveChangesAsync();
    }
}

internal static class Json
{
    public static async Task<Guid> IdAsync(HttpResponseMessage created)
    {
        created.IsSuccessStatusCode.Should().BeTrue(await created.Content.ReadAsStringAsync());
        return (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    public static async Task<JsonElement> OkAsync(this Task<HttpResponseMessage> call)
    {
        var response = await call;
        response.StatusCode.Should().Be(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    /// <summary>The month <paramref name="ahead"/> months from now in the platform's zone, as YYYY-MM.</summary>
    public static string Month(int ahead, TimeProvider? clock = null) =>
        BuildingBlocks.Contracts.Month.Of(FacilityTime.Today(clock ?? TimeProvider.System)).AddMonths(ahead).ToString();

    public static IReadOnlyList<string> Aliases(this JsonElement page) =>
        [.. page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("alias").GetString()!)];

    public static Task<JsonElement> SearchAsync(this HttpClient employer, string query) => employer.GetAsync("/api/graduates?" + query).OkAsync();
}
