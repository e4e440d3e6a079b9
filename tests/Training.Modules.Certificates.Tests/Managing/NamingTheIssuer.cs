using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using FluentAssertions;
using Training.Testing;
using Xunit;

namespace Training.Modules.Certificates.Tests.Managing;

public sealed class NamingTheIssuer(BekalApp app) : IClassFixture<BekalApp>
{
    [Fact]
    public async Task Certificates_name_the_programme_the_admin_set_for_the_facility()
    {
        var site = await CertificateSite.CreateAsync(app);
        var admin = await app.AdminAsync();
        var named = await admin.PutAsJsonAsync($"/api/certificates/issuers/{site.FacilityId}", new { name = "Program Pelatihan Keterampilan Kalimantan Tengah" });
        named.StatusCode.Should().Be(HttpStatusCode.OK);

        var (learnerId, learner) = await site.LearnerAsync();
        await site.PassAsync(site.Passed(learnerId));
        var code = (await CertificateSite.CertificatesOfAsync(learner)).Single().GetProperty("verificationCode").GetString();

        var verified = await app.Client().GetFromJsonAsync<JsonElement>($"/api/certificates/verify/{code}");
        verified.GetProperty("issuerName").GetString().Should().Be("Program Pelatihan Keterampilan Kalimantan Tengah");
    }

    [Theory]
    [InlineData("Program Lapas Palangka Raya")]
    [InlineData("Pelatihan LPP Kalteng")]
    [InlineData("Prison Skills Programme")]
    [InlineData("Program Pelatihan Warga Binaan")]
    [InlineData("Pelatihan Rutan Kota")]
    [InlineData("Program Pemasyarakatan Mandiri")]
    [InlineData("Lapas Uji Skills")]
    public async Task An_issuer_name_that_would_tell_where_the_holder_trained_is_refused(string name)
    {
        var site = await CertificateSite.CreateAsync(app);
        var admin = await app.AdminAsync();

        var response = await admin.PutAsJsonAsync($"/api/certificates/issuers/{site.FacilityId}", new { name });

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await response.ProblemCodeAsync()).Should().Be("text.names-custody");
    }

    [Fact]
    public async Task An_issuer_name_holding_any_facilitys_name_or_code_is_refused_and_a_short_one_too()
    {
        var site = await CertificateSite.CreateAsync(app);
        var admin = await app.AdminAsync();
        var other = await admin.PostAsJsonAsync("/api/facilities", new { code = "BTG-" + Guid.NewGuid().ToString("N")[..4], name = "Griya Binaan Tanjung", timeZone = "Asia/Jakarta" });
        other.EnsureSuccessStatusCode();
        var otherCode = (await admin.GetFromJsonAsync<JsonElement[]>("/api/facilities"))!
            .Select(f => f.GetProperty("code").GetString()!).Single(c => c.StartsWith("BTG-", StringComparison.Ordinal));

        foreach (var name in new[] { "Program Griya Binaan Tanjung", $"Program Pelatihan {otherCode}", $"Program {site.Code}" })
        {
            var response = await admin.PutAsJsonAsync($"/api/certificates/issuers/{site.FacilityId}", new { name });
            response.StatusCode.Should().Be(HttpStatusCode.BadRequest, name);
            (await response.ProblemCodeAsync()).Should().Be("text.names-custody", name);
        }

        (await admin.PutAsJsonAsync($"/api/certificates/issuers/{site.FacilityId}", new { name = "abc" })).StatusCode.Should().Be(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Only_platform_admins_name_issuers()
    {
        var site = await CertificateSite.CreateAsync(app);

        var response = await site.Officer.PutAsJsonAsync($"/api/certificates/issuers/{site.FacilityId}", new { name = "Program Pelatihan Mandiri" });

        response.StatusCode.Should().Be(HttpStatusCode.Forbidden);
    }
}
