using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Xunit;

namespace Training.Browser.Tests;

/// <summary>
/// Every page works for people who use a screen reader, the keyboard, low vision or unsteady fingers:
/// axe-core finds nothing serious on it (WCAG 2.2 A and AA), and a learner's targets are big enough to tap.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class BeingUsableByEveryone(BrowserHost host)
{
    private static readonly string[] Wcag = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

    // Every target in the main content smaller than 44×44 px. A radio button or a checkbox is tapped through its
    // label, so the label is measured. A link inside a sentence is left out, as WCAG 2.5.8 leaves it out: its
    // height is that of the line around it.
    private const string SmallTargets = """
        () => {
          const main = document.querySelector('main');
          if (!main) return ['the page has no main landmark'];
          const inSentence = a => a.tagName === 'A' && getComputedStyle(a).display === 'inline'
            && a.parentElement.textContent.trim().length > a.textContent.trim().length;
          const targets = [...main.querySelectorAll('a[href], button, input:not([type=hidden]), select, textarea, summary')]
            .map(e => (e.type === 'radio' || e.type === 'checkbox') && e.labels && e.labels.length ? e.labels[0] : e);
          return [...new Set(targets)]
            .filter(e => !inSentence(e))
            .map(e => ({ e, r: e.getBoundingClientRect() }))
            .filter(x => x.r.width > 0 && x.r.height > 0 && (x.r.width < 44 || x.r.height < 44))
            .map(x => `${x.e.tagName.toLowerCase()}${x.e.id ? '#' + x.e.id : ''}${x.e.className ? '.' + [...x.e.classList].join('.') : ''}`
              + ` "${(x.e.innerText || x.e.value || x.e.name || '').trim().slice(0, 30)}" ${Math.round(x.r.width)}×${Math.round(x.r.height)}`);
        }
        """;

    [Fact]
    public async Task No_page_has_a_serious_or_critical_accessibility_violation()
    {
        var options = new AxeRunOptions { RunOnly = new RunOnlyOptions { Type = "tag", Values = [.. Wcag] } };

        var failures = await VisitingEveryPage.CheckAsync(host, async (page, route) =>
        {
            var result = await page.RunAxe(options);
            return result.Violations
                .Where(v => v.Impact is "serious" or "critical")
                .Select(v => $"{route} ({page.Url}): {v.Id} [{v.Impact}] at "
                    + string.Join(" | ", v.Nodes.Take(5).Select(n => n.Target.ToString())));
        });

        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
    }

    [Fact]
    public async Task Every_target_on_a_learner_page_is_at_least_44_pixels()
    {
        var failures = await VisitingEveryPage.CheckAsync(host, async (page, route) =>
            (await page.EvaluateAsync<string[]>(SmallTargets)).Select(target => $"{route} ({page.Url}): {target}"),
            pages: RouteTable.Pages.Where(p => p.Visitor == Visitor.Learner));

        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
    }
}
