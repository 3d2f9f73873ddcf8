using System.Text.Json.Nodes;
using PharmaTrace.Ledger.Abi;
using PharmaTrace.Ledger.Codecs;
using PharmaTrace.Ledger.Tests.Abi;

namespace PharmaTrace.Ledger.Tests.Peer;

/// <summary>
/// Our ABI codec against ethers v6 (the library we benchmark against), both ways, on thousands of
/// random values of random types (seeded, so a failure replays): ethers must read our encodings as
/// the values we encoded and write them back byte for byte, and we must read ethers' encodings as
/// the values it encoded and write them back byte for byte.
/// </summary>
public sealed class EthersPeerTests
{
    private const int Cases = 2000;

    [Test, CancelAfter(180_000)]
    public async Task Ethers_decodes_our_encodings_to_our_values_and_reencodes_them_identically(CancellationToken cancellationToken)
    {
        var random = new RandomAbi(seed: 20_240_611);
        var cases = new List<(AbiType[] Types, object[] Values, string Hex)>();
        var input = new JsonArray();
        for (var i = 0; i < Cases; i++)
        {
            var types = random.NextTypes();
            var values = random.NextValues(types);
            var hex = Hex.Encode(AbiEncoder.Encode(types, values));
            cases.Add((types, values, hex));
            input.Add(new JsonObject { ["types"] = TypeNames(types), ["hex"] = hex });
        }

        var results = await EthersPeer.RunAsync(new JsonObject { ["mode"] = "decode", ["cases"] = input }, cancellationToken);

        var failures = new List<string>();
        for (var i = 0; i < cases.Count; i++)
        {
            var (types, values, hex) = cases[i];
            var result = results[i]!;
            var signature = AbiType.Tuple(types).CanonicalName;
            if (result["error"] is { } error)
            {
                failures.Add($"case {i} {signature}: ethers refused {hex}: {error}");
                continue;
            }
            var ours = AbiValueJson.Format(values);
            var theirs = EthersPeer.Format(result["values"]);
            if (ours != theirs)
            {
                failures.Add($"case {i} {signature}: we encoded {ours}, ethers decoded {theirs}");
            }
            if ((string?)result["hex"] != hex)
            {
                failures.Add($"case {i} {signature}: ethers re-encoded {result["hex"]}, we encoded {hex}");
            }
        }
        Assert.That(failures, Is.Empty, string.Join(Environment.NewLine, failures.Take(5)));
    }

    [Test, CancelAfter(180_000)]
    public async Task We_decode_ethers_encodings_to_its_values_and_reencode_them_identically(CancellationToken cancellationToken)
    {
        var random = new RandomAbi(seed: 19_700_101);
        var typeLists = new List<AbiType[]>();
        var input = new JsonArray();
        for (var i = 0; i < Cases; i++)
        {
            var types = random.NextTypes();
            typeLists.Add(types);
            input.Add(new JsonObject { ["types"] = TypeNames(types) });
        }

        var results = await EthersPeer.RunAsync(
            new JsonObject { ["mode"] = "encode", ["seed"] = 424_242, ["cases"] = input }, cancellationToken);

        var failures = new List<string>();
        for (var i = 0; i < typeLists.Count; i++)
        {
            var types = typeLists[i];
            var result = results[i]!;
            var hex = (string)result["hex"]!;
            var signature = AbiType.Tuple(types).CanonicalName;
            try
            {
                var decoded = AbiDecoder.Decode(types, Hex.Decode(hex));
                var ours = AbiValueJson.Format(decoded);
                var theirs = EthersPeer.Format(result["values"]);
                if (ours != theirs)
                {
                    failures.Add($"case {i} {signature}: ethers encoded {theirs}, we decoded {ours}");
                }
                var reencoded = Hex.Encode(AbiEncoder.Encode(types, decoded));
                if (reencoded != hex)
                {
                    failures.Add($"case {i} {signature}: we re-encoded {reencoded}, ethers encoded {hex}");
                }
            }
            catch (AbiException e)
            {
                failures.Add($"case {i} {signature}: we refused ethers' {hex}: {e.Message}");
            }
        }
        Assert.That(failures, Is.Empty, string.Join(Environment.NewLine, failures.Take(5)));
    }

    [Test]
    public void Without_node_on_the_path_the_cross_check_fails_instead_of_skipping()
    {
        Assert.That(() => EthersPeer.RequireNode(Path.GetTempPath()),
            Throws.TypeOf<AssertionException>().With.Message.Contains("`node` is not on PATH"));
    }

    private static JsonArray TypeNames(AbiType[] types)
    {
        var names = new JsonArray();
        foreach (var type in types)
        {
            names.Add(type.CanonicalName);
        }
        return names;
    }
}
