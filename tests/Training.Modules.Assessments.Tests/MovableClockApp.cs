using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Training.Testing;

namespace Training.Modules.Assessments.Tests;

/// <summary>The host with a clock the tests move past a deadline.</summary>
public sealed class MovableClockApp : BekalApp
{
    public MovableClock Clock { get; } = new();

    // The tests jump past a deadline in one step; a learner's session ending after 30 idle minutes is not what they test.
    public MovableClockApp() => With("Identity:Sessions:Learner:Idle", "02:00:00");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(Clock));
    }
}
