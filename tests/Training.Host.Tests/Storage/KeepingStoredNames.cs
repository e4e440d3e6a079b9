using FluentAssertions;
using Npgsql;
using Training.BuildingBlocks.Storage;
using Training.Modules.Certificates.Contracts;
using Training.Testing;
using Xunit;

namespace Training.Host.Tests.Storage;

/// <summary>Stored events and documents stay readable when classes are renamed: their names are written out and listed.</summary>
public sealed class KeepingStoredNames(BekalApp app) : IClassFixture<BekalApp>
{
    [Fact]
    public void Every_event_and_document_of_every_module_has_a_written_out_name()
    {
        var named = StoredNameList.Lists().SelectMany(l => l.Events.Keys.Concat(l.Documents.Keys)).ToHashSet();

        var unnamed = StoredNameList.StoredTypes(app.Store).Where(t => !named.Contains(t)).Select(t => t.FullName);

        unnamed.Should().BeEmpty("every stored type is named in its module's <Module>StoredNames");
    }

    [Fact]
    public void The_store_uses_the_written_out_names()
    {
        var lists = StoredNameList.Lists();
        var events = StoredNameList.Options(app.Store).Events.AllKnownEventTypes().ToDictionary(e => e.EventType, e => e.EventTypeName);
        var documents = StoredNameList.Options(app.Store).AllKnownDocumentTypes().ToDictionary(d => d.DocumentType, d => d.Alias);

        foreach (var (type, name) in lists.SelectMany(l => l.Events))
        {
            events.Should().ContainKey(type).WhoseValue.Should().Be(name, type.FullName);
        }

        foreach (var (type, alias) in lists.SelectMany(l => l.Documents))
        {
            documents.Should().ContainKey(type).WhoseValue.Should().Be(alias, type.FullName);
        }
    }

    [Fact]
    public void Every_name_stored_today_is_committed_and_none_committed_has_gone()
    {
        var problems = StoredNameList.Problems(StoredNameList.Committed(), StoredNameList.Current(app.Store), StoredNameList.Lists().SelectMany(l => l.UpcastNames));

        problems.Should().BeEmpty("{0} lists every name ever stored", StoredNameList.FileName);
    }

    [Fact]
    public void A_renamed_event_without_an_upcaster_is_caught()
    {
        var committed = StoredNameList.Committed();
        var renamed = committed.Select(n => n == "event job_posted" ? "event job_published" : n).ToList();

        var problems = StoredNameList.Problems(committed, renamed, []);

        problems.Should().HaveCount(2).And.Contain(p => p.Contains("'event job_posted' was stored and is no longer read", StringComparison.Ordinal))
            .And.Contain(p => p.Contains("'event job_published' is stored but missing", StringComparison.Ordinal));
    }

    [Fact]
    public void A_renamed_document_table_is_caught()
    {
        var committed = StoredNameList.Committed();
        var moved = committed.Select(n => n == "document jobmatching.jobposting" ? "document jobmatching.job_posting" : n).ToList();

        StoredNameList.Problems(committed, moved, []).Should().Contain(p => p.Contains("'document jobmatching.jobposting' was stored", StringComparison.Ordinal));
    }

    [Fact]
    public void An_old_event_name_still_read_by_an_upcaster_may_leave_the_store()
    {
        IReadOnlyList<string> committed = [.. StoredNameList.Committed(), "event job_posted_v2"];
        var current = committed.Where(n => n != "event job_posted").ToList();
        var upcast = new StoredNames().Upcast<OldJobPosted, NewJobPosted>("job_posted", old => new NewJobPosted(old.Title));

        StoredNameList.Problems(committed, current, upcast.UpcastNames).Should().BeEmpty();
    }

    [Fact]
    public async Task An_event_is_stored_under_its_written_out_name_and_loads_back()
    {
        var streamId = Guid.NewGuid();
        var revoked = new CertificateRevokedIntegrationEvent(Guid.NewGuid(), Guid.NewGuid(), DateTimeOffset.UtcNow);
        await using (var session = app.Store.LightweightSession())
        {
            session.Events.StartStream(streamId, revoked);
            await session.SaveChangesAsync();
        }

        await using var connection = new NpgsqlConnection(app.ConnectionString);
        await connection.OpenAsync();
        await using var read = new NpgsqlCommand("select type from events.mt_events where stream_id = @id", connection) { Parameters = { new("id", streamId) } };
        var storedAs = (string?)await read.ExecuteScalarAsync();
        await using var query = app.Store.QuerySession();
        var loaded = await query.Events.FetchStreamAsync(streamId);

        storedAs.Should().Be(StoredNameList.Lists().SelectMany(l => l.Events).Single(e => e.Key == typeof(CertificateRevokedIntegrationEvent)).Value);
        loaded.Should().ContainSingle().Which.Data.Should().Be(revoked);
    }

    private sealed record OldJobPosted(string Title);

    private sealed record NewJobPosted(string Title);
}
