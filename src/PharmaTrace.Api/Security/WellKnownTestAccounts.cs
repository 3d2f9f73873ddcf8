using PharmaTrace.Ledger.Primitives;

namespace PharmaTrace.Api.Security;

/// <summary>
/// The 20 accounts of the public test mnemonic "test test test test test test test test test test
/// test junk" (m/44'/60'/0'/0/0..19) that Hardhat and Anvil fund by default. Their private keys are
/// published, so a signing key for one of them is refused outside Development: anyone could sign as it.
/// </summary>
public static class WellKnownTestAccounts
{
    /// <summary>The addresses (keys are not needed to recognise them).</summary>
    public static readonly IReadOnlySet<Address> All = new HashSet<Address>
    {
        Address.Parse("0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266"),
        Address.Parse("0x70997970C51812dc3A010C7d01b50e0d17dc79C8"),
        Address.Parse("0x3C44CdDdB6a900fa2b585dd299e03d12FA4293BC"),
        Address.Parse("0x90F79bf6EB2c4f870365E785982E1f101E93b906"),
        Address.Parse("0x15d34AAf54267DB7D7c367839AAf71A00a2C6A65"),
        Address.Parse("0x9965507D1a55bcC2695C58ba16FB37d819B0A4dc"),
        Address.Parse("0x976EA74026E726554dB657fA54763abd0C3a0aa9"),
        Address.Parse("0x14dC79964da2C08b23698B3D3cc7Ca32193d9955"),
        Address.Parse("0x23618e81E3f5cdF7f54C3d65f7FBc0aBf5B21E8f"),
        Address.Parse("0xa0Ee7A142d267C1f36714E4a8F75612F20a79720"),
        Address.Parse("0xBcd4042DE499D14e55001CcbB24a551F3b954096"),
        Address.Parse("0x71bE63f3384f5fb98995898A86B02Fb2426c5788"),
        Address.Parse("0xFABB0ac9d68B0B445fB7357272Ff202C5651694a"),
        Address.Parse("0x1CBd3b2770909D4e10f157cABC84C7264073C9Ec"),
        Address.Parse("0xdF3e18d64BC6A983f673Ab319CCaE4f1a57C7097"),
        Address.Parse("0xcd3B766CCDd6AE721141F452C550Ca635964ce71"),
        Address.Parse("0x2546BcD3c84621e976D8185a91A922aE77ECEc30"),
        Address.Parse("0xbDA5747bFD65F08deb54cb465eB87D40e51B197E"),
        Address.Parse("0xdD2FD4581271e230360230F9337D5c0430Bf44C0"),
        Address.Parse("0x8626f6940E2eb28930eFb4CeF49B2d1F2C9C1199"),
    };

    /// <summary>Whether <paramref name="address"/> is one of the published test accounts.</summary>
    public static bool Contains(Address address) => All.Contains(address);
}
