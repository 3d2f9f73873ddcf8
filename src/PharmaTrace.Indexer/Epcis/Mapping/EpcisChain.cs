using System.Globalization;
using PharmaTrace.Ledger.Primitives;

namespace PharmaTrace.Indexer.Epcis.Mapping;

/// <summary>The chain and contract every event's ledger proof names, and that its event ID is derived from.</summary>
public sealed record EpcisChain(ulong ChainId, Address Contract)
{
    /// <summary>The chain id as decimal text (<c>pt:chainId</c>), formatted once.</summary>
    public string ChainIdText { get; } = ChainId.ToString(CultureInfo.InvariantCulture);

    /// <summary>The contract as lowercase hex (<c>pt:contract</c>), formatted once.</summary>
    public string ContractText { get; } = Contract.ToLowerHexString();
}
