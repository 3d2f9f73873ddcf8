// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.28;

import {LedgerFixture} from "./LedgerFixture.sol";
import {IPharmaLedger} from "../IPharmaLedger.sol";
import {Custody} from "../ledger/Custody.sol";
import {Batches} from "../ledger/Batches.sol";

contract CustodyTest is LedgerFixture {
    bytes32 internal batchId;
    uint256 internal constant SSCC = 106141412345678908; // GS1 General Specifications' example SSCC

    function setUp() public override {
        super.setUp();
        (batchId,,) = registerBatch("LOT-C", 100);
    }

    function test_a_domestic_shipment_is_received_without_customs() public {
        vm.expectEmit();
        emit IPharmaLedger.ShipmentDispatched(1, batchId, MAKER_DE, WHOLESALER_DE, DE, DE, 30, SSCC);
        vm.prank(MAKER_DE);
        uint256 id = ledger.dispatch(batchId, WHOLESALER_DE, 30, SSCC);
        assertEq(ledger.holdingOf(batchId, MAKER_DE), 70, "sender keeps the rest");
        assertEq(ledger.batchOf(batchId).inTransit, 30, "in transit");
        vm.expectEmit();
        emit IPharmaLedger.ShipmentReceived(id, batchId, WHOLESALER_DE, 30);
        vm.prank(WHOLESALER_DE);
        ledger.receiveShipment(id);
        assertEq(ledger.holdingOf(batchId, WHOLESALER_DE), 30, "recipient holds it");
        assertEq(ledger.batchOf(batchId).inTransit, 0, "nothing in transit");
        assertTrue(ledger.shipmentOf(id).status == IPharmaLedger.ShipmentStatus.Received, "received");
    }

    function test_a_shipment_keeps_its_batch_sender_recipient_and_quantity() public {
        // The record names its batch by registration number: a second batch must not be confused with the first.
        (bytes32 second,,) = registerBatch("LOT-C2", 10);
        assertEq(ledger.batchOf(second).number, ledger.batchOf(batchId).number + 1, "numbered in registration order");
        vm.startPrank(MAKER_DE);
        uint256 first = ledger.dispatch(batchId, WHOLESALER_FR, 7, 0);
        uint256 other = ledger.dispatch(second, WHOLESALER_DE, 3, 0);
        vm.stopPrank();
        Custody.Shipment memory s = ledger.shipmentOf(first);
        assertEq(s.batchId, batchId, "first batch");
        assertEq(s.from, MAKER_DE, "sender");
        assertEq(s.to, WHOLESALER_FR, "recipient");
        assertEq(s.quantity, 7, "quantity");
        assertTrue(s.crossBorder && s.status == IPharmaLedger.ShipmentStatus.Dispatched, "cross-border, dispatched");
        s = ledger.shipmentOf(other);
        assertEq(s.batchId, second, "second batch");
        assertTrue(!s.crossBorder, "domestic");
        vm.prank(WHOLESALER_DE);
        ledger.receiveShipment(other);
        assertEq(ledger.holdingOf(second, WHOLESALER_DE), 3, "received into the second batch");
        assertEq(ledger.holdingOf(batchId, WHOLESALER_DE), 0, "nothing of the first batch");
        assertEq(ledger.batchOf(second).inTransit, 0, "second batch settled");
        assertEq(ledger.batchOf(batchId).inTransit, 7, "first batch still in transit");
    }

    function test_a_cross_border_shipment_waits_for_the_destination_customs() public {
        vm.prank(MAKER_DE);
        uint256 id = ledger.dispatch(batchId, WHOLESALER_FR, 40, 0);
        assertTrue(ledger.shipmentOf(id).crossBorder, "cross-border");
        vm.expectRevert(abi.encodeWithSelector(IPharmaLedger.ShipmentAwaitingCustoms.selector, id));
        vm.prank(WHOLESALER_FR);
        ledger.receiveShipment(id);

        vm.expectRevert(abi.encodeWithSelector(IPharmaLedger.ShipmentWrongCustoms.selector, id, FR, DE));
        vm.prank(CUSTOMS_DE);
        ledger.decideCustoms(id, IPharmaLedger.CustomsDecision.Release, "origin customs");

        vm.expectEmit();
        emit IPharmaLedger.ShipmentCustomsDecided(
            id, batchId, CUSTOMS_FR, FR, IPharmaLedger.CustomsDecision.Hold, 40, "inspection"
        );
        vm.prank(CUSTOMS_FR);
        ledger.decideCustoms(id, IPharmaLedger.CustomsDecision.Hold, "inspection");
        vm.expectRevert(abi.encodeWithSelector(IPharmaLedger.ShipmentAwaitingCustoms.selector, id));
        vm.prank(WHOLESALER_FR);
        ledger.receiveShipment(id);
        vm.expectRevert(
            abi.encodeWithSelector(IPharmaLedger.ShipmentStatusInvalid.selector, id, IPharmaLedger.ShipmentStatus.Held)
        );
        vm.prank(CUSTOMS_FR);
        ledger.decideCustoms(id, IPharmaLedger.CustomsDecision.Hold, "again");

        vm.prank(CUSTOMS_FR);
        ledger.decideCustoms(id, IPharmaLedger.CustomsDecision.Release, "cleared");
        vm.prank(WHOLESALER_FR);
        ledger.receiveShipment(id);
        assertEq(ledger.holdingOf(batchId, WHOLESALER_FR), 40, "received after release");
        vm.expectRevert(
            abi.encodeWithSelector(IPharmaLedger.ShipmentStatusInvalid.selector, id, IPharmaLedger.ShipmentStatus.Received)
        );
        vm.prank(CUSTOMS_FR);
        ledger.decideCustoms(id, IPharmaLedger.CustomsDecision.Seize, "too late");
    }

    function test_customs_seizes_a_held_shipment_and_the_quantity_leaves_the_chain() public {
        vm.prank(MAKER_DE);
        uint256 id = ledger.dispatch(batchId, WHOLESALER_FR, 25, 0);
        vm.prank(CUSTOMS_FR);
        ledger.decideCustoms(id, IPharmaLedger.CustomsDecision.Hold, "inspection");
        vm.prank(CUSTOMS_FR);
        ledger.decideCustoms(id, IPharmaLedger.CustomsDecision.Seize, "falsified");
        Batches.Batch memory b = ledger.batchOf(batchId);
        assertEq(b.seized, 25, "seized");
        assertEq(b.inTransit, 0, "in transit");
        vm.expectRevert(
            abi.encodeWithSelector(IPharmaLedger.ShipmentStatusInvalid.selector, id, IPharmaLedger.ShipmentStatus.Seized)
        );
        vm.prank(WHOLESALER_FR);
        ledger.receiveShipment(id);
    }

    function test_customs_decisions_need_customs_and_a_border() public {
        vm.prank(MAKER_DE);
        uint256 domestic = ledger.dispatch(batchId, WHOLESALER_DE, 1, 0);
        vm.expectRevert(abi.encodeWithSelector(IPharmaLedger.ShipmentNotCrossBorder.selector, domestic));
        vm.prank(CUSTOMS_DE);
        ledger.decideCustoms(domestic, IPharmaLedger.CustomsDecision.Release, "x");
        vm.prank(MAKER_DE);
        uint256 abroad = ledger.dispatch(batchId, WHOLESALER_FR, 1, 0);
        vm.expectRevert(
            abi.encodeWithSelector(
                IPharmaLedger.ParticipantRoleRequired.selector,
                REG_FR,
                IPharmaLedger.Role.Regulator,
                IPharmaLedger.Role.Customs
            )
        );
        vm.prank(REG_FR);
        ledger.decideCustoms(abroad, IPharmaLedger.CustomsDecision.Release, "x");
        vm.expectRevert(abi.encodeWithSelector(IPharmaLedger.ShipmentUnknown.selector, 99));
        vm.prank(CUSTOMS_FR);
        ledger.decideCustoms(99, IPharmaLedger.CustomsDecision.Release, "x");
    }

    function test_a_rejected_shipment_returns_to_the_sender() public {
        vm.prank(MAKER_DE);
        uint256 id = ledger.dispatch(batchId, WHOLESALER_DE, 10, 0);
        vm.expectRevert(abi.encodeWithSelector(IPharmaLedger.ShipmentNotRecipient.selector, id, PHARMACY_DE));
        vm.prank(PHARMACY_DE);
        ledger.rejectShipment(id, "not ours");
        vm.expectEmit();
        emit IPharmaLedger.ShipmentRejected(id, batchId, WHOLESALER_DE, MAKER_DE, 10, "damaged");
        vm.prank(WHOLESALER_DE);
        ledger.rejectShipment(id, "damaged");
        assertEq(ledger.holdingOf(batchId, MAKER_DE), 100, "back with the sender");
        vm.expectRevert(
            abi.encodeWithSelector(IPharmaLedger.ShipmentStatusInvalid.selector, id, IPharmaLedger.ShipmentStatus.Rejected)
        );
        vm.prank(WHOLESALER_DE);
        ledger.receiveShipment(id);
    }

    function test_dispatch_refusals_name_the_rule() public {
        vm.startPrank(MAKER_DE);
        vm.expectRevert(abi.encodeWithSelector(IPharmaLedger.CustodyInsufficientQuantity.selector, batchId, MAKER_DE, 100, 101));
        ledger.dispatch(batchId, WHOLESALER_DE, 101, 0);
        vm.expectRevert(abi.encodeWithSelector(IPharmaLedger.CustodyQuantityZero.selector));
        ledger.dispatch(batchId, WHOLESALER_DE, 0, 0);
        vm.expectRevert(abi.encodeWithSelector(IPharmaLedger.CustodyRecipientInvalid.selector, MAKER_DE));
        ledger.dispatch(batchId, MAKER_DE, 1, 0);
        vm.expectRevert(abi.encodeWithSelector(IPharmaLedger.CustodyRecipientInvalid.selector, CUSTOMS_DE));
        ledger.dispatch(batchId, CUSTOMS_DE, 1, 0);
        vm.expectRevert(abi.encodeWithSelector(IPharmaLedger.CustodyRecipientInvalid.selector, address(0xBEEF)));
        ledger.dispatch(batchId, address(0xBEEF), 1, 0);
        vm.expectRevert(abi.encodeWithSelector(IPharmaLedger.SsccInvalid.selector, SSCC + 1));
        ledger.dispatch(batchId, WHOLESALER_DE, 1, SSCC + 1);
        vm.expectRevert(abi.encodeWithSelector(IPharmaLedger.BatchUnknown.selector, bytes32(uint256(1))));
        ledger.dispatch(bytes32(uint256(1)), WHOLESALER_DE, 1, 0);
        vm.stopPrank();
        vm.expectRevert(abi.encodeWithSelector(IPharmaLedger.CustodyInsufficientQuantity.selector, batchId, WHOLESALER_DE, 0, 1));
        vm.prank(WHOLESALER_DE);
        ledger.dispatch(batchId, PHARMACY_DE, 1, 0);
    }

    function test_dispatch_to_a_suspended_participant_is_refused() public {
        vm.prank(REG_FR);
        ledger.suspendParticipant(WHOLESALER_FR, "audit");
        vm.expectRevert(abi.encodeWithSelector(IPharmaLedger.CustodyRecipientInvalid.selector, WHOLESALER_FR));
        vm.prank(MAKER_DE);
        ledger.dispatch(batchId, WHOLESALER_FR, 1, 0);
    }

    function test_recalled_or_quarantined_stock_moves_only_back_to_its_manufacturer() public {
        ship(batchId, MAKER_DE, WHOLESALER_FR, 20, CUSTOMS_FR);
        vm.prank(REG_FR);
        ledger.quarantineBatch(batchId, "suspected");
        vm.expectRevert(abi.encodeWithSelector(IPharmaLedger.BatchQuarantinedIn.selector, batchId, FR));
        vm.prank(WHOLESALER_FR);
        ledger.dispatch(batchId, PHARMACY_FR, 1, 0);
        vm.expectRevert(abi.encodeWithSelector(IPharmaLedger.BatchQuarantinedIn.selector, batchId, FR));
        vm.prank(MAKER_DE);
        ledger.dispatch(batchId, WHOLESALER_FR, 1, 0); // into a quarantined country
        vm.prank(MAKER_DE);
        ledger.dispatch(batchId, PHARMACY_DE, 1, 0); // DE is not affected

        vm.prank(MAKER_DE);
        ledger.recallBatch(batchId, "recall");
        vm.expectRevert(abi.encodeWithSelector(IPharmaLedger.BatchRecalledIn.selector, batchId, bytes2(0)));
        vm.prank(MAKER_DE);
        ledger.dispatch(batchId, PHARMACY_DE, 1, 0);
        vm.prank(WHOLESALER_FR); // returns are allowed
        ledger.dispatch(batchId, MAKER_DE, 20, 0);
    }

    function test_shipment_ids_count_up_from_one() public {
        vm.startPrank(MAKER_DE);
        assertEq(ledger.dispatch(batchId, WHOLESALER_DE, 1, 0), 1, "first");
        assertEq(ledger.dispatch(batchId, WHOLESALER_DE, 1, 0), 2, "second");
        vm.stopPrank();
        assertEq(ledger.shipmentCount(), 2, "count");
    }

    function test_multicall_batches_a_callers_operations_atomically() public {
        bytes[] memory calls = new bytes[](2);
        calls[0] = abi.encodeCall(Custody.dispatch, (batchId, WHOLESALER_DE, 5, 0));
        calls[1] = abi.encodeCall(Custody.dispatch, (batchId, PHARMACY_DE, 6, 0));
        vm.prank(MAKER_DE);
        ledger.multicall(calls);
        assertEq(ledger.holdingOf(batchId, MAKER_DE), 89, "both dispatched by the caller");
        calls[1] = abi.encodeCall(Custody.dispatch, (batchId, PHARMACY_DE, 1000, 0));
        vm.expectRevert(abi.encodeWithSelector(IPharmaLedger.CustodyInsufficientQuantity.selector, batchId, MAKER_DE, 84, 1000));
        vm.prank(MAKER_DE);
        ledger.multicall(calls);
        assertEq(ledger.holdingOf(batchId, MAKER_DE), 89, "nothing of a failed multicall remains");
    }
}
