using System.Net;
using System.Net.Http.Json;
using System.Text;
using FluentAssertions;
using Training.Testing.Driving;
using Xunit;

namespace Training.Modules.Identity.Tests.Learners;

public sealed class ImportingLearners(IdentityApp app) : IClassFixture<IdentityApp>
{
    private const string Header = "learnerNumber,fullName,pin";

    [Fact]
    public async Task Every_good_row_is_stored_and_its_learner_signs_in_with_their_pin()
    {
        var team = await app.TeamAsync("A");
        var prefix = Unique.Name("IMP");

        var report = await ImportAsync(team, $"""
            {Header}
            {prefix}-1,Siti Aminah,246813
            {prefix}-2,Dewi Lestari,135792
            {prefix}-3,Rina Marlina,482916
            """);

        report.Accepted.Should().Be(3);
        report.Rows.Should().OnlyContain(r => r.Accepted && r.LearnerId != null && r.Reasons.Count == 0);
        (await team.Officer.Client.SearchLearnersAsync(prefix)).Select(l => l.FullName).Should().BeEquivalentTo("Siti Aminah", "Dewi Lestari", "Rina Marlina");
        (await app.Client().LearnerSignInAsync(team.Code, $"{prefix}-2", "135792")).StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Duplicate_and_malformed_rows_are_listed_with_their_reasons_and_only_good_rows_are_stored()
    {
        var team = await app.TeamAsync("A");
        var p = Unique.Name("MIX");
        await team.Officer.Client.RegisterLearnerAsync(team.FacilityId, $"{p}-taken", "246813");

        var response = await PostCsvAsync(team, $"""
            {Header}
            {p}-good,Siti Aminah,246813
            {p}-twice,Dewi Lestari,135792
            {p}-twice,Dewi Lestari Kedua,135793
            {p}-taken,Rina Marlina,482916
            {p}-short,Nur Aisyah
            {p}-letters,Yuliana Sari,12ab56
            {p}-easy,Maya Sari,123456
            ,Tanpa Nomor,739164
            {p}-noname,,581302
            """);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var body = await response.Content.ReadAsStringAsync();
        body.Should().NotContainAny(["246813", "135792", "12ab56", "739164"], "a PIN is never echoed back");
        var report = (await response.Content.ReadFromJsonAsync<ImportReportView>())!;
        report.Accepted.Should().Be(2);
        report.Rejected.Should().Be(7);
        report.Rows.Where(r => r.Accepted).Select(r => r.Line).Should().Equal(2, 3);
        Reasons(report, 4).Should().Contain("learnerNumber: appears more than once in this file");
        Reasons(report, 5).Should().Contain("learnerNumber: already registered at this facility");
        Reasons(report, 6).Should().Contain(r => r.StartsWith("row:")).And.Contain(r => r.StartsWith("pin:"));
        Reasons(report, 7).Should().ContainSingle(r => r.StartsWith("pin:"));
        Reasons(report, 8).Should().ContainSingle(r => r.StartsWith("pin:"));
        Reasons(report, 9).Should().Contain(r => r.StartsWith("learnerNumber:"));
        Reasons(report, 10).Should().Contain(r => r.StartsWith("fullName:"));

        (await team.Officer.Client.SearchLearnersAsync(p)).Select(l => l.LearnerNumber)
            .Should().BeEquivalentTo([$"{p}-good", $"{p}-twice", $"{p}-taken"], "only the good rows joined the learner registered before");
        (await app.Client().LearnerSignInAsync(team.Code, $"{p}-twice", "135792")).StatusCode.Should().Be(HttpStatusCode.OK, "the first of two rows counts");
        (await app.Client().LearnerSignInAsync(team.Code, $"{p}-taken", "482916")).StatusCode.Should().Be(HttpStatusCode.Unauthorized, "a registered learner keeps their PIN");
    }

    [Fact]
    public async Task A_spreadsheet_saved_with_semicolons_imports_like_one_with_commas()
    {
        var team = await app.TeamAsync("A");
        var p = Unique.Name("SEMI");

        var report = await ImportAsync(team, $"""
            learnerNumber;fullName;pin
            {p}-1;Siti Aminah;246813
            {p}-2;Dewi Lestari;135792
            """);

        report.Accepted.Should().Be(2);
        (await app.Client().LearnerSignInAsync(team.Code, $"{p}-1", "246813")).StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_file_with_only_the_header_imports_nobody()
    {
        var report = await ImportAsync(await app.TeamAsync("A"), Header + "\n");

        report.Should().BeEquivalentTo(new ImportReportView(0, 0, []));
    }

    [Fact]
    public async Task A_file_without_the_expected_header_is_refused_and_stores_nothing()
    {
        var team = await app.TeamAsync("A");
        var p = Unique.Name("HDR");

        var response = await PostCsvAsync(team, $"""
            number,name,pin
            {p}-1,Siti Aminah,246813
            """);

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await response.ProblemAsync()).Code.Should().Be("import.header");
        (await team.Officer.Client.SearchLearnersAsync(p)).Should().BeEmpty();
    }

    [Fact]
    public async Task A_file_over_the_row_limit_is_refused_whole()
    {
        var team = await app.TeamAsync("A");
        var p = Unique.Name("BIG");
        var csv = new StringBuilder(Header).Append('\n');
        for (var i = 0; i < 5001; i++)
        {
            csv.Append(p).Append('-').Append(i).Append(",Warga,246813\n");
        }

        var response = await PostCsvAsync(team, csv.ToString());

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await response.ProblemAsync()).Code.Should().Be("import.too-many-rows");
        (await team.Officer.Client.SearchLearnersAsync(p)).Should().BeEmpty("not even the first 5000 rows are stored");
    }

    [Fact]
    public async Task Learners_sent_as_anything_but_csv_are_refused_with_415()
    {
        var team = await app.TeamAsync("A");

        var response = await team.Officer.Client.PostAsJsonAsync("/api/learners/import", new { learnerNumber = "X-1", fullName = "Siti", pin = "246813" });

        response.StatusCode.Should().Be(HttpStatusCode.UnsupportedMediaType);
        (await response.ProblemAsync()).Status.Should().Be(415);
    }

    private static IReadOnlyList<string> Reasons(ImportReportView report, int line) => report.Rows.Single(r => r.Line == line).Reasons;

    private static Task<HttpResponseMessage> PostCsvAsync(FacilityTeam team, string csv) =>
        team.Officer.Client.PostAsync("/api/learners/import", new StringContent(csv, Encoding.UTF8, "text/csv"));

    private static async Task<ImportReportView> ImportAsync(FacilityTeam team, string csv)
    {
        var response = await PostCsvAsync(team, csv);
        response.StatusCode.Should().Be(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<ImportReportView>())!;
    }
}
