using System.Net;
using System.Net.Http.Json;
using FluentAssertions;
using Training.Modules.Identity.Employers;
using Training.Testing.Driving;
using Xunit;

namespace Training.Modules.Identity.Tests.Employers;

/// <summary>An organisation names its legal identity when it registers, so the admin has something to check.</summary>
public sealed class GivingALegalIdentity(IdentityApp app) : IClassFixture<IdentityApp>
{
    [Theory]
    [InlineData("912000123456", null, "nib")]
    [InlineData("91200012345678", null, "nib")]
    [InlineData("91200012345AB", null, "nib")]
    [InlineData("", null, "nib")]
    [InlineData("9120001234567", "01234567871200", "npwp")]
    [InlineData("9120001234567", "01234567871200012", "npwp")]
    [InlineData("9120001234567", "01.234.567.8-712.ABC", "npwp")]
    public async Task A_nib_of_other_than_13_digits_or_an_npwp_of_other_than_15_or_16_is_refused_beside_its_field(string nib, string? npwp, string field)
    {
        var username = Unique.Name("umkm").ToLowerInvariant();

        var response = await app.Client().PostAsJsonAsync("/api/employers/registrations", Registration(username, nib, npwp, "Jl. Rajawali 3, Sampit"));

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await response.ProblemAsync()).Errors.Should().ContainKey(field).And.HaveCount(1);
        (await app.Client().SignInAsync(username, IdentityApi.EmployerPassword)).StatusCode.Should().Be(HttpStatusCode.Unauthorized, "nothing was stored");
    }

    [Fact]
    public async Task An_address_is_required()
    {
        var response = await app.Client().PostAsJsonAsync("/api/employers/registrations", Registration(Unique.Name("umkm").ToLowerInvariant(), "9120001234567", null, " "));

        (await response.ProblemAsync()).Errors.Should().ContainKey("address");
    }

    [Theory]
    [InlineData("912 0001 234 567", "01.234.567.8-712.000", "012345678712000")]
    [InlineData("9120001234567", "6271 0123 4567 8901", "6271012345678901")]
    [InlineData("9120001234567", null, null)]
    public async Task The_admins_queue_shows_the_numbers_as_digits_and_the_address(string nib, string? npwp, string? storedNpwp)
    {
        var username = Unique.Name("umkm").ToLowerInvariant();
        (await app.Client().PostAsJsonAsync("/api/employers/registrations", Registration(username, nib, npwp, "Jl. Rajawali 3, Sampit"))).StatusCode
            .Should().Be(HttpStatusCode.Accepted);
        var admin = await app.Admin();

        var employer = (await admin.GetFromJsonAsync<List<EmployerRow>>("/api/employers"))!.Single(e => e.OrganizationName == $"UMKM {username}");
        employer.Legal.Should().Be(new LegalRow("9120001234567", storedNpwp, "Jl. Rajawali 3, Sampit"));
        var queue = await (await admin.GetAsync("/admin/employers")).Content.ReadAsStringAsync();
        var card = queue[queue.IndexOf($"data-employer=\"UMKM {username}\"", StringComparison.Ordinal)..];
        card = card[..card.IndexOf("</article>", StringComparison.Ordinal)];
        card.Should().Contain("9120001234567").And.Contain("Jl. Rajawali 3, Sampit").And.Contain(storedNpwp ?? "Tidak ada");
    }

    [Fact]
    public async Task An_organisation_registered_before_the_legal_identity_was_asked_still_loads_and_shows()
    {
        var username = Unique.Name("umkm").ToLowerInvariant();
        var id = await app.Client().RegisterEmployerAsync(username);
        await using (var session = app.Store.LightweightSession())
        {
            // As an older Bekal stored it: the registration event had no legal identity at all.
            var events = app.Store.Options.Events.DatabaseSchemaName;
            await session.ExecuteAsync(new Npgsql.NpgsqlCommand(
                $"update {events}.mt_events set data = data - 'nib' - 'npwp' - 'address' - 'Nib' - 'Npwp' - 'Address' where stream_id = @id")
            {
                Parameters = { new("id", id) },
            });
            (await session.QueryAsync<int>($"select count(*)::int from {events}.mt_events where stream_id = ? and (data ->> 'nib' is not null or data ->> 'Nib' is not null)", id)).Single().Should().Be(0);
        }

        await using var query = app.Store.QuerySession();
        var employer = await query.Events.AggregateStreamAsync<Employer>(id);

        employer!.OrganizationName.Should().Be($"UMKM {username}");
        employer.Legal.Should().BeNull();
        (await (await app.Admin()).PostAsync($"/api/employers/{id}/verify", null)).StatusCode.Should().Be(HttpStatusCode.NoContent);
    }

    private static object Registration(string username, string nib, string? npwp, string address) => new
    {
        organizationName = $"UMKM {username}",
        contactName = "Ibu Maria",
        email = $"{username}@umkm.example",
        phone = "+62 811 5200 123",
        username,
        password = IdentityApi.EmployerPassword,
        nib,
        npwp,
        address,
    };

    private sealed record EmployerRow(Guid Id, string OrganizationName, LegalRow? Legal);

    private sealed record LegalRow(string Nib, string? Npwp, string Address);
}
