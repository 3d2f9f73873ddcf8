namespace PharmaTrace.Gs1;

/// <summary>
/// The one exception the GS1 parsers throw for bad input. <see cref="Error"/> names the rule and the
/// AI; any other exception type escaping a parser is a bug (the fuzz tests hold us to that).
/// </summary>
public sealed class Gs1ParseException : FormatException
{
    /// <summary>Creates an exception with a generic error.</summary>
    public Gs1ParseException()
        : this(Gs1ParseError.General(Gs1ErrorKind.UnrecognisedFormat, "invalid GS1 data"))
    {
    }

    /// <summary>Creates an exception with a message and no specific rule.</summary>
    public Gs1ParseException(string message)
        : this(Gs1ParseError.General(Gs1ErrorKind.UnrecognisedFormat, message))
    {
    }

    /// <summary>Creates an exception with a message and an inner exception.</summary>
    public Gs1ParseException(string message, Exception innerException)
        : base(message, innerException)
    {
        Error = Gs1ParseError.General(Gs1ErrorKind.UnrecognisedFormat, message);
    }

    /// <summary>Creates an exception for a parse error.</summary>
    public Gs1ParseException(Gs1ParseError error)
        : base(error?.Message)
    {
        ArgumentNullException.ThrowIfNull(error);
        Error = error;
    }

    /// <summary>What was wrong.</summary>
    public Gs1ParseError Error { get; }

    /// <summary>Shorthand for <c>Error.Kind</c>.</summary>
    public Gs1ErrorKind Kind => Error.Kind;

    /// <summary>Shorthand for <c>Error.Ai</c>.</summary>
    public string? Ai => Error.Ai;
}
