using System.Collections;

namespace PharmaTrace.Ledger.Contracts;

/// <summary>
/// Value equality for the generated records: a record compares arrays (<c>byte[]</c>,
/// <c>Hash32[]</c>, arrays of structs) by reference, so a decoded event would never equal the one
/// it was encoded from. The records compare their members through this instead.
/// </summary>
internal static class ContractValueEquality
{
    public static bool Equal(object? left, object? right)
    {
        if (left is not string && left is IList a && right is IList b)
        {
            if (a.Count != b.Count || left.GetType() != right.GetType())
            {
                return false;
            }
            for (var i = 0; i < a.Count; i++)
            {
                if (!Equal(a[i], b[i]))
                {
                    return false;
                }
            }
            return true;
        }
        return Equals(left, right);
    }

    public static int Hash(object? value)
    {
        if (value is not string && value is IList list)
        {
            var hash = new HashCode();
            foreach (var item in list)
            {
                hash.Add(Hash(item));
            }
            return hash.ToHashCode();
        }
        return value?.GetHashCode() ?? 0;
    }
}
