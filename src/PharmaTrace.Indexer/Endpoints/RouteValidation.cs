using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using PharmaTrace.Gs1;
using PharmaTrace.Gs1.Identifiers;
using PharmaTrace.Indexer.Queries;
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

    /// <summary>
    /// The provenance page of the <c>perPage</c> (1 to <see cref="ProvenanceQueries.MaxPerPage"/>, default
    /// <see cref="ProvenanceQueries.DefaultPerPage"/>) and <c>nextPageToken</c> query parameters.
    /// </summary>
    public static bool TryProvenancePage(string? perPage, string? nextPageToken, out ChainPosition? after, out int size, out ValidationProblem? problem)
    {
        after = null;
        size = ProvenanceQueries.DefaultPerPage;
        problem = null;
        if (perPage is not null && (!int.TryParse(perPage, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out size)
            || size < 1 || size > ProvenanceQueries.MaxPerPage))
        {
            problem = Invalid("perPage", $"must be a whole number from 1 to {ProvenanceQueries.MaxPerPage:N0}.");
            return false;
        }
        if (nextPageToken is not null)
        {
            if (!ChainPosition.TryParseToken(nextPageToken, out var position))
            {
                problem = Invalid("nextPageToken", "must be the nextPageToken of an earlier page, unchanged.");
                return false;
            }
            after = position;
        }
        return true;
    }

    /// <summary>Adds the RFC 8288 <c>Link: &lt;...&gt;; rel="next"</c> header of a page that has a next one.</summary>
    public static void AddNextLink(HttpContext context, string? nextPageToken)
    {
        if (nextPageToken is null)
        {
            return;
        }
        var request = context.Request;
        var query = Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(request.QueryString.Value);
        query["nextPageToken"] = nextPageToken;
        var next = Microsoft.AspNetCore.WebUtilities.QueryHelpers.AddQueryString(request.PathBase + request.Path, query);
        context.Response.Headers.Append("Link", $"<{next}>; rel=\"next\"");
    }

    public static bool TryAddress(string address, out Address parsed, out ValidationProblem? problem)
    {
        problem = Address.TryParse(address, out parsed) ? null : Invalid("address", "must be 0x followed by 40 hex digits.");
        return problem is null;
    }
}
