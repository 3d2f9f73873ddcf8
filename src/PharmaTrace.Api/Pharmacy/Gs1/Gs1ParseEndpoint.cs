using Microsoft.AspNetCore.Http.HttpResults;
using PharmaTrace.Gs1.ApplicationIdentifiers;
using PharmaTrace.Gs1.ElementStrings;
using PharmaTrace.Gs1.Epc;
using PharmaTrace.Gs1.Identifiers;

namespace PharmaTrace.Api.Pharmacy.Gs1;

/// <summary>POST /api/v1/gs1/parse: what a GS1 code holds, or which AI and rule it breaks.</summary>
public static class Gs1ParseEndpoint
{
    /// <summary>Longest code accepted: a GS1 DataMatrix holds at most 3,116 digits; URIs are shorter still.</summary>
    public const int MaxCodeLength = 4096;

    /// <summary>Handles the request.</summary>
    public static Results<Ok<Gs1ParseResponse>, ProblemHttpResult> Handle(Gs1CodeRequest request, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        if (!TryParseCode(request?.Code, "code", out var data, out var problem))
        {
            return problem;
        }

        var table = AiTable.Default;
        var elements = data.Elements
            .Select(e => new Gs1ElementFound(e.Ai, table.TryGet(e.Ai, out var definition) ? definition.Title : string.Empty, e.Value))
            .ToList();
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        return TypedResults.Ok(new Gs1ParseResponse(elements, Describe(data, today), data.ToBracketed()));
    }

    /// <summary>Parses a request field holding a GS1 code, or gives the 400 problem naming the field, AI and rule.</summary>
    public static bool TryParseCode(
        string? code,
        string field,
        [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out Gs1ElementString? data,
        [System.Diagnostics.CodeAnalysis.NotNullWhen(false)] out ProblemHttpResult? problem)
    {
        data = null;
        problem = null;
        if (string.IsNullOrWhiteSpace(code))
        {
            problem = Gs1ProblemFactory.InvalidField(field, "is required");
            return false;
        }

        if (code.Length > MaxCodeLength)
        {
            problem = Gs1ProblemFactory.InvalidField(field, $"is longer than {MaxCodeLength} characters");
            return false;
        }

        if (!Gs1Parser.TryParse(code, out data, out var error))
        {
            problem = Gs1ProblemFactory.InvalidCode(error, field);
            return false;
        }

        return true;
    }

    /// <summary>The normalised identifiers of parsed data. The company prefix length is unknown to a
    /// GS1 code, so the EPC URN is written with the assumed 7 digits and flagged as such.</summary>
    public static Gs1Identifiers Describe(Gs1ElementString data, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(data);
        string? epc = null;
        CompanyPrefixLength? prefix = null;
        if (data.Sgtin is not null || data.Sscc is not null || data.Lgtin is not null || data.Contains("414"))
        {
            var identifier = EpcUri.FromElementString(data, CompanyPrefixLength.AssumedDefault);
            epc = identifier.Uri;
            prefix = identifier.CompanyPrefixLength;
        }

        string? digitalLink = null;
        if (PharmaTrace.Gs1.DigitalLink.DigitalLinkUri.TryFormat(data, PharmaTrace.Gs1.DigitalLink.DigitalLinkUri.CanonicalStem, out var uri, out _))
        {
            digitalLink = uri;
        }

        var expiry = data.ExpiryDate is { } yymmdd ? Gs1Date.ToIsoText(yymmdd, today) : null;
        return new Gs1Identifiers(
            data.Gtin?.Value, epc, prefix?.Digits, prefix?.IsAssumed, digitalLink, data.Batch, expiry, data.SerialNumber);
    }
}
