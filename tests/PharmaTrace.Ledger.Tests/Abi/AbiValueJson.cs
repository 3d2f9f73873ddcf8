using System.Collections;
using System.Globalization;
using System.Numerics;
using System.Text.Json.Nodes;
using PharmaTrace.Ledger.Codecs;
using PharmaTrace.Ledger.Primitives;

namespace PharmaTrace.Ledger.Tests.Abi;

/// <summary>
/// ABI values as canonical JSON, the form tests compare values in (and the one tests/peer/abi-peer.mjs
/// writes): integers as decimal strings, addresses EIP-55 checksummed, bytes as lower-case 0x hex,
/// strings as they are, arrays and tuples as arrays.
/// </summary>
public static class AbiValueJson
{
    public static JsonNode ToNode(object value) => value switch
    {
        BigInteger big => JsonValue.Create(big.ToString(CultureInfo.InvariantCulture)),
        int or long or uint or ulong or short or ushort or byte or sbyte =>
            JsonValue.Create(Convert.ToString(value, CultureInfo.InvariantCulture)!),
        Address address => JsonValue.Create(address.ToChecksumString()),
        Hash32 hash => JsonValue.Create(hash.ToString()),
        bool flag => JsonValue.Create(flag),
        byte[] bytes => JsonValue.Create(Hex.Encode(bytes)),
        string text => JsonValue.Create(text),
        IList list => ToArray(list),
        _ => throw new ArgumentException($"Not an ABI value: {value.GetType().Name}", nameof(value)),
    };

    public static string Format(object value) => ToNode(value).ToJsonString();

    private static JsonArray ToArray(IList list)
    {
        var array = new JsonArray();
        foreach (var item in list)
        {
            array.Add(ToNode(item!));
        }
        return array;
    }
}
