namespace PharmaTrace.Gs1.Tests;

/// <summary>Files of the repository the tests read, found by walking up to the solution.</summary>
internal static class RepositoryFiles
{
    private static readonly string Root = FindRoot();

    public static string ProjectDictionary =>
        Path.Combine(Root, "src", "PharmaTrace.Gs1", "ApplicationIdentifiers", "gs1-syntax-dictionary.txt");

    /// <summary>
    /// SHA-256 of GS1's gs1-syntax-dictionary.txt at commit ff2eb4b of gs1/gs1-syntax-dictionary, as
    /// distributed in the product's shared standards folder: the embedded copy must stay byte for byte that file.
    /// </summary>
    public const string OfficialDictionarySha256 = "1ea02f4e3b81d3092e095987600e01c7fd55310f4da5181f5a070262ff6ffc94";

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "PharmaTrace.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("PharmaTrace.sln not found above the test assembly");
    }
}
