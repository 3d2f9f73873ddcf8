using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;
using PharmaTrace.Api.Hosting;
using PharmaTrace.Api.Security;
using PharmaTrace.Api.Storage;

namespace PharmaTrace.Api.Tests.Security;

/// <summary>Hosted signing keys: sealed at rest, and the published test keys refused outside Development.</summary>
[TestFixture]
public sealed class SigningKeyVaultTests
{
    private static readonly string Kek = Convert.ToBase64String(Enumerable.Range(1, 32).Select(i => (byte)i).ToArray());
    private string _data = null!;

    [SetUp]
    public void CreateDataDirectory() => _data = Directory.CreateTempSubdirectory("pt-vault-").FullName;

    [TearDown]
    public void DeleteDataDirectory() => Directory.Delete(_data, recursive: true);

    [TestCase("Production")]
    [TestCase("Staging")]
    public void A_published_anvil_test_key_is_refused_outside_development(string environment)
    {
        using var vault = Vault(environment);
        var error = Assert.Throws<ArgumentException>(() => vault.Import(AnvilAccounts.Key0));
        Assert.That(error!.Message, Does.Contain("published Hardhat/Anvil test key").And.Not.Contain(AnvilAccounts.Key0[2..]));
    }

    [Test]
    public void A_published_anvil_test_key_is_accepted_in_development()
    {
        using var vault = Vault("Development");
        Assert.That(vault.Import(AnvilAccounts.Key0), Is.EqualTo(AnvilAccounts.Account0));
    }

    [Test]
    public void A_generated_key_is_stored_sealed_and_opens_after_a_restart_only_with_the_same_kek()
    {
        Ledger.Primitives.Address address;
        using (var vault = Vault("Production"))
        {
            address = vault.Generate();
        }
        using var reopened = Vault("Production");
        using var wrongKek = Vault("Production", Convert.ToBase64String(new byte[32]));
        Assert.Multiple(() =>
        {
            Assert.That(reopened.Holds(address), Is.True);
            Assert.That(() => wrongKek.Holds(address), Throws.InstanceOf<System.Security.Cryptography.CryptographicException>());
            Assert.That(WellKnownTestAccounts.All, Has.Count.EqualTo(20));
        });
    }

    private SigningKeyVault Vault(string environmentName, string? kek = null)
    {
        var environment = new HostEnvironment { EnvironmentName = environmentName, ContentRootPath = _data };
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["PharmaTrace:DataDirectory"] = _data, ["PharmaTrace:Security:KeyEncryptionKey"] = kek ?? Kek,
        }).Build();
        var settings = ApiSettings.From(configuration, environment);
        return new SigningKeyVault(new ApiDatabase(settings), KeyEncryptionKey.Load(configuration, environment, settings), environment);
    }

    private sealed class HostEnvironment : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = "";
        public string ApplicationName { get; set; } = "test";
        public string ContentRootPath { get; set; } = "";
        public IFileProvider ContentRootFileProvider { get; set; } = new NullFileProvider();
    }
}
