using FluentAssertions;
using Training.BuildingBlocks.Documents;
using UglyToad.PdfPig;
using Xunit;

namespace Training.Modules.Courses.Tests;

/// <summary>A cohort of many learners runs over several pages; each page must still be readable on its own.</summary>
public sealed class PrintingLongLists
{
    private static readonly PrintedColumn[] Columns = [new("Nama", "Name", 150), new("Nomor", "Number", 70), new("Kehadiran", "Attendance", 60, Centred: true)];

    [Fact]
    public void Rows_that_overflow_go_on_to_new_pages_which_repeat_the_title_and_the_heading_row()
    {
        var rows = Enumerable.Range(1, 60).Select(i => new PrintedRow([$"Peserta {i:00}", $"WB-{i:000}", "75%"])).ToList();
        var list = new PrintedList("Rekap Kehadiran", "Attendance recap", ["Fasilitas: Balai Latihan Kartini"], "Dicetak hari ini", [new PrintedTable(null, Columns, rows)]);

        using var pdf = PdfDocument.Open(ListPdf.Render(list));

        var pages = pdf.GetPages().Select(p => p.Text).ToList();
        pages.Should().HaveCountGreaterThan(1).And.AllSatisfy(page =>
            page.Should().Contain("Rekap Kehadiran").And.Contain("Balai Latihan Kartini").And.Contain("NamaNameNomorNumber"));
        pages[1].Should().Contain("(lanjutan)");
        pages[^1].Should().Contain($"Halaman {pages.Count} dari {pages.Count}");
        foreach (var i in Enumerable.Range(1, 60))
        {
            pages.Count(page => page.Contains($"Peserta {i:00}WB-{i:000}", StringComparison.Ordinal)).Should().Be(1, "learner {0} is printed once", i);
        }
    }

    [Fact]
    public void The_summary_row_is_never_alone_at_the_top_of_a_page()
    {
        // Some count of learners fills a page exactly; whichever it is, the rate per session keeps a learner above it.
        foreach (var count in Enumerable.Range(10, 40))
        {
            var rows = Enumerable.Range(1, count).Select(i => new PrintedRow([$"Peserta {i:00}", $"WB-{i:000}", "75%"]))
                .Append(new PrintedRow(["Kehadiran per sesi", "", "75%"], Summary: true)).ToList();
            var list = new PrintedList("Rekap Kehadiran", "Attendance recap", [], "", [new PrintedTable(null, Columns, rows)]);

            using var pdf = PdfDocument.Open(ListPdf.Render(list));

            pdf.GetPages().Last().Text.Should().Contain("Kehadiran per sesi").And.Contain($"Peserta {count:00}", "with {0} learners", count);
        }
    }

    [Fact]
    public void A_long_name_wraps_inside_its_cell_instead_of_running_into_the_next()
    {
        var name = "Maria Goretti Fransiska Situmorang Panjaitan Nababan";
        PrintedColumn[] columns = [.. Columns, new("Catatan", "Note", 420)];
        var list = new PrintedList("Daftar", "List", [], "", [new PrintedTable(null, columns, [new PrintedRow([name, "WB-001", "75%", ""])])]);

        using var pdf = PdfDocument.Open(ListPdf.Render(list));

        var nameColumnRight = 36 + ((pdf.GetPage(1).Width - 72) * 150 / 700);
        var words = pdf.GetPage(1).GetWords().Where(w => name.Split(' ').Contains(w.Text)).ToList();
        words.Should().HaveCount(6);
        words.Should().OnlyContain(w => w.BoundingBox.Right <= nameColumnRight);
        words.Select(w => Math.Round(w.BoundingBox.Bottom)).Distinct().Should().HaveCountGreaterThan(1, "the name takes more than one line");
    }
}
