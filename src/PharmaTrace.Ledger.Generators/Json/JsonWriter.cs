using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace PharmaTrace.Ledger.Generators.Json;

/// <summary>Writes the values of <see cref="JsonReader"/> back as compact JSON (for the ABI constant).</summary>
internal static class JsonWriter
{
    public static string Write(object? value)
    {
        var builder = new StringBuilder();
        Write(builder, value);
        return builder.ToString();
    }

    private static void Write(StringBuilder builder, object? value)
    {
        switch (value)
        {
            case null: builder.Append("null"); break;
            case bool b: builder.Append(b ? "true" : "false"); break;
            case JsonNumber n: builder.Append(n.Text); break;
            case string s: WriteString(builder, s); break;
            case Dictionary<string, object?> o:
                builder.Append('{');
                var first = true;
                foreach (var pair in o)
                {
                    builder.Append(first ? "" : ",");
                    first = false;
                    WriteString(builder, pair.Key);
                    builder.Append(':');
                    Write(builder, pair.Value);
                }
                builder.Append('}');
                break;
            case List<object?> a:
                builder.Append('[');
                for (var i = 0; i < a.Count; i++)
                {
                    builder.Append(i == 0 ? "" : ",");
                    Write(builder, a[i]);
                }
                builder.Append(']');
                break;
        }
    }

    private static void WriteString(StringBuilder builder, string s)
    {
        builder.Append('"');
        foreach (var c in s)
        {
            switch (c)
            {
                case '"': builder.Append("\\\""); break;
                case '\\': builder.Append("\\\\"); break;
                default:
                    if (c < ' ')
                    {
                        builder.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        builder.Append(c);
                    }
                    break;
            }
        }
        builder.Append('"');
    }
}
