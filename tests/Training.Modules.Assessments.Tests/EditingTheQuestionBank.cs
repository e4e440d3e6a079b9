using System.Net;
using System.Text.RegularExpressions;
using FluentAssertions;
using Training.Testing;
using Xunit;

namespace Training.Modules.Assessments.Tests;

public sealed partial class EditingTheQuestionBank(BekalApp app) : IClassFixture<BekalApp>
{
    [Fact]
    public async Task Drawing_more_questions_than_the_bank_holds_is_explained_beside_the_questions_per_attempt()
    {
        var site = await AssessmentSite.CreateAsync(app);
        var page = $"/trainer/assessments/{site.CourseId}";

        var answer = await PostAsync(site.Trainer, page, ("Input.QuestionsPerAttempt", "10"));

        answer.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        var html = WebUtility.HtmlDecode(await answer.Content.ReadAsStringAsync());
        html.Should().MatchRegex(
            @"data-valmsg-for=""Plan\.QuestionsPerAttempt""[^>]*>Bank soal berisi 4 pertanyaan, setiap percobaan mengambil 10\.");
    }

    [Fact]
    public async Task A_correct_option_outside_the_options_is_explained_beside_that_question()
    {
        var site = await AssessmentSite.CreateAsync(app);
        var page = $"/trainer/assessments/{site.CourseId}";

        var answer = await PostAsync(site.Trainer, page, ("Input.Questions[2].Correct", "7"));

        answer.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        var html = WebUtility.HtmlDecode(await answer.Content.ReadAsStringAsync());
        html.Should().MatchRegex(@"data-valmsg-for=""Plan\.Questions\[2\]\.Correct""[^>]*>Tulis nomor pilihan yang benar");
        html.Should().NotMatchRegex(@"data-valmsg-for=""Plan\.Questions\[1\]\.Correct""[^>]*>Tulis");
    }

    [Fact]
    public async Task A_deleted_question_leaves_the_others_renumbered_and_the_preview_shows_them_as_learners_do()
    {
        var site = await AssessmentSite.CreateAsync(app);
        var page = $"/trainer/assessments/{site.CourseId}";

        var removed = WebUtility.HtmlDecode(await (await PostAsync(site.Trainer, $"{page}?handler=Arrange", ("arrange", "remove:0"))).Content.ReadAsStringAsync());
        var preview = WebUtility.HtmlDecode(await (await PostAsync(site.Trainer, $"{page}?handler=Preview", ("Input.Questions[0].Text", "Tusuk dasar pertama?"))).Content.ReadAsStringAsync());

        removed.Should().Contain("Urutan soal diubah").And.Contain("<legend>Soal 3</legend>").And.NotContain("<legend>Soal 4</legend>")
            .And.NotContain("Hakpen untuk benang katun sedang?");
        preview.Should().Contain("Pratinjau: soal seperti yang dilihat peserta").And.Contain("<legend>1. Tusuk dasar pertama?</legend>");
    }

    /// <summary>Posts the editor with the site's plan as the page shows it, with <paramref name="changes"/> over it.</summary>
    private static async Task<HttpResponseMessage> PostAsync(HttpClient trainer, string page, params (string Name, string Value)[] changes)
    {
        var html = await (await trainer.GetAsync(page)).Content.ReadAsStringAsync();
        var fields = new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = Token().Match(html).Groups[1].Value,
            ["Input.PassMarkPercent"] = "60",
            ["Input.QuestionsPerAttempt"] = "4",
            ["Input.TimeLimitMinutes"] = "30",
            ["Input.MaxAttempts"] = "2",
            ["Input.CooldownHours"] = "0",
        };
        var i = 0;
        foreach (var (text, right) in AssessmentSite.Key)
        {
            fields[$"Input.Questions[{i}].UnitCode"] = i < 2 ? "C.131000.001.01" : "C.131000.002.01";
            fields[$"Input.Questions[{i}].Text"] = text;
            fields[$"Input.Questions[{i}].Type"] = "SingleChoice";
            fields[$"Input.Questions[{i}].Options"] = $"{right}\nSalah satu\nTidak tahu\nLainnya";
            fields[$"Input.Questions[{i}].Correct"] = "1";
            i++;
        }

        foreach (var (name, value) in changes)
        {
            fields[name] = value;
        }

        return await trainer.PostAsync(page, new FormUrlEncodedContent(fields));
    }

    [GeneratedRegex(@"name=""__RequestVerificationToken"" type=""hidden"" value=""([^""]+)""")]
    private static partial Regex Token();
}
