using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using FluentAssertions;
using PdfSharp.Pdf.IO;
using Xunit;
using PdfPigDocument = UglyToad.PdfPig.PdfDocument;

namespace Training.Modules.Crafts.Tests;

/// <summary>Each unit of a batch gets a hang-tag with its batch code and a QR code to its provenance page, and no tag names who made it or where.</summary>
public sealed class PrintingHangTags(CraftsApp app) : IClassFixture<CraftsApp>
{
    [Fact]
    public async Task A_batch_of_fourteen_prints_fourteen_tags_on_two_pages_with_its_code_and_provenance_address_and_no_maker_or_facility()
    {
        var workshop = await Workshop.CreateAsync(app);
        await workshop.BrandAsync();
        var productId = await workshop.PublishedProductAsync();
        var (batchId, code) = await BatchAsync(workshop, productId, 14);

        var response = await workshop.Trainer.GetAsync($"/api/crafts/batches/{batchId}/tags.pdf");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/pdf");
        var bytes = await response.Content.ReadAsByteArrayAsync();
        using (var opened = PdfReader.Open(new MemoryStream(bytes), PdfDocumentOpenMode.Import))
        {
            opened.PageCount.Should().Be(2);
        }

        var pages = Pages(bytes);
        pages[0].Should().Contain(code).And.Contain($"/asal/{code}").And.Contain("1/14").And.Contain("12/14");
        pages[1].Should().Contain("13/14").And.Contain("14/14").And.NotContain("15/14");
        var text = string.Concat(pages);
        text.Should().Contain("150.000");
        foreach (var hidden in new[] { "Rahmawati", "Siti", "Lapas", "Kahayan", workshop.Code, "WB-" })
        {
            text.Should().NotContain(hidden);
        }
    }

    [Fact]
    public async Task A_large_batch_prints_in_files_of_at_most_two_hundred_tags()
    {
        var workshop = await Workshop.CreateAsync(app);
        await workshop.BrandAsync();
        var productId = await workshop.PublishedProductAsync();
        var (batchId, _) = await BatchAsync(workshop, productId, 230);

        var first = await workshop.Officer.GetByteArrayAsync($"/api/crafts/batches/{batchId}/tags.pdf");
        var rest = await workshop.Officer.GetByteArrayAsync($"/api/crafts/batches/{batchId}/tags.pdf?from=201");

        Pages(first).Should().HaveCount(17).And.Subject.Last().Should().Contain("200/230").And.NotContain("201/230");
        Pages(rest).Should().HaveCount(3).And.Subject.First().Should().Contain("201/230");
        (await workshop.Officer.GetAsync($"/api/crafts/batches/{batchId}/tags.pdf?count=201")).StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await workshop.Officer.GetAsync($"/api/crafts/batches/{batchId}/tags.pdf?from=231")).StatusCode.Should().Be(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Another_facilitys_officer_gets_not_found_and_the_staff_product_page_links_the_tags()
    {
        var workshop = await Workshop.CreateAsync(app);
        await workshop.BrandAsync();
        var productId = await workshop.PublishedProductAsync();
        var (batchId, code) = await BatchAsync(workshop, productId, 3);
        var other = await Workshop.CreateAsync(app, "Lapas Perempuan Sampit");

        (await other.Officer.GetAsync($"/api/crafts/batches/{batchId}/tags.pdf")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await other.Officer.GetAsync($"/api/crafts/products/{productId}/batches")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await (await app.AdminAsync()).GetAsync($"/api/crafts/batches/{batchId}/tags.pdf")).StatusCode.Should().Be(HttpStatusCode.OK);
        var page = await workshop.Officer.GetStringAsync($"/crafts/products/{productId}");
        page.Should().Contain(code).And.Contain($"/api/crafts/batches/{batchId}/tags.pdf?from=1").And.Contain("Cetak label");
    }

    private static async Task<(Guid Id, string Code)> BatchAsync(Workshop workshop, Guid productId, int quantity)
    {
        var maker = await workshop.LearnerAsync();
        var created = await workshop.Trainer.PostAsJsonAsync("/api/crafts/batches", StockWorld.Batch(productId, quantity, 200_000, maker));
        created.StatusCode.Should().Be(HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        var body = await created.Content.ReadFromJsonAsync<JsonElement>();
        return (body.GetProperty("id").GetGuid(), body.GetProperty("code").GetString()!);
    }

    private static List<string> Pages(byte[] pdf)
    {
        using var document = PdfPigDocument.Open(pdf);
        return [.. document.GetPages().Select(p => p.Text)];
    }
}
