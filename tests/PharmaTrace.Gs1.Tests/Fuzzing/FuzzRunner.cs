using System.Diagnostics;
using PharmaTrace.Gs1.ElementStrings;

namespace PharmaTrace.Gs1.Tests.Fuzzing;

/// <summary>
/// Runs a parser over many mutated inputs. The only failure a parser may report is its own
/// <see cref="Gs1ParseException"/>; any other exception, a single input slower than
/// <see cref="PerInputLimit"/>, or a loop that does not end within its time bound fails the test.
/// Successful parses must also survive round trips through the other forms.
/// </summary>
internal static class FuzzRunner
{
    /// <summary>Far above a parse's microseconds, far below a hang; generous for a busy 2-core machine.</summary>
    private static readonly TimeSpan PerInputLimit = TimeSpan.FromSeconds(2);

    /// <summary>200,000 per parser by default; set GS1_FUZZ_ITERATIONS for millions.</summary>
    public static int Iterations =>
        int.TryParse(Environment.GetEnvironmentVariable("GS1_FUZZ_ITERATIONS"), out var n) && n > 0 ? n : 200_000;

    public static void Run(string name, IReadOnlyList<string> seeds, int seed, Func<string, Gs1ElementString?> parse)
    {
        var iterations = Iterations;
        var failures = new List<string>();
        var successes = 0;
        var loop = Task.Run(() =>
        {
            var mutator = new InputMutator(seeds, seed);
            for (var i = 0; i < iterations && failures.Count < 10; i++)
            {
                var input = i < seeds.Count ? seeds[i] : mutator.Next();
                var started = Stopwatch.GetTimestamp();
                try
                {
                    var result = parse(input);
                    if (result is not null)
                    {
                        successes++;
                        CheckRoundTrips(result, failures, input);
                    }
                }
                catch (Gs1ParseException)
                {
                    // The one failure a parser may report.
                }
#pragma warning disable CA1031 // Any other exception is exactly what the fuzz test is looking for.
                catch (Exception e)
#pragma warning restore CA1031
                {
                    failures.Add($"{Show(input)} threw {e.GetType().Name}: {e.Message}");
                }

                var elapsed = Stopwatch.GetElapsedTime(started);
                if (elapsed > PerInputLimit)
                {
                    failures.Add($"{Show(input)} took {elapsed.TotalMilliseconds:F0} ms");
                }
            }
        });

        // A bound on the whole loop turns a hang into a failure instead of a stuck test run.
        var loopLimit = TimeSpan.FromSeconds(120 + (iterations / 2_000.0));
        Assert.That(loop.Wait(loopLimit), Is.True, $"{name}: {iterations} inputs did not finish within {loopLimit}; a parser may hang");
        Assert.That(failures, Is.Empty, $"{name}: replay with seed {seed}");
        Assert.That(successes, Is.GreaterThan(0), $"{name}: the seeds should parse");
    }

    private static void CheckRoundTrips(Gs1ElementString result, List<string> failures, string input)
    {
        if (!Gs1Parser.Parse(result.ToBracketed()).Equals(result))
        {
            failures.Add($"{Show(input)}: bracketed form {Show(result.ToBracketed())} reads back differently");
        }

        if (!Gs1Parser.Parse(result.ToScanData(), Gs1ParseOptions.SkipAssociationValidation).Equals(result))
        {
            failures.Add($"{Show(input)}: scan data {Show(result.ToScanData())} reads back differently");
        }

        if (Gs1.DigitalLink.DigitalLinkUri.TryFormat(result, "https://example.com/prefix", out var uri, out _)
            && !Gs1Parser.Parse(uri, Gs1ParseOptions.SkipAssociationValidation).Equals(result))
        {
            failures.Add($"{Show(input)}: Digital Link {uri} reads back differently");
        }
    }

    private static string Show(string input) =>
        "\"" + string.Concat(input.Select(c => c is >= ' ' and <= '~' ? c.ToString() : $"\\u{(int)c:X4}")) + "\"";
}
