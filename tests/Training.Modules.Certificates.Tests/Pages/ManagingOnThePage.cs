using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using FluentAssertions;
using Training.BuildingBlocks.Security;
using Training.Testing;
using Xunit;

namespace Training.Modules.Certificates.Tests.Pages;

public sealed class ManagingOnThePage(BekalApp app) : IClassFixture<BekalApp>
{
    [Fact]
    public async Task A_revoke_with_a_reason_outside_the_list_shows_the_page_again_with_400_and_one_from_the_list_revokes_it()
    {
        var (site, learnerId, certificate) = await IssuedAsync();
        var page = $"/certificates/learner/{learnerId}";
        var action = $"{page}?handler=Revoke&id={certificate.GetProperty("id").GetGuid()}";

        var refused = await site.Officer.PostFormAsync(page, action, ("Revoke.Reason", "Data pelatihan keliru"), ("Revoke.Note", "Catatan"));

        refused.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await refused.TextAsync()).Should().Contain("Pilih salah satu alasan pencabutan").And.Contain(certificate.GetProperty("number").GetString());
        (await VerifyAsync(certificate)).GetProperty("status").GetString().Should().Be("Valid", "nothing was stored");

        var revoked = await site.Officer.PostFormAsync(page, action, ("Revoke.Reason", "IssuedInError"), ("Revoke.Note", "Data pelatihan keliru"));

        revoked.StatusCode.Should().Be(HttpStatusCode.Redirect);
        revoked.Headers.Location!.OriginalString.Should().Be(page);
        var staffPage = await (await site.Officer.GetAsync(page)).TextAsync();
        staffPage.Should().Contain($"Sertifikat {certificate.GetProperty("number").GetString()} dicabut.").And.Contain("Data pelatihan keliru");
        var verified = await (await app.Client().GetAsync($"/verify/{certificate.GetProperty("verificationCode").GetString()}")).TextAsync();
        verified.Should().Contain("Dicabut").And.Contain("Diterbitkan karena kekeliruan").And.NotContain("Data pelatihan keliru");
    }

    [Fact]
    public async Task A_reissue_is_refused_beside_its_form_for_a_malformed_or_unchanged_name_and_a_corrected_name_replaces_the_certificate()
    {
        var (site, learnerId, certificate) = await IssuedAsync();
        var page = $"/certificates/learner/{learnerId}";
        string Reissue(JsonElement c) => $"{page}?handler=Reissue&id={c.GetProperty("id").GetGuid()}";

        var malformed = await site.Officer.PostFormAsync(page, Reissue(certificate), ("Reissue.HolderName", "<b>1</b>"));
        var reissued = await site.Officer.PostFormAsync(page, Reissue(certificate), ("Reissue.HolderName", "Siti Nur Aminah"));
        var replacement = (await site.Officer.GetFromJsonAsync<JsonElement[]>($"/api/learners/{learnerId}/certificates"))!
            .Single(c => c.GetProperty("status").GetString() == "Valid");
        var unchanged = await site.Officer.PostFormAsync(page, Reissue(replacement), ("Reissue.HolderName", "Siti Nur Aminah"));

        malformed.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        var shown = await malformed.TextAsync();
        shown.Should().Contain("Nama harus 2–120 karakter").And.Contain("value=\"<b>1</b>\"", "the form shows what was typed");
        reissued.StatusCode.Should().Be(HttpStatusCode.Redirect);
        unchanged.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await unchanged.TextAsync()).Should().Contain("Nama ini sama dengan nama di sertifikat.");
        var old = await (await app.Client().GetAsync($"/verify/{certificate.GetProperty("verificationCode").GetString()}")).TextAsync();
        old.Should().Contain("Dicabut").And.Contain($"Lihat sertifikat pengganti {replacement.GetProperty("number").GetString()}");
    }

    [Fact]
    public async Task The_facility_list_shows_its_own_learners_certificates_only_and_a_trainer_may_look_but_not_revoke()
    {
        var (site, learnerId, certificate) = await IssuedAsync();
        var other = await CertificateSite.CreateAsync(app);
        var (_, trainer) = await app.StaffAsync(Roles.Trainer, site.FacilityId);
        var number = certificate.GetProperty("number").GetString()!;

        (await (await site.Officer.GetAsync("/certificates/facility")).TextAsync()).Should().Contain(number).And.Contain($"/certificates/learner/{learnerId}");
        (await (await site.Officer.GetAsync($"/certificates/facility?q={number[^6..]}")).TextAsync()).Should().Contain(number);
        (await (await site.Officer.GetAsync("/certificates/facility?q=tidak-ada")).TextAsync()).Should().NotContain(number);
        (await (await other.Officer.GetAsync("/certificates/facility")).TextAsync()).Should().NotContain(number);
        (await other.Officer.GetAsync($"/certificates/learner/{learnerId}")).StatusCode.Should().Be(HttpStatusCode.NotFound);

        var seen = await trainer.GetAsync($"/certificates/learner/{learnerId}");
        seen.StatusCode.Should().Be(HttpStatusCode.OK);
        (await seen.TextAsync()).Should().Contain(number).And.NotContain("Cabut sertifikat");
        var posted = await trainer.PostFormAsync($"/certificates/learner/{learnerId}",
            $"/certificates/learner/{learnerId}?handler=Revoke&id={certificate.GetProperty("id").GetGuid()}", ("Revoke.Reason", "Other"));
        posted.StatusCode.Should().Be(HttpStatusCode.Redirect);
        posted.Headers.Location!.OriginalString.Should().Contain("/error/403");
        (await VerifyAsync(certificate)).GetProperty("status").GetString().Should().Be("Valid");
        var admin = await app.AdminAsync();
        (await (await admin.GetAsync($"/certificates/learner/{learnerId}")).TextAsync()).Should().Contain("Cabut sertifikat");
        (await admin.GetAsync($"/certificates/learner/{Guid.NewGuid()}")).StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    private async Task<(CertificateSite Site, Guid LearnerId, JsonElement Certificate)> IssuedAsync()
    {
        var site = await CertificateSite.CreateAsync(app);
        var (learnerId, learner) = await site.LearnerAsync();
        await site.PassAsync(site.Passed(learnerId));
        return (site, learnerId, (await CertificateSite.CertificatesOfAsync(learner)).Single());
    }

    private async Task<JsonElement> VerifyAsync(JsonElement certificate) =>
        await app.Client().GetFromJsonAsync<JsonElement>($"/api/certificates/verify/{certificate.GetProperty("verificationCode").GetString()}");
}
