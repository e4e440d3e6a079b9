using FluentAssertions;
using Training.Testing;
using Xunit;

namespace Training.Modules.JobMatching.Tests;

/// <summary>The host with demo data on, as <c>dotnet run</c> starts it on an empty database.</summary>
public sealed class DemoApp : BekalApp
{
    public DemoApp() => With("Demo:Seed", "true");
}

public sealed class SeedingDemoData(DemoApp app) : IClassFixture<DemoApp>
{
    [Fact]
    public async Task The_demo_employer_has_two_postings_and_finds_the_demo_graduates()
    {
        var mitra = await app.SignedInAsync("mitra", "Bekal-Demo-2026");

        var jobs = await Eventually.Until(() => mitra.GetAsync("/api/jobs").OkAsync(), j => j.GetArrayLength() == 2);
        var graduates = await Eventually.Until(() => mitra.SearchAsync("province=Kalimantan%20Tengah"), p => p.GetProperty("total").GetInt32() == 4);

        jobs.EnumerateArray().Select(j => j.GetProperty("organizationName").GetString()).Should().AllBe("Koperasi Purun Sejahtera");
        graduates.Aliases().Should().BeEquivalentTo("Tangan Terampil", "Perajut Kahayan", "Purun Bersinar", "Batik Batang Garing");
    }
}
