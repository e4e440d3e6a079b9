using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;
using FluentValidation;
using FluentValidation.Results;
using Marten;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Training.BuildingBlocks.Errors;
using Training.BuildingBlocks.Idempotency;
using Training.BuildingBlocks.Messaging;
using Training.BuildingBlocks.Security;
using Training.Modules.Identity.Access;
using Training.Modules.Identity.Accounts;
using Training.Modules.Identity.Facilities;

namespace Training.Modules.Identity.Learners;

/// <summary>
/// An officer imports learners of their facility from CSV (<c>learnerNumber,fullName,pin</c>).
/// Good rows are stored, bad rows are listed with their reasons; the PIN is never echoed.
/// </summary>
internal sealed record ImportLearners(string Csv) : ICommand<ImportReport>;

internal sealed record ImportReport(int Accepted, int Rejected, IReadOnlyList<ImportRow> Rows);

/// <summary>One row's outcome. <see cref="Reasons"/> are English sentences; <see cref="Problems"/> carry the codes pages translate.</summary>
internal sealed record ImportRow(int Line, string? LearnerNumber, bool Accepted, IReadOnlyList<string> Reasons, Guid? LearnerId, IReadOnlyList<ImportProblem> Problems);

/// <summary>Why a row was refused: the field (<c>row</c> for the row as a whole), a stable code, and the length limits the code speaks of.</summary>
internal sealed record ImportProblem(string Field, string Code, int? MinLength = null, int? MaxLength = null);

internal sealed class ImportLearnersHandler(IDocumentSession session, LearnerAccess access, ICurrentUser user, Secrets secrets, TimeProvider clock)
    : IRequestHandler<ImportLearners, ImportReport>
{
    public const int MaxRows = 5000;
    private static readonly string[] Columns = ["learnerNumber", "fullName", "pin"];

    public async Task<ImportReport> Handle(ImportLearners command, CancellationToken cancellationToken)
    {
        var facilityId = access.EnsureOfficerOf(user.FacilityId ?? Guid.Empty);
        if (await session.LoadAsync<Facility>(facilityId, cancellationToken) is not { Active: true })
        {
            throw new RuleBroken("facility.inactive", isConflict: true);
        }

        List<(int Line, RegisterLearner Command, List<Refusal> Problems)> rows;
        try
        {
            rows = Parse(command.Csv);
        }
        catch (CsvHelperException)
        {
            throw new RuleBroken("import.malformed");
        }

        var numbers = rows.Select(r => r.Command.LearnerNumber.Trim()).Distinct().ToList();
        var taken = (await session.Query<Learner>()
            .Where(l => l.FacilityId == facilityId && l.LearnerNumber.IsOneOf(numbers))
            .Select(l => l.LearnerNumber)
            .ToListAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal);

        var validator = new RegisterLearnerValidator();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var checkedRows = rows.Select(row =>
        {
            var refusals = row.Problems.Concat(validator.Validate(row.Command with { FacilityId = facilityId }).Errors.Select(Refusal.Of)).ToList();
            var number = row.Command.LearnerNumber.Trim();
            if (taken.Contains(number))
            {
                refusals.Add(new(new("learnerNumber", "learner.number-taken"), "already registered at this facility"));
            }
            else if (number.Length > 0 && !seen.Add(number))
            {
                refusals.Add(new(new("learnerNumber", "import.number-repeated"), "appears more than once in this file"));
            }

            return (row.Line, Number: number, row.Command, Refusals: refusals);
        }).ToList();

        // Hashing is the slow part: spread it over the cores.
        var good = checkedRows.Where(r => r.Refusals.Count == 0).ToList();
        var hashes = new string[good.Count];
        Parallel.For(0, good.Count, new ParallelOptions { CancellationToken = cancellationToken }, i => hashes[i] = secrets.Hash(good[i].Command.Pin));

        var now = clock.GetUtcNow();
        var ids = good.Select((r, i) => (r.Line, Id: RegisterLearnerHandler.Register(session, facilityId, r.Number, r.Command.FullName.Trim(), hashes[i], access.ActorId, now, temporary: true)))
            .ToDictionary(x => x.Line, x => x.Id);
        var report = checkedRows
            .Select(r => new ImportRow(r.Line, r.Number.Length > 0 ? r.Number : null, r.Refusals.Count == 0,
                [.. r.Refusals.Select(x => x.Reason)], ids.TryGetValue(r.Line, out var id) ? id : null, [.. r.Refusals.Select(x => x.Problem)]))
            .ToList();
        return new ImportReport(good.Count, report.Count - good.Count, report);
    }

    private static List<(int Line, RegisterLearner Command, List<Refusal> Problems)> Parse(string csv)
    {
        var configuration = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            HasHeaderRecord = true,
            TrimOptions = TrimOptions.Trim,
            DetectDelimiter = true,
            MissingFieldFound = null,
            BadDataFound = null,
            PrepareHeaderForMatch = a => a.Header.Trim().ToLowerInvariant(),
        };
        using var reader = new CsvReader(new StringReader(csv), configuration);
        if (!reader.Read() || !reader.ReadHeader() || Columns.Any(c => !reader.HeaderRecord!.Select(h => h.Trim()).Contains(c, StringComparer.OrdinalIgnoreCase)))
        {
            throw new RuleBroken("import.header");
        }

        var rows = new List<(int, RegisterLearner, List<Refusal>)>();
        while (reader.Read())
        {
            if (rows.Count == MaxRows)
            {
                throw new RuleBroken("import.too-many-rows");
            }

            var problems = new List<Refusal>();
            if (reader.Parser.Count != reader.HeaderRecord!.Length)
            {
                problems.Add(new(new("row", "import.row-fields"), $"expected {reader.HeaderRecord.Length} fields, found {reader.Parser.Count}"));
            }

            var command = new RegisterLearner(Guid.Empty, Field(reader, "learnernumber"), Field(reader, "fullname"), Field(reader, "pin"));
            rows.Add((reader.Parser.RawRow, command, problems));
        }

        return rows;
    }

    private static string Field(CsvReader reader, string name) => reader.TryGetField<string>(name, out var value) ? value ?? "" : "";

    private static string Camel(string name) => name.Length == 0 ? name : char.ToLowerInvariant(name[0]) + name[1..];

    private sealed record Refusal(ImportProblem Problem, string Message)
    {
        public string Reason => $"{Problem.Field}: {Message}";

        public static Refusal Of(ValidationFailure failure) => new(
            new(Camel(failure.PropertyName), failure.ErrorCode, Limit(failure, "MinLength"), Limit(failure, "MaxLength")), failure.ErrorMessage);

        private static int? Limit(ValidationFailure failure, string name) =>
            failure.FormattedMessagePlaceholderValues?.TryGetValue(name, out var value) == true && value is int limit ? limit : null;
    }
}

internal static class ImportLearnersEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/learners/import", async (HttpRequest request, IMediator mediator, CancellationToken ct) =>
            {
                if (request.ContentType?.Split(';')[0].Trim() is not ("text/csv" or "application/csv"))
                {
                    return Results.Problem(statusCode: StatusCodes.Status415UnsupportedMediaType, title: "Unsupported media type",
                        detail: "Send the learners as text/csv with the header learnerNumber,fullName,pin.");
                }

                using var reader = new StreamReader(request.Body);
                var csv = await reader.ReadToEndAsync(ct);
                return Results.Ok(await mediator.Send(new ImportLearners(csv), ct));
            })
            .CreatesResource()
            .RequireAuthorization(Policies.FacilityOfficer)
            .Accepts<string>("text/csv")
            .Produces<ImportReport>()
            .WithName(nameof(ImportLearners))
            .WithTags("Identity");
}
