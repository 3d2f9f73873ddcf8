using System.Data.Common;

namespace PharmaTrace.Indexer.Queries;

/// <summary>Reading the columns every fact table shares.</summary>
internal static class QueryRows
{
    public const string ProofColumns = "block_number, tx_hash, log_index, timestamp";

    /// <summary>The proof and time from four consecutive columns starting at <paramref name="ordinal"/>.</summary>
    public static (LedgerProof Proof, DateTimeOffset At) Proof(DbDataReader reader, int ordinal) =>
        (new LedgerProof(reader.GetString(ordinal + 1), reader.GetInt64(ordinal), reader.GetInt64(ordinal + 2)),
         DateTimeOffset.FromUnixTimeSeconds(reader.GetInt64(ordinal + 3)));
}
