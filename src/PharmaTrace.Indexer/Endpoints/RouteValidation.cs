using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using PharmaTrace.Gs1;
using PharmaTrace.Gs1.Identifiers;
using PharmaTrace.Ledger.Primitives;

namespace PharmaTrace.Indexer.Endpoints;

/// <summary>Route values checked once, with an RFC 9457 problem naming the field and the rule.</summary>
internal static class RouteValidation
{
    public static ValidationProblem Invalid(string field, string rule) =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]> { [field] = [rule] },
            detail: $"{field}: {rule}", title: "The request is invalid.");

    public static ProblemHttpResult NotFound(string what) =>
        TypedResults.Problem(detail: what, statusCode: StatusCodes.Status404NotFound, title: "Not found.");

    /// <summary>A GTIN (8, 12, 13 or 14 digits with a valid check digit) and a lot (GS1 AI 10) as GTIN-14 and lot.</summary>
    public static bool TryBatchKey(string gtin, string lot, out string gtin14, out ValidationProblem? problem)
    {
        gtin14 = "";
        problem = null;
        if (!Gtin.TryParse(gtin, out var parsed))
        {
            problem = Invalid("gtin", "must be a GTIN-8, -12, -13 or -14 with a valid check digit (GS1 General Specifications 3.3.2, 7.9.1).");
            return false;
        }
        try
        {
            _ = new Lgtin(parsed, lot);
        }
        catch (Gs1ParseException)
        {
            problem = Invalid("lot", "must be 1 to 20 characters of GS1 character set 82 (GS1 AI 10).");
            return false;
        }
        gtin14 = parsed.Value;
        return true;
    }

    /// <summary>A GTIN, a serial (GS1 AI 21) and an optional lot (GS1 AI 10), with the GTIN as GTIN-14.</summary>
    public static bool TryPackKey(string gtin, string serial, string? lot, out string gtin14, out ValidationProblem? problem)
    {
        // The lot is optional here: "1" (a valid AI 10 value) stands in for an absent one.
        if (!TryBatchKey(gtin, lot ?? "1", out gtin14, out problem))
        {
            return false;
        }
        try
        {
            _ = new Sgtin(new Gtin(gtin14), serial);
        }
        catch (Gs1ParseException)
        {
            problem = Invalid("serial", "must be 1 to 20 characters of GS1 character set 82 (GS1 AI 21), percent-encoded in the path.");
            return false;
        }
        return true;
    }

    public static bool TryAddress(string address, out Address parsed, out ValidationProblem? problem)
    {
        problem = Address.TryParse(address, out parsed) ? null : Invalid("address", "must be 0x followed by 40 hex digits.");
        return problem is null;
    }
}
