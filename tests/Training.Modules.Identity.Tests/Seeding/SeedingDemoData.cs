using System.Net.Http.Json;
using FluentAssertions;
using Training.BuildingBlocks.Security;
using Training.Testing.Driving;
using Training.Testing;
using Xunit;

namespace Training.Modules.Identity.Tests.Seeding;

/// <summary>The host as a first trial run starts it: demo data on, no bootstrap admin.</summary>
public sealed class DemoApp : BekalApp
{
    public DemoApp()
    {
        With("Demo:Seed", "true");
        With("Bootstrap:AdminUsername", "");
        With("Bootstrap:AdminPassword", "");
    }
}

public sealed class SeedingDemoData(DemoApp app) : IClassFixture<DemoApp>
{
    private const string Password = "Bekal-Demo-2026";
    private const string FacilityCode = "LPP-PKY";

    private static readonly (string Number, string Pin)[] Learners =
        [("WB-2026-001", "246810"), ("WB-2026-002", "135790"), ("WB-2026-003", "482915"), ("WB-2026-004", "739164"), ("WB-2026-005", "581302")];

    [Fact]
    public async Task No_printed_demo_account_must_change_its_secret()
    {
        foreach (var username in new[] { "admin", "petugas", "pelatih", "asesor", "mitra" })
        {
            (await (await app.SignedInAsync(username, Password)).MeAsync())!.MustChangeSecret.Should().BeFalse(username);
        }

        foreach (var (number, pin) in Learners)
        {
            (await (await app.LearnerSignedInAsync(FacilityCode, number, pin)).MeAsync())!.MustChangeSecret.Should().BeFalse(number);
        }
    }

    [Fact]
    public async Task Every_demo_account_signs_in_with_the_published_password()
    {
        var admin = await app.SignedInAsync("admin", Password);
        var facility = (await admin.GetFromJsonAsync<List<FacilityView>>("/api/facilities"))!.Should().ContainSingle().Which;
        facility.Code.Should().Be(FacilityCode);

        (await admin.MeAsync())!.Role.Should().Be(Roles.PlatformAdmin);
        foreach (var (username, role) in new[] { ("petugas", Roles.FacilityOfficer), ("pelatih", Roles.Trainer), ("asesor", Roles.Assessor) })
        {
            var me = await (await app.SignedInAsync(username, Password)).MeAsync();
            me!.Role.Should().Be(role);
            me.FacilityId.Should().Be(facility.FacilityId);
        }

        (await (await app.SignedInAsync("mitra", Password)).MeAsync())!.EmployerStatus.Should().Be("Verified");
        (await (await app.SignedInAsync("rotan", Password)).MeAsync())!.EmployerStatus.Should().Be("Pending");
    }

    [Fact]
    public async Task Every_demo_learner_signs_in_at_the_demo_facility_with_their_pin()
    {
        foreach (var (number, pin) in Learners)
        {
            var me = await (await app.LearnerSignedInAsync(FacilityCode, number, pin)).MeAsync();
            me!.Role.Should().Be(Roles.Learner);
        }
    }

    [Fact]
    public async Task Starting_again_on_the_same_database_adds_no_second_copy()
    {
        var before = await CountAsync(app);

        await using var again = new DemoApp().OnDatabase(app.ConnectionString);
        await again.InitializeAsync();

        (await CountAsync(again)).Should().Be(before);
        before.Should().Be((1, 6, 5, 2), "one facility, four staff and the two employers' users, five learners, one verified employer and one waiting");
    }

    private static async Task<(int Facilities, int Accounts, int Learners, int Employers)> CountAsync(BekalApp host)
    {
        var admin = await host.SignedInAsync("admin", Password);
        var officer = await host.SignedInAsync("petugas", Password);
        var facilities = await admin.GetFromJsonAsync<List<FacilityView>>("/api/facilities");
        var staff = await admin.GetFromJsonAsync<List<StaffView>>("/api/staff");
        var employers = await admin.GetFromJsonAsync<List<object>>("/api/employers");
        return (facilities!.Count, staff!.Count + employers!.Count, (await officer.SearchLearnersAsync()).Count, employers.Count);
    }
}
