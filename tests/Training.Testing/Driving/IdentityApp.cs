using System.Collections.Concurrent;
using Training.BuildingBlocks.Security;

namespace Training.Testing.Driving;

/// <summary>
/// The host on a fresh database, with the bootstrap admin signed in and teams of facility staff
/// made on first use. A class fixture: the tests of one class share it.
/// </summary>
public class IdentityApp : BekalApp
{
    private readonly ConcurrentDictionary<string, Lazy<Task<FacilityTeam>>> _teams = new(StringComparer.Ordinal);
    private readonly Lazy<Task<HttpClient>> _admin;

    public IdentityApp() => _admin = new(AdminAsync);

    /// <summary>The bootstrap admin, signed in once for the whole class.</summary>
    public virtual Task<HttpClient> Admin() => _admin.Value;

    /// <summary>A facility with a signed-in officer, trainer and assessor; the same team for the same name.</summary>
    public Task<FacilityTeam> TeamAsync(string name) => _teams.GetOrAdd(name, n => new(() => NewTeamAsync(n))).Value;

    /// <summary>The admin creates a staff account and its owner signs in once, choosing <see cref="IdentityApi.StaffPassword"/>.</summary>
    public async Task<Guid> CreateStaffAsync(string username, string role, Guid? facilityId)
    {
        var id = await (await Admin()).CreateStaffAsync(username, role, facilityId);
        await FirstSignInAsync(username, IdentityApi.IssuedPassword, IdentityApi.StaffPassword);
        return id;
    }

    private async Task<FacilityTeam> NewTeamAsync(string name)
    {
        var admin = await Admin();
        var code = Unique.Name(name).ToUpperInvariant();
        var facilityId = await admin.CreateFacilityAsync(code);
        return new FacilityTeam(this, facilityId, code,
            await StaffAsync(admin, name, Roles.FacilityOfficer, facilityId),
            await StaffAsync(admin, name, Roles.Trainer, facilityId),
            await StaffAsync(admin, name, Roles.Assessor, facilityId));
    }

    private async Task<StaffMember> StaffAsync(HttpClient admin, string team, string role, Guid facilityId)
    {
        var username = Unique.Name($"{team}-{role}").ToLowerInvariant();
        var id = await admin.CreateStaffAsync(username, role, facilityId);
        return new StaffMember(id, username, role, await FirstSignInAsync(username, IdentityApi.IssuedPassword, IdentityApi.StaffPassword));
    }
}

/// <summary>One facility and its staff, each with a signed-in client.</summary>
public sealed record FacilityTeam(IdentityApp App, Guid FacilityId, string Code, StaffMember Officer, StaffMember Trainer, StaffMember Assessor)
{
    public IReadOnlyList<StaffMember> Staff => [Officer, Trainer, Assessor];

    /// <summary>The officer registers a learner, who signs in once and chooses <paramref name="pin"/> herself.</summary>
    public async Task<LearnerAccount> RegisterLearnerAsync(string pin = "468024")
    {
        var number = Unique.Name("WB");
        var issued = pin == IdentityApi.IssuedPin ? "851372" : IdentityApi.IssuedPin;
        var id = await Officer.Client.RegisterLearnerAsync(FacilityId, number, issued);
        await App.LearnerFirstSignInAsync(Code, number, issued, pin);
        return new LearnerAccount(id, Code, number, pin);
    }

    public Task<HttpClient> SignedInAsync(LearnerAccount learner) => App.LearnerSignedInAsync(learner.FacilityCode, learner.Number, learner.Pin);
}

public sealed record StaffMember(Guid Id, string Username, string Role, HttpClient Client);

public sealed record LearnerAccount(Guid Id, string FacilityCode, string Number, string Pin);
