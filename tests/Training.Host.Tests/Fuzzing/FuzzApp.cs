using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Training.BuildingBlocks.Security;
using Training.Testing;

namespace Training.Host.Tests.Fuzzing;

/// <summary>
/// One host and database for the whole fuzzing class, with a signed-in person of each role that
/// gets past authorization, and a second facility with its own learner as a bystander.
/// </summary>
public sealed class FuzzApp : BekalApp
{
    internal IReadOnlyList<(string Role, HttpClient Client)> Callers { get; private set; } = [];

    internal JsonObject OpenApi { get; private set; } = [];

    /// <summary>The callers' own ids and facilities: offered to no request, so nobody disables or moves them mid-run.</summary>
    internal HashSet<string> Protected { get; } = new(StringComparer.OrdinalIgnoreCase);

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        var code = "FZ-" + Guid.NewGuid().ToString("N")[..6];
        var facility = await this.FacilityAsync(code);
        var officer = await this.StaffAsync(Roles.FacilityOfficer, facility);
        var trainer = await this.StaffAsync(Roles.Trainer, facility);
        var assessor = await this.StaffAsync(Roles.Assessor, facility);
        var learner = await this.LearnerAsync(officer.Client, facility, code);
        var employer = await VerifiedEmployerAsync();

        var otherCode = "FZ-" + Guid.NewGuid().ToString("N")[..6];
        var otherFacility = await this.FacilityAsync(otherCode);
        var otherOfficer = await this.StaffAsync(Roles.FacilityOfficer, otherFacility);
        await this.LearnerAsync(otherOfficer.Client, otherFacility, otherCode);

        Callers =
        [
            ("anonymous", Client()), (Roles.PlatformAdmin, await AdminAsync()), (Roles.FacilityOfficer, officer.Client),
            (Roles.Trainer, trainer.Client), (Roles.Assessor, assessor.Client), (Roles.Learner, learner.Client), (Roles.Employer, employer),
        ];
        Protected.UnionWith([facility.ToString(), otherFacility.ToString(), otherOfficer.Id.ToString(), officer.Id.ToString(), trainer.Id.ToString(),
            assessor.Id.ToString(), learner.Id.ToString(), code, otherCode]);
        foreach (var (_, client) in Callers.Skip(1))
        {
            var me = await client.GetFromJsonAsync<JsonElement>("/api/me");
            Protected.Add(me.GetProperty("id").GetString()!);
        }

        OpenApi = (await Client().GetFromJsonAsync<JsonObject>("/openapi/v1.json"))!;
    }

    private async Task<HttpClient> VerifiedEmployerAsync()
    {
        var username = "mitra-" + Guid.NewGuid().ToString("N")[..8];
        var registered = await Client().PostAsJsonAsync("/api/employers/registrations", new
        {
            organizationName = "CV Anyaman Borneo", contactName = "Ibu Maria", email = $"{username}@umkm.example", phone = "+62 811 5200 123",
            username, password = People.Password, nib = "9120001234567", address = "Jl. Tjilik Riwut Km 5, Palangka Raya",
        });
        registered.EnsureSuccessStatusCode();
        var id = (await registered.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        (await (await AdminAsync()).PostAsync($"/api/employers/{id}/verify", null)).EnsureSuccessStatusCode();
        Protected.Add(id.ToString());
        return await SignedInAsync(username, People.Password);
    }
}
