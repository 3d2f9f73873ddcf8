namespace PharmaTrace.Ledger.Abi;

/// <summary>The kinds of Solidity ABI types (Contract ABI Specification, "Types").</summary>
public enum AbiTypeKind
{
    /// <summary><c>uint&lt;M&gt;</c>: unsigned integer of M bits, 8 ≤ M ≤ 256, M a multiple of 8.</summary>
    UnsignedInteger,

    /// <summary><c>int&lt;M&gt;</c>: two's complement signed integer of M bits.</summary>
    SignedInteger,

    /// <summary><c>address</c>: 20 bytes, encoded like <c>uint160</c>.</summary>
    Address,

    /// <summary><c>bool</c>: encoded like <c>uint8</c> restricted to 0 and 1.</summary>
    Bool,

    /// <summary><c>bytes&lt;M&gt;</c>: M bytes, 1 ≤ M ≤ 32, left-aligned in a word.</summary>
    FixedBytes,

    /// <summary><c>bytes</c>: a dynamically sized byte sequence.</summary>
    Bytes,

    /// <summary><c>string</c>: a dynamically sized UTF-8 string.</summary>
    Utf8String,

    /// <summary><c>T[]</c>: a dynamically sized array.</summary>
    Array,

    /// <summary><c>T[k]</c>: an array of exactly k elements.</summary>
    FixedArray,

    /// <summary><c>(T1,…,Tn)</c>: a tuple (a Solidity struct or a parameter list).</summary>
    Tuple,
}
