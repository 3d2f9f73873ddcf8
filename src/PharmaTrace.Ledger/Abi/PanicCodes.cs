using System.Numerics;

namespace PharmaTrace.Ledger.Abi;

/// <summary>
/// The codes of Solidity's <c>Panic(uint256)</c> and what they mean (Solidity documentation,
/// "Control Structures", section "Panic via assert and Error via require").
/// </summary>
public static class PanicCodes
{
    /// <summary>0x00: a generic panic inserted by the compiler.</summary>
    public const int Generic = 0x00;

    /// <summary>0x01: <c>assert</c> with a false argument.</summary>
    public const int AssertionFailed = 0x01;

    /// <summary>0x11: arithmetic underflow or overflow outside an <c>unchecked</c> block.</summary>
    public const int ArithmeticOverflow = 0x11;

    /// <summary>0x12: division or modulo by zero.</summary>
    public const int DivisionByZero = 0x12;

    /// <summary>0x21: conversion of a value too big or negative into an enum type.</summary>
    public const int InvalidEnumValue = 0x21;

    /// <summary>0x22: access to an incorrectly encoded storage byte array.</summary>
    public const int InvalidStorageByteArray = 0x22;

    /// <summary>0x31: <c>.pop()</c> on an empty array.</summary>
    public const int PopOnEmptyArray = 0x31;

    /// <summary>0x32: an array, <c>bytesN</c> or slice index out of bounds.</summary>
    public const int IndexOutOfBounds = 0x32;

    /// <summary>0x41: too much memory allocated, or an array too large.</summary>
    public const int OutOfMemory = 0x41;

    /// <summary>0x51: a call through a zero-initialized variable of internal function type.</summary>
    public const int ZeroInitializedFunction = 0x51;

    /// <summary>What the panic <paramref name="code"/> means, in a short sentence.</summary>
    public static string Describe(BigInteger code) => code > 0xff ? Unknown(code) : (int)code switch
    {
        Generic => "generic compiler panic",
        AssertionFailed => "assertion failed",
        ArithmeticOverflow => "arithmetic underflow or overflow",
        DivisionByZero => "division or modulo by zero",
        InvalidEnumValue => "value out of range for the enum type",
        InvalidStorageByteArray => "incorrectly encoded storage byte array",
        PopOnEmptyArray => "pop on an empty array",
        IndexOutOfBounds => "array index out of bounds",
        OutOfMemory => "too much memory allocated",
        ZeroInitializedFunction => "call to a zero-initialized internal function",
        _ => Unknown(code),
    };

    /// <summary>The code as <c>0x</c> and at least two hex digits, e.g. <c>0x11</c>.</summary>
    internal static string ToHex(BigInteger code)
    {
        // BigInteger's "x" format adds a leading 0 to keep a high nibble from reading as a sign.
        var digits = code.ToString("x2", System.Globalization.CultureInfo.InvariantCulture);
        return "0x" + (digits.Length > 2 && digits[0] == '0' ? digits[1..] : digits);
    }

    private static string Unknown(BigInteger code) => $"unknown panic code {ToHex(code)}";
}
