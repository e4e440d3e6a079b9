using System.Net.Http.Json;
using System.Text.Json;

namespace Training.SystemTests.Access;

/// <summary>
/// Job matching records for the access matrix: the learner caller's graduate profile and one interest
/// in it from the verified employer caller, made once. Calls that change the interest leave it to the
/// next caller in another state; the access each meets is decided before the state is.
/// </summary>
public sealed class JobRecords(Func<HttpRequestMessage, Caller, Task<HttpResponseMessage>> sendAs)
{
    private readonly Lazy<Task<Guid>> _interest = new(() => InterestAsync(sendAs));

    /// <summary>The verified employer's interest in the learner caller's profile (of facility A).</summary>
    public Task<Guid> InterestAsync() => _interest.Value;

    public static object Profile => new
    {
        alias = "Matriks Anyaman",
        province = "Kalimantan Tengah",
        regency = "Kota Palangka Raya",
        availableFrom = DateTime.UtcNow.AddMonths(1).ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture),
        workTypes = new[] { "HomeBased" },
        statement = "Menganyam purun.",
        consent = true,
    };

    public static object Posting => new
    {
        title = "Penganyam purun",
        description = "Anyaman tikar dari rumah",
        skills = new[] { "Weaving" },
        unitCodes = Array.Empty<string>(),
        province = "Kalimantan Tengah",
        regency = (string?)null,
        workType = "HomeBased",
        openings = 1,
        closesOn = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(30),
    };

    private static async Task<Guid> InterestAsync(Func<HttpRequestMessage, Caller, Task<HttpResponseMessage>> sendAs)
    {
        var saved = await sendAs(new HttpRequestMessage(HttpMethod.Put, "/api/me/graduate-profile") { Content = JsonContent.Create(Profile) }, Caller.Learner);
        saved.EnsureSuccessStatusCode();
        var profileId = (await saved.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("profileId").GetGuid();
        var sent = await sendAs(new HttpRequestMessage(HttpMethod.Post, "/api/interests") { Content = JsonContent.Create(new { profileId, message = "Kami tertarik." }) },
            Caller.VerifiedEmployer);
        sent.EnsureSuccessStatusCode();
        return (await sent.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }
}
