using PharmaTrace.Ledger.Primitives;

namespace PharmaTrace.Testing;

/// <summary>
/// Anvil's default dev accounts, derived from the public test mnemonic "test test ... junk"
/// (m/44'/60'/0'/0/i), each funded with 10,000 ether. Public keys for public test chains only.
/// </summary>
public static class AnvilAccounts
{
    public const ulong ChainId = 31337;

    public static readonly Address Account0 = Address.Parse("0xf39fd6e51aad88f6f4ce6ab8827279cfffb92266");
    public const string Key0 = "0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80";

    public static readonly Address Account1 = Address.Parse("0x70997970c51812dc3a010c7d01b50e0d17dc79c8");
    public const string Key1 = "0x59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d";

    public static readonly Address Account2 = Address.Parse("0x3c44cdddb6a900fa2b585dd299e03d12fa4293bc");
    public const string Key2 = "0x5de4111afa1a4b94908f83103eb1f1706367c2e68ca870fc3fb9a804cdab365a";

    /// <summary>All ten default accounts.</summary>
    public static readonly IReadOnlyList<Address> All =
    [
        Account0,
        Account1,
        Account2,
        Address.Parse("0x90f79bf6eb2c4f870365e785982e1f101e93b906"),
        Address.Parse("0x15d34aaf54267db7d7c367839aaf71a00a2c6a65"),
        Address.Parse("0x9965507d1a55bcc2695c58ba16fb37d819b0a4dc"),
        Address.Parse("0x976ea74026e726554db657fa54763abd0c3a0aa9"),
        Address.Parse("0x14dc79964da2c08b23698b3d3cc7ca32193d9955"),
        Address.Parse("0x23618e81e3f5cdf7f54c3d65f7fbc0abf5b21e8f"),
        Address.Parse("0xa0ee7a142d267c1f36714e4a8f75612f20a79720"),
    ];
}
