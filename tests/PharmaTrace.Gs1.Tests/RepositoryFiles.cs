namespace PharmaTrace.Gs1.Tests;

/// <summary>Files of the repository the tests read, found by walking up to the solution.</summary>
internal static class RepositoryFiles
{
    private static readonly string Root = FindRoot();

    public static string ProjectDictionary =>
        Path.Combine(Root, "src", "PharmaTrace.Gs1", "ApplicationIdentifiers", "gs1-syntax-dictionary.txt");

    /// <summary>shared/ sits beside the clone (or at /work/shared on a developer machine).</summary>
    public static string SharedDictionary
    {
        get
        {
            var beside = Path.Combine(Path.GetDirectoryName(Root)!, "shared", "standards", "gs1", "gs1-syntax-dictionary.txt");
            return File.Exists(beside) ? beside : "/work/shared/standards/gs1/gs1-syntax-dictionary.txt";
        }
    }

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
