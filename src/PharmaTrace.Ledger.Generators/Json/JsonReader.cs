using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace PharmaTrace.Ledger.Generators.Json;

/// <summary>
/// A small RFC 8259 reader into plain objects: <see cref="Dictionary{TKey,TValue}"/> for objects,
/// <see cref="List{T}"/> for arrays, <see cref="string"/>, <see cref="JsonNumber"/>, <see cref="bool"/>
/// and <see langword="null"/>. The generator runs inside the compiler, where System.Text.Json is not
/// guaranteed to load (Visual Studio's .NET Framework host), so it carries its own reader.
/// </summary>
internal sealed class JsonReader
{
    private readonly string _text;
    private int _position;

    private JsonReader(string text) => _text = text;

    public static object? Parse(string text)
    {
        var reader = new JsonReader(text);
        var value = reader.ReadValue();
        reader.SkipWhitespace();
        if (reader._position != text.Length)
        {
            throw reader.Error("text after the JSON value");
        }
        return value;
    }

    private object? ReadValue()
    {
        SkipWhitespace();
        if (_position >= _text.Length)
        {
            throw Error("end of text where a value was expected");
        }
        switch (_text[_position])
        {
            case '{': return ReadObject();
            case '[': return ReadArray();
            case '"': return ReadString();
            case 't': return ReadLiteral("true", true);
            case 'f': return ReadLiteral("false", false);
            case 'n': return ReadLiteral("null", null);
            default: return ReadNumber();
        }
    }

    private Dictionary<string, object?> ReadObject()
    {
        var result = new Dictionary<string, object?>(StringComparer.Ordinal);
        _position++;
        SkipWhitespace();
        if (Peek() == '}')
        {
            _position++;
            return result;
        }
        while (true)
        {
            SkipWhitespace();
            var key = ReadString();
            SkipWhitespace();
            Expect(':');
            result[key] = ReadValue();
            SkipWhitespace();
            if (Peek() == ',')
            {
                _position++;
                continue;
            }
            Expect('}');
            return result;
        }
    }

    private List<object?> ReadArray()
    {
        var result = new List<object?>();
        _position++;
        SkipWhitespace();
        if (Peek() == ']')
        {
            _position++;
            return result;
        }
        while (true)
        {
            result.Add(ReadValue());
            SkipWhitespace();
            if (Peek() == ',')
            {
                _position++;
                continue;
            }
            Expect(']');
            return result;
        }
    }

    private string ReadString()
    {
        Expect('"');
        var builder = new StringBuilder();
        while (true)
        {
            if (_position >= _text.Length)
            {
                throw Error("an unterminated string");
            }
            var c = _text[_position++];
            if (c == '"')
            {
                return builder.ToString();
            }
            if (c != '\\')
            {
                builder.Append(c);
                continue;
            }
            var escape = _position < _text.Length ? _text[_position++] : '\0';
            switch (escape)
            {
                case '"': case '\\': case '/': builder.Append(escape); break;
                case 'b': builder.Append('\b'); break;
                case 'f': builder.Append('\f'); break;
                case 'n': builder.Append('\n'); break;
                case 'r': builder.Append('\r'); break;
                case 't': builder.Append('\t'); break;
                case 'u' when _position + 4 <= _text.Length:
                    builder.Append((char)int.Parse(_text.Substring(_position, 4), NumberStyles.HexNumber, CultureInfo.InvariantCulture));
                    _position += 4;
                    break;
                default: throw Error("an invalid escape");
            }
        }
    }

    private JsonNumber ReadNumber()
    {
        var start = _position;
        while (_position < _text.Length && "+-0123456789.eE".IndexOf(_text[_position]) >= 0)
        {
            _position++;
        }
        return _position > start ? new JsonNumber(_text.Substring(start, _position - start)) : throw Error("an unexpected character");
    }

    private object? ReadLiteral(string literal, object? value)
    {
        if (string.CompareOrdinal(_text, _position, literal, 0, literal.Length) != 0)
        {
            throw Error("an unknown literal");
        }
        _position += literal.Length;
        return value;
    }

    private char Peek() => _position < _text.Length ? _text[_position] : '\0';

    private void Expect(char c)
    {
        if (Peek() != c)
        {
            throw Error($"'{Peek()}' where '{c}' was expected");
        }
        _position++;
    }

    private void SkipWhitespace()
    {
        while (_position < _text.Length && _text[_position] is ' ' or '\t' or '\r' or '\n')
        {
            _position++;
        }
    }

    private FormatException Error(string what) => new($"Invalid JSON at offset {_position}: {what}.");
}
