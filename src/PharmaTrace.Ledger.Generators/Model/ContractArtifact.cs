using System.Collections.Generic;

namespace PharmaTrace.Ledger.Generators.Model;

/// <summary>What the generator needs from one Hardhat artifact and its build info.</summary>
internal sealed class ContractArtifact
{
    public ContractArtifact(string contractName, string sourceName, string buildInfoId, string abiJson,
        string bytecode, string deployedBytecode, bool hasLinkReferences, IReadOnlyList<AbiEntry> entries)
    {
        ContractName = contractName;
        SourceName = sourceName;
        BuildInfoId = buildInfoId;
        AbiJson = abiJson;
        Bytecode = bytecode;
        DeployedBytecode = deployedBytecode;
        HasLinkReferences = hasLinkReferences;
        Entries = entries;
    }

    public string ContractName { get; }

    public string SourceName { get; }

    public string BuildInfoId { get; }

    public string AbiJson { get; }

    public string Bytecode { get; }

    public string DeployedBytecode { get; }

    /// <summary>True when the bytecode has unlinked library placeholders, so it cannot be deployed as is.</summary>
    public bool HasLinkReferences { get; }

    public IReadOnlyList<AbiEntry> Entries { get; }
}
