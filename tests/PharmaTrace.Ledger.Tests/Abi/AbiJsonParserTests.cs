using PharmaTrace.Ledger.Abi;
using PharmaTrace.Ledger.Codecs;

namespace PharmaTrace.Ledger.Tests.Abi;

public sealed class AbiJsonParserTests
{
    // Spec, "JSON": the JSON of contract Test { event Event(uint indexed a, bytes32 b); event Event2(...);
    // error InsufficientBalance(uint256 available, uint256 required); function foo(uint a) ... }.
    private const string SpecificationExample = """
        [{
        "type":"error",
        "inputs": [{"name":"available","type":"uint256"},{"name":"required","type":"uint256"}],
        "name":"InsufficientBalance"
        }, {
        "type":"event",
        "inputs": [{"name":"a","type":"uint256","indexed":true},{"name":"b","type":"bytes32","indexed":false}],
        "name":"Event"
        }, {
        "type":"event",
        "inputs": [{"name":"a","type":"uint256","indexed":true},{"name":"b","type":"bytes32","indexed":false}],
        "name":"Event2"
        }, {
        "type":"function",
        "inputs": [{"name":"a","type":"uint256"}],
        "name":"foo",
        "outputs": []
        }]
        """;

    // Spec, "Handling tuple types": struct S { uint a; uint[] b; T[] c; } struct T { uint x; uint y; }
    // function f(S memory, T memory, uint) public pure {}
    private const string TupleExample = """
        [{
          "name": "f", "type": "function", "stateMutability": "pure", "outputs": [],
          "inputs": [
            { "name": "s", "type": "tuple", "internalType": "struct Test.S", "components": [
              { "name": "a", "type": "uint256" },
              { "name": "b", "type": "uint256[]" },
              { "name": "c", "type": "tuple[]", "components": [
                { "name": "x", "type": "uint256" },
                { "name": "y", "type": "uint256" } ] } ] },
            { "name": "t", "type": "tuple", "components": [
              { "name": "x", "type": "uint256" },
              { "name": "y", "type": "uint256" } ] },
            { "name": "a", "type": "uint256" }
          ]
        }]
        """;

    [Test]
    public void The_specification_example_parses_to_its_error_events_and_function()
    {
        var abi = AbiJsonParser.Parse(SpecificationExample);
        Assert.Multiple(() =>
        {
            Assert.That(string.Join(" ", abi.Errors.Select(e => e.Signature)), Is.EqualTo("InsufficientBalance(uint256,uint256)"));
            Assert.That(string.Join(" ", abi.Events.Select(e => e.Signature)), Is.EqualTo("Event(uint256,bytes32) Event2(uint256,bytes32)"));
            Assert.That(abi.GetEvent("Event").Inputs[0].Indexed, Is.True);
            Assert.That(abi.GetFunction("foo").Signature, Is.EqualTo("foo(uint256)"));
            Assert.That(abi.GetFunction("foo").StateMutability, Is.EqualTo("nonpayable"));
            Assert.That(Hex.Encode(abi.GetError("InsufficientBalance").Selector.Span), Is.EqualTo("0xcf479181"));
        });
    }

    [Test]
    public void Tuple_components_give_the_canonical_signature_and_keep_their_names()
    {
        var f = AbiJsonParser.Parse(TupleExample).GetFunction("f");
        Assert.Multiple(() =>
        {
            Assert.That(f.Signature, Is.EqualTo("f((uint256,uint256[],(uint256,uint256)[]),(uint256,uint256),uint256)"));
            Assert.That(string.Join(" ", f.Inputs[0].Components.Select(c => c.Name)), Is.EqualTo("a b c"));
            Assert.That(string.Join(" ", f.Inputs[0].Components[2].Components.Select(c => c.Name)), Is.EqualTo("x y"));
            Assert.That(f.Inputs[0].Components[2].Type.CanonicalName, Is.EqualTo("(uint256,uint256)[]"));
            Assert.That(f.Inputs[0].InternalType, Is.EqualTo("struct Test.S"));
            Assert.That(f.IsReadOnly, Is.True);
        });
    }

    [Test]
    public void A_hardhat_artifact_is_read_through_its_abi_property()
    {
        var artifact = $$"""{ "_format": "hh-sol-artifact-1", "contractName": "Test", "abi": {{SpecificationExample}}, "bytecode": "0x" }""";
        Assert.That(AbiJsonParser.Parse(artifact).Functions, Has.Count.EqualTo(1));
    }

    [Test]
    public void Constructor_receive_fallback_and_legacy_fields_are_understood()
    {
        var abi = AbiJsonParser.Parse("""
            [
              { "type": "constructor", "inputs": [{ "name": "owner", "type": "address" }], "stateMutability": "nonpayable" },
              { "type": "receive", "stateMutability": "payable" },
              { "type": "fallback" },
              { "name": "get", "constant": true, "inputs": [], "outputs": [{ "name": "", "type": "uint256" }] },
              { "name": "pay", "payable": true, "inputs": [] },
              { "name": "grid", "type": "function", "inputs": [{ "name": "g", "type": "tuple[2][]", "components": [{ "name": "v", "type": "int8" }] }] }
            ]
            """);
        Assert.Multiple(() =>
        {
            Assert.That(abi.ConstructorInputs.Single().Name, Is.EqualTo("owner"));
            Assert.That(abi.GetFunction("get").StateMutability, Is.EqualTo("view"));
            Assert.That(abi.GetFunction("pay").StateMutability, Is.EqualTo("payable"));
            Assert.That(abi.GetFunction("grid").Signature, Is.EqualTo("grid((int8)[2][])"));
        });
    }

    [Test]
    public void Lookups_by_selector_topic_and_signature_find_the_member()
    {
        var abi = AbiJsonParser.Parse(SpecificationExample);
        var foo = abi.GetFunction("foo");
        var call = foo.EncodeCall(1);
        Assert.Multiple(() =>
        {
            Assert.That(abi.FindFunction(call), Is.SameAs(foo));
            Assert.That(abi.FindFunction(new byte[] { 1, 2, 3, 4 }), Is.Null);
            Assert.That(abi.FindEvent(abi.GetEvent("Event2").Topic0), Is.SameAs(abi.GetEvent("Event2(uint256,bytes32)")));
            Assert.That(abi.DecodeRevert(abi.Errors[0].Encode(1, 2)).Name, Is.EqualTo("InsufficientBalance"));
        });
    }

    [Test]
    public void An_overloaded_name_must_be_looked_up_by_signature()
    {
        var abi = AbiJsonParser.Parse("""
            [ { "type": "function", "name": "f", "inputs": [] },
              { "type": "function", "name": "f", "inputs": [{ "name": "x", "type": "uint8" }] } ]
            """);
        Assert.Multiple(() =>
        {
            Assert.That(() => abi.GetFunction("f"), Throws.TypeOf<KeyNotFoundException>().With.Message.Contains("overloaded"));
            Assert.That(abi.GetFunction("f(uint8)").Inputs, Has.Count.EqualTo(1));
            Assert.That(() => abi.GetFunction("g"), Throws.TypeOf<KeyNotFoundException>());
        });
    }

    [TestCase("""{ "abi": 1 }""", "not an array")]
    [TestCase("""[ { "type": "function", "name": "f", "inputs": [ { "name": "x" } ] } ]""", "a parameter without a type")]
    [TestCase("""[ { "type": "function", "name": "f", "inputs": [ { "name": "s", "type": "tuple" } ] } ]""", "a tuple without components")]
    [TestCase("""[ { "type": "function", "name": "f", "inputs": [ { "name": "s", "type": "uint8", "components": [] } ] } ]""", "components on a non-tuple")]
    [TestCase("""[ { "type": "function", "name": "f", "inputs": [ { "name": "x", "type": "uint8", "indexed": true } ] } ]""", "indexed outside an event")]
    [TestCase("""[ { "type": "function", "name": "f", "inputs": [ { "name": "x", "type": "uint9" } ] } ]""", "an invalid type")]
    [TestCase("""[ { "type": "function", "name": "1f", "inputs": [] } ]""", "a name that is not an identifier")]
    [TestCase("""[ { "type": "function", "inputs": [] } ]""", "a function without a name")]
    [TestCase("""[ { "type": "modifier", "name": "m" } ]""", "an unknown entry type")]
    [TestCase("""[ { "type": "function", "name": "f", "stateMutability": "constant" } ]""", "an unknown state mutability")]
    [TestCase("""[ { "type": "function", "name": "f" """, "JSON cut short")]
    public void A_malformed_abi_is_refused_with_a_message_naming_the_entry(string json, string problem)
    {
        Assert.That(() => AbiJsonParser.Parse(json), Throws.TypeOf<AbiException>(), problem);
    }

    [Test]
    public void The_message_says_which_entry_is_wrong()
    {
        const string json = """[ { "type": "function", "name": "ok", "inputs": [] }, { "type": "function", "name": "bad", "inputs": [ { "name": "x", "type": "uint9" } ] } ]""";
        Assert.That(() => AbiJsonParser.Parse(json), Throws.TypeOf<AbiException>().With.Message.StartsWith("abi[1] (bad)"));
    }
}
