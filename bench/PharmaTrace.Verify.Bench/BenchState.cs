using System.Globalization;
using System.Text.Json;

namespace PharmaTrace.Verify.Bench;

/// <summary>What the bench registered in its data directory, so a rerun reuses the 1,000,000 packs.</summary>
internal sealed record BenchState(string Gtin, string Expiry, List<string> Lots, int PacksPerLot, int Destroyed)
{
    /// <summary>Packs destroyed by the decommission runs, from the end of the last batch.</summary>
    public int Destroyed { get; set; } = Destroyed;

    /// <summary>GTIN 09506000134352 (GS1's example GTIN, valid check digit).</summary>
    public const string BenchGtin = "09506000134352";

    public static string PathIn(string dataDirectory) => Path.Combine(dataDirectory, "verify-bench-state.json");

    public static BenchState Load(string dataDirectory, int packsPerLot)
    {
        var path = PathIn(dataDirectory);
        return File.Exists(path)
            ? JsonSerializer.Deserialize<BenchState>(File.ReadAllText(path), JsonSerializerOptions.Web)!
            : new BenchState(BenchGtin, DateTime.UtcNow.AddYears(3).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), [], packsPerLot, 0);
    }

    public void Save(string dataDirectory) =>
        File.WriteAllText(PathIn(dataDirectory), JsonSerializer.Serialize(this, JsonSerializerOptions.Web));

    public long Packs => (long)Lots.Count * PacksPerLot;

    public static string Serial(string lot, int index) => string.Create(CultureInfo.InvariantCulture, $"{lot}-{index:D6}");

    /// <summary>The raw data of a GS1 DataMatrix scan: "]d2", then AIs, GS after the variable-length lot.</summary>
    public string Scan(string lot, int index) =>
        $"]d201{Gtin}17{Expiry[2..4]}{Expiry[5..7]}{Expiry[8..10]}10{lot}\u001D21{Serial(lot, index)}";
}
