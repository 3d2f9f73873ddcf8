using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using PharmaTrace.Ledger.DevChain;

namespace PharmaTrace.Api.Bench;

/// <summary>The API host as its own process, as the run command starts it, on a free loopback port.</summary>
internal sealed class ApiUnderTest : IDisposable
{
    private readonly Process _process;
    private readonly string _data;

    private ApiUnderTest(Process process, Uri url, string data)
    {
        _process = process;
        Url = url;
        _data = data;
    }

    public Uri Url { get; }

    public static ApiUnderTest Start(string root, string data)
    {
        var configuration = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar)).Parent!.Name;
        var dll = Path.Combine(root, "src", "PharmaTrace.Api", "bin", configuration, "net10.0", "PharmaTrace.Api.dll");
        var port = LoopbackPort.Free();
        var info = new ProcessStartInfo("dotnet", [dll]) { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = Path.GetDirectoryName(dll)! };
        info.Environment["PHARMATRACE_DATA"] = data;
        info.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        info.Environment["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}";
        info.Environment["Logging__LogLevel__Default"] = "Warning";
        var process = Process.Start(info)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) { Console.Error.WriteLine(e.Data); } };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return new ApiUnderTest(process, new Uri($"http://127.0.0.1:{port}/"), data);
    }

    public async Task<List<JsonElement>> WaitForDemoAsync(TimeSpan timeout)
    {
        var path = Path.Combine(_data, "demo-credentials.json");
        var watch = Stopwatch.StartNew();
        while (!File.Exists(path))
        {
            if (watch.Elapsed > timeout || _process.HasExited)
            {
                throw new InvalidOperationException("The API did not seed its demo consortium.");
            }
            await Task.Delay(100);
        }
        return JsonSerializer.Deserialize<List<JsonElement>>(await File.ReadAllTextAsync(path))!;
    }

    public static async Task WaitUntilCompletedAsync(HttpClient http, JsonElement answer)
    {
        var id = answer.GetProperty("operation").GetProperty("id").GetString();
        string? state;
        while ((state = (await http.GetFromJsonAsync<JsonElement>($"/api/v1/operations/{id}")).GetProperty("state").GetString()) != "Completed")
        {
            if (state == "Failed")
            {
                throw new InvalidOperationException($"Operation {id} failed.");
            }
            await Task.Delay(100);
        }
    }

    public async Task StopAsync()
    {
        if (!_process.HasExited)
        {
            using var kill = Process.Start("kill", ["-TERM", _process.Id.ToString(CultureInfo.InvariantCulture)]);
            await kill.WaitForExitAsync();
        }
        await _process.WaitForExitAsync();
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }
        _process.Dispose();
    }
}
