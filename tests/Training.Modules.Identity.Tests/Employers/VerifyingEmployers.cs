using System.Net;
using System.Net.Http.Json;
using FluentAssertions;
using Training.BuildingBlocks.Security;
using Training.Testing.Driving;
using Xunit;

namespace Training.Modules.Identity.Tests.Employers;

public sealed class VerifyingEmployers(IdentityApp app) : IClassFixture<IdentityApp>
{
    [Fact]
    public async Task A_newly_registered_employer_signs_in_as_pending_and_may_not_search_graduates()
    {
        var (_, employer) = await RegisteredAndSignedInAsync();

        var me = await employer.MeAsync();
        me!.Role.Should().Be(Roles.Employer);
        me.EmployerStatus.Should().Be("Pending");
        (await employer.GetAsync("/api/graduates")).StatusCode.Should().Be(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task A_verification_reaches_the_employers_open_session_without_signing_in_again()
    {
        var (id, employer) = await RegisteredAndSignedInAsync();

        (await (await app.Admin()).PostAsync($"/api/employers/{id}/verify", null)).StatusCode.Should().Be(HttpStatusCode.NoContent);

        (await employer.MeAsync())!.EmployerStatus.Should().Be("Verified");
        (await employer.GetAsync("/api/graduates")).StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_rejected_employer_stays_unable_to_search()
    {
        var (id, employer) = await RegisteredAndSignedInAsync();

        var reject = await (await app.Admin()).PostAsJsonAsync($"/api/employers/{id}/reject", new { reason = "Alamat usaha tidak dapat diperiksa" });
        reject.StatusCode.Should().Be(HttpStatusCode.NoContent);

        (await employer.MeAsync())!.EmployerStatus.Should().Be("Rejected");
        (await employer.GetAsync("/api/graduates")).StatusCode.Should().Be(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Rejecting_needs_a_reason()
    {
        var admin = await app.Admin();
        var id = await app.Client().RegisterEmployerAsync(Unique.Name("umkm").ToLowerInvariant());

        var blank = await admin.PostAsJsonAsync($"/api/employers/{id}/reject", new { reason = "  " });
        blank.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await blank.ProblemAsync()).Errors.Should().ContainKey("reason");
        (await admin.PostAsync($"/api/employers/{id}/reject", null)).StatusCode.Should().Be(HttpStatusCode.BadRequest);

        (await admin.PostAsync($"/api/employers/{id}/verify", null)).StatusCode.Should().Be(HttpStatusCode.NoContent, "a refused rejection decided nothing");
    }

    [Theory]
    [InlineData("verify", "verify")]
    [InlineData("verify", "reject")]
    [InlineData("reject", "verify")]
    [InlineData("reject", "reject")]
    public async Task An_employer_is_decided_only_once(string first, string second)
    {
        var admin = await app.Admin();
        var id = await app.Client().RegisterEmployerAsync(Unique.Name("umkm").ToLowerInvariant());

        (await DecideAsync(admin, id, first)).StatusCode.Should().Be(HttpStatusCode.NoContent);
        var again = await DecideAsync(admin, id, second);

        again.StatusCode.Should().Be(HttpStatusCode.Conflict);
        (await again.ProblemAsync()).Code.Should().Be("employer.already-decided");
    }

    [Fact]
    public async Task Deciding_on_an_unknown_employer_answers_404()
    {
        var admin = await app.Admin();

        (await DecideAsync(admin, Guid.NewGuid(), "verify")).StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    private static Task<HttpResponseMessage> DecideAsync(HttpClient admin, Guid id, string decision) =>
        admin.PostAsJsonAsync($"/api/employers/{id}/{decision}", new { reason = "Diperiksa oleh dinas" });

    private async Task<(Guid Id, HttpClient Client)> RegisteredAndSignedInAsync()
    {
        var username = Unique.Name("umkm").ToLowerInvariant();
        var id = await app.Client().RegisterEmployerAsync(username);
        return (id, await app.SignedInAsync(username, IdentityApi.EmployerPassword));
    }
}
