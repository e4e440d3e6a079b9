using System.Globalization;
using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Training.BuildingBlocks.Documents;
using Training.BuildingBlocks.Security;

namespace Training.Modules.Courses.Cohorts;

/// <summary>
/// The cohort's attendance on paper for the facility's files: one row per learner, one column per session,
/// and the rate of each learner and of each session. Many sessions are printed in parts, one after another.
/// </summary>
internal sealed record PrintAttendanceRecap(Guid CohortId) : IRequest<PrintedCohortList>;

/// <summary>A printed list and the name to save it under.</summary>
internal sealed record PrintedCohortList(string FileName, PrintedList List, byte[] Pdf);

internal sealed class PrintAttendanceRecapValidator : AbstractValidator<PrintAttendanceRecap>
{
    public PrintAttendanceRecapValidator() => RuleFor(x => x.CohortId).NotEmpty();
}

internal sealed class PrintAttendanceRecapHandler(IMediator mediator, ICurrentUser user, TimeProvider clock) : IRequestHandler<PrintAttendanceRecap, PrintedCohortList>
{
    // As many session columns as an A4 landscape page holds beside the name, the number and the rate.
    private const int SessionsPerPart = 12;

    public async Task<PrintedCohortList> Handle(PrintAttendanceRecap query, CancellationToken cancellationToken)
    {
        var printout = await CohortPrintout.LoadAsync(mediator, user, clock, query.CohortId, cancellationToken);
        var cohort = printout.Cohort;
        var marks = cohort.Attendance.ToDictionary(m => (m.Session, m.LearnerId), m => m.Status);
        var parts = cohort.Sessions.Order().Chunk(SessionsPerPart).ToList();
        var tables = parts.Select((sessions, part) => Table(printout, marks, sessions, part, parts.Count));
        var list = new PrintedList(
            "Rekap Kehadiran",
            "Attendance recap",
            [.. printout.Facts(), "H = hadir · S = hadir sebagian · I = izin · T = tidak hadir · – = belum dicatat", "Tingkat kehadiran: hadir dihitung penuh, hadir sebagian setengah; izin tidak dihitung."],
            printout.PrintedAt,
            [.. tables]);
        return new PrintedCohortList(printout.FileName("rekap-kehadiran"), list, ListPdf.Render(list));
    }

    private static PrintedTable Table(
        CohortPrintout printout, Dictionary<(DateOnly, Guid), AttendanceStatus> marks, DateOnly[] sessions, int part, int parts)
    {
        var first = (part * SessionsPerPart) + 1;
        var caption = parts > 1 ? $"Sesi {first}–{first + sessions.Length - 1} dari {printout.Cohort.Sessions.Count}" : null;
        PrintedColumn[] columns =
        [
            new("Nama", "Name", 150),
            new("Nomor", "Number", 70),
            .. sessions.Select(s => new PrintedColumn(IndonesianDates.Short(s), IndonesianDates.Weekday(s), 38, Centred: true)),
            new("Kehadiran", "All sessions", 62, Centred: true),
        ];
        var rows = printout.Learners.Select(l => new PrintedRow(
        [
            l.Seat.Active ? l.Name : l.Name + " (keluar)",
            l.Number,
            .. sessions.Select(s => marks.TryGetValue((s, l.Seat.LearnerId), out var status) ? Letter(status) : "–"),
            Percent(Cohort.AttendanceRate(printout.Cohort.Attendance.Where(m => m.LearnerId == l.Seat.LearnerId))),
        ]));
        var perSession = new PrintedRow(
        [
            "Kehadiran per sesi",
            "",
            .. sessions.Select(s => Percent(Cohort.AttendanceRate(printout.Cohort.Attendance.Where(m => m.Session == s)))),
            Percent(Cohort.AttendanceRate(printout.Cohort.Attendance)),
        ], Summary: true);
        return new PrintedTable(caption, columns, [.. rows, perSession]);
    }

    private static string Letter(AttendanceStatus status) => status switch
    {
        AttendanceStatus.Present => "H",
        AttendanceStatus.Partial => "S",
        AttendanceStatus.Excused => "I",
        _ => "T",
    };

    private static string Percent(int? percent) => percent is { } p ? p.ToString(CultureInfo.InvariantCulture) + "%" : "–";
}

internal static class PrintAttendanceRecapEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/cohorts/{id:guid}/attendance.pdf", async (Guid id, IMediator mediator, CancellationToken ct) =>
            {
                var printed = await mediator.Send(new PrintAttendanceRecap(id), ct);
                return TypedResults.File(printed.Pdf, "application/pdf", printed.FileName);
            })
            .RequireAuthorization(Policies.FacilityOfficer)
            .Produces(StatusCodes.Status200OK, contentType: "application/pdf")
            .WithName(nameof(PrintAttendanceRecap))
            .WithTags("Cohorts");
}
