using System.Net;
using System.Net.Http.Json;
using FluentAssertions;
using Microsoft.AspNetCore.Mvc.Testing;
using Training.BuildingBlocks.Security;
using Training.Testing.Driving;
using Training.Testing;

namespace Training.SystemTests.Access;

/// <summary>
/// The callers of the access matrix and the records they call on. Each caller is a session
/// cookie sent by hand on a client that keeps no cookies, so that a call that signs in or out
/// changes nobody's session.
/// </summary>
public sealed class AccessWorld
{
    /// <summary>Where the cookie handler sends a page visitor who must sign in (<c>LoginPath</c>).</summary>
    public const string SignInPage = "/signin";

    /// <summary>Where it sends a signed-in page visitor whose role may not (<c>AccessDeniedPath</c>).</summary>
    public const string AccessDeniedPage = "/error/403";

    private readonly HttpClient _http;
    private readonly HttpClient _admin;
    private readonly FacilityTeam _facility;
    private readonly Dictionary<Caller, string> _cookies;
    private readonly Dictionary<Caller, Func<Task<string>>> _signIns;

    private AccessWorld(HttpClient http, HttpClient admin, FacilityTeam facility, Guid otherFacilityId, Guid learnerId, Dictionary<Caller, string> cookies,
        Dictionary<Caller, Func<Task<string>>> signIns)
    {
        _http = http;
        _admin = admin;
        _facility = facility;
        OtherFacilityId = otherFacilityId;
        LearnerId = learnerId;
        _cookies = cookies;
        _signIns = signIns;
        Courses = new CourseRecords(facility, learnerId, SendAsync);
        Certificates = new CertificateRecords(facility, Courses);
        Jobs = new JobRecords(SendAsync);
        Crafts = new CraftRecords(SendAsync);
        CraftOrders = new CraftOrderRecords(Crafts, SendAsync, () => FacilityId);
        Catalogue = new CraftCatalogueRecords(facility.FacilityId, Crafts, SendAsync);
        CraftStock = new CraftStockRecords(Crafts, SendAsync, () => LearnerId);
        CraftEvents = new CraftEventRecords(Catalogue, SendAsync);
    }

    /// <summary>Courses, cohorts and enrolments of facility A.</summary>
    public CourseRecords Courses { get; }

    /// <summary>Certificates of facility A's learners.</summary>
    public CertificateRecords Certificates { get; }
    /// <summary>The learner caller's graduate profile and an interest in it.</summary>
    public JobRecords Jobs { get; }

    public CraftRecords Crafts { get; }

    /// <summary>Buyers' orders for facility A's crafts.</summary>
    public CraftOrderRecords CraftOrders { get; }

    /// <summary>Facility A's brand and product photos, for the catalogue's rows.</summary>
    public CraftCatalogueRecords Catalogue { get; }

    /// <summary>Facility A's batches and the stock they bring.</summary>
    public CraftStockRecords CraftStock { get; }

    /// <summary>Facility A's announced bazaars and exhibitions.</summary>
    public CraftEventRecords CraftEvents { get; }

    /// <summary>Facility A: the facility of the officer, trainer, assessor and learner callers.</summary>
    public Guid FacilityId => _facility.FacilityId;

    public Guid OtherFacilityId { get; }

    /// <summary>Facility A's trainer, who takes attendance in A's cohorts.</summary>
    public Guid TrainerId => _facility.Trainer.Id;

    /// <summary>The learner caller's own record.</summary>
    public Guid LearnerId { get; }

    public static async Task<AccessWorld> CreateAsync(IdentityApp app)
    {
        var http = app.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://localhost"), AllowAutoRedirect = false, HandleCookies = false });
        var admin = await app.Admin();
        var a = await app.TeamAsync("A");
        var b = await app.TeamAsync("B");
        var learner = await a.RegisterLearnerAsync();
        var pending = Unique.Name("pending").ToLowerInvariant();
        await http.RegisterEmployerAsync(pending);
        var verified = Unique.Name("verified").ToLowerInvariant();
        var verifying = await admin.PostAsync($"/api/employers/{await http.RegisterEmployerAsync(verified)}/verify", null);
        verifying.StatusCode.Should().Be(HttpStatusCode.NoContent);

        Func<Task<string>> Staff(StaffMember staff) => () => CookieAsync(http, "/api/auth/sign-in", new { staff.Username, password = IdentityApi.StaffPassword });
        var signIns = new Dictionary<Caller, Func<Task<string>>>
        {
            [Caller.Anonymous] = () => Task.FromResult(""),
            [Caller.PlatformAdmin] = () => CookieAsync(http, "/api/auth/sign-in", new { username = BekalApp.AdminUsername, password = BekalApp.AdminPassword }),
            [Caller.FacilityOfficer] = Staff(a.Officer),
            [Caller.Trainer] = Staff(a.Trainer),
            [Caller.Assessor] = Staff(a.Assessor),
            [Caller.Learner] = () => CookieAsync(http, "/api/auth/learner-sign-in", new { facilityCode = learner.FacilityCode, learnerNumber = learner.Number, pin = learner.Pin }),
            [Caller.PendingEmployer] = () => CookieAsync(http, "/api/auth/sign-in", new { username = pending, password = IdentityApi.EmployerPassword }),
            [Caller.VerifiedEmployer] = () => CookieAsync(http, "/api/auth/sign-in", new { username = verified, password = IdentityApi.EmployerPassword }),
            [Caller.OtherFacilityOfficer] = Staff(b.Officer),
        };
        var cookies = new Dictionary<Caller, string>();
        foreach (var (caller, signIn) in signIns)
        {
            cookies[caller] = await signIn();
        }

        return new AccessWorld(http, admin, a, b.FacilityId, learner.Id, cookies, signIns);
    }

    public async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, Caller caller)
    {
        if (_cookies[caller].Length > 0)
        {
            request.Headers.Add("Cookie", _cookies[caller]);
        }

        // Signing out ends the session on the server: the caller signs in again for the rows after it.
        var signsOut = request.RequestUri?.OriginalString == "/api/auth/sign-out";
        var response = await _http.SendAsync(request);
        if (signsOut)
        {
            _cookies[caller] = await _signIns[caller]();
        }

        return response;
    }

    /// <summary>A learner of facility A that no other call has touched.</summary>
    public async Task<Guid> FreshLearnerAsync() => (await _facility.RegisterLearnerAsync()).Id;

    public Task<Guid> FreshFacilityAsync() => _admin.CreateFacilityAsync(Unique.Name("F").ToUpperInvariant());

    public Task<Guid> FreshStaffAsync() => _admin.CreateStaffAsync(Unique.Name("trainer").ToLowerInvariant(), Roles.Trainer, FacilityId);

    public Task<Guid> FreshPendingEmployerAsync() => _http.RegisterEmployerAsync(Unique.Name("employer").ToLowerInvariant());

    private static async Task<string> CookieAsync(HttpClient http, string path, object credentials)
    {
        var response = await http.PostAsJsonAsync(path, credentials);
        response.StatusCode.Should().Be(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return string.Join("; ", response.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0]));
    }
}
