using System.Net.Http.Json;
using System.Text.Json;
using FluentAssertions;
using Hangfire;
using Hangfire.Storage;
using Marten;
using Microsoft.Extensions.DependencyInjection;
using Training.Modules.Certificates.Contracts;
using Training.Modules.Certificates.Scheduling;
using Training.Testing;
using Xunit;

namespace Training.Modules.Certificates.Tests.Expiry;

public sealed class ExpiringCertificates(BekalApp app) : IClassFixture<BekalApp>
{
    [Fact]
    public async Task A_certificate_past_its_validity_shows_expired_and_the_daily_job_records_it_once()
    {
        var site = await CertificateSite.CreateAsync(app, validityMonths: 36);
        var (learnerId, learner) = await site.LearnerAsync();
        await site.PassAsync(site.Passed(learnerId, DateTimeOffset.UtcNow.AddMonths(-37)));
        var certificate = (await CertificateSite.CertificatesOfAsync(learner)).Single();
        var code = certificate.GetProperty("verificationCode").GetString();

        (await app.Client().GetFromJsonAsync<JsonElement>($"/api/certificates/verify/{code}")).GetProperty("status").GetString().Should().Be("Expired");

        await RunJobAsync();
        await RunJobAsync();

        await using var session = app.Store.QuerySession();
        var expired = await session.Events.QueryRawEventDataOnly<CertificateExpiredIntegrationEvent>().Where(e => e.LearnerId == learnerId).ToListAsync();
        expired.Should().ContainSingle().Which.ExpiredOn.Should().Be(DateOnly.Parse(certificate.GetProperty("validUntil").GetString()!, System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task The_holder_is_told_in_their_inbox_once_when_a_certificate_expires_within_sixty_days()
    {
        var site = await CertificateSite.CreateAsync(app, validityMonths: 36);
        var (soonId, soon) = await site.LearnerAsync();
        var (laterId, later) = await site.LearnerAsync();
        await site.PassAsync(site.Passed(soonId, DateTimeOffset.UtcNow.AddMonths(-36).AddDays(30)), site.Passed(laterId, DateTimeOffset.UtcNow.AddMonths(-36).AddDays(90)));
        await CertificateSite.CertificatesOfAsync(soon);
        await CertificateSite.CertificatesOfAsync(later);

        await RunJobAsync();
        await RunJobAsync();

        var notices = await soon.GetFromJsonAsync<JsonElement[]>("/api/me/notices");
        notices.Should().ContainSingle().Which.GetProperty("kind").GetString().Should().Be("CertificateExpiresSoon");
        notices![0].GetProperty("courseTitle").GetString().Should().Be(CertificateSite.CourseTitle);
        (await later.GetFromJsonAsync<JsonElement[]>("/api/me/notices")).Should().BeEmpty("ninety days ahead is not yet due");
    }

    [Fact]
    public void The_expiry_run_is_scheduled_daily_with_Hangfire()
    {
        using var connection = app.Services.GetRequiredService<JobStorage>().GetConnection();

        var job = connection.GetRecurringJobs().Should().ContainSingle(j => j.Id == CertificateExpiryJob.Id).Subject;

        job.Cron.Should().Be("10 0 * * *");
        job.TimeZoneId.Should().Be("Asia/Jakarta");
    }

    private async Task RunJobAsync()
    {
        await using var scope = app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<CertificateExpiryJob>().RunAsync(CancellationToken.None);
    }
}
