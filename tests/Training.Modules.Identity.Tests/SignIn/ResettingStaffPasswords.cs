using System.Net;
using System.Net.Http.Json;
using FluentAssertions;
using Training.BuildingBlocks.Security;
using Training.Testing.Driving;
using Xunit;

namespace Training.Modules.Identity.Tests.SignIn;

/// <summary>A staff member locked out by wrong passwords is helped by an admin from the staff page, and by no one else.</summary>
public sealed class ResettingStaffPasswords(IdentityApp app) : IClassFixture<IdentityApp>
{
    [Fact]
    public async Task The_staff_page_says_a_locked_account_had_wrong_passwords_and_an_admins_temporary_password_opens_it()
    {
        var team = await app.TeamAsync("A");
        var (id, username) = await LockedTrainerAsync(team);
        var admin = await app.Admin();

        var page = await (await admin.GetAsync("/admin/staff")).Content.ReadAsStringAsync();
        var row = page[page.IndexOf($"<strong>{username}</strong>", StringComparison.Ordinal)..];
        row = row[..row.IndexOf("</tr>", StringComparison.Ordinal)];
        row.Should().Contain("data-testid=\"locked\"").And.Contain("kata sandi yang salah").And.NotContain("PIN");

        (await admin.PostAsJsonAsync($"/api/staff/{id}/reset-password", new { password = "Sementara-2026-Baru" })).StatusCode.Should().Be(HttpStatusCode.NoContent);

        var signIn = await app.Client().SignInAsync(username, "Sementara-2026-Baru");
        signIn.StatusCode.Should().Be(HttpStatusCode.OK, "the reset lifts the lock");
        (await signIn.Content.ReadFromJsonAsync<MeView>())!.MustChangeSecret.Should().BeTrue();
        (await app.Client().SignInAsync(username, IdentityApi.StaffPassword)).StatusCode.Should().Be(HttpStatusCode.Unauthorized, "the old password is gone");
    }

    [Fact]
    public async Task An_admin_lifts_a_staff_lock_and_the_own_password_works_again()
    {
        var team = await app.TeamAsync("A");
        var (id, username) = await LockedTrainerAsync(team);

        (await (await app.Admin()).PostAsync($"/api/staff/{id}/unlock", null)).StatusCode.Should().Be(HttpStatusCode.NoContent);

        var signIn = await app.Client().SignInAsync(username, IdentityApi.StaffPassword);
        signIn.StatusCode.Should().Be(HttpStatusCode.OK);
        (await signIn.Content.ReadFromJsonAsync<MeView>())!.MustChangeSecret.Should().BeFalse("lifting a lock keeps the owner's password");
    }

    [Fact]
    public async Task No_one_but_an_admin_resets_a_staff_password_or_lifts_its_lock()
    {
        var team = await app.TeamAsync("A");
        var (id, username) = await LockedTrainerAsync(team);

        foreach (var staff in team.Staff)
        {
            (await staff.Client.PostAsJsonAsync($"/api/staff/{id}/reset-password", new { password = "Sementara-2026-Baru" })).StatusCode.Should().Be(HttpStatusCode.Forbidden);
            (await staff.Client.PostAsync($"/api/staff/{id}/unlock", null)).StatusCode.Should().Be(HttpStatusCode.Forbidden);
            (await staff.Client.GetAsync("/admin/staff")).StatusCode.Should().NotBe(HttpStatusCode.OK);
        }

        (await app.Client().SignInAsync(username, "Sementara-2026-Baru")).StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        (await (await app.Admin()).GetFromJsonAsync<List<StaffView>>("/api/staff"))!.Single(s => s.Id == id).Locked.Should().BeTrue();
    }

    private async Task<(Guid Id, string Username)> LockedTrainerAsync(FacilityTeam team)
    {
        var username = Unique.Name("trainer").ToLowerInvariant();
        var id = await app.CreateStaffAsync(username, Roles.Trainer, team.FacilityId);
        for (var attempt = 0; attempt < 5; attempt++)
        {
            await app.Client().SignInAsync(username, "Not-The-Password-1");
        }

        (await app.Client().SignInAsync(username, IdentityApi.StaffPassword)).StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        return (id, username);
    }
}
