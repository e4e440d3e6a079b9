using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Training.BuildingBlocks.Documents;
using Training.BuildingBlocks.Security;
using Training.Modules.Assessments.Contracts;
using Training.Modules.Certificates.Contracts;
using Training.Modules.Courses.Contracts;

namespace Training.Modules.Courses.Cohorts;

/// <summary>
/// Who finished the cohort and how, on paper for the facility's files: per learner her attendance, lessons
/// done, test state, certificate and whether she is still in, withdrew (and why) or completed.
/// </summary>
internal sealed record PrintCompletionList(Guid CohortId) : IRequest<PrintedCohortList>;

internal sealed class PrintCompletionListValidator : AbstractValidator<PrintCompletionList>
{
    public PrintCompletionListValidator() => RuleFor(x => x.CohortId).NotEmpty();
}

internal sealed class PrintCompletionListHandler(IMediator mediator, ICurrentUser user, TimeProvider clock) : IRequestHandler<PrintCompletionList, PrintedCohortList>
{
    private static readonly PrintedColumn[] Columns =
    [
        new("No.", "No.", 26, Centred: true),
        new("Nama", "Name", 140),
        new("Nomor", "Number", 68),
        new("Kehadiran", "Attendance", 62, Centred: true),
        new("Materi selesai", "Lessons done", 62, Centred: true),
        new("Uji kompetensi", "Test", 125),
        new("Sertifikat", "Certificate", 135),
        new("Status", "Status", 115),
    ];

    public async Task<PrintedCohortList> Handle(PrintCompletionList query, CancellationToken cancellationToken)
    {
        var printout = await CohortPrintout.LoadAsync(mediator, user, clock, query.CohortId, cancellationToken);
        var cohort = printout.Cohort;
        var tests = (await mediator.Send(new ListTestStatesOfCohort(cohort.Id), cancellationToken)).ToDictionary(s => s.EnrollmentId, s => s.State);
        var rows = new List<PrintedRow>();
        foreach (var (learner, i) in printout.Learners.Select((l, i) => (l, i)))
        {
            var seat = learner.Seat;
            var certificates = await mediator.Send(new ListHeldCertificates(seat.LearnerId), cancellationToken);
            rows.Add(new PrintedRow(
            [
                $"{i + 1}",
                learner.Name,
                learner.Number,
                $"{seat.AttendancePercent}% ({seat.Attendance.Present}/{seat.Attendance.Scheduled})",
                seat.Lessons is { } lessons ? $"{lessons.Done}/{lessons.Total}" : "–",
                tests.TryGetValue(seat.EnrollmentId, out var state) ? Test(state) : "–",
                Certificate(certificates.Where(c => c.CourseId == cohort.CourseId && c.CourseVersion == cohort.CourseVersion)),
                Status(seat, cohort.Completed),
            ]));
        }

        var list = new PrintedList("Daftar Penyelesaian Pelatihan", "Completion list", printout.Facts(), printout.PrintedAt, [new PrintedTable(null, Columns, rows)]);
        return new PrintedCohortList(printout.FileName("daftar-penyelesaian"), list, ListPdf.Render(list));
    }

    private static string Test(TestState state) => state switch
    {
        TestState.NotStarted => "Belum mulai",
        TestState.WrittenNotPassed => "Belum lulus ujian tertulis",
        TestState.PassedWritten => "Lulus ujian tertulis, menunggu uji praktik",
        TestState.WaitingForPractical => "Menunggu uji praktik",
        TestState.Competent => "Kompeten",
        TestState.NotYetCompetent => "Belum Kompeten",
        _ => "–",
    };

    /// <summary>The newest certificate for this course version; a superseded one is named by its reissue instead.</summary>
    private static string Certificate(IEnumerable<CertificateSummary> certificates) =>
        certificates.Where(c => c.Status != CertificateStatus.Superseded).OrderByDescending(c => c.IssuedOn).FirstOrDefault() is { } newest
            ? $"{newest.Number}, {IndonesianDates.Long(newest.IssuedOn)}" + newest.Status switch
            {
                CertificateStatus.Revoked => " (dicabut)",
                CertificateStatus.Expired => " (kedaluwarsa)",
                _ => "",
            }
            : "Belum terbit";

    private static string Status(CohortView.SeatView seat, bool cohortCompleted) => (seat.Active, cohortCompleted) switch
    {
        (false, _) => "Keluar: " + seat.WithdrawalReason switch
        {
            nameof(WithdrawalReason.Withdrawn) => "mengundurkan diri",
            nameof(WithdrawalReason.Transferred) => "pindah fasilitas",
            nameof(WithdrawalReason.Released) => "bebas",
            _ => "lainnya",
        },
        (true, true) => "Selesai",
        (true, false) => "Aktif",
    };
}

internal static class PrintCompletionListEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/cohorts/{id:guid}/completion.pdf", async (Guid id, IMediator mediator, CancellationToken ct) =>
            {
                var printed = await mediator.Send(new PrintCompletionList(id), ct);
                return TypedResults.File(printed.Pdf, "application/pdf", printed.FileName);
            })
            .RequireAuthorization(Policies.FacilityOfficer)
            .Produces(StatusCodes.Status200OK, contentType: "application/pdf")
            .WithName(nameof(PrintCompletionList))
            .WithTags("Cohorts");
}
