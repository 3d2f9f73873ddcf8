namespace PharmaTrace.Indexer.Epcis.Query;

/// <summary>A query parameter that EPCIS 2.0 §8.2.7.1 says raises <c>QueryParameterException</c>: the parameter and the rule it broke.</summary>
public sealed class EpcisQueryParameterException : Exception
{
    public EpcisQueryParameterException(string parameter, string rule)
        : base($"{parameter}: {rule}")
    {
        Parameter = parameter;
        Rule = rule;
    }

    /// <summary>The query parameter (or header) at fault, as the client wrote it.</summary>
    public string Parameter { get; }

    /// <summary>The rule its value broke.</summary>
    public string Rule { get; }
}
