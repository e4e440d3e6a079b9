using System.Text;
using Marten;
using Training.BuildingBlocks.Security;
using Training.BuildingBlocks.Time;
using Training.Modules.Identity.Accounts;
using Training.Modules.Identity.Contracts;
using Training.Modules.Identity.Employers;
using Training.Modules.Identity.Facilities;
using Training.Modules.Identity.Learners;

namespace Training.Modules.Identity.Demo;

/// <summary>The demo facility in Palangka Raya, one account per role, a few learners, one verified employer and one waiting for verification.</summary>
internal static class DemoIdentities
{
    public const string FacilityCode = "LPP-PKY";
    public const string Password = "Bekal-Demo-2026";

    private static readonly (string Username, string Name, string Role)[] Staff =
    [
        ("admin", "Admin Platform", Roles.PlatformAdmin),
        ("petugas", "Ibu Ratna Sari (Petugas)", Roles.FacilityOfficer),
        ("pelatih", "Ibu Maya Kusuma (Pelatih)", Roles.Trainer),
        ("asesor", "Bapak Hendra Wijaya (Asesor)", Roles.Assessor),
    ];

    private static readonly (string Number, string Name, string Pin)[] Learners =
    [
        ("WB-2026-001", "Siti Aminah", "246810"),
        ("WB-2026-002", "Dewi Lestari", "135790"),
        ("WB-2026-003", "Rina Marlina", "482915"),
        ("WB-2026-004", "Nur Aisyah", "739164"),
        ("WB-2026-005", "Yuliana Sari", "581302"),
    ];

    public static async Task<IReadOnlyList<string>> SeedAsync(IDocumentSession session, Secrets secrets, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var facilityId = Guid.NewGuid();
        session.Events.StartStream<Facility>(facilityId, new FacilityCreated(facilityId, FacilityCode, "LPP Palangka Raya", FacilityTime.PlatformZoneId, Guid.Empty, now));
        var lines = new List<string> { $"Staff (password {Password}):" };
        foreach (var (username, name, role) in Staff)
        {
            if (!await session.Query<Account>().AnyAsync(a => a.Username == username, cancellationToken))
            {
                await Accounts.Accounts.CreateAsync(session, secrets, username, Password, name, role,
                    role == Roles.PlatformAdmin ? null : facilityId, null, null, now, cancellationToken);
                lines.Add($"  {role,-16} {username}");
            }
        }

        var employerId = Guid.NewGuid();
        var accountId = await Accounts.Accounts.CreateAsync(session, secrets, "mitra", Password, "Ibu Maria Ulfa", Roles.Employer, null, employerId, null, now, cancellationToken);
        session.Events.StartStream<Employer>(employerId,
            new EmployerRegistered(employerId, "Koperasi Purun Sejahtera", "Ibu Maria Ulfa", "maria@purun-sejahtera.example", "+62 811 5200 123", accountId, now,
                "9120001234567", "012345678712000", "Jl. Tjilik Riwut Km 5, Palangka Raya, Kalimantan Tengah"),
            new EmployerVerified(employerId, "Demo", Guid.Empty, now),
            new EmployerVerifiedIntegrationEvent(employerId, "Koperasi Purun Sejahtera"));
        lines.Add($"  {Roles.Employer,-16} mitra (verified)");

        // A second employer waits for the admin, so the verification queue is not empty on the first visit.
        var pendingId = Guid.NewGuid();
        var pendingAccountId = await Accounts.Accounts.CreateAsync(session, secrets, "rotan", Password, "Bapak Yosef Dino", Roles.Employer, null, pendingId, null, now,
            cancellationToken);
        session.Events.StartStream<Employer>(pendingId,
            new EmployerRegistered(pendingId, "CV Rotan Kahayan", "Bapak Yosef Dino", "yosef@rotan-kahayan.example", "+62 813 4900 765", pendingAccountId, now,
                "9120007654321", null, "Jl. RTA Milono Km 3, Palangka Raya, Kalimantan Tengah"));
        lines.Add($"  {Roles.Employer,-16} rotan (waiting for verification)");

        lines.Add($"Learners (facility code {FacilityCode}):");
        foreach (var (number, name, pin) in Learners)
        {
            RegisterLearnerHandler.Register(session, facilityId, number, name, secrets.Hash(pin), Guid.Empty, now, temporary: false);
            lines.Add($"  {number}  PIN {pin}  {name}");
        }

        return lines;
    }

    public static string Describe(IReadOnlyList<string> lines)
    {
        var text = new StringBuilder();
        text.AppendLine("================ Bekal demo sign-ins ================");
        foreach (var line in lines)
        {
            text.AppendLine(line);
        }

        text.Append("=====================================================");
        return text.ToString();
    }
}
