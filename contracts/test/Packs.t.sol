// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.28;

import {LedgerFixture} from "./LedgerFixture.sol";
import {IPharmaLedger} from "../IPharmaLedger.sol";
import {StandardMerkleTree} from "../testing/StandardMerkleTree.sol";

contract PacksTest is LedgerFixture {
    bytes32 internal batchId;
    bytes32[] internal hashes;
    bytes32[] internal tree;

    function setUp() public override {
        super.setUp();
        (batchId, hashes, tree) = registerBatch("LOT-P", 300);
        ship(batchId, MAKER_DE, PHARMACY_FR, 50, CUSTOMS_FR);
    }

    function proofOf(uint256 i) internal view returns (IPharmaLedger.PackProof memory) {
        return packProof(batchId, hashes, tree, i);
    }

    function dispense(uint256 i) internal returns (uint256 recordId) {
        vm.prank(PHARMACY_FR);
        recordId = ledger.decommission(single(proofOf(i)), IPharmaLedger.DecommissionReason.Dispensed);
    }

    function record(uint64 t0, IPharmaLedger.DecommissionReason reason, uint256[] memory indexes)
        internal
        view
        returns (IPharmaLedger.DecommissionRecord memory r)
    {
        r.by = PHARMACY_FR;
        r.timestamp = t0;
        r.reason = reason;
        r.packs = new IPharmaLedger.PackRef[](indexes.length);
        for (uint256 i = 0; i < indexes.length; ++i) r.packs[i] = IPharmaLedger.PackRef(batchId, uint32(indexes[i]));
    }

    function one(uint256 x) internal pure returns (uint256[] memory a) {
        a = new uint256[](1);
        a[0] = x;
    }

    function test_a_holder_dispenses_a_pack_with_its_proof() public {
        vm.expectEmit();
        emit IPharmaLedger.PackDecommissioned(batchId, 7, hashes[7], PHARMACY_FR, IPharmaLedger.DecommissionReason.Dispensed, 1);
        uint256 recordId = dispense(7);
        assertEq(recordId, 1, "record id");
        assertTrue(ledger.isDecommissioned(batchId, 7), "inactive");
        assertTrue(!ledger.isDecommissioned(batchId, 6), "neighbour untouched");
        assertEq(ledger.holdingOf(batchId, PHARMACY_FR), 49, "one pack fewer held");
        assertEq(ledger.batchOf(batchId).decommissioned, 1, "decommissioned count");
    }

    function test_a_second_decommission_raises_a_falsification_alert_and_succeeds() public {
        dispense(7);
        vm.expectEmit();
        emit IPharmaLedger.FalsificationAlertRaised(batchId, 7, hashes[7], PHARMACY_FR, IPharmaLedger.DecommissionReason.Dispensed);
        uint256 recordId = dispense(7);
        assertEq(recordId, 0, "no record: nothing changed");
        assertEq(ledger.holdingOf(batchId, PHARMACY_FR), 49, "holding unchanged by the alert");
        assertEq(ledger.batchOf(batchId).decommissioned, 1, "count unchanged by the alert");
    }

    function test_a_basket_decommissions_in_one_transaction_and_alerts_only_the_copy() public {
        dispense(3);
        IPharmaLedger.PackProof[] memory basket = new IPharmaLedger.PackProof[](3);
        basket[0] = proofOf(1);
        basket[1] = proofOf(3);
        basket[2] = proofOf(200);
        vm.recordLogs();
        vm.prank(PHARMACY_FR);
        ledger.decommission(basket, IPharmaLedger.DecommissionReason.Dispensed);
        assertEq(vm.getRecordedLogs().length, 3, "two decommissions and one alert");
        assertTrue(ledger.isDecommissioned(batchId, 1) && ledger.isDecommissioned(batchId, 200), "both inactive");
        assertEq(ledger.holdingOf(batchId, PHARMACY_FR), 47, "three packs dispensed in all");
    }

    function test_a_wrong_proof_serial_or_index_is_refused() public {
        IPharmaLedger.PackProof memory p = proofOf(7);
        p.serialHash = keccak256("forged");
        vm.expectRevert(abi.encodeWithSelector(IPharmaLedger.PackProofInvalid.selector, batchId, 7));
        vm.prank(PHARMACY_FR);
        ledger.decommission(single(p), IPharmaLedger.DecommissionReason.Dispensed);
        p = proofOf(7);
        p.index = 8;
        vm.expectRevert(abi.encodeWithSelector(IPharmaLedger.PackProofInvalid.selector, batchId, 8));
        vm.prank(PHARMACY_FR);
        ledger.decommission(single(p), IPharmaLedger.DecommissionReason.Dispensed);
        p.index = 300;
        vm.expectRevert(abi.encodeWithSelector(IPharmaLedger.PackIndexOutOfRange.selector, batchId, 300, 300));
        vm.prank(PHARMACY_FR);
        ledger.decommission(single(p), IPharmaLedger.DecommissionReason.Dispensed);
        vm.expectRevert(abi.encodeWithSelector(IPharmaLedger.PackListEmpty.selector));
        vm.prank(PHARMACY_FR);
        ledger.decommission(new IPharmaLedger.PackProof[](0), IPharmaLedger.DecommissionReason.Dispensed);
    }

    function test_only_a_holder_of_the_batch_decommissions() public {
        vm.expectRevert(abi.encodeWithSelector(IPharmaLedger.CustodyInsufficientQuantity.selector, batchId, PHARMACY_DE, 0, 1));
        vm.prank(PHARMACY_DE);
        ledger.decommission(single(proofOf(1)), IPharmaLedger.DecommissionReason.Dispensed);
    }

    function test_recalled_quarantined_or_expired_packs_are_not_dispensed_but_may_be_destroyed() public {
        vm.prank(REG_FR);
        ledger.quarantineBatch(batchId, "suspected");
        vm.expectRevert(abi.encodeWithSelector(IPharmaLedger.BatchQuarantinedIn.selector, batchId, FR));
        dispense(1);
        vm.prank(PHARMACY_FR);
        ledger.decommission(single(proofOf(1)), IPharmaLedger.DecommissionReason.Destroyed);
        vm.prank(MAKER_DE);
        ledger.recallBatch(batchId, "recall");
        vm.expectRevert(abi.encodeWithSelector(IPharmaLedger.BatchRecalledIn.selector, batchId, bytes2(0)));
        dispense(2);

        (bytes32 other, bytes32[] memory h, bytes32[] memory t) = registerBatch("LOT-EXP", 4);
        ship(other, MAKER_DE, PHARMACY_DE, 4, address(0));
        vm.warp(1_925_000_000); // 2031-01-01, after the expiry 2030-12-31
        vm.expectRevert(abi.encodeWithSelector(IPharmaLedger.BatchExpired.selector, other, EXPIRY));
        vm.prank(PHARMACY_DE);
        ledger.decommission(single(packProof(other, h, t, 0)), IPharmaLedger.DecommissionReason.Dispensed);
        vm.prank(PHARMACY_DE);
        ledger.decommission(single(packProof(other, h, t, 0)), IPharmaLedger.DecommissionReason.Destroyed);
    }

    function test_the_same_party_undoes_within_ten_days() public {
        uint64 t0 = uint64(block.timestamp);
        uint256 recordId = dispense(9);
        vm.warp(t0 + 10 days);
        vm.expectEmit();
        emit IPharmaLedger.PackReactivated(batchId, 9, PHARMACY_FR, recordId);
        vm.prank(PHARMACY_FR);
        ledger.undoDecommission(recordId, record(t0, IPharmaLedger.DecommissionReason.Dispensed, one(9)), one(0));
        assertTrue(!ledger.isDecommissioned(batchId, 9), "active again");
        assertEq(ledger.holdingOf(batchId, PHARMACY_FR), 50, "back in the holding");
        assertEq(ledger.decommissionRecordHash(recordId), bytes32(0), "record spent");
        dispense(9); // and it can be dispensed again, without an alert
        assertEq(ledger.holdingOf(batchId, PHARMACY_FR), 49, "dispensed again");
    }

    function test_undo_refusals_name_the_rule() public {
        uint64 t0 = uint64(block.timestamp);
        uint256 recordId = dispense(9);
        IPharmaLedger.DecommissionRecord memory r = record(t0, IPharmaLedger.DecommissionReason.Dispensed, one(9));

        IPharmaLedger.DecommissionRecord memory forged = record(t0, IPharmaLedger.DecommissionReason.Dispensed, one(10));
        vm.expectRevert(abi.encodeWithSelector(IPharmaLedger.DecommissionRecordInvalid.selector, recordId));
        vm.prank(PHARMACY_FR);
        ledger.undoDecommission(recordId, forged, one(0));

        vm.expectRevert(abi.encodeWithSelector(IPharmaLedger.DecommissionNotByCaller.selector, recordId, PHARMACY_FR, WHOLESALER_FR));
        vm.prank(WHOLESALER_FR);
        ledger.undoDecommission(recordId, r, one(0));

        vm.expectRevert(abi.encodeWithSelector(IPharmaLedger.DecommissionUndoPositionsInvalid.selector, recordId));
        vm.prank(PHARMACY_FR);
        ledger.undoDecommission(recordId, r, one(1));

        vm.warp(t0 + 10 days + 1);
        vm.expectRevert(abi.encodeWithSelector(IPharmaLedger.DecommissionUndoWindowClosed.selector, recordId, t0 + 10 days));
        vm.prank(PHARMACY_FR);
        ledger.undoDecommission(recordId, r, one(0));
    }

    function test_stolen_and_destroyed_packs_cannot_be_undone() public {
        uint64 t0 = uint64(block.timestamp);
        vm.prank(PHARMACY_FR);
        uint256 recordId = ledger.decommission(single(proofOf(4)), IPharmaLedger.DecommissionReason.Stolen);
        vm.expectRevert(
            abi.encodeWithSelector(IPharmaLedger.DecommissionNotReversible.selector, recordId, IPharmaLedger.DecommissionReason.Stolen)
        );
        vm.prank(PHARMACY_FR);
        ledger.undoDecommission(recordId, record(t0, IPharmaLedger.DecommissionReason.Stolen, one(4)), one(0));
    }

    function test_a_partial_undo_keeps_the_rest_of_the_record() public {
        uint64 t0 = uint64(block.timestamp);
        IPharmaLedger.PackProof[] memory basket = new IPharmaLedger.PackProof[](3);
        basket[0] = proofOf(20);
        basket[1] = proofOf(21);
        basket[2] = proofOf(22);
        vm.prank(PHARMACY_FR);
        uint256 recordId = ledger.decommission(basket, IPharmaLedger.DecommissionReason.Sample);
        uint256[] memory all = new uint256[](3);
        (all[0], all[1], all[2]) = (20, 21, 22);
        vm.prank(PHARMACY_FR);
        ledger.undoDecommission(recordId, record(t0, IPharmaLedger.DecommissionReason.Sample, all), one(1));
        assertTrue(!ledger.isDecommissioned(batchId, 21), "21 active");
        assertTrue(ledger.isDecommissioned(batchId, 20) && ledger.isDecommissioned(batchId, 22), "others not");
        uint256[] memory rest = new uint256[](2);
        (rest[0], rest[1]) = (20, 22);
        // The old record no longer reproduces the stored hash; the remaining one does.
        vm.expectRevert(abi.encodeWithSelector(IPharmaLedger.DecommissionRecordInvalid.selector, recordId));
        vm.prank(PHARMACY_FR);
        ledger.undoDecommission(recordId, record(t0, IPharmaLedger.DecommissionReason.Sample, all), one(1));
        uint256[] memory both = new uint256[](2);
        (both[0], both[1]) = (0, 1);
        vm.prank(PHARMACY_FR);
        ledger.undoDecommission(recordId, record(t0, IPharmaLedger.DecommissionReason.Sample, rest), both);
        assertEq(ledger.holdingOf(batchId, PHARMACY_FR), 50, "all back");
    }

    /// Property: for any set of indexes, exactly the decommissioned bits are set (bitmap words,
    /// boundaries at multiples of 256 included).
    function testFuzz_bitmap_sets_exactly_the_decommissioned_packs(uint256 seed) public {
        (bytes32 big, bytes32[] memory h, bytes32[] memory t) = registerBatch("LOT-BIG", 600);
        ship(big, MAKER_DE, PHARMACY_DE, 600, address(0));
        bool[] memory expected = new bool[](600);
        for (uint256 k = 0; k < 12; ++k) {
            uint256 i = uint256(keccak256(abi.encode(seed, k))) % 600;
            if (k % 4 == 0) i = (i / 256) * 256 + (k % 8 == 0 ? 0 : 255) % 600; // word edges
            if (i >= 600) i = 599;
            vm.prank(PHARMACY_DE);
            ledger.decommission(single(packProof(big, h, t, i)), IPharmaLedger.DecommissionReason.Exported);
            expected[i] = true;
        }
        uint256 count;
        for (uint256 i = 0; i < 600; ++i) {
            assertTrue(ledger.isDecommissioned(big, uint32(i)) == expected[i], "bit matches");
            if (expected[i]) ++count;
        }
        assertEq(ledger.holdingOf(big, PHARMACY_DE), 600 - count, "one unit per distinct pack");
    }

    /// Property: every leaf's proof verifies, and no proof verifies for another index or serial.
    function testFuzz_merkle_proofs_verify_only_their_own_leaf(uint256 n, uint256 pick, bytes32 other) public view {
        n = 1 + n % 70;
        bytes32[] memory h = serialHashes(n, n);
        bytes32[] memory t = StandardMerkleTree.build(h);
        uint256 i = pick % n;
        bytes32[] memory path = StandardMerkleTree.proof(t, StandardMerkleTree.leaf(i, h[i]));
        assertTrue(verify(path, t[0], i, h[i]), "own leaf verifies");
        assertTrue(!verify(path, t[0], i + 1, h[i]), "other index does not");
        if (other != h[i]) assertTrue(!verify(path, t[0], i, other), "other serial does not");
        assertEq(ledger.packLeaf(uint32(i), h[i]), StandardMerkleTree.leaf(i, h[i]), "contract leaf = tree leaf");
    }

    function verify(bytes32[] memory path, bytes32 root, uint256 i, bytes32 serial) internal pure returns (bool) {
        bytes32 node = StandardMerkleTree.leaf(i, serial);
        for (uint256 k = 0; k < path.length; ++k) {
            node = node < path[k] ? keccak256(abi.encode(node, path[k])) : keccak256(abi.encode(path[k], node));
        }
        return node == root;
    }
}
