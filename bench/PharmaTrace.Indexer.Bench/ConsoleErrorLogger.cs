using Microsoft.Extensions.Logging;

namespace PharmaTrace.Indexer.Bench;

/// <summary>The follower's information and warnings on stderr, beside the progress line (the query index build's time, say).</summary>
internal sealed class ConsoleErrorLogger : ILogger
{
    public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Information;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        if (IsEnabled(logLevel))
        {
            Console.Error.WriteLine($"\n  {logLevel}: {formatter(state, exception)}");
        }
    }
}
