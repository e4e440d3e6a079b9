using System.Net;
using System.Net.Http.Json;
using FluentAssertions;
using Training.BuildingBlocks.Security;
using Training.Testing.Driving;
using Xunit;

namespace Training.Modules.Identity.Tests.Validation;

public sealed class RefusingBadIdentityInput(IdentityApp app) : IClassFixture<IdentityApp>
{
    [Theory]
    [InlineData("123456")]
    [InlineData("000000")]
    [InlineData("987654")]
    [InlineData("12ab56")]
    [InlineData("12345")]
    [InlineData("1234567")]
    [InlineData("")]
    public async Task A_pin_that_is_not_six_digits_or_is_easy_to_guess_is_refused_naming_the_pin(string pin)
    {
        var team = await app.TeamAsync("A");
        var learner = await team.RegisterLearnerAsync();
        var number = Unique.Name("WB");

        var register = await team.Officer.Client.PostAsJsonAsync("/api/learners", new { facilityId = team.FacilityId, learnerNumber = number, fullName = "Siti Aminah", pin });
        var reset = await team.Officer.Client.PostAsJsonAsync($"/api/learners/{learner.Id}/reset-pin", new { pin });

        await ShouldNameAsync(register, "pin");
        await ShouldNameAsync(reset, "pin");
        (await team.Officer.Client.SearchLearnersAsync(number)).Should().BeEmpty("a refused registration stores nothing");
        (await app.Client().LearnerSignInAsync(team.Code, learner.Number, learner.Pin)).StatusCode.Should().Be(HttpStatusCode.OK, "a refused reset keeps the old PIN");
    }

    [Fact]
    public async Task A_staff_account_needs_a_known_role_and_a_facility_exactly_when_the_role_has_one()
    {
        var admin = await app.Admin();
        var team = await app.TeamAsync("A");

        await ShouldNameAsync(await CreateStaffAsync(admin, "Janitor", team.FacilityId), "role");
        await ShouldNameAsync(await CreateStaffAsync(admin, "platformadmin", null), "role");
        await ShouldNameAsync(await CreateStaffAsync(admin, Roles.Learner, team.FacilityId), "role");
        await ShouldNameAsync(await CreateStaffAsync(admin, Roles.Trainer, null), "facilityId");
        await ShouldNameAsync(await CreateStaffAsync(admin, Roles.PlatformAdmin, team.FacilityId), "facilityId");
    }

    [Fact]
    public async Task Staff_of_an_unknown_facility_are_refused_with_404()
    {
        var response = await CreateStaffAsync(await app.Admin(), Roles.Trainer, Guid.NewGuid());

        response.StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    [Theory]
    [InlineData("Mars/Olympus_Mons")]
    [InlineData("WIB")]
    [InlineData("")]
    public async Task A_facility_needs_a_known_time_zone(string timeZone)
    {
        var response = await (await app.Admin()).PostAsJsonAsync("/api/facilities", new { code = Unique.Name("F"), name = "Lapas Baru", timeZone });

        await ShouldNameAsync(response, "timeZone");
    }

    [Fact]
    public async Task A_facility_code_in_use_is_a_conflict_whatever_its_case()
    {
        var admin = await app.Admin();
        var code = Unique.Name("LPP").ToUpperInvariant();
        await admin.CreateFacilityAsync(code);

        var again = await admin.PostAsJsonAsync("/api/facilities", new { code = code.ToLowerInvariant(), name = "Lapas Lain", timeZone = "Asia/Jakarta" });

        again.StatusCode.Should().Be(HttpStatusCode.Conflict);
        (await again.ProblemAsync()).Code.Should().Be("facility.code-taken");
    }

    [Fact]
    public async Task A_username_in_use_is_a_conflict_for_staff_and_employers_alike()
    {
        var admin = await app.Admin();
        var team = await app.TeamAsync("A");

        var staff = await admin.PostAsJsonAsync("/api/staff",
            new { username = team.Trainer.Username.ToUpperInvariant(), password = IdentityApi.StaffPassword, displayName = "Kembar", role = Roles.Trainer, facilityId = team.FacilityId });
        var employer = await app.Client().PostAsJsonAsync("/api/employers/registrations", IdentityApi.EmployerRegistration(team.Officer.Username));

        staff.StatusCode.Should().Be(HttpStatusCode.Conflict);
        (await staff.ProblemAsync()).Code.Should().Be("account.username-taken");
        employer.StatusCode.Should().Be(HttpStatusCode.Conflict);
        (await app.Client().SignInAsync(team.Officer.Username, IdentityApi.EmployerPassword)).StatusCode.Should().Be(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task A_learner_number_is_taken_within_its_facility_only()
    {
        var a = await app.TeamAsync("A");
        var b = await app.TeamAsync("B");
        var learner = await a.RegisterLearnerAsync();

        var again = await a.Officer.Client.PostAsJsonAsync("/api/learners", new { facilityId = a.FacilityId, learnerNumber = learner.Number, fullName = "Kembar", pin = "593017" });
        var elsewhere = await b.Officer.Client.PostAsJsonAsync("/api/learners", new { facilityId = b.FacilityId, learnerNumber = learner.Number, fullName = "Lain", pin = "593017" });

        again.StatusCode.Should().Be(HttpStatusCode.Conflict);
        (await again.ProblemAsync()).Code.Should().Be("learner.number-taken");
        elsewhere.StatusCode.Should().Be(HttpStatusCode.Created);
    }

    [Fact]
    public async Task An_employer_registration_names_every_field_it_refuses()
    {
        var response = await app.Client().PostAsJsonAsync("/api/employers/registrations",
            new { organizationName = "", contactName = "Ibu Maria", email = "not-an-email", phone = "call me", username = "x", password = "short", nib = "91200", address = "" });

        var problem = await ShouldNameAsync(response, "organizationName", "email", "phone", "username", "password", "nib", "address");
        problem.Errors!.Keys.Should().NotContain("contactName");
    }

    [Fact]
    public async Task A_body_that_is_not_json_for_the_endpoint_is_a_400_problem()
    {
        var response = await (await app.Admin()).PostAsync("/api/facilities", new StringContent("{\"code\":", System.Text.Encoding.UTF8, "application/json"));

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await response.ProblemAsync()).Status.Should().Be(400);
    }

    private static Task<HttpResponseMessage> CreateStaffAsync(HttpClient admin, string role, Guid? facilityId) =>
        admin.PostAsJsonAsync("/api/staff", new { username = Unique.Name("staff"), password = IdentityApi.StaffPassword, displayName = "Ibu Sari", role, facilityId });

    private static async Task<ProblemView> ShouldNameAsync(HttpResponseMessage response, params string[] fields)
    {
        response.StatusCode.Should().Be(HttpStatusCode.BadRequest, await response.Content.ReadAsStringAsync());
        var problem = await response.ProblemAsync();
        problem.Errors.Should().NotBeNull().And.ContainKeys(fields);
        return problem;
    }
}
