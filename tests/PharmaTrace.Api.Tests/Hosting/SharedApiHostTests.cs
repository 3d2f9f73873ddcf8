namespace PharmaTrace.Api.Tests.Hosting;

/// <summary>
/// Test classes whose tests share one API host (real Kestrel, its own Anvil and data directory),
/// started once per class: every test makes its own batch or participant, so none depends on another.
/// </summary>
public abstract class SharedApiHostTests
{
    /// <summary>The host of this class's tests.</summary>
    protected ApiHost Host { get; private set; } = null!;

    [OneTimeSetUp]
    public async Task StartHostAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        Host = await ApiHost.StartAsync(timeout.Token);
    }

    [OneTimeTearDown]
    public async Task StopHostAsync() => await Host.DisposeAsync();
}
