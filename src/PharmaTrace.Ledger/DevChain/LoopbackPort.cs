using System.Net;
using System.Net.Sockets;

namespace PharmaTrace.Ledger.DevChain;

/// <summary>Ports for the servers a dev chain, a test or a benchmark starts on loopback.</summary>
public static class LoopbackPort
{
    /// <summary>
    /// A TCP port of 127.0.0.1 that was free a moment ago: the operating system picks it, the listener lets it
    /// go. Another process may take it before the caller binds it: a node started on it then exits at once,
    /// which <see cref="NodeStartProbe"/> reports instead of waiting.
    /// </summary>
    public static int Free()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
