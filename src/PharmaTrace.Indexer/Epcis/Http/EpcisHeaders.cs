using Microsoft.AspNetCore.Http;
using PharmaTrace.Indexer.Epcis.Model;
using PharmaTrace.Indexer.Epcis.Query;

namespace PharmaTrace.Indexer.Epcis.Http;

/// <summary>The GS1 headers of the REST binding (openapi.yaml, components/headers), read and written in one place.</summary>
public static class EpcisHeaders
{
    public const string EpcisVersion = "GS1-EPCIS-Version";
    public const string CbvVersion = "GS1-CBV-Version";
    public const string EpcFormat = "GS1-EPC-Format";
    public const string Extensions = "GS1-Extensions";

    private static readonly string[] JsonMediaTypes = ["*/*", "application/*", "application/json", "application/ld+json"];

    /// <summary>
    /// The format the client asked for: absent, No_Preference, Always_GS1_Digital_Link and Never_Translates all
    /// give Digital Link (our stored form, which Never_Translates keeps); Always_EPC_URN gives URNs.
    /// </summary>
    public static Model.EpcFormat RequestedFormat(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var value = request.Headers[EpcFormat].ToString();
        return value switch
        {
            "" or "No_Preference" or "Always_GS1_Digital_Link" or "Never_Translates" => Model.EpcFormat.DigitalLink,
            "Always_EPC_URN" => Model.EpcFormat.EpcUrn,
            _ => throw new EpcisQueryParameterException(EpcFormat,
                $"'{value}' is not one of No_Preference, Always_GS1_Digital_Link, Always_EPC_URN, Never_Translates"),
        };
    }

    /// <summary>
    /// Why the request cannot be answered (REST binding 406NotAcceptable), or null: a version range
    /// (<c>GS1-EPCIS-Min/Max</c>, <c>GS1-CBV-Min/Max</c>) that excludes 2.0.0, or an <c>Accept</c> header that takes
    /// no JSON (XML is not served).
    /// </summary>
    public static string? Unacceptable(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var served = new Version(2, 0, 0);
        foreach (var (header, isMin) in new[] { ("GS1-EPCIS-Min", true), ("GS1-EPCIS-Max", false), ("GS1-CBV-Min", true), ("GS1-CBV-Max", false) })
        {
            var value = request.Headers[header].ToString();
            if (value.Length == 0)
            {
                continue;
            }

            if (!Version.TryParse(value.Contains('.', StringComparison.Ordinal) ? value : value + ".0", out var version))
            {
                return $"{header} '{value}' is not a version such as 2.0.0.";
            }

            var normalised = new Version(version.Major, version.Minor, Math.Max(version.Build, 0));
            if (isMin ? normalised > served : normalised < served)
            {
                return $"{header} {value} excludes the only version served, 2.0.0.";
            }
        }

        var accept = request.Headers.Accept.ToString();
        return accept.Length == 0 || JsonMediaTypes.Any(t => accept.Contains(t, StringComparison.OrdinalIgnoreCase))
            ? null
            : $"Accept '{accept}': events are served as application/json (JSON-LD) only.";
    }

    public static void Write(HttpResponse response, Model.EpcFormat format)
    {
        ArgumentNullException.ThrowIfNull(response);
        response.Headers[EpcisVersion] = EpcisNames.EpcisVersion;
        response.Headers[CbvVersion] = EpcisNames.CbvVersion;
        response.Headers[EpcFormat] = format == Model.EpcFormat.EpcUrn ? "Always_EPC_URN" : "Always_GS1_Digital_Link";
        response.Headers[Extensions] = $"{EpcisNames.ExtensionPrefix}={EpcisNames.ExtensionNamespace}";
    }
}
