using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using FluentAssertions;
using MediatR;
using Microsoft.Extensions.DependencyInjection;
using Training.Modules.Certificates.Contracts;
using Training.Testing;
using Xunit;

namespace Training.Modules.Certificates.Tests.Issuing;

public sealed class IssuingOnAPass(BekalApp app) : IClassFixture<BekalApp>
{
    [Fact]
    public async Task A_pass_issues_a_numbered_certificate_that_anyone_can_verify_by_its_code()
    {
        var site = await CertificateSite.CreateAsync(app);
        var (learnerId, learner) = await site.LearnerAsync();
        await site.PassAsync(site.Passed(learnerId, new DateTimeOffset(2026, 11, 30, 18, 0, 0, TimeSpan.Zero)));

        var mine = (await CertificateSite.CertificatesOfAsync(learner)).Single();
        mine.GetProperty("number").GetString().Should().MatchRegex(@"^BKL-2026-\d{6}$", "a pass at 01:00 WIB on 1 December 2026 is issued that day");
        var code = mine.GetProperty("verificationCode").GetString()!;
        code.Should().MatchRegex("^[0-9A-HJKMNP-TV-Z]{12}$");
        mine.GetProperty("status").GetString().Should().Be("Valid");
        mine.GetProperty("issuedOn").GetString().Should().Be("2026-12-01");

        var verified = await app.Client().GetFromJsonAsync<JsonElement>($"/api/certificates/verify/{code.ToLowerInvariant()}");
        verified.GetProperty("status").GetString().Should().Be("Valid");
        verified.GetProperty("number").GetString().Should().Be(mine.GetProperty("number").GetString());
        verified.GetProperty("holderName").GetString().Should().StartWith("Warga WB-");
        verified.GetProperty("courseTitle").GetString().Should().Be(CertificateSite.CourseTitle);
        verified.GetProperty("units").EnumerateArray().Select(u => u.GetProperty("code").GetString())
            .Should().Equal("C.131000.001.01", "C.131000.002.01");
        verified.GetProperty("validUntil").GetString().Should().Be("2029-12-01");
        verified.GetProperty("issuerName").GetString().Should().Be("Program Pelatihan Keterampilan Bekal");
        verified.GetRawText().Should().NotContain(CertificateSite.FacilityName).And.NotContain(site.Code).And.NotContainEquivalentOf("lapas");
    }

    [Fact]
    public async Task A_code_typed_with_hyphens_and_look_alike_letters_still_finds_the_certificate()
    {
        var site = await CertificateSite.CreateAsync(app);
        var (learnerId, learner) = await site.LearnerAsync();
        await site.PassAsync(site.Passed(learnerId));
        var code = (await CertificateSite.CertificatesOfAsync(learner)).Single().GetProperty("verificationCode").GetString()!;
        var typed = $"{code[..4]}-{code[4..8]} {code[8..]}".Replace('0', 'o').Replace('1', 'l');

        var response = await app.Client().GetAsync($"/api/certificates/verify/{Uri.EscapeDataString(typed)}");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Theory]
    [InlineData("ZZZZZZZZZZZZ")]
    [InlineData("not-a-code")]
    [InlineData("ABCDEFGHJKMNPQRSTVWXYZ0123456789")]
    public async Task An_unknown_or_malformed_code_is_a_plain_not_found(string code)
    {
        var response = await app.Client().GetAsync($"/api/certificates/verify/{code}");

        response.StatusCode.Should().Be(HttpStatusCode.NotFound);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
    }

    [Fact]
    public async Task The_certificate_is_dated_and_numbered_in_the_year_of_the_pass_where_the_learner_lives()
    {
        var site = await CertificateSite.CreateAsync(app, validityMonths: null);
        var (learnerId, learner) = await site.LearnerAsync();
        await site.PassAsync(site.Passed(learnerId, new DateTimeOffset(2026, 12, 31, 16, 30, 0, TimeSpan.Zero)));

        var mine = (await CertificateSite.CertificatesOfAsync(learner)).Single();

        mine.GetProperty("number").GetString().Should().StartWith("BKL-2026-", "16:30 UTC is 23:30 WIB, still 31 December");
        mine.GetProperty("issuedOn").GetString().Should().Be("2026-12-31");
        mine.GetProperty("validUntil").ValueKind.Should().Be(JsonValueKind.Null, "the course sets no validity");
    }

    [Fact]
    public async Task Other_modules_learn_of_a_learners_certificates_through_the_contracts_query()
    {
        var site = await CertificateSite.CreateAsync(app);
        var (learnerId, learner) = await site.LearnerAsync();
        await site.PassAsync(site.Passed(learnerId));
        await CertificateSite.CertificatesOfAsync(learner);

        var certificates = await app.InScopeAsync(s => s.GetRequiredService<IMediator>().Send(new GetCertificatesOfLearner(learnerId)));

        var certificate = certificates.Should().ContainSingle().Subject;
        certificate.Status.Should().Be(CertificateStatus.Valid);
        certificate.SkillCategory.Should().Be("Weaving");
        certificate.CourseTitle.Should().Be(CertificateSite.CourseTitle);
        certificate.Units.Select(u => u.Code).Should().Equal("C.131000.001.01", "C.131000.002.01");
    }
}
