using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using FluentAssertions;
using Training.Modules.Certificates.Certificates;
using Training.Modules.Certificates.Tests.Pages;
using Training.Testing;
using UglyToad.PdfPig;
using Xunit;

namespace Training.Modules.Certificates.Tests.Managing;

/// <summary>
/// Anyone who checks a revoked certificate reads one of the fixed reasons in neutral words; what the
/// officer wrote stays with the staff of the holder's facility and admins.
/// </summary>
public sealed class KeepingTheRevocationNoteInternal(BekalApp app) : IClassFixture<BekalApp>
{
    private const string Note = "Warga binaan Lapas Perempuan Palangka Raya (penjara) melanggar tata tertib";

    [Fact]
    public async Task The_public_page_verify_api_status_list_and_documents_show_only_the_fixed_reason_while_staff_read_the_note()
    {
        var (site, learnerId, learner, certificate) = await IssuedAsync();
        var id = certificate.GetProperty("id").GetGuid();
        var code = certificate.GetProperty("verificationCode").GetString()!;

        var revoked = await site.Officer.PostAsJsonAsync($"/api/certificates/{id}/revoke", new { reason = "AssessmentWithdrawn", note = Note });
        revoked.StatusCode.Should().Be(HttpStatusCode.OK, await revoked.Content.ReadAsStringAsync());

        var api = await app.Client().GetStringAsync($"/api/certificates/verify/{code}");
        JsonDocument.Parse(api).RootElement.GetProperty("revocationReason").GetString().Should().Be("AssessmentWithdrawn");
        var page = await (await app.Client().GetAsync($"/verify/{code}")).TextAsync();
        page.Should().Contain("Hasil asesmen ditarik");
        var status = await app.Client().GetStringAsync($"/api/certificates/{id}/status");
        status.Should().Contain("AssessmentWithdrawn");
        using var pdf = PdfDocument.Open(await learner.GetByteArrayAsync($"/api/certificates/{id}/pdf"));
        var jwt = await learner.GetStringAsync($"/api/certificates/{id}/credential");
        var publicSurfaces = new Dictionary<string, string>
        {
            ["verify API"] = api,
            ["verify page"] = page,
            ["status list"] = status,
            ["holder's list"] = await learner.GetStringAsync("/api/me/certificates"),
            ["holder's page"] = await (await learner.GetAsync("/certificates")).TextAsync(),
            ["credential"] = Encoding.UTF8.GetString(Convert.FromBase64String(Padded(jwt.Split('.')[1]))),
            ["PDF"] = string.Join(' ', pdf.GetPages().Select(p => p.Text)),
        };
        foreach (var (surface, text) in publicSurfaces)
        {
            text.Should().NotContain("tata tertib", $"the {surface} must not show the officer's note").And.NotContainEquivalentOf("penjara");
        }

        var staffList = await site.Officer.GetFromJsonAsync<JsonElement[]>($"/api/learners/{learnerId}/certificates");
        staffList!.Single().GetProperty("revocationNote").GetString().Should().Be(Note);
        staffList!.Single().GetProperty("revocationReason").GetString().Should().Be("AssessmentWithdrawn");
        (await (await site.Officer.GetAsync($"/certificates/learner/{learnerId}")).TextAsync()).Should().Contain(Note).And.Contain("Hasil asesmen ditarik");
        (await (await (await app.AdminAsync()).GetAsync($"/certificates/learner/{learnerId}")).TextAsync()).Should().Contain(Note);
    }

    [Fact]
    public async Task A_reason_outside_the_list_is_refused_and_changes_nothing()
    {
        var (site, _, _, certificate) = await IssuedAsync();
        var id = certificate.GetProperty("id").GetGuid();

        var refused = await site.Officer.PostAsJsonAsync($"/api/certificates/{id}/revoke", new { reason = Note });
        var tooLong = await site.Officer.PostAsJsonAsync($"/api/certificates/{id}/revoke", new { reason = "Other", note = new string('x', 501) });

        refused.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await refused.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("reason", out _).Should().BeTrue();
        tooLong.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        var verified = await app.Client().GetFromJsonAsync<JsonElement>($"/api/certificates/verify/{certificate.GetProperty("verificationCode").GetString()}");
        verified.GetProperty("status").GetString().Should().Be("Valid");
    }

    [Fact]
    public async Task A_revocation_stored_with_free_text_before_the_fixed_reasons_reads_as_Other_and_keeps_its_text_for_staff()
    {
        var (site, learnerId, _, certificate) = await IssuedAsync();
        var id = certificate.GetProperty("id").GetGuid();
        (await site.Officer.PostAsJsonAsync($"/api/certificates/{id}/revoke", new { reason = "Other" })).EnsureSuccessStatusCode();
        await StoreAsBeforeTheFixedReasonsAsync(id, Note);

        var api = await app.Client().GetStringAsync($"/api/certificates/verify/{certificate.GetProperty("verificationCode").GetString()}");
        var status = await app.Client().GetStringAsync($"/api/certificates/{id}/status");
        var staffList = await site.Officer.GetFromJsonAsync<JsonElement[]>($"/api/learners/{learnerId}/certificates");
        var again = await site.Officer.PostAsJsonAsync($"/api/certificates/{id}/revoke", new { reason = "Other" });
        await using var session = app.Store.QuerySession();
        var replayed = await session.Events.AggregateStreamAsync<Certificate>(id);

        JsonDocument.Parse(api).RootElement.GetProperty("revocationReason").GetString().Should().Be("Other");
        api.Should().NotContain("tata tertib");
        status.Should().NotContain("tata tertib");
        staffList!.Single().GetProperty("revocationNote").GetString().Should().Be(Note);
        again.StatusCode.Should().Be(HttpStatusCode.Conflict, "the old revocation still counts");
        replayed!.Revocation!.PublicReason.Should().Be(RevocationReason.Other);
        replayed.Revocation.StaffNote.Should().Be(Note);
    }

    /// <summary>Rewrites the revocation event and the certificate document to the shape stored before reasons were a fixed list.</summary>
    private async Task StoreAsBeforeTheFixedReasonsAsync(Guid certificateId, string text)
    {
        await using var session = app.Store.LightweightSession();
        session.QueueSqlCommand(
            "update events.mt_events set data = jsonb_build_object('certificateId', data->'certificateId', 'reason', ?::text, 'by', data->'by', 'at', data->'at') "
            + "where stream_id = ? and type = 'certificate_revoked'", text, certificateId);
        session.QueueSqlCommand(
            "update certificates.mt_doc_certificate set data = jsonb_set(data, '{revocation}', "
            + "jsonb_build_object('reason', ?::text, 'by', data->'revocation'->'by', 'at', data->'revocation'->'at')) where id = ?", text, certificateId);
        await session.SaveChangesAsync();
    }

    private async Task<(CertificateSite Site, Guid LearnerId, HttpClient Learner, JsonElement Certificate)> IssuedAsync()
    {
        var site = await CertificateSite.CreateAsync(app);
        var (learnerId, learner) = await site.LearnerAsync();
        await site.PassAsync(site.Passed(learnerId));
        return (site, learnerId, learner, (await CertificateSite.CertificatesOfAsync(learner)).Single());
    }

    private static string Padded(string base64Url) =>
        base64Url.Replace('-', '+').Replace('_', '/') + new string('=', (4 - (base64Url.Length % 4)) % 4);
}
