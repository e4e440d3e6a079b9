using System.Net.Http.Json;
using System.Text.Json;
using MediatR;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Training.BuildingBlocks.Security;
using Training.Modules.Assessments.Contracts;
using Training.Modules.Certificates.Contracts;
using Training.Modules.Courses.Contracts;
using Training.Modules.Identity.Contracts;
using Training.Testing;
using Training.Testing.Driving;
using static Microsoft.Playwright.Assertions;

namespace Training.Browser.Tests;

/// <summary>A learner one test registered for itself.</summary>
internal sealed record Learner(Guid Id, string Number, string FullName);

/// <summary>
/// Each test makes the learners it uses, in the demo facility and as the demo officer would, so that no
/// test depends on what another did to a shared learner. Demo staff and demo courses are only read.
/// </summary>
internal static class Learners
{
    public const string Facility = "LPP-PKY";

    /// <summary>The officer's PIN, which she must replace at her first sign-in with <see cref="OwnPin"/>.</summary>
    public const string IssuedPin = "739251";
    public const string OwnPin = "592817";

    private const string DemoPassword = "Bekal-Demo-2026";

    /// <summary>The demo officer registers her under a learner number no other test uses.</summary>
    public static async Task<Learner> RegisterLearnerAsync(this BrowserHost host, string fullName)
    {
        var officer = await host.SignedInAsync("petugas", DemoPassword);
        var facilityId = (await officer.GetFromJsonAsync<JsonElement>("/api/me")).GetProperty("facilityId").GetGuid();
        var number = Unique.Name("WB");
        var id = await BrowserHost.CreatedAsync(officer, "/api/learners", new { facilityId, learnerNumber = number, fullName, pin = IssuedPin });
        return new Learner(id, number, fullName);
    }

    /// <summary>The demo officer gives her a seat in the running demo cohort of the course, and its trainer marks her present at every session held so far.</summary>
    public static async Task EnrolAsync(this BrowserHost host, Learner learner, string courseTitle)
    {
        var course = await host.DemoCourseAsync(courseTitle);
        var officer = await host.SignedInAsync("petugas", DemoPassword);
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var cohort = (await officer.GetFromJsonAsync<JsonElement[]>($"/api/cohorts?courseId={course.CourseId}"))!
            .First(c => DateOnly.Parse(c.GetProperty("startsOn").GetString()!) <= today);
        await BrowserHost.CreatedAsync(officer, $"/api/cohorts/{cohort.GetProperty("id").GetGuid()}/enrollments", new { learnerId = learner.Id });

        var trainer = await host.SignedInAsync("pelatih", DemoPassword);
        foreach (var session in cohort.GetProperty("sessions").EnumerateArray().Select(s => DateOnly.Parse(s.GetString()!)).Where(s => s <= today))
        {
            var marked = await trainer.PostAsJsonAsync($"/api/cohorts/{cohort.GetProperty("id").GetGuid()}/attendance",
                new { session, records = new[] { new { learnerId = learner.Id, status = "Present" } } });
            marked.EnsureSuccessStatusCode();
        }
    }

    /// <summary>The pass of a demo course as Assessments publishes it: an integration event committed to the store; waits for her certificate.</summary>
    public static async Task PassAsync(this BrowserHost host, Guid learnerId, string courseTitle)
    {
        var course = await host.DemoCourseAsync(courseTitle);
        await using var session = host.App.Store.LightweightSession();
        session.Events.StartStream(Guid.NewGuid(), new CoursePassedIntegrationEvent(
            Guid.NewGuid(), learnerId, course.CourseId, course.Version,
            [.. course.CompetencyUnits.Select(u => new UnitOutcome(u.UnitId, u.Code, u.Title, Competence.Competent))], 90m, null, DateTimeOffset.UtcNow));
        await session.SaveChangesAsync();
        await Eventually.Until(
            () => host.App.InScopeAsync(s => s.GetRequiredService<IMediator>().Send(new GetCertificatesOfLearner(learnerId))),
            list => list.Any(c => c.CourseId == course.CourseId));
    }

    /// <summary>Her first sign-in through the API, choosing her own PIN; the client stays signed in as her.</summary>
    public static async Task<HttpClient> SignedInAsync(this BrowserHost host, Learner learner)
    {
        var client = host.ApiClient();
        (await client.PostAsJsonAsync("/api/auth/learner-sign-in", new { facilityCode = Facility, learnerNumber = learner.Number, pin = IssuedPin })).EnsureSuccessStatusCode();
        (await client.PostAsJsonAsync("/api/me/secret", new { current = IssuedPin, @new = OwnPin })).EnsureSuccessStatusCode();
        return client;
    }

    /// <summary>Her first sign-in on the page: the officer's PIN, then her own on the PIN pad; she lands on her account.</summary>
    public static async Task SignInChoosingPinAsync(IPage page, Learner learner)
    {
        await SignInPage.AsLearnerAsync(page, Facility, learner.Number, IssuedPin);
        await SignInPage.ChooseOwnPinAsync(page, IssuedPin, OwnPin);
        await Expect(page.GetByTestId("account-name")).ToHaveTextAsync(learner.FullName);
    }

    private static async Task<CourseVersionInfo> DemoCourseAsync(this BrowserHost host, string courseTitle) =>
        await host.App.InScopeAsync(async services =>
        {
            var mediator = services.GetRequiredService<IMediator>();
            var facility = await mediator.Send(new FindFacility(Facility));
            var trainer = (await mediator.Send(new ListStaffOfFacility(facility!.FacilityId, Roles.Trainer))).First();
            return (await mediator.Send(new ListCoursesByAuthor(trainer.AccountId))).Single(c => c.Title == courseTitle);
        });
}
