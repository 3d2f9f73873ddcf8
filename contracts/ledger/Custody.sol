// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.28;

import {Batches} from "./Batches.sol";
import {Gs1} from "../libraries/Gs1.sol";

/// @title Custody: shipments of a batch's quantity between participants, across borders.
/// @notice dispatch -> (cross-border: customs of the destination country releases, holds or
/// seizes) -> receive, or reject (the quantity returns to the sender's holding).
abstract contract Custody is Batches {
    /// @notice A shipment as {shipmentOf} returns it.
    struct Shipment {
        bytes32 batchId;
        address from;
        uint64 quantity;
        ShipmentStatus status;
        bool crossBorder;
        address to;
    }

    /// @dev A shipment as stored: one slot, its batch and parties named by their registration and
    /// admission numbers. Every dispatch writes a record, so each fresh slot (22,100 gas, and one more
    /// entry in the state every node keeps) counts.
    struct ShipmentRecord {
        uint32 batchNumber;
        uint32 fromNumber;
        uint32 toNumber;
        uint64 quantity;
        ShipmentStatus status;
        bool crossBorder;
    }

    mapping(uint256 shipmentId => ShipmentRecord) private _shipments;
    uint256 private _shipmentCount;

    /// @notice Ships `quantity` packs of a batch from the caller to `to`.
    /// Requirements: caller is active and holds the quantity; the batch's leaves are all published;
    /// `to` is an active manufacturer, wholesaler or pharmacy other than the caller; the batch is
    /// not recalled nor quarantined in either country, unless it goes back to its manufacturer;
    /// `sscc` is 0 or a valid SSCC. Emits {ShipmentDispatched}.
    function dispatch(bytes32 batchId, address to, uint64 quantity, uint256 sscc)
        external
        returns (uint256 shipmentId)
    {
        Participant memory sender = _requireActive(msg.sender);
        Batch storage b = _requireBatch(batchId);
        _requireComplete(batchId, b);
        if (quantity == 0) revert CustodyQuantityZero();
        Participant memory recipient = _participant(to);
        if (
            to == msg.sender || recipient.suspended
                || (recipient.role != Role.Manufacturer && recipient.role != Role.Wholesaler
                    && recipient.role != Role.Pharmacy)
        ) revert CustodyRecipientInvalid(to);
        if (sscc != 0 && !Gs1.isValidSscc(sscc)) revert SsccInvalid(sscc);
        if (to != b.manufacturer) {
            _requireMovable(batchId, b, sender.country);
            _requireMovable(batchId, b, recipient.country);
        }
        _take(batchId, msg.sender, quantity);
        b.inTransit += quantity;
        bool crossBorder = sender.country != recipient.country;
        shipmentId = ++_shipmentCount;
        _shipments[shipmentId] =
            ShipmentRecord(b.number, sender.number, recipient.number, quantity, ShipmentStatus.Dispatched, crossBorder);
        emit ShipmentDispatched(shipmentId, batchId, msg.sender, to, sender.country, recipient.country, quantity, sscc);
    }

    /// @notice Customs of the destination country decides on a cross-border shipment: release,
    /// hold (pending a later decision) or seize (the quantity leaves the supply chain).
    /// Requirements: caller is active customs of the destination country; the shipment is
    /// cross-border and Dispatched or Held (a hold of a held shipment is refused).
    /// Emits {ShipmentCustomsDecided}.
    function decideCustoms(uint256 shipmentId, CustomsDecision decision, string calldata reason) external {
        Participant memory customs = _requireRole(msg.sender, Role.Customs);
        ShipmentRecord storage s = _requireShipment(shipmentId);
        if (!s.crossBorder) revert ShipmentNotCrossBorder(shipmentId);
        bytes2 destination = _participant(_accounts[s.toNumber]).country;
        if (customs.country != destination) revert ShipmentWrongCustoms(shipmentId, destination, customs.country);
        ShipmentStatus status = s.status;
        if (status != ShipmentStatus.Dispatched && (status != ShipmentStatus.Held || decision == CustomsDecision.Hold)) {
            revert ShipmentStatusInvalid(shipmentId, status);
        }
        uint64 quantity = s.quantity;
        bytes32 batchId = _batchIds[s.batchNumber];
        if (decision == CustomsDecision.Release) {
            s.status = ShipmentStatus.Released;
        } else if (decision == CustomsDecision.Hold) {
            s.status = ShipmentStatus.Held;
        } else {
            s.status = ShipmentStatus.Seized;
            Batch storage b = _batches[batchId];
            b.inTransit -= quantity;
            b.seized += quantity;
        }
        emit ShipmentCustomsDecided(shipmentId, batchId, msg.sender, customs.country, decision, quantity, reason);
    }

    /// @notice The recipient takes the shipment into its holding. Requirements: caller is the active
    /// recipient; the shipment is Dispatched (domestic) or Released by customs. Emits {ShipmentReceived}.
    function receiveShipment(uint256 shipmentId) external {
        ShipmentRecord storage s = _requireArrived(shipmentId);
        s.status = ShipmentStatus.Received;
        bytes32 batchId = _batchIds[s.batchNumber];
        uint64 quantity = s.quantity;
        _batches[batchId].inTransit -= quantity;
        _holdings[batchId][msg.sender] += quantity;
        emit ShipmentReceived(shipmentId, batchId, msg.sender, quantity);
    }

    /// @notice The recipient refuses the shipment; the quantity returns to the sender's holding.
    /// Requirements as for {receiveShipment}. Emits {ShipmentRejected}.
    function rejectShipment(uint256 shipmentId, string calldata reason) external {
        ShipmentRecord storage s = _requireArrived(shipmentId);
        s.status = ShipmentStatus.Rejected;
        bytes32 batchId = _batchIds[s.batchNumber];
        uint64 quantity = s.quantity;
        address from = _accounts[s.fromNumber];
        _batches[batchId].inTransit -= quantity;
        _holdings[batchId][from] += quantity;
        emit ShipmentRejected(shipmentId, batchId, msg.sender, from, quantity, reason);
    }

    function shipmentOf(uint256 shipmentId) external view returns (Shipment memory) {
        ShipmentRecord storage s = _shipments[shipmentId];
        return Shipment(
            _batchIds[s.batchNumber], _accounts[s.fromNumber], s.quantity, s.status, s.crossBorder, _accounts[s.toNumber]
        );
    }

    function shipmentCount() external view returns (uint256) {
        return _shipmentCount;
    }

    function _requireShipment(uint256 shipmentId) private view returns (ShipmentRecord storage s) {
        s = _shipments[shipmentId];
        if (s.status == ShipmentStatus.None) revert ShipmentUnknown(shipmentId);
    }

    function _requireArrived(uint256 shipmentId) private view returns (ShipmentRecord storage s) {
        Participant memory caller = _requireActive(msg.sender);
        s = _requireShipment(shipmentId);
        if (s.toNumber != caller.number) revert ShipmentNotRecipient(shipmentId, msg.sender);
        ShipmentStatus status = s.status;
        if (status == ShipmentStatus.Dispatched && s.crossBorder) revert ShipmentAwaitingCustoms(shipmentId);
        if (status == ShipmentStatus.Held) revert ShipmentAwaitingCustoms(shipmentId);
        if (status != ShipmentStatus.Dispatched && status != ShipmentStatus.Released) {
            revert ShipmentStatusInvalid(shipmentId, status);
        }
    }
}
