using System.Net;
using System.Net.Http.Json;
using FluentAssertions;
using OtpNet;
using Training.BuildingBlocks.Security;
using Training.Testing.Driving;
using Xunit;

namespace Training.Modules.Identity.Tests.SignIn;

/// <summary>The host with <c>Identity:RequireTwoFactor=true</c>.</summary>
public sealed class TwoFactorRequiredApp : IdentityApp
{
    public TwoFactorRequiredApp() => With("Identity:RequireTwoFactor", "true");
}

public sealed class TwoStepSignIn(IdentityApp app) : IClassFixture<IdentityApp>
{
    [Fact]
    public async Task An_officer_who_enrolled_an_authenticator_app_signs_in_only_with_its_code()
    {
        var team = await app.TeamAsync("A");
        var username = Unique.Name("officer").ToLowerInvariant();
        await app.CreateStaffAsync(username, Roles.FacilityOfficer, team.FacilityId);
        var officer = await app.SignedInAsync(username, IdentityApi.StaffPassword);

        var key = await EnrolAsync(officer);

        var withoutCode = await app.Client().SignInAsync(username, IdentityApi.StaffPassword);
        withoutCode.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        (await withoutCode.ProblemAsync()).Code.Should().Be("signin.two-factor-required");
        var wrongCode = await app.Client().PostAsJsonAsync("/api/auth/sign-in", new { username, password = IdentityApi.StaffPassword, code = "000000" });
        (await wrongCode.ProblemAsync()).Code.Should().Be("signin.wrong-credentials");
        var withCode = await app.Client().PostAsJsonAsync("/api/auth/sign-in", new { username, password = IdentityApi.StaffPassword, code = CodeOf(key) });
        withCode.StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Trainers_may_not_enrol_an_authenticator_app()
    {
        var team = await app.TeamAsync("A");

        (await team.Trainer.Client.PostAsync("/api/me/two-factor", null)).StatusCode.Should().Be(HttpStatusCode.Forbidden);
    }

    internal static async Task<string> EnrolAsync(HttpClient client)
    {
        var started = await client.PostAsync("/api/me/two-factor", null);
        started.StatusCode.Should().Be(HttpStatusCode.OK, await started.Content.ReadAsStringAsync());
        var enrolment = (await started.Content.ReadFromJsonAsync<Enrolment>())!;
        enrolment.Uri.Should().StartWith("otpauth://totp/").And.Contain($"secret={enrolment.Key}");
        (await client.PostAsJsonAsync("/api/me/two-factor/confirm", new { code = "000000" == CodeOf(enrolment.Key) ? "111111" : "000000" }))
            .StatusCode.Should().Be(HttpStatusCode.BadRequest, "a wrong code confirms nothing");
        (await client.PostAsJsonAsync("/api/me/two-factor/confirm", new { code = CodeOf(enrolment.Key) })).StatusCode.Should().Be(HttpStatusCode.NoContent);
        return enrolment.Key;
    }

    internal static string CodeOf(string key) => new Totp(Base32Encoding.ToBytes(key)).ComputeTotp(DateTime.UtcNow);

    private sealed record Enrolment(string Key, string Uri);
}

public sealed class RequiringTwoStepSignIn(TwoFactorRequiredApp app) : IClassFixture<TwoFactorRequiredApp>
{
    [Fact]
    public async Task With_two_step_sign_in_required_an_admin_without_it_must_enrol_before_anything_else()
    {
        var admin = app.Client();
        var signIn = await admin.SignInAsync(Training.Testing.BekalApp.AdminUsername, Training.Testing.BekalApp.AdminPassword);
        (await signIn.Content.ReadFromJsonAsync<MeView>())!.MustEnrolTwoFactor.Should().BeTrue();

        var refused = await admin.GetAsync("/api/staff");
        refused.StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await refused.ProblemAsync()).Code.Should().Be("two-factor.enrol-required");

        var key = await TwoStepSignIn.EnrolAsync(admin);

        (await admin.GetAsync("/api/staff")).StatusCode.Should().Be(HttpStatusCode.OK);
        var again = await app.Client().PostAsJsonAsync("/api/auth/sign-in",
            new { username = Training.Testing.BekalApp.AdminUsername, password = Training.Testing.BekalApp.AdminPassword, code = TwoStepSignIn.CodeOf(key) });
        (await again.Content.ReadFromJsonAsync<MeView>())!.MustEnrolTwoFactor.Should().BeFalse();
    }
}
