using System.Text.Json.Nodes;

namespace PharmaTrace.Verify.Bench;

/// <summary>Follows a write that answered 202 until its operation is Completed.</summary>
internal static class Operations
{
    public static async Task WaitCompletedAsync(HttpClient client, JsonNode body, CancellationToken cancellationToken)
    {
        var operation = body["operation"] ?? body;
        while (operation?["state"]?.GetValue<string>() is "Pending")
        {
            await Task.Delay(100, cancellationToken);
            var text = await client.GetStringAsync($"/api/v1/operations/{operation["id"]!.GetValue<string>()}", cancellationToken);
            operation = JsonNode.Parse(text);
        }

        if (operation?["state"]?.GetValue<string>() is { } state && state != "Completed")
        {
            throw new InvalidOperationException($"The write ended {state}: {operation.ToJsonString()}");
        }
    }
}
