using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using FluentAssertions;
using Marten;
using Marten.Events.Daemon.Coordination;
using Microsoft.Extensions.DependencyInjection;
using Training.Modules.Certificates.Certificates;
using Training.Modules.Certificates.Contracts;
using Training.Testing;
using Xunit;

namespace Training.Modules.Certificates.Tests.Issuing;

/// <summary>Two hosts whose relays both run (no leader election), as when a deployment overlaps.</summary>
public sealed class TwoRelays : BekalApp
{
    public TwoRelays() => With("Marten:DaemonMode", "Solo");

    public BekalApp Second { get; } = new BekalApp().With("Marten:DaemonMode", "Solo");

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await Second.OnDatabase(ConnectionString).InitializeAsync();
    }

    public override async ValueTask DisposeAsync()
    {
        await Second.DisposeAsync();
        await base.DisposeAsync();
        GC.SuppressFinalize(this);
    }
}

public sealed class IssuingExactlyOnce(TwoRelays app) : IClassFixture<TwoRelays>
{
    [Fact]
    public async Task A_pass_delivered_three_times_by_two_relays_gives_one_certificate()
    {
        var site = await CertificateSite.CreateAsync(app);
        var (learnerId, learner) = await site.LearnerAsync();
        var pass = site.Passed(learnerId);

        // The same pass twice in the store (a producer that published again), seen by both relays...
        await Task.WhenAll(site.PassAsync(pass), site.PassAsync(pass with { EnrollmentId = Guid.NewGuid() }));
        await CertificateSite.CertificatesOfAsync(learner);

        // ...and once more when one relay replays its whole subscription.
        var daemon = app.Second.Services.GetRequiredService<IProjectionCoordinator>().DaemonForMainDatabase();
        await daemon.RewindSubscriptionAsync("CertificatesInbox", CancellationToken.None, sequenceFloor: 0);
        var (markerId, marker) = await site.LearnerAsync();
        await site.PassAsync(site.Passed(markerId));
        await CertificateSite.CertificatesOfAsync(marker);

        await using var session = app.Store.QuerySession();
        (await session.Query<Certificate>().Where(c => c.LearnerId == learnerId).CountAsync()).Should().Be(1);
        var issued = await session.Events.QueryRawEventDataOnly<CertificateIssuedIntegrationEvent>().Where(e => e.LearnerId == learnerId).CountAsync();
        issued.Should().Be(1, "other modules hear of it once");
        (await learner.GetFromJsonAsync<JsonElement[]>("/api/me/certificates"))!.Should().ContainSingle();
    }

    [Fact]
    public async Task Five_hundred_passes_at_once_are_numbered_one_to_five_hundred_without_gaps_or_repeats()
    {
        var site = await CertificateSite.CreateAsync(app);
        var csv = new StringBuilder("learnerNumber,fullName,pin\n");
        for (var i = 0; i < 500; i++)
        {
            csv.Append(FormattableString.Invariant($"WB-{i:D4},Warga Nomor {i},482915\n"));
        }

        var imported = await site.Officer.PostAsync("/api/learners/import", new StringContent(csv.ToString(), Encoding.UTF8, "text/csv"));
        var report = await imported.Content.ReadFromJsonAsync<JsonElement>();
        var learners = report.GetProperty("rows").EnumerateArray().Select(r => r.GetProperty("learnerId").GetGuid()).ToList();
        learners.Should().HaveCount(500);
        var passedAt = new DateTimeOffset(2027, 3, 1, 3, 0, 0, TimeSpan.Zero);

        await Parallel.ForEachAsync(learners.Chunk(10), new ParallelOptions { MaxDegreeOfParallelism = 8 },
            async (chunk, _) => await site.PassAsync([.. chunk.Select(id => site.Passed(id, passedAt))]));

        var numbers = await Eventually.Until(async () =>
        {
            await using var session = app.Store.QuerySession();
            return await session.Query<Certificate>().Where(c => c.Number.StartsWith("BKL-2027-")).Select(c => c.Number).ToListAsync();
        }, n => n.Count >= 500, TimeSpan.FromMinutes(3));
        numbers.Select(n => int.Parse(n["BKL-2027-".Length..], System.Globalization.CultureInfo.InvariantCulture)).Order()
            .Should().Equal(Enumerable.Range(1, 500));
    }
}
