// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.28;

import {TestBase} from "./Vm.sol";
import {PharmaLedger} from "../PharmaLedger.sol";
import {IPharmaLedger} from "../IPharmaLedger.sol";
import {StandardMerkleTree} from "../testing/StandardMerkleTree.sol";

/// @notice A consortium of DE, FR and IT with a manufacturer in DE, a wholesaler and a pharmacy in
/// FR, a pharmacy in DE and customs in each country; helpers to register batches and prove packs.
abstract contract LedgerFixture is TestBase {
    PharmaLedger internal ledger;

    address internal constant REG_DE = address(0xD0001);
    address internal constant REG_FR = address(0xF0001);
    address internal constant REG_IT = address(0x170001);
    address internal constant MAKER_DE = address(0xD0002);
    address internal constant MAKER2_DE = address(0xD0006);
    address internal constant PHARMACY_DE = address(0xD0003);
    address internal constant CUSTOMS_DE = address(0xD0004);
    address internal constant WHOLESALER_DE = address(0xD0005);
    address internal constant WHOLESALER_FR = address(0xF0002);
    address internal constant PHARMACY_FR = address(0xF0003);
    address internal constant CUSTOMS_FR = address(0xF0004);
    address internal constant CUSTOMS_IT = address(0x170004);

    bytes2 internal constant DE = "DE";
    bytes2 internal constant FR = "FR";
    bytes2 internal constant IT = "IT";

    uint64 internal constant GTIN = 9506000134352; // GS1's example GTIN 09506000134352
    uint32 internal constant EXPIRY = 20301231;
    uint256 internal glnCounter;

    function setUp() public virtual {
        vm.warp(1_800_000_000); // 2027-01-15
        bytes2[] memory countries = new bytes2[](3);
        address[] memory regulators = new address[](3);
        uint64[] memory glns = new uint64[](3);
        string[] memory names = new string[](3);
        (countries[0], regulators[0], glns[0], names[0]) = (DE, REG_DE, nextGln(), "BfArM");
        (countries[1], regulators[1], glns[1], names[1]) = (FR, REG_FR, nextGln(), "ANSM");
        (countries[2], regulators[2], glns[2], names[2]) = (IT, REG_IT, nextGln(), "AIFA");
        ledger = new PharmaLedger(countries, regulators, glns, names);
        admit(REG_DE, MAKER_DE, IPharmaLedger.Role.Manufacturer);
        admit(REG_DE, MAKER2_DE, IPharmaLedger.Role.Manufacturer);
        admit(REG_DE, PHARMACY_DE, IPharmaLedger.Role.Pharmacy);
        admit(REG_DE, CUSTOMS_DE, IPharmaLedger.Role.Customs);
        admit(REG_DE, WHOLESALER_DE, IPharmaLedger.Role.Wholesaler);
        admit(REG_FR, WHOLESALER_FR, IPharmaLedger.Role.Wholesaler);
        admit(REG_FR, PHARMACY_FR, IPharmaLedger.Role.Pharmacy);
        admit(REG_FR, CUSTOMS_FR, IPharmaLedger.Role.Customs);
        admit(REG_IT, CUSTOMS_IT, IPharmaLedger.Role.Customs);
    }

    function admit(address regulator, address account, IPharmaLedger.Role role) internal {
        vm.prank(regulator);
        ledger.admitParticipant(account, role, nextGln(), "participant");
    }

    /// @dev A fresh GLN with a valid check digit (company prefix 4012345, GS1 Germany's example).
    function nextGln() internal returns (uint64) {
        return uint64(withCheckDigit(401234500000 + ++glnCounter, 13));
    }

    function withCheckDigit(uint256 body, uint256 digits) internal pure returns (uint256) {
        uint256 sum;
        uint256 rest = body;
        for (uint256 i = 1; i < digits; ++i) {
            uint256 d = rest % 10;
            rest /= 10;
            sum += (i % 2 == 1) ? d * 3 : d;
        }
        return body * 10 + (10 - (sum % 10)) % 10;
    }

    function serialHashes(uint256 n, uint256 salt) internal pure returns (bytes32[] memory hashes) {
        hashes = new bytes32[](n);
        for (uint256 i = 0; i < n; ++i) {
            hashes[i] = keccak256(bytes(string.concat("SN", toString(salt), "-", toString(i))));
        }
    }

    /// @dev Registers `lot` with `n` packs, all leaves published, as MAKER_DE.
    function registerBatch(string memory lot, uint256 n)
        internal
        returns (bytes32 batchId, bytes32[] memory hashes, bytes32[] memory tree)
    {
        hashes = serialHashes(n, uint256(keccak256(bytes(lot))));
        tree = StandardMerkleTree.build(hashes);
        vm.prank(MAKER_DE);
        batchId = ledger.registerBatch(GTIN, lot, EXPIRY, uint32(n), tree[0], hashes);
    }

    function packProof(bytes32 batchId, bytes32[] memory hashes, bytes32[] memory tree, uint256 i)
        internal
        pure
        returns (IPharmaLedger.PackProof memory)
    {
        bytes32[] memory path = StandardMerkleTree.proof(tree, StandardMerkleTree.leaf(i, hashes[i]));
        return IPharmaLedger.PackProof(batchId, uint32(i), hashes[i], path);
    }

    function single(IPharmaLedger.PackProof memory p) internal pure returns (IPharmaLedger.PackProof[] memory packs) {
        packs = new IPharmaLedger.PackProof[](1);
        packs[0] = p;
    }

    /// @dev Ships `quantity` from `from` to `to`, with customs release when the border is crossed.
    function ship(bytes32 batchId, address from, address to, uint64 quantity, address customs)
        internal
        returns (uint256 id)
    {
        vm.prank(from);
        id = ledger.dispatch(batchId, to, quantity, 0);
        if (customs != address(0)) {
            vm.prank(customs);
            ledger.decideCustoms(id, IPharmaLedger.CustomsDecision.Release, "documents checked");
        }
        vm.prank(to);
        ledger.receiveShipment(id);
    }

    function toString(uint256 v) internal pure returns (string memory) {
        if (v == 0) return "0";
        bytes memory b = new bytes(78);
        uint256 len;
        while (v != 0) {
            b[77 - len++] = bytes1(uint8(48 + v % 10));
            v /= 10;
        }
        bytes memory out = new bytes(len);
        for (uint256 i = 0; i < len; ++i) out[i] = b[78 - len + i];
        return string(out);
    }
}
