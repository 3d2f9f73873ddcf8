namespace PharmaTrace.Verify.Bench;

/// <summary>HTTP clients on the API's loopback port, one API key each.</summary>
internal static class Clients
{
    public static HttpClient For(ApiProcess api, Credential participant, int connections)
    {
        var handler = new SocketsHttpHandler { MaxConnectionsPerServer = connections, PooledConnectionLifetime = TimeSpan.FromMinutes(10) };
        var client = new HttpClient(handler) { BaseAddress = api.BaseAddress, Timeout = TimeSpan.FromMinutes(5) };
        client.DefaultRequestHeaders.Add("X-Api-Key", participant.ApiKey);
        return client;
    }
}
