using System.Diagnostics;

namespace PharmaTrace.Api.Tests.Hosting;

/// <summary>Waits on a condition, polling, never on a fixed sleep.</summary>
public static class Eventually
{
    public static async Task ThatAsync(Func<bool> condition, TimeSpan timeout, string what, CancellationToken cancellationToken) =>
        await ThatAsync(() => Task.FromResult(condition()), timeout, what, cancellationToken);

    public static async Task ThatAsync(Func<Task<bool>> condition, TimeSpan timeout, string what, CancellationToken cancellationToken)
    {
        var watch = Stopwatch.StartNew();
        while (!await condition())
        {
            if (watch.Elapsed > timeout)
            {
                Assert.Fail($"Timed out after {timeout} waiting until {what}.");
            }
            await Task.Delay(50, cancellationToken);
        }
    }
}
