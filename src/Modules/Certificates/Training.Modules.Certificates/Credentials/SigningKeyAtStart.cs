using Microsoft.Extensions.Hosting;

namespace Training.Modules.Certificates.Credentials;

/// <summary>
/// Loads or creates the signing key while the host starts: a malformed configured key or an unwritable data
/// folder then stops the start, instead of failing the first certificate issued.
/// </summary>
internal sealed class SigningKeyAtStart(SigningKey key) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        _ = key.KeyId;
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
