using System.Text;
using PharmaTrace.Ledger.Primitives;

namespace PharmaTrace.Ledger.Abi;

/// <summary>
/// Canonical signatures (Contract ABI Specification, "Function Selector"): the name and the
/// parenthesised canonical parameter types, separated by single commas, no spaces; and the Keccak-256
/// hash of that text, whose first 4 bytes are a function or error selector and whose whole is an
/// event's topic 0.
/// </summary>
internal static class AbiSignature
{
    public static string Build(string name, IReadOnlyList<AbiParameter> parameters)
    {
        var text = new StringBuilder(name).Append('(');
        for (var i = 0; i < parameters.Count; i++)
        {
            text.Append(i == 0 ? "" : ",").Append(parameters[i].Type.CanonicalName);
        }
        return text.Append(')').ToString();
    }

    public static Hash32 Hash(string signature) => Hash32.Keccak(Encoding.ASCII.GetBytes(signature));

    public static byte[] Selector(string signature) => Hash(signature).ToArray()[..4];

    public static AbiType[] Types(IReadOnlyList<AbiParameter> parameters)
    {
        var types = new AbiType[parameters.Count];
        for (var i = 0; i < types.Length; i++)
        {
            types[i] = parameters[i].Type;
        }
        return types;
    }

    /// <summary>Splits <c>name(type,…)</c> into the name and unnamed parameters.</summary>
    public static (string Name, AbiParameter[] Parameters) Parse(string signature)
    {
        ArgumentNullException.ThrowIfNull(signature);
        var open = signature.IndexOf('(', StringComparison.Ordinal);
        if (open <= 0)
        {
            throw new AbiException($"'{signature}' is not a signature of the form name(type,...).");
        }
        var name = CheckName(signature[..open]);
        var tuple = AbiTypeParser.Parse(signature[open..]);
        if (tuple.Kind != AbiTypeKind.Tuple)
        {
            throw new AbiException($"'{signature}' is not a signature of the form name(type,...).");
        }
        var parameters = new AbiParameter[tuple.Components.Count];
        for (var i = 0; i < parameters.Length; i++)
        {
            parameters[i] = new AbiParameter("", tuple.Components[i]);
        }
        return (name, parameters);
    }

    /// <summary>Refuses a name that is not a Solidity identifier, since it would make a wrong selector.</summary>
    public static string CheckName(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var valid = name.Length > 0 && !char.IsAsciiDigit(name[0]);
        foreach (var c in name)
        {
            valid &= char.IsAsciiLetterOrDigit(c) || c is '_' or '$';
        }
        return valid ? name : throw new AbiException($"'{name}' is not a Solidity identifier.");
    }
}
