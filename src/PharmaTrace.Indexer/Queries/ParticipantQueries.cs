using System.Data.Common;
using PharmaTrace.Indexer.Storage;
using PharmaTrace.Ledger.Primitives;

namespace PharmaTrace.Indexer.Queries;

/// <summary>Participants and member countries, from the read model.</summary>
public sealed class ParticipantQueries(ReadModelDatabase database)
{
    private const string Select =
        "SELECT p.address, p.country, p.role, p.gln, p.name, p.admitted_by, " +
        "(SELECT s.status FROM participant_status s WHERE s.address = p.address ORDER BY s.block_number DESC, s.log_index DESC LIMIT 1), " +
        "p.block_number, p.tx_hash, p.log_index, p.timestamp FROM participant p";

    /// <summary>Every participant, in admission order.</summary>
    public async Task<IReadOnlyList<ParticipantView>> ListAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await ReadAsync(connection.Command(Select + " ORDER BY p.block_number, p.log_index"), cancellationToken);
    }

    /// <summary>One participant, or <see langword="null"/>.</summary>
    public async Task<ParticipantView?> FindAsync(Address address, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var found = await ReadAsync(connection.Command(Select + " WHERE p.address = @a", null, ("@a", address.ToLowerHexString())), cancellationToken);
        return found.Count == 0 ? null : found[0];
    }

    /// <summary>Every member country, in order of admission.</summary>
    public async Task<IReadOnlyList<CountryView>> CountriesAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.Command($"SELECT code, regulator, gln, name, {QueryRows.ProofColumns} FROM country ORDER BY block_number, log_index");
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var countries = new List<CountryView>();
        while (await reader.ReadAsync(cancellationToken))
        {
            var (proof, at) = QueryRows.Proof(reader, 4);
            countries.Add(new CountryView(reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), at, proof));
        }
        return countries;
    }

    private static async Task<IReadOnlyList<ParticipantView>> ReadAsync(DbCommand command, CancellationToken cancellationToken)
    {
        await using (command)
        {
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            var participants = new List<ParticipantView>();
            while (await reader.ReadAsync(cancellationToken))
            {
                var (proof, at) = QueryRows.Proof(reader, 7);
                var status = reader.GetNullableString(6) == "suspended" ? "suspended" : "active";
                participants.Add(new ParticipantView(reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetString(3),
                    reader.GetString(4), reader.GetString(5), status, at, proof));
            }
            return participants;
        }
    }
}
