using System.Net.Http.Json;
using System.Text.Json;
using FluentAssertions;
using Training.Testing;
using Xunit;

namespace Training.Modules.JobMatching.Tests;

/// <summary>
/// A fixed data set whose order the documented score decides: coverage first, then availability,
/// then region, then certificate recency (score = 1000·C + 100·A + 10·G + R).
/// </summary>
public sealed class RankingGraduates(JobsApp app) : IClassFixture<JobsApp>
{
    private const string Unit1 = "C.132000.022.01";
    private const string Unit2 = "C.132000.023.01";
    private const string Beads = "C.134000.041.01";

    [Fact]
    public async Task A_postings_matches_are_ranked_by_coverage_then_availability_then_region_then_recency()
    {
        var facility = await Facility.CreateAsync(app);
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        // alias, regency, months until available, work type, skill, units, certificate age in months
        (string Alias, string Regency, int Ahead, string WorkType, string Skill, string[] Units, int Age)[] data =
        [
            ("Delta", "Kota Palangka Raya", 0, "HomeBased", "Weaving", [Unit1], 0),
            ("Charlie", "Kota Palangka Raya", 0, "HomeBased", "Weaving", [Unit1, Unit2], 0),
            ("Echo", "Kota Palangka Raya", 0, "HomeBased", "Weaving", [Unit1, Unit2], 24),
            ("Bravo", "Kapuas", 0, "HomeBased", "Weaving", [Unit1, Unit2], 0),
            ("Alpha", "Kota Palangka Raya", 4, "HomeBased", "Weaving", [Unit1, Unit2], 0),
            ("Foxtrot", "Kota Palangka Raya", 0, "HomeBased", "Batik", ["C.133000.031.01"], 0),
            ("Golf", "Kota Palangka Raya", 0, "Employment", "Weaving", [Unit1, Unit2], 0),
        ];
        var names = new[] { "Sri Wahyuni", "Tuti Handayani", "Wati Susanti", "Eka Putri", "Lina Marpaung", "Ratna Dewi", "Yanti Lubis" };
        var employer = await app.EmployerAsync();
        for (var i = 0; i < data.Length; i++)
        {
            var (alias, regency, ahead, workType, skill, units, age) = data[i];
            var learner = await facility.LearnerAsync(names[i]);
            await learner.OptInAsync(alias, Json.Month(ahead), regency, [workType]);
            await app.IssueAsync(learner.Id, skill, units, today.AddMonths(-age));
        }

        await Eventually.Until(() => employer.SearchAsync("skill=Weaving&skill=Batik&pageSize=100"), p => p.GetProperty("total").GetInt32() == 7);
        var closesOn = today.AddDays(20);
        var jobId = await Json.IdAsync(await employer.PostAsJsonAsync("/api/jobs", new
        {
            title = "Penganyam tikar", description = "Anyaman tikar purun dari rumah", skills = new[] { "Weaving" }, unitCodes = new[] { Unit1, Unit2 },
            province = "Kalimantan Tengah", regency = "Kota Palangka Raya", workType = "HomeBased", openings = 2, closesOn,
        }));

        // Ranked right after the posting is stored, as a step of its own.
        var matches = await Eventually.Until(() => employer.GetAsync($"/api/jobs/{jobId}/matches").OkAsync(), m => m.GetProperty("rankedAt").ValueKind != JsonValueKind.Null);

        var ranked = matches.GetProperty("items").EnumerateArray().Select(i => (i.GetProperty("alias").GetString(), i.GetProperty("score").GetInt32())).ToList();
        var target = Months(closesOn);
        var alphaAvailability = Months(today.AddMonths(4)) - target <= 3 ? 1 : 0;
        ranked.Should().Equal(
            ("Charlie", 100_229),
            ("Echo", 100_225),
            ("Bravo", 100_219),
            ("Alpha", 100_000 + (alphaAvailability * 100) + 29),
            ("Delta", 66_229));
    }

    [Fact]
    public async Task A_search_ranks_by_the_share_of_the_asked_skills_covered_then_recency()
    {
        var facility = await Facility.CreateAsync(app, "Lapas Peringkat");
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var tag = Guid.NewGuid().ToString("N")[..4];
        var both = await facility.LearnerAsync("Sinta Maharani");
        await both.OptInAsync($"Lengkap {tag}", regency: "Barito Utara");
        await app.IssueAsync(both.Id, "Beadwork", [Beads], today.AddMonths(-30));
        await app.IssueAsync(both.Id, "Culinary", ["C.135000.051.01"], today.AddMonths(-30));
        var recent = await facility.LearnerAsync("Hana Pertiwi");
        await recent.OptInAsync($"Baru {tag}", regency: "Barito Utara");
        await app.IssueAsync(recent.Id, "Beadwork", [Beads], today);
        var old = await facility.LearnerAsync("Ina Safitri");
        await old.OptInAsync($"Lama {tag}", regency: "Barito Utara");
        await app.IssueAsync(old.Id, "Beadwork", [Beads], today.AddMonths(-13));
        var employer = await app.EmployerAsync();

        var page = await Eventually.Until(() => employer.SearchAsync("skill=Beadwork&skill=Culinary&province=62&regency=Barito%20Utara"), p => p.GetProperty("total").GetInt32() == 3);

        page.GetProperty("items").EnumerateArray().Select(i => (i.GetProperty("alias").GetString(), i.GetProperty("score").GetInt32()))
            .Should().Equal(($"Lengkap {tag}", 100_224), ($"Baru {tag}", 50_229), ($"Lama {tag}", 50_227));
    }

    [Fact]
    public async Task Pages_follow_one_order_across_availability_whatever_their_size()
    {
        var facility = await Facility.CreateAsync(app, "Lapas Halaman");
        var tag = Guid.NewGuid().ToString("N")[..4];
        // alias, months until available: two available now (A = 2), two within 3 months (A = 1), two later (A = 0)
        (string Alias, int Ahead)[] data = [("Ayu", 6), ("Bunga", 2), ("Citra", 0), ("Dewi", 7), ("Eka", 1), ("Fitri", 0)];
        var names = new[] { "Sri Rahayu", "Nur Aini", "Rina Kartika", "Maya Sari", "Wulan Dari", "Tari Indah" };
        for (var i = 0; i < data.Length; i++)
        {
            var learner = await facility.LearnerAsync(names[i]);
            await learner.OptInAsync($"{data[i].Alias} {tag}", Json.Month(data[i].Ahead), "Lamandau");
            await app.IssueAsync(learner.Id, "Beadwork", [Beads], DateOnly.FromDateTime(DateTime.UtcNow));
        }

        var employer = await app.EmployerAsync();
        const string Search = "skill=Beadwork&province=62&regency=Lamandau";
        await Eventually.Until(() => employer.SearchAsync($"{Search}&pageSize=100"), p => p.GetProperty("total").GetInt32() == 6);

        // Coverage 100, regency 2 and recency 9 for all: availability, then alias, decides.
        var expected = new[] { ("Citra", 100_229), ("Fitri", 100_229), ("Bunga", 100_129), ("Eka", 100_129), ("Ayu", 100_029), ("Dewi", 100_029) }
            .Select(e => ((string?)$"{e.Item1} {tag}", e.Item2)).ToList();
        foreach (var size in new[] { 1, 3, 4, 6 })
        {
            var pages = new List<(string?, int)>();
            for (var number = 1; number <= (6 + size - 1) / size; number++)
            {
                var page = await employer.SearchAsync($"{Search}&pageSize={size}&page={number}");
                page.GetProperty("total").GetInt32().Should().Be(6);
                pages.AddRange(page.GetProperty("items").EnumerateArray().Select(i => (i.GetProperty("alias").GetString(), i.GetProperty("score").GetInt32())));
            }

            pages.Should().Equal(expected, $"pages of {size} are slices of one order");
        }
    }

    private static int Months(DateOnly day) => (day.Year * 12) + day.Month - 1;
}
