using System.Text.Json;
using FluentAssertions;
using Npgsql;
using Training.Modules.JobMatching.Matches;
using Training.Testing;
using Xunit;

namespace Training.Modules.JobMatching.Tests;

public sealed class RetryingAFailedRanking(JobsApp app) : IClassFixture<JobsApp>
{
    [Fact]
    public async Task A_ranking_that_fails_after_a_certificate_arrives_is_delivered_again_and_the_match_list_ends_right()
    {
        var facility = await Facility.CreateAsync(app);
        var learner = await facility.LearnerAsync("Rini Anggraini");
        var profileId = await learner.OptInAsync("Purun Tangguh");
        var employer = await app.EmployerAsync();
        var jobId = await MediatingInterest.PostJobAsync(employer);
        await Eventually.Until(() => MatchesAsync(employer, jobId), m => m.GetProperty("rankedAt").ValueKind != JsonValueKind.Null);
        await FailTheNextRankingOfAsync(jobId);

        await app.IssueAsync(learner.Id, "Weaving", ["C.132000.022.01"]);

        var matched = await Eventually.Until(() => MatchesAsync(employer, jobId), m => m.GetProperty("items").GetArrayLength() == 1);
        matched.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("profileId").GetGuid()).Should().Equal(profileId);
        (await FaultsAsync()).Should().Be(1, "the first ranking after the certificate failed and was tried again");
        var admin = await app.Admin();
        (await admin.GetAsync("/api/admin/dead-letters").OkAsync()).GetArrayLength().Should().Be(0);
    }

    private static Task<JsonElement> MatchesAsync(HttpClient employer, Guid jobId) => employer.GetAsync($"/api/jobs/{jobId}/matches").OkAsync();

    /// <summary>
    /// A fault in the database: the next write of the posting's matches fails once. The count of faults is a
    /// sequence, which the failing transaction's rollback does not take back.
    /// </summary>
    private async Task FailTheNextRankingOfAsync(Guid jobId)
    {
        string table;
        await using (var session = app.Store.QuerySession())
        {
            table = session.DocumentStore.Options.FindOrResolveDocumentType(typeof(PostingMatches)).TableName.QualifiedName;
        }

        await ExecuteAsync($"""
            create sequence public.ranking_faults;
            create function public.fail_one_ranking() returns trigger language plpgsql as $$
            begin
                if new.id = '{jobId}' and not (select is_called from public.ranking_faults) then
                    perform nextval('public.ranking_faults');
                    raise exception 'planted fault: this ranking fails';
                end if;
                return new;
            end $$;
            create trigger fail_one_ranking before insert or update on {table} for each row execute function public.fail_one_ranking();
            """);
    }

    private async Task<long> FaultsAsync()
    {
        await using var connection = new NpgsqlConnection(app.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("select case when is_called then last_value else 0 end from public.ranking_faults", connection);
        return (long)(await command.ExecuteScalarAsync())!;
    }

    private async Task ExecuteAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(app.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
