using System.Net;
using System.Net.Http.Json;
using FluentAssertions;
using Training.Testing;
using Xunit;

namespace Training.Modules.JobMatching.Tests.Pages;

public sealed class UsingThePages(JobsApp app) : IClassFixture<JobsApp>
{
    [Theory]
    [InlineData("pending", "Organisasi Anda belum diverifikasi.")]
    [InlineData("reject", "Pendaftaran organisasi Anda ditolak")]
    public async Task An_employer_not_verified_gets_the_page_that_says_to_wait_and_no_search(string decision, string said)
    {
        var employer = await app.EmployerAsync(decision);

        var search = await employer.GetAsync("/employer/graduates?skill=Weaving");
        var postings = await employer.GetAsync("/employer/postings");
        var waiting = await employer.GetAsync("/employer/waiting");

        search.StatusCode.Should().Be(HttpStatusCode.Redirect);
        search.Headers.Location!.OriginalString.Should().Be("/employer/waiting");
        postings.Headers.Location!.OriginalString.Should().Be("/employer/waiting");
        waiting.StatusCode.Should().Be(HttpStatusCode.OK, "the page she was sent to is no refusal");
        var text = await waiting.TextAsync();
        text.Should().Contain(said).And.Contain("CV Anyaman Borneo").And.NotContain("name=\"skill\"");
    }

    [Fact]
    public async Task The_profile_form_with_bad_input_is_shown_again_with_400_and_nothing_is_stored()
    {
        var facility = await Facility.CreateAsync(app);
        var learner = await facility.LearnerAsync("Siti Nurhaliza");
        var month = Json.Month(1);

        var unconsented = await learner.Client.PostFormAsync("/profile", "/profile",
            ("Input.Alias", "ab"), ("Input.Province", "62"), ("Input.AvailableFrom", "2020-01"), ("Input.WorkTypes", "Employment"));
        var named = await learner.Client.PostFormAsync("/profile", "/profile",
            ("Input.Alias", "Siti Rajut"), ("Input.Province", "62"), ("Input.Regency", "6271"), ("Input.AvailableFrom", month),
            ("Input.WorkTypes", "HomeBased"), ("Input.Consent", "true"));
        var mismatched = await learner.Client.PostFormAsync("/profile", "/profile",
            ("Input.Alias", "Rajut Senja"), ("Input.Province", "31"), ("Input.Regency", "6271"), ("Input.AvailableFrom", month),
            ("Input.WorkTypes", "Nonsense"), ("Input.Consent", "yes"));
        var stored = await learner.Client.GetAsync("/api/me/graduate-profile");

        unconsented.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await unconsented.TextAsync()).Should().Contain("Berikan persetujuan Anda untuk membuat profil.")
            .And.Contain("Nama samaran terdiri dari 3–30 huruf").And.Contain("Bulan tersedia: bulan ini atau sesudahnya");
        named.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        var namedText = await named.TextAsync();
        namedText.Should().Contain("Teks ini dibaca publik dan pemberi kerja: jangan memuat nama atau kode fasilitas").And.Contain("value=\"Siti Rajut\"");
        namedText.Should().Contain("<option value=\"6271\" selected=\"selected\">Kota Palangka Raya</option>");
        mismatched.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await mismatched.TextAsync()).Should().Contain("Pilih kabupaten/kota di provinsi itu").And.Contain("Berikan persetujuan Anda");
        stored.StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_learner_opts_in_on_the_page_choosing_only_the_regency_and_withdraws_after_the_confirm_step()
    {
        var facility = await Facility.CreateAsync(app);
        var learner = await facility.LearnerAsync("Wulan Sari");

        var saved = await learner.Client.PostFormAsync("/profile", "/profile",
            ("Input.Alias", "Anyam Rapi"), ("Input.Regency", "6271"), ("Input.AvailableFrom", Json.Month(2)),
            ("Input.WorkTypes", "HomeBased"), ("Input.WorkTypes", "SelfEmployment"), ("Input.Statement", "Saya menganyam tikar."), ("Input.Consent", "true"));
        var shown = await (await learner.Client.GetAsync("/profile")).TextAsync();
        var profile = await learner.Client.GetAsync("/api/me/graduate-profile").OkAsync();
        var withdrawn = await learner.Client.PostFormAsync("/profile", "/profile?handler=Withdraw");
        var after = await learner.Client.GetAsync("/api/me/graduate-profile");

        saved.StatusCode.Should().Be(HttpStatusCode.Redirect);
        shown.Should().Contain("Profil lulusan disimpan.").And.Contain("value=\"Anyam Rapi\"").And.Contain("graduate-profile/2026-11").And.Contain("Tarik persetujuan");
        profile.GetProperty("province").GetString().Should().Be("Kalimantan Tengah");
        profile.GetProperty("regency").GetString().Should().Be("Kota Palangka Raya");
        withdrawn.StatusCode.Should().Be(HttpStatusCode.Redirect);
        after.StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task The_employer_pages_of_search_profile_and_matches_never_name_the_learner_or_her_facility()
    {
        const string facilityName = "Lapas Perempuan Sungai Kahayan";
        var facility = await Facility.CreateAsync(app, facilityName);
        var learner = await facility.LearnerAsync("Ratna Kartika Dewi");
        var profileId = await learner.OptInAsync("Anyaman Senja");
        await app.IssueAsync(learner.Id, "Weaving", ["C.132000.022.01"]);
        var employer = await app.EmployerAsync(organization: "CV Tikar Borneo");
        await Eventually.Until(() => employer.GetAsync($"/api/graduates/{profileId}").OkAsync(), v => v.GetProperty("skills").GetArrayLength() == 1);
        var posted = await employer.PostFormAsync("/employer/postings", "/employer/postings",
            ("Input.Title", "Penganyam tikar"), ("Input.Description", "Tikar purun pesanan hotel."), ("Input.Skills", "Weaving"),
            ("Input.UnitCodes", "C.132000.022.01"), ("Input.Regency", "6271"), ("Input.WorkType", "HomeBased"), ("Input.Openings", "2"),
            ("Input.ClosesOn", DateTime.UtcNow.AddDays(20).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)));
        posted.StatusCode.Should().Be(HttpStatusCode.Redirect);
        // The posting's matches are ranked right after it is stored, as a step of its own.
        await Eventually.Until(async () => await (await employer.GetAsync(posted.Headers.Location!.OriginalString)).TextAsync(), t => t.Contains("Anyaman Senja"));

        var pages = new[]
        {
            await employer.GetAsync("/employer/graduates?skill=Weaving&regency=6271"),
            await employer.GetAsync($"/employer/graduates/{profileId}"),
            await employer.GetAsync(posted.Headers.Location!.OriginalString),
        };

        foreach (var page in pages)
        {
            page.StatusCode.Should().Be(HttpStatusCode.OK);
            var text = await page.TextAsync();
            text.Should().Contain("Anyaman Senja").And.Contain("C.132000.022.01");
            text.Should().NotContain("Ratna").And.NotContain("Kartika").And.NotContain(learner.Number).And.NotContain(facilityName).And.NotContain(facility.Code);
        }
    }

    [Fact]
    public async Task Sending_interest_twice_is_refused_beside_the_form_with_409()
    {
        var facility = await Facility.CreateAsync(app);
        var learner = await facility.LearnerAsync("Maria Ulfa");
        var profileId = await learner.OptInAsync("Tangan Halus");
        var employer = await app.EmployerAsync();
        var page = $"/employer/graduates/{profileId}";

        var empty = await employer.PostFormAsync(page, page, ("Message", " "));
        var first = await employer.PostFormAsync(page, page, ("Message", "Kami tertarik."));
        var second = await employer.PostFormAsync(page, page, ("Message", "Sekali lagi."));
        var unknown = await employer.GetAsync($"/employer/graduates/{Guid.NewGuid()}");

        empty.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await empty.TextAsync()).Should().Contain("Tulis pesan untuk lulusan");
        first.StatusCode.Should().Be(HttpStatusCode.Redirect);
        first.Headers.Location!.OriginalString.Should().Be("/employer/interests");
        second.StatusCode.Should().Be(HttpStatusCode.Conflict);
        (await second.TextAsync()).Should().Contain("Anda sudah mengirim minat kepada lulusan ini.");
        unknown.StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await employer.GetFromJsonAsync<List<object>>("/api/interests"))!.Should().HaveCount(1);
    }

    [Fact]
    public async Task A_portfolio_photo_that_is_no_image_or_too_large_is_refused_beside_its_form_and_a_real_one_waits_for_the_trainer()
    {
        var facility = await Facility.CreateAsync(app);
        var learner = await facility.LearnerAsync("Ani Suryani");
        await learner.OptInAsync("Rajut Pelangi");
        var png = TestImages.OnePixelPng;
        const string action = "/profile?handler=Photo";

        var text = await learner.Client.PostFileAsync("/profile", action, "photo", "bukan foto"u8.ToArray());
        var large = await learner.Client.PostFileAsync("/profile", action, "photo", new byte[(10 * 1024 * 1024) + 1]);
        var huge = await learner.Client.PostFileAsync("/profile", action, "photo", new byte[11 * 1024 * 1024]);
        var photo = await learner.Client.PostFileAsync("/profile", action, "photo", png);
        var shown = await (await learner.Client.GetAsync("/profile")).TextAsync();
        var pending = await (await facility.Trainer.GetAsync("/trainer/portfolio")).TextAsync();

        text.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await text.TextAsync()).Should().Contain("Berkas ini bukan foto PNG, JPEG atau WebP.");
        large.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await large.TextAsync()).Should().Contain("Pilih satu foto sampai 10 MB.");
        ((int)huge.StatusCode).Should().BeOneOf(400, 413);
        photo.StatusCode.Should().Be(HttpStatusCode.Redirect);
        shown.Should().Contain("Menunggu persetujuan pelatih");
        pending.Should().Contain("Ani Suryani").And.Contain("Setujui foto");
    }

    [Fact]
    public async Task An_officer_of_another_facility_gets_404_beside_the_list_and_an_answer_without_a_choice_is_400()
    {
        var facility = await Facility.CreateAsync(app);
        var other = await Facility.CreateAsync(app, "Lapas Perempuan Sampit");
        var learner = await facility.LearnerAsync("Fitri Handayani");
        var profileId = await learner.OptInAsync("Rotan Manis");
        var employer = await app.EmployerAsync();
        var interestId = await Json.IdAsync(await employer.PostAsJsonAsync("/api/interests", new { profileId, message = "Kami tertarik." }));

        var foreign = await other.Officer.PostFormAsync("/interests/review", $"/interests/review?handler=Approve&id={interestId}",
            ("Input.Note", "Cocok."), ("Input.ContactRoute", "Telepon kantor 0531 21000"));
        var queue = await (await facility.Officer.GetAsync("/interests/review")).TextAsync();
        var approved = await facility.Officer.PostFormAsync("/interests/review", $"/interests/review?handler=Approve&id={interestId}",
            ("Input.Note", "Cocok."), ("Input.ContactRoute", "Telepon kantor 0536 322 1234"));
        var unanswered = await learner.Client.PostFormAsync("/profile/interests", $"/profile/interests?id={interestId}");
        var state = await employer.GetAsync($"/api/interests/{interestId}").OkAsync();

        foreign.StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await foreign.TextAsync()).Should().Contain("Minat tidak ditemukan.").And.NotContain("Fitri Handayani");
        queue.Should().Contain("Fitri Handayani").And.Contain("CV Anyaman Borneo").And.Contain("Ibu Maria").And.Contain("Masih di dalam fasilitas");
        approved.StatusCode.Should().Be(HttpStatusCode.Redirect);
        unanswered.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await unanswered.TextAsync()).Should().Contain("Pilih Terima atau Tolak.");
        state.GetProperty("status").GetString().Should().Be("AwaitingLearner");
    }
}
