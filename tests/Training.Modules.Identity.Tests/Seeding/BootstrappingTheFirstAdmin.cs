using System.Net;
using System.Net.Http.Json;
using FluentAssertions;
using Training.BuildingBlocks.Security;
using Training.Testing.Driving;
using Training.Testing;
using Xunit;

namespace Training.Modules.Identity.Tests.Seeding;

public sealed class BootstrappingTheFirstAdmin
{
    [Theory]
    [InlineData("second-admin", "Second-Admin-Password-1")]
    [InlineData(BekalApp.AdminUsername, "Changed-Admin-Password-2")]
    public async Task Bootstrap_settings_change_nothing_once_a_platform_admin_exists(string username, string password)
    {
        var database = await TestCluster.CreateDatabaseAsync();
        await using (var first = new BekalApp().OnDatabase(database))
        {
            await first.InitializeAsync();
            await first.AdminAsync();
        }

        await using var restarted = new BekalApp().OnDatabase(database)
            .With("Bootstrap:AdminUsername", username)
            .With("Bootstrap:AdminPassword", password);
        await restarted.InitializeAsync();

        (await restarted.Client().SignInAsync(username, password)).StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        var admin = await restarted.AdminAsync();
        var staff = await admin.GetFromJsonAsync<List<StaffView>>("/api/staff");
        staff!.Where(s => s.Role == Roles.PlatformAdmin).Select(s => s.Username).Should().Equal(BekalApp.AdminUsername);
    }
}
