using FluentAssertions;
using Training.Testing;
using Xunit;

namespace Training.Host.Tests.Testing;

/// <summary>A wait for the relay or a job is a test that can fail: when the effect never shows, it says what it waited for.</summary>
public sealed class WaitingEventually
{
    [Fact]
    public async Task A_wait_that_never_comes_true_fails_naming_its_condition_and_the_last_value()
    {
        var asked = 0;

        var waiting = () => Eventually.Until(() => Task.FromResult(++asked), count => count < 0, TimeSpan.FromMilliseconds(200));

        (await waiting.Should().ThrowAsync<TimeoutException>()).Which.Message.Should().Contain("count => count < 0").And.Contain("the last value was");
        asked.Should().BeGreaterThan(1, "it asked again until the deadline");
    }

    [Fact]
    public async Task A_wait_returns_the_first_value_that_satisfies_it()
    {
        var asked = 0;

        var value = await Eventually.Until(() => Task.FromResult(++asked), count => count == 3);

        value.Should().Be(3);
    }
}
