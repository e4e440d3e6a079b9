using System.Text.RegularExpressions;
using Xunit;

namespace Training.Browser.Tests;

/// <summary>
/// The Indonesian pages speak Indonesian only: no English word that gives away an untranslated text, no "UTC",
/// and the words the interface agreed on ("pelatihan", "fasilitas", "warga binaan").
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed partial class SpeakingIndonesian(BrowserHost host)
{
    // English words that are neither Indonesian nor part of a name shown on the demo data.
    private static readonly string[] English =
    [
        "the", "and", "of", "your", "you", "with", "for", "from", "this", "please", "submit", "save", "cancel",
        "delete", "edit", "add", "remove", "upload", "download", "send", "course", "courses", "lesson", "lessons",
        "test", "result", "results", "question", "questions", "answer", "attempt", "attempts", "score", "passed",
        "failed", "pending", "approved", "rejected", "waiting", "search", "error", "not found", "sign in",
        "sign out", "login", "logout", "password", "learner", "learners", "trainer", "assessor", "employer",
        "certificate", "certificates", "cohort", "attendance", "facility", "profile", "account", "settings",
        "back", "next", "previous", "loading", "home", "welcome", "page", "name", "date", "new", "close",
        "continue", "review", "required", "unknown", "true", "false",
    ];

    // Words the interface does not use: "pelatihan" is the one word for a course, and no custody word is shown.
    private static readonly string[] Banned = ["kursus", "lapas", "penjara", "narapidana"];

    // What a person reads or hears: the text on the page, its title, and the names, hints and tooltips of its elements.
    private const string Readable = """
        () => [document.title, document.body.innerText,
          ...[...document.querySelectorAll('[title], [aria-label], [placeholder], img[alt]')]
            .flatMap(e => ['title', 'aria-label', 'placeholder', 'alt'].map(a => e.getAttribute(a)).filter(v => v))]
          .join('\n')
        """;

    private static readonly Regex Forbidden = new(
        $@"\b({string.Join("|", English.Concat(Banned).Select(w => Regex.Escape(w).Replace("\\ ", "\\s+")))})\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    [Fact]
    public async Task Every_indonesian_page_has_no_english_word_no_utc_and_no_custody_word()
    {
        var failures = await VisitingEveryPage.CheckAsync(host, async (page, route) =>
        {
            // An address or an identifier with a slash (a share link, a consent text's version) is not language.
            var text = Address().Replace(await page.EvaluateAsync<string>(Readable), " ");
            return Forbidden.Matches(text).Cast<Match>().Concat(Utc().Matches(text))
                .Select(m => $"{route} ({page.Url}): \"{m.Value}\" in \"…{Snippet(text, m)}…\"");
        });

        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
    }

    private static string Snippet(string text, Match m)
    {
        var start = Math.Max(0, m.Index - 30);
        var end = Math.Min(text.Length, m.Index + m.Length + 30);
        return Regex.Replace(text[start..end], @"\s+", " ");
    }

    [GeneratedRegex(@"https?://\S+|[\w.-]*/[\w\-/{}.]+")]
    private static partial Regex Address();

    [GeneratedRegex(@"\bUTC\b")]
    private static partial Regex Utc();
}
