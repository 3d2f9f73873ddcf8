using System.Text.Json;

namespace PharmaTrace.Ledger.Abi;

/// <summary>
/// Reads the JSON ABI that solc and Hardhat emit (Contract ABI Specification, "JSON"): an array of
/// function, constructor, receive, fallback, event and error descriptions, or a Hardhat artifact
/// holding one under <c>abi</c>. Tuple types come as <c>tuple</c>, <c>tuple[]</c>, <c>tuple[2]</c>…
/// with their <c>components</c>.
/// </summary>
public static class AbiJsonParser
{
    /// <summary>Parses a JSON ABI or a Hardhat artifact.</summary>
    /// <exception cref="AbiException">The JSON is malformed or describes an invalid ABI; the message says where.</exception>
    public static ContractAbi Parse(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        try
        {
            using var document = JsonDocument.Parse(json);
            return Parse(document.RootElement);
        }
        catch (JsonException e)
        {
            throw new AbiException($"The ABI is not valid JSON: {e.Message}", e);
        }
    }

    /// <summary>Parses a JSON ABI (an array) or a Hardhat artifact (an object with <c>abi</c>).</summary>
    public static ContractAbi Parse(JsonElement root)
    {
        var abi = root.ValueKind == JsonValueKind.Object && root.TryGetProperty("abi", out var inner) ? inner : root;
        if (abi.ValueKind != JsonValueKind.Array)
        {
            throw new AbiException("A JSON ABI is an array of descriptions (or an artifact with one under \"abi\").");
        }
        var functions = new List<AbiFunction>();
        var events = new List<AbiEvent>();
        var errors = new List<AbiError>();
        IReadOnlyList<AbiParameter>? constructorInputs = null;
        var index = 0;
        foreach (var entry in abi.EnumerateArray())
        {
            var path = $"abi[{index++}]";
            try
            {
                // "type" may be omitted and then means "function" (spec, "JSON").
                switch (OptionalString(entry, "type") ?? "function")
                {
                    case "function":
                        functions.Add(new AbiFunction(RequiredString(entry, "name"), Parameters(entry, "inputs", false),
                            Parameters(entry, "outputs", false), StateMutability(entry)));
                        break;
                    case "event":
                        events.Add(new AbiEvent(RequiredString(entry, "name"), Parameters(entry, "inputs", true),
                            entry.TryGetProperty("anonymous", out var anonymous) && anonymous.GetBoolean()));
                        break;
                    case "error":
                        errors.Add(new AbiError(RequiredString(entry, "name"), Parameters(entry, "inputs", false)));
                        break;
                    case "constructor":
                        constructorInputs = Parameters(entry, "inputs", false);
                        break;
                    case "receive" or "fallback":
                        break;
                    case var other:
                        throw new AbiException($"'{other}' is not a JSON ABI entry type.");
                }
            }
            catch (Exception e) when (e is AbiException or InvalidOperationException or KeyNotFoundException)
            {
                throw new AbiException($"{path} ({OptionalString(entry, "name") ?? "unnamed"}): {e.Message}", e);
            }
        }
        return new ContractAbi(functions, events, errors, constructorInputs);
    }

    /// <summary>Reads one parameter description: <c>name</c>, <c>type</c>, and <c>components</c> for tuples.</summary>
    public static AbiParameter ParseParameter(JsonElement element) => Parameter(element, allowIndexed: true);

    private static AbiParameter[] Parameters(JsonElement entry, string property, bool allowIndexed)
    {
        if (!entry.TryGetProperty(property, out var array) || array.ValueKind == JsonValueKind.Null)
        {
            return [];
        }
        var parameters = new AbiParameter[array.GetArrayLength()];
        var i = 0;
        foreach (var element in array.EnumerateArray())
        {
            parameters[i++] = Parameter(element, allowIndexed);
        }
        return parameters;
    }

    private static AbiParameter Parameter(JsonElement element, bool allowIndexed)
    {
        var name = OptionalString(element, "name") ?? "";
        var typeText = RequiredString(element, "type");
        var indexed = element.TryGetProperty("indexed", out var flag) && flag.GetBoolean();
        if (indexed && !allowIndexed)
        {
            throw new AbiException($"'{name}' is marked indexed, which only event inputs may be.");
        }
        var hasComponents = element.TryGetProperty("components", out var componentsElement)
            && componentsElement.ValueKind == JsonValueKind.Array;
        AbiType type;
        AbiParameter[] components = [];
        if (typeText.StartsWith("tuple", StringComparison.Ordinal))
        {
            if (!hasComponents)
            {
                throw new AbiException($"'{name}' has type {typeText} but no components.");
            }
            components = Parameters(element, "components", false);
            type = AbiTypeParser.ApplySuffixes(AbiType.Tuple(AbiSignature.Types(components)), typeText[5..]);
        }
        else
        {
            if (hasComponents)
            {
                throw new AbiException($"'{name}' has components but the non-tuple type {typeText}.");
            }
            type = AbiType.Parse(typeText);
        }
        return new AbiParameter(name, type, indexed, components, OptionalString(element, "internalType"));
    }

    // Older compilers wrote "constant" and "payable" instead of "stateMutability".
    private static string StateMutability(JsonElement entry) =>
        OptionalString(entry, "stateMutability")
        ?? (entry.TryGetProperty("payable", out var payable) && payable.GetBoolean() ? "payable"
            : entry.TryGetProperty("constant", out var constant) && constant.GetBoolean() ? "view"
            : "nonpayable");

    private static string RequiredString(JsonElement element, string property) =>
        OptionalString(element, property) ?? throw new AbiException($"The description has no \"{property}\".");

    private static string? OptionalString(JsonElement element, string property) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;
}
