using System.Text.Json.Nodes;
using PharmaTrace.Ledger.Codecs;
using PharmaTrace.Ledger.Contracts;

namespace PharmaTrace.Ledger.Tests.Contracts;

/// <summary>The generated bindings are those of the current artifacts: a changed contract that did not reach C# fails here.</summary>
public sealed class GeneratedBindingsReflectArtifactTests
{
    // IPharmaLedger.sol: enum Role { None, Regulator, Manufacturer, Wholesaler, Customs, Pharmacy }.
    private static readonly string[] RoleMembers = ["None", "Regulator", "Manufacturer", "Wholesaler", "Customs", "Pharmacy"];

    [Test]
    public void Generated_functions_are_the_artifact_abi_functions_in_order()
    {
        var expected = ArtifactFiles.Entries(ArtifactFiles.PharmaLedger, "function").Select(ArtifactFiles.Signature);
        Assert.That(PharmaLedger.Functions.Select(f => f.Signature), Is.EqualTo(expected));
    }

    [Test]
    public void Generated_state_mutabilities_are_the_artifacts()
    {
        var expected = ArtifactFiles.Entries(ArtifactFiles.PharmaLedger, "function").Select(e => (string)e["stateMutability"]!);
        Assert.That(PharmaLedger.Functions.Select(f => f.StateMutability), Is.EqualTo(expected));
    }

    [Test]
    public void Generated_events_and_errors_are_the_artifacts()
    {
        Assert.Multiple(() =>
        {
            Assert.That(PharmaLedger.EventSignatures,
                Is.EqualTo(ArtifactFiles.Entries(ArtifactFiles.PharmaLedger, "event").Select(ArtifactFiles.Signature)));
            Assert.That(PharmaLedger.ErrorSignatures,
                Is.EqualTo(ArtifactFiles.Entries(ArtifactFiles.PharmaLedger, "error").Select(ArtifactFiles.Signature)));
        });
    }

    [Test]
    public void Generated_abi_json_and_bytecode_are_the_artifacts()
    {
        var artifact = ArtifactFiles.PharmaLedger;
        Assert.Multiple(() =>
        {
            Assert.That(JsonNode.DeepEquals(JsonNode.Parse(PharmaLedger.AbiJson), artifact["abi"]), Is.True);
            Assert.That((string)artifact["bytecode"]!, Is.EqualTo(PharmaLedger.BytecodeHex));
            Assert.That((string)artifact["deployedBytecode"]!, Is.EqualTo(PharmaLedger.DeployedBytecodeHex));
        });
    }

    [Test]
    public void Generated_selectors_equal_solc_method_identifiers()
    {
        // solc's evm.methodIdentifiers (from the build info) is an independent source of the selectors.
        foreach (var (artifact, functions) in new[]
        {
            (ArtifactFiles.PharmaLedger, PharmaLedger.Functions),
            (ArtifactFiles.Harness, StandardMerkleTreeHarness.Functions),
        })
        {
            var identifiers = ArtifactFiles.MethodIdentifiers(artifact);
            Assert.That(functions.ToDictionary(f => f.Signature, f => Hex.Encode(f.Selector, prefix: false)), Is.EquivalentTo(identifiers));
        }
    }

    [Test]
    public void Enum_members_come_from_the_solidity_source()
    {
        Assert.That(Enum.GetNames<PharmaLedger.Role>(), Is.EqualTo(RoleMembers));
    }
}
