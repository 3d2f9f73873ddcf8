namespace PharmaTrace.Api.Problems;

/// <summary>Collects field errors and throws them together, so a client learns every broken rule at once.</summary>
public sealed class Validator
{
    private readonly Dictionary<string, List<string>> _errors = [];

    /// <summary>Records that <paramref name="field"/> breaks <paramref name="rule"/> unless <paramref name="ok"/>.</summary>
    public Validator Require(bool ok, string field, string rule)
    {
        if (!ok)
        {
            Add(field, rule);
        }
        return this;
    }

    /// <summary>Records a broken rule.</summary>
    public void Add(string field, string rule)
    {
        if (!_errors.TryGetValue(field, out var list))
        {
            _errors[field] = list = [];
        }
        list.Add(rule);
    }

    /// <summary>Throws <see cref="RequestValidationException"/> when a rule was broken.</summary>
    public void ThrowIfInvalid()
    {
        if (_errors.Count > 0)
        {
            throw new RequestValidationException(_errors.ToDictionary(e => e.Key, e => e.Value.ToArray()));
        }
    }
}
