using System.Net;
using FluentAssertions;
using Microsoft.Extensions.DependencyInjection;
using Training.Modules.Certificates.Scheduling;
using Training.Testing;
using Xunit;

namespace Training.Modules.Certificates.Tests.Pages;

public sealed class HoldingCertificates(BekalApp app) : IClassFixture<BekalApp>
{
    [Fact]
    public async Task A_learner_sees_her_certificate_with_its_downloads_its_public_link_and_the_notice_that_it_expires_soon()
    {
        var site = await CertificateSite.CreateAsync(app, validityMonths: 36);
        var (learnerId, learner) = await site.LearnerAsync();
        await site.PassAsync(site.Passed(learnerId, DateTimeOffset.UtcNow.AddMonths(-36).AddDays(30)));
        var certificate = (await CertificateSite.CertificatesOfAsync(learner)).Single();
        var (id, number, code) = (certificate.GetProperty("id").GetGuid(), certificate.GetProperty("number").GetString(), certificate.GetProperty("verificationCode").GetString());
        await using (var scope = app.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<CertificateExpiryJob>().RunAsync(CancellationToken.None);
        }

        var response = await learner.GetAsync("/certificates");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var page = await response.TextAsync();
        page.Should().Contain($"Sertifikat {number} ({CertificateSite.CourseTitle}) berlaku sampai")
            .And.Contain($"href=\"/api/certificates/{id}/pdf\"").And.Contain($"href=\"/api/certificates/{id}/credential\"")
            .And.Contain($">http://localhost:5000/verify/{code}</a>").And.Contain("Berlaku");
    }

    [Fact]
    public async Task Staff_and_strangers_do_not_get_a_learners_page()
    {
        var site = await CertificateSite.CreateAsync(app);

        (await site.Officer.GetAsync("/certificates")).StatusCode.Should().Be(HttpStatusCode.Redirect);
        (await app.Client().GetAsync("/certificates")).Headers.Location!.OriginalString.Should().Contain("/signin");
    }
}
