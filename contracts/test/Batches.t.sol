// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.28;

import {LedgerFixture} from "./LedgerFixture.sol";
import {IPharmaLedger} from "../IPharmaLedger.sol";
import {Batches} from "../ledger/Batches.sol";
import {StandardMerkleTree} from "../testing/StandardMerkleTree.sol";

contract BatchesTest is LedgerFixture {
    bytes32 internal constant ROOT = keccak256("root");

    function test_a_manufacturer_registers_a_batch_with_all_its_leaves() public {
        bytes32[] memory hashes = serialHashes(5, 1);
        bytes32[] memory tree = StandardMerkleTree.build(hashes);
        bytes32 expectedId = keccak256(abi.encode(GTIN, "LOT1"));
        vm.expectEmit();
        emit IPharmaLedger.BatchRegistered(expectedId, GTIN, MAKER_DE, "LOT1", EXPIRY, 5, tree[0], DE);
        vm.expectEmit();
        emit IPharmaLedger.BatchLeavesPublished(expectedId, 0, hashes);
        vm.expectEmit();
        emit IPharmaLedger.BatchCompleted(expectedId, 5);
        vm.prank(MAKER_DE);
        bytes32 batchId = ledger.registerBatch(GTIN, "LOT1", EXPIRY, 5, tree[0], hashes);
        assertEq(batchId, expectedId, "batch id");
        assertEq(ledger.batchIdOf(GTIN, "LOT1"), expectedId, "batchIdOf");
        Batches.Batch memory b = ledger.batchOf(batchId);
        assertEq(b.packCount, 5, "pack count");
        assertEq(b.published, 5, "published");
        assertEq(b.root, tree[0], "root");
        assertEq(ledger.holdingOf(batchId, MAKER_DE), 5, "the manufacturer holds the batch");
    }

    function test_leaves_are_published_in_ordered_chunks() public {
        bytes32[] memory hashes = serialHashes(5, 2);
        vm.startPrank(MAKER_DE);
        bytes32 batchId = ledger.registerBatch(GTIN, "LOT2", EXPIRY, 5, ROOT, new bytes32[](0));
        bytes32[] memory first = new bytes32[](3);
        bytes32[] memory rest = new bytes32[](2);
        for (uint256 i = 0; i < 3; ++i) first[i] = hashes[i];
        for (uint256 i = 0; i < 2; ++i) rest[i] = hashes[3 + i];
        vm.expectRevert(abi.encodeWithSelector(IPharmaLedger.BatchLeafChunkOutOfOrder.selector, batchId, 0, 3));
        ledger.publishLeaves(batchId, 3, rest);
        vm.expectRevert(abi.encodeWithSelector(IPharmaLedger.BatchLeafChunkEmpty.selector, batchId));
        ledger.publishLeaves(batchId, 0, new bytes32[](0));
        ledger.publishLeaves(batchId, 0, first);
        vm.expectRevert(abi.encodeWithSelector(IPharmaLedger.BatchTooManyLeaves.selector, batchId, 6, 5));
        ledger.publishLeaves(batchId, 3, first);
        vm.expectEmit();
        emit IPharmaLedger.BatchCompleted(batchId, 5);
        ledger.publishLeaves(batchId, 3, rest);
        vm.expectRevert(abi.encodeWithSelector(IPharmaLedger.BatchLeavesComplete.selector, batchId));
        ledger.publishLeaves(batchId, 5, rest);
        vm.stopPrank();
    }

    function test_only_the_batch_manufacturer_publishes_its_leaves() public {
        vm.prank(MAKER_DE);
        bytes32 batchId = ledger.registerBatch(GTIN, "LOT3", EXPIRY, 2, ROOT, new bytes32[](0));
        vm.expectRevert(abi.encodeWithSelector(IPharmaLedger.BatchNotManufacturer.selector, batchId, MAKER2_DE));
        vm.prank(MAKER2_DE);
        ledger.publishLeaves(batchId, 0, serialHashes(2, 3));
        vm.expectRevert(abi.encodeWithSelector(IPharmaLedger.BatchUnknown.selector, bytes32(uint256(7))));
        vm.prank(MAKER_DE);
        ledger.publishLeaves(bytes32(uint256(7)), 0, serialHashes(2, 3));
    }

    function test_a_batch_with_unpublished_leaves_cannot_be_shipped() public {
        vm.prank(MAKER_DE);
        bytes32 batchId = ledger.registerBatch(GTIN, "LOT4", EXPIRY, 2, ROOT, serialHashes(1, 4));
        vm.expectRevert(abi.encodeWithSelector(IPharmaLedger.BatchLeavesIncomplete.selector, batchId, 1, 2));
        vm.prank(MAKER_DE);
        ledger.dispatch(batchId, WHOLESALER_DE, 1, 0);
    }

    function test_registration_refusals_name_the_rule() public {
        vm.startPrank(MAKER_DE);
        vm.expectRevert(abi.encodeWithSelector(IPharmaLedger.GtinInvalid.selector, uint64(9506000134353)));
        ledger.registerBatch(9506000134353, "L", EXPIRY, 1, ROOT, new bytes32[](0));
        vm.expectRevert(abi.encodeWithSelector(IPharmaLedger.GtinInvalid.selector, uint64(195060001343520)));
        ledger.registerBatch(195060001343520, "L", EXPIRY, 1, ROOT, new bytes32[](0));
        vm.expectRevert(abi.encodeWithSelector(IPharmaLedger.LotInvalid.selector, ""));
        ledger.registerBatch(GTIN, "", EXPIRY, 1, ROOT, new bytes32[](0));
        vm.expectRevert(abi.encodeWithSelector(IPharmaLedger.LotInvalid.selector, "123456789012345678901"));
        ledger.registerBatch(GTIN, "123456789012345678901", EXPIRY, 1, ROOT, new bytes32[](0));
        vm.expectRevert(abi.encodeWithSelector(IPharmaLedger.LotInvalid.selector, "LOT 1"));
        ledger.registerBatch(GTIN, "LOT 1", EXPIRY, 1, ROOT, new bytes32[](0));
        vm.expectRevert(abi.encodeWithSelector(IPharmaLedger.LotInvalid.selector, "LOT#1"));
        ledger.registerBatch(GTIN, "LOT#1", EXPIRY, 1, ROOT, new bytes32[](0));
        vm.expectRevert(abi.encodeWithSelector(IPharmaLedger.ExpiryInvalid.selector, uint32(20300231)));
        ledger.registerBatch(GTIN, "L", 20300231, 1, ROOT, new bytes32[](0));
        vm.expectRevert(abi.encodeWithSelector(IPharmaLedger.ExpiryInvalid.selector, uint32(20301301)));
        ledger.registerBatch(GTIN, "L", 20301301, 1, ROOT, new bytes32[](0));
        bytes32 expiredId = keccak256(abi.encode(GTIN, "L"));
        vm.expectRevert(abi.encodeWithSelector(IPharmaLedger.BatchExpired.selector, expiredId, uint32(20261231)));
        ledger.registerBatch(GTIN, "L", 20261231, 1, ROOT, new bytes32[](0));
        vm.expectRevert(abi.encodeWithSelector(IPharmaLedger.BatchPackCountInvalid.selector, uint32(0)));
        ledger.registerBatch(GTIN, "L", EXPIRY, 0, ROOT, new bytes32[](0));
        vm.expectRevert(abi.encodeWithSelector(IPharmaLedger.BatchRootInvalid.selector));
        ledger.registerBatch(GTIN, "L", EXPIRY, 1, bytes32(0), new bytes32[](0));
        ledger.registerBatch(GTIN, "L", 20280200, 1, ROOT, new bytes32[](0)); // day 00: end of February
        vm.expectRevert(abi.encodeWithSelector(IPharmaLedger.BatchAlreadyRegistered.selector, expiredId));
        ledger.registerBatch(GTIN, "L", EXPIRY, 1, ROOT, new bytes32[](0));
        vm.stopPrank();
        vm.expectRevert(
            abi.encodeWithSelector(
                IPharmaLedger.ParticipantRoleRequired.selector,
                WHOLESALER_FR,
                IPharmaLedger.Role.Wholesaler,
                IPharmaLedger.Role.Manufacturer
            )
        );
        vm.prank(WHOLESALER_FR);
        ledger.registerBatch(GTIN, "W", EXPIRY, 1, ROOT, new bytes32[](0));
    }

    function test_lot_accepts_every_character_of_set_82() public {
        vm.prank(MAKER_DE);
        ledger.registerBatch(GTIN, "!\"%&'()*+,-./09:;<=>", EXPIRY, 1, ROOT, new bytes32[](0));
        vm.prank(MAKER_DE);
        ledger.registerBatch(GTIN, "?AZ_az", EXPIRY, 1, ROOT, new bytes32[](0));
    }

    function test_the_manufacturer_recalls_everywhere_and_a_regulator_in_its_country() public {
        (bytes32 batchId,,) = registerBatch("LOT5", 3);
        vm.expectEmit();
        emit IPharmaLedger.BatchRecalled(batchId, FR, REG_FR, "contamination");
        vm.prank(REG_FR);
        ledger.recallBatch(batchId, "contamination");
        assertTrue(ledger.countryStatusOf(batchId, FR) == IPharmaLedger.CountryStatus.Recalled, "recalled in FR");
        assertTrue(!ledger.batchOf(batchId).recalled, "not recalled everywhere");
        vm.expectRevert(abi.encodeWithSelector(IPharmaLedger.BatchAlreadyRecalled.selector, batchId, FR));
        vm.prank(REG_FR);
        ledger.recallBatch(batchId, "again");

        vm.expectEmit();
        emit IPharmaLedger.BatchRecalled(batchId, bytes2(0), MAKER_DE, "stability failure");
        vm.prank(MAKER_DE);
        ledger.recallBatch(batchId, "stability failure");
        assertTrue(ledger.batchOf(batchId).recalled, "recalled everywhere");
        vm.expectRevert(abi.encodeWithSelector(IPharmaLedger.BatchAlreadyRecalled.selector, batchId, bytes2(0)));
        vm.prank(MAKER_DE);
        ledger.recallBatch(batchId, "again");
    }

    function test_only_its_manufacturer_recalls_a_batch_everywhere() public {
        (bytes32 batchId,,) = registerBatch("LOT6", 3);
        vm.expectRevert(abi.encodeWithSelector(IPharmaLedger.BatchNotManufacturer.selector, batchId, MAKER2_DE));
        vm.prank(MAKER2_DE);
        ledger.recallBatch(batchId, "not mine");
        vm.expectRevert(abi.encodeWithSelector(IPharmaLedger.BatchNotManufacturer.selector, batchId, PHARMACY_FR));
        vm.prank(PHARMACY_FR);
        ledger.recallBatch(batchId, "not mine");
    }

    function test_a_regulator_quarantines_and_releases_in_its_country() public {
        (bytes32 batchId,,) = registerBatch("LOT7", 3);
        vm.expectEmit();
        emit IPharmaLedger.BatchQuarantined(batchId, IT, REG_IT, "suspected falsification");
        vm.prank(REG_IT);
        ledger.quarantineBatch(batchId, "suspected falsification");
        vm.expectRevert(abi.encodeWithSelector(IPharmaLedger.BatchAlreadyQuarantined.selector, batchId, IT));
        vm.prank(REG_IT);
        ledger.quarantineBatch(batchId, "again");
        vm.expectRevert(abi.encodeWithSelector(IPharmaLedger.BatchNotQuarantined.selector, batchId, FR));
        vm.prank(REG_FR);
        ledger.releaseQuarantine(batchId, "nothing to release");
        vm.expectEmit();
        emit IPharmaLedger.BatchQuarantineReleased(batchId, IT, REG_IT, "cleared");
        vm.prank(REG_IT);
        ledger.releaseQuarantine(batchId, "cleared");
        assertTrue(ledger.countryStatusOf(batchId, IT) == IPharmaLedger.CountryStatus.Normal, "normal");
        vm.prank(REG_IT);
        ledger.recallBatch(batchId, "confirmed");
        vm.expectRevert(abi.encodeWithSelector(IPharmaLedger.BatchRecalledIn.selector, batchId, IT));
        vm.prank(REG_IT);
        ledger.quarantineBatch(batchId, "after recall");
    }

    function test_only_regulators_quarantine() public {
        (bytes32 batchId,,) = registerBatch("LOT8", 3);
        vm.expectRevert(
            abi.encodeWithSelector(
                IPharmaLedger.ParticipantRoleRequired.selector,
                CUSTOMS_FR,
                IPharmaLedger.Role.Customs,
                IPharmaLedger.Role.Regulator
            )
        );
        vm.prank(CUSTOMS_FR);
        ledger.quarantineBatch(batchId, "x");
    }

    function testFuzz_gtin_check_digit_matches_the_reference_algorithm(uint64 body) public {
        body = uint64(bound(body, 1, 9_999_999_999_999)); // 13 digits
        uint64 gtin = uint64(withCheckDigit(body, 14));
        vm.prank(MAKER_DE);
        ledger.registerBatch(gtin, "F", EXPIRY, 1, ROOT, new bytes32[](0));
        uint64 wrong = gtin % 10 == 9 ? gtin - 9 : gtin + 1;
        vm.expectRevert(abi.encodeWithSelector(IPharmaLedger.GtinInvalid.selector, wrong));
        vm.prank(MAKER_DE);
        ledger.registerBatch(wrong, "F", EXPIRY, 1, ROOT, new bytes32[](0));
    }

    function bound(uint256 x, uint256 lo, uint256 hi) internal pure returns (uint256) {
        return lo + x % (hi - lo + 1);
    }
}
