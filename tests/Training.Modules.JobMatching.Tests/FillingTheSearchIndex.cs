using FluentAssertions;
using Training.Testing;
using Xunit;

namespace Training.Modules.JobMatching.Tests;

public sealed class FillingTheSearchIndex
{
    [Fact]
    public async Task Graduates_missing_from_an_empty_search_index_are_found_again_after_a_restart()
    {
        string database;
        var alias = $"Kembali {Guid.NewGuid().ToString("N")[..5]}";
        await using (var before = new JobsApp())
        {
            await before.InitializeAsync();
            database = before.ConnectionString;
            var facility = await Facility.CreateAsync(before);
            var learner = await facility.LearnerAsync("Sari Lestari");
            await learner.OptInAsync(alias);
            var employer = await before.EmployerAsync();
            (await employer.SearchAsync("pageSize=100")).Aliases().Should().Contain(alias);

            // As a database from before the index was added: the listings are there, their rows are not.
            await using var session = before.Store.LightweightSession();
            session.QueueSqlCommand("delete from jobmatching.graduate_index");
            await session.SaveChangesAsync();
            (await employer.SearchAsync("pageSize=100")).Aliases().Should().NotContain(alias);
        }

        var restarted = new JobsApp();
        restarted.OnDatabase(database);
        await using (restarted)
        {
            await restarted.InitializeAsync();
            var employer = await restarted.EmployerAsync();
            await Eventually.Until(() => employer.SearchAsync("pageSize=100"), page => page.Aliases().Contains(alias));
        }
    }
}
