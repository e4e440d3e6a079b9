using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using FluentAssertions;
using Training.Testing;
using Xunit;

namespace Training.Modules.Assessments.Tests;

public sealed class ImportingAQuestionBank(BekalApp app) : IClassFixture<BekalApp>
{
    [Fact]
    public async Task A_good_file_appends_its_questions_after_the_saved_ones()
    {
        var site = await AssessmentSite.CreateAsync(app);
        const string csv = """
            unit;jenis;soal;pilihan;benar;toleransi
            C.131000.001.01;tunggal;"Benang mana yang paling lembut; untuk bayi?";Akrilik|Katun|Nilon;2;
            2;ganda;Alat merajut?;Hakpen|Gunting|Jarum rajut;1|3;
            1;benar-salah;"Simpul ""slip knot"" dibuat pertama?";;Benar;
            2;angka;Berapa cm lebar tas kecil?;;20,5;0,5
            """;

        var answer = await ImportAsync(site, Encoding.UTF8.GetBytes(csv));

        answer.StatusCode.Should().Be(HttpStatusCode.OK);
        var bank = await BankAsync(site);
        bank.Should().HaveCount(8);
        bank.Take(4).Should().Equal(AssessmentSite.Key.Keys);
        bank.Skip(4).Should().Equal("Benang mana yang paling lembut; untuk bayi?", "Alat merajut?", "Simpul \"slip knot\" dibuat pertama?", "Berapa cm lebar tas kecil?");
    }

    [Fact]
    public async Task Wrong_rows_are_reported_by_number_and_the_bank_stays_as_it_was()
    {
        var site = await AssessmentSite.CreateAsync(app);
        const string csv = """
            unit,type,question,options,correct
            C.131000.001.01,single,Benang apa yang kuat?,Katun|Nilon,2
            C.999999.001.01,single,Unit yang tidak ada?,Ya|Tidak,1
            1,single,Pilihan benar di luar daftar?,Ya|Tidak,5
            1,multiple,Satu pilihan saja?,Ya,1
            """;

        var answer = await ImportAsync(site, Encoding.UTF8.GetBytes(csv));

        answer.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        var errors = (await answer.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").EnumerateObject().Select(e => e.Name).ToList();
        errors.Should().BeEquivalentTo("rows[3].Unit", "rows[4].Correct", "rows[5].Options");
        (await BankAsync(site)).Should().Equal(AssessmentSite.Key.Keys);
    }

    [Fact]
    public async Task The_editor_page_names_each_wrong_row_and_a_file_that_is_not_utf8_is_refused_whole()
    {
        var site = await AssessmentSite.CreateAsync(app);
        var page = $"/trainer/assessments/{site.CourseId}";
        var html = await (await site.Trainer.GetAsync(page)).Content.ReadAsStringAsync();
        var token = System.Text.RegularExpressions.Regex.Match(html, @"name=""__RequestVerificationToken"" type=""hidden"" value=""([^""]+)""").Groups[1].Value;

        var refused = await PostPageAsync(site.Trainer, page, token, "unit,type,question,options,correct\n1,single,Benang?,Katun|Nilon,1\n1,pilihan,Jenis salah?,Ya|Tidak,1\n"u8.ToArray());
        var latin1 = await ImportAsync(site, Encoding.Latin1.GetBytes("unit,type,question,options,correct\n1,single,Benang \u00e9?,Katun|Nilon,1\n"));

        refused.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync()).Should().Contain("<li>Baris 3, kolom jenis: Tulis tunggal, ganda, benar-salah atau angka.</li>");
        latin1.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await latin1.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").EnumerateObject().Select(e => e.Name).Should().Equal("file");
        (await BankAsync(site)).Should().HaveCount(4);
    }

    private static Task<HttpResponseMessage> ImportAsync(AssessmentSite site, byte[] csv) =>
        site.Trainer.PostAsync($"/api/courses/{site.CourseId}/assessment/questions/import", File("file", csv));

    private static Task<HttpResponseMessage> PostPageAsync(HttpClient trainer, string page, string token, byte[] csv)
    {
        var form = File("questions", csv);
        form.Add(new StringContent(token), "__RequestVerificationToken");
        return trainer.PostAsync($"{page}?handler=Import", form);
    }

    private static MultipartFormDataContent File(string field, byte[] csv)
    {
        var content = new ByteArrayContent(csv);
        content.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        return new MultipartFormDataContent { { content, field, "soal.csv" } };
    }

    private static async Task<IReadOnlyList<string>> BankAsync(AssessmentSite site) =>
        [.. (await site.Trainer.GetFromJsonAsync<JsonElement[]>($"/api/courses/{site.CourseId}/assessment/statistics"))!.Select(q => q.GetProperty("text").GetString()!)];
}
