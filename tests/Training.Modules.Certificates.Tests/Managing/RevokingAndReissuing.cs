using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using FluentAssertions;
using Training.BuildingBlocks.Security;
using Training.Testing;
using Xunit;

namespace Training.Modules.Certificates.Tests.Managing;

public sealed class RevokingAndReissuing(BekalApp app) : IClassFixture<BekalApp>
{
    [Fact]
    public async Task A_revoked_certificate_shows_as_revoked_with_its_reason_and_date_to_anyone_who_verifies_it()
    {
        var (site, certificate, _) = await IssuedAsync();

        var revoked = await site.Officer.PostAsJsonAsync($"/api/certificates/{Id(certificate)}/revoke", new { reason = "IssuedInError" });
        revoked.StatusCode.Should().Be(HttpStatusCode.OK);

        var verified = await VerifyAsync(certificate);
        verified.GetProperty("status").GetString().Should().Be("Revoked");
        verified.GetProperty("revocationReason").GetString().Should().Be("IssuedInError");
        verified.GetProperty("revokedOn").GetString().Should().NotBeNullOrEmpty();
        var again = await site.Officer.PostAsJsonAsync($"/api/certificates/{Id(certificate)}/revoke", new { reason = "Other" });
        again.StatusCode.Should().Be(HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task A_reissue_after_a_name_correction_gives_a_new_number_and_the_old_one_points_to_it()
    {
        var (site, certificate, learner) = await IssuedAsync();

        var reissued = await site.Officer.PostAsJsonAsync($"/api/certificates/{Id(certificate)}/reissue", new { holderName = "Siti  Nur Aminah" });
        reissued.StatusCode.Should().Be(HttpStatusCode.OK);
        var replacement = await reissued.Content.ReadFromJsonAsync<JsonElement>();

        var newCode = replacement.GetProperty("verificationCode").GetString()!;
        var current = await VerifyAsync(newCode);
        current.GetProperty("status").GetString().Should().Be("Valid");
        current.GetProperty("holderName").GetString().Should().Be("Siti Nur Aminah");
        current.GetProperty("validUntil").GetString().Should().Be(certificate.GetProperty("validUntil").GetString(), "a correction does not extend validity");
        var old = await VerifyAsync(certificate);
        old.GetProperty("status").GetString().Should().Be("Revoked");
        old.GetProperty("revocationReason").GetString().Should().Be("NameCorrected");
        old.GetProperty("supersededBy").GetProperty("number").GetString().Should().Be(replacement.GetProperty("number").GetString());
        old.GetProperty("supersededBy").GetProperty("verificationCode").GetString().Should().Be(newCode);
        var mine = await learner.GetFromJsonAsync<JsonElement[]>("/api/me/certificates");
        mine!.Select(c => c.GetProperty("status").GetString()).Should().BeEquivalentTo("Valid", "Superseded");
    }

    [Fact]
    public async Task Only_admins_and_the_officers_of_the_holders_facility_may_revoke()
    {
        var (_, certificate, learner) = await IssuedAsync();
        var other = await CertificateSite.CreateAsync(app);
        var (_, trainer) = await app.StaffAsync(Roles.Trainer, other.FacilityId);
        var body = new { reason = "Other" };

        (await other.Officer.PostAsJsonAsync($"/api/certificates/{Id(certificate)}/revoke", body)).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await trainer.PostAsJsonAsync($"/api/certificates/{Id(certificate)}/revoke", body)).StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await learner.PostAsJsonAsync($"/api/certificates/{Id(certificate)}/revoke", body)).StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await (await app.AdminAsync()).PostAsJsonAsync($"/api/certificates/{Id(certificate)}/revoke", body)).StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Theory]
    [InlineData("revoke", """{ "reason": "" }""")]
    [InlineData("revoke", """{ "reason": "abc" }""")]
    [InlineData("revoke", """{ }""")]
    [InlineData("revoke", """{ "reason": "Dikeluarkan karena kesalahan data" }""")]
    [InlineData("revoke", """{ "reason": "1" }""")]
    [InlineData("revoke", """{ "reason": null, "note": "Salah data" }""")]
    [InlineData("reissue", """{ "holderName": "Siti <script>" }""")]
    [InlineData("reissue", """{ "holderName": "" }""")]
    [InlineData("reissue", """{ "holderName": 42 }""")]
    public async Task Bad_input_is_refused_with_problem_details_and_changes_nothing(string action, string body)
    {
        var (site, certificate, _) = await IssuedAsync();

        var response = await site.Officer.PostAsync($"/api/certificates/{Id(certificate)}/{action}", new StringContent(body, System.Text.Encoding.UTF8, "application/json"));

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
        (await VerifyAsync(certificate)).GetProperty("status").GetString().Should().Be("Valid");
    }

    [Fact]
    public async Task Reissuing_with_the_same_name_is_refused()
    {
        var (site, certificate, _) = await IssuedAsync();
        var first = await site.Officer.PostAsJsonAsync($"/api/certificates/{Id(certificate)}/reissue", new { holderName = "Dewi Lestari" });
        var replacement = (await first.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();

        var response = await site.Officer.PostAsJsonAsync($"/api/certificates/{replacement}/reissue", new { holderName = "Dewi  Lestari" });

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await response.ProblemCodeAsync()).Should().Be("certificate.reissue.same-name");
    }

    private async Task<(CertificateSite Site, JsonElement Certificate, HttpClient Learner)> IssuedAsync()
    {
        var site = await CertificateSite.CreateAsync(app);
        var (learnerId, learner) = await site.LearnerAsync();
        await site.PassAsync(site.Passed(learnerId));
        return (site, (await CertificateSite.CertificatesOfAsync(learner)).Single(), learner);
    }

    private static Guid Id(JsonElement certificate) => certificate.GetProperty("id").GetGuid();

    private Task<JsonElement> VerifyAsync(JsonElement certificate) => VerifyAsync(certificate.GetProperty("verificationCode").GetString()!);

    private Task<JsonElement> VerifyAsync(string code) => app.Client().GetFromJsonAsync<JsonElement>($"/api/certificates/verify/{code}");
}
