namespace PharmaTrace.Ledger.Deployment;

/// <summary>
/// A deployment manifest does not describe the chain the node serves: another chain id or genesis
/// (a reset dev chain, the wrong network), or no code at a contract's address.
/// </summary>
public sealed class DeploymentMismatchException : Exception
{
    /// <summary>Creates the exception.</summary>
    public DeploymentMismatchException(string message)
        : base(message)
    {
    }
}
