using System.Text.Json;
using System.Text.Json.Serialization;

namespace PharmaTrace.Ledger.Rpc.Json;

/// <summary>Writes a block tag or number as the JSON-RPC string; only requests carry one.</summary>
internal sealed class BlockParameterConverter : JsonConverter<BlockParameter>
{
    public override BlockParameter Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        throw new NotSupportedException("Block parameters are only written, never read.");

    public override void Write(Utf8JsonWriter writer, BlockParameter value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.ToString());
}
