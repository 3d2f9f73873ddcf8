using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace PharmaTrace.Api.Tests.Hosting;

/// <summary>Small helpers to post JSON and read JSON answers.</summary>
public static class Requests
{
    public static async Task<(int Status, JsonNode? Body, HttpResponseMessage Response)> PostJsonAsync(
        this HttpClient client, string path, object? body, CancellationToken cancellationToken, string? idempotencyKey = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = JsonContent.Create(body ?? new { }) };
        if (idempotencyKey is not null)
        {
            request.Headers.Add("Idempotency-Key", idempotencyKey);
        }
        var response = await client.SendAsync(request, cancellationToken);
        var text = await response.Content.ReadAsStringAsync(cancellationToken);
        return ((int)response.StatusCode, text.Length == 0 ? null : JsonNode.Parse(text), response);
    }

    /// <summary>The same as <see cref="PostJsonAsync"/>, for a non-null body (with null, HttpClient's own PostAsync wins overload resolution).</summary>
    public static Task<(int Status, JsonNode? Body, HttpResponseMessage Response)> PostAsync(
        this HttpClient client, string path, object body, CancellationToken cancellationToken, string? idempotencyKey = null) =>
        client.PostJsonAsync(path, body, cancellationToken, idempotencyKey);

    public static async Task<(int Status, JsonNode? Body)> GetJsonAsync(this HttpClient client, string path, CancellationToken cancellationToken)
    {
        var response = await client.GetAsync(path, cancellationToken);
        var text = await response.Content.ReadAsStringAsync(cancellationToken);
        return ((int)response.StatusCode, text.Length == 0 ? null : JsonNode.Parse(text));
    }

    public static string Describe(JsonNode? body) => body?.ToJsonString(new JsonSerializerOptions { WriteIndented = false }) ?? "(empty)";
}
