// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.28;

import {LedgerFixture} from "./LedgerFixture.sol";
import {IPharmaLedger} from "../IPharmaLedger.sol";
import {Batches} from "../ledger/Batches.sol";
import {Custody} from "../ledger/Custody.sol";

/// Invariant-style: random sequences of custody and pack operations, by random parties, with
/// random arguments (many of them refused); after every step the batch's quantities add up:
/// packCount = sum of holdings + inTransit + decommissioned + seized, and inTransit equals the
/// open shipments' quantities.
contract ConservationTest is LedgerFixture {
    bytes32 internal batchId;
    bytes32[] internal hashes;
    bytes32[] internal tree;
    address[] internal actors;
    uint256 internal constant PACKS = 64;

    function setUp() public override {
        super.setUp();
        (batchId, hashes, tree) = registerBatch("LOT-INV", PACKS);
        actors = [MAKER_DE, WHOLESALER_DE, PHARMACY_DE, WHOLESALER_FR, PHARMACY_FR, CUSTOMS_FR, CUSTOMS_DE, REG_FR];
    }

    function testFuzz_quantities_are_conserved_under_random_operations(uint256 seed) public {
        uint256 succeeded;
        for (uint256 step = 0; step < 60; ++step) {
            uint256 r = uint256(keccak256(abi.encode(seed, step)));
            address actor = actors[r % actors.length];
            uint256 op = (r >> 8) % 6;
            uint256 shipments = ledger.shipmentCount();
            bool ok;
            if (op == 0 || op == 1) {
                address to = actors[(r >> 16) % 5];
                uint64 quantity = uint64(1 + (r >> 24) % 20);
                vm.prank(actor);
                try ledger.dispatch(batchId, to, quantity, 0) {ok = true;} catch {}
            } else if (op == 2 && shipments > 0) {
                uint256 id = 1 + (r >> 16) % shipments;
                IPharmaLedger.CustomsDecision d = IPharmaLedger.CustomsDecision((r >> 24) % 3);
                vm.prank(actor);
                try ledger.decideCustoms(id, d, "random") {ok = true;} catch {}
            } else if (op == 3 && shipments > 0) {
                uint256 id = 1 + (r >> 16) % shipments;
                if ((r >> 24) % 4 == 0) {
                    vm.prank(actor);
                    try ledger.rejectShipment(id, "random") {ok = true;} catch {}
                } else {
                    vm.prank(actor);
                    try ledger.receiveShipment(id) {ok = true;} catch {}
                }
            } else if (op == 4) {
                uint256 i = (r >> 16) % PACKS;
                IPharmaLedger.DecommissionReason reason = IPharmaLedger.DecommissionReason((r >> 24) % 7);
                IPharmaLedger.PackProof[] memory packs = single(packProof(batchId, hashes, tree, i));
                vm.prank(actor);
                try ledger.decommission(packs, reason) {ok = true;} catch {}
            } else {
                // op 5 (and 2, 3 before any shipment): a regulator's status change,
                // which must never move quantities
                if ((r >> 16) % 2 == 0) {
                    vm.prank(REG_FR);
                    try ledger.quarantineBatch(batchId, "random") {ok = true;} catch {}
                } else {
                    vm.prank(REG_FR);
                    try ledger.releaseQuarantine(batchId, "random") {ok = true;} catch {}
                }
            }
            if (ok) ++succeeded;
            assertConserved();
        }
        assertTrue(succeeded > 0, "some operations succeeded");
    }

    function assertConserved() internal view {
        Batches.Batch memory b = ledger.batchOf(batchId);
        uint256 held;
        for (uint256 a = 0; a < actors.length; ++a) held += ledger.holdingOf(batchId, actors[a]);
        assertEq(held + b.inTransit + b.decommissioned + b.seized, b.packCount, "conservation");
        uint256 open;
        uint256 n = ledger.shipmentCount();
        for (uint256 id = 1; id <= n; ++id) {
            Custody.Shipment memory s = ledger.shipmentOf(id);
            if (
                s.status == IPharmaLedger.ShipmentStatus.Dispatched || s.status == IPharmaLedger.ShipmentStatus.Held
                    || s.status == IPharmaLedger.ShipmentStatus.Released
            ) open += s.quantity;
        }
        assertEq(open, b.inTransit, "in transit = open shipments");
        uint256 inactive;
        for (uint256 i = 0; i < PACKS; ++i) if (ledger.isDecommissioned(batchId, uint32(i))) ++inactive;
        assertEq(inactive, b.decommissioned, "decommissioned = bits set");
    }
}
