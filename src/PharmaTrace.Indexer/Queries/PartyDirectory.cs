using System.Data.Common;
using PharmaTrace.Indexer.Storage;

namespace PharmaTrace.Indexer.Queries;

/// <summary>Names, GLNs, countries and roles of accounts, looked up once per answer.</summary>
internal static class PartyDirectory
{
    public static async Task<Dictionary<string, PartyView>> LoadAsync(DbConnection connection, IEnumerable<string?> addresses, CancellationToken cancellationToken)
    {
        var wanted = addresses.OfType<string>().Where(a => a.StartsWith("0x", StringComparison.Ordinal)).Distinct(StringComparer.Ordinal).ToList();
        var parties = new Dictionary<string, PartyView>(StringComparer.Ordinal);
        foreach (var chunk in wanted.Chunk(200))
        {
            var names = chunk.Select((_, i) => $"@a{i}").ToList();
            await using var command = connection.Command(
                $"SELECT address, name, gln, country, role FROM participant WHERE address IN ({string.Join(", ", names)}) " +
                $"UNION ALL SELECT regulator, name, gln, code, 'regulator' FROM country WHERE regulator IN ({string.Join(", ", names)})");
            for (var i = 0; i < chunk.Length; i++)
            {
                command.AddParameter(names[i], chunk[i]);
            }
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                parties.TryAdd(reader.GetString(0), new PartyView(reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.GetString(4)));
            }
        }
        foreach (var address in wanted)
        {
            parties.TryAdd(address, new PartyView(address, null, null, null, null));
        }
        return parties;
    }

    public static PartyView? Find(this Dictionary<string, PartyView> parties, string? address) =>
        address is not null && parties.TryGetValue(address, out var party) ? party : null;
}
