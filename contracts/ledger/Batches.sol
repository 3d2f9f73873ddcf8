// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.28;

import {Consortium} from "./Consortium.sol";
import {Gs1} from "../libraries/Gs1.sol";

/// @title Batches: registration, published pack leaves, holdings and status per country.
/// @notice A batch is identified by (GTIN, lot): batchId = keccak256(abi.encode(uint64 gtin, string lot)).
/// Only the Merkle root of its packs is stored; the serial hashes are published in chunked
/// {BatchLeavesPublished} events, in index order, so that every node can rebuild the tree.
/// The tree is OpenZeppelin's StandardMerkleTree over the values (uint256 index, bytes32 serialHash)
/// with serialHash = keccak256(bytes(serial)) (see docs/merkle.md).
///
/// Conservation, per batch, always: packCount = sum of holdings + inTransit + decommissioned + seized.
abstract contract Batches is Consortium {
    struct Batch {
        address manufacturer;
        uint32 expiry;
        uint32 packCount;
        uint32 published;
        bytes32 root;
        uint64 inTransit;
        uint64 decommissioned;
        uint64 seized;
        bool recalled;
        // Registration order (1, 2, ...): a shipment names its batch by it, in the slot it already uses.
        uint32 number;
    }

    mapping(bytes32 batchId => Batch) internal _batches;
    mapping(uint32 number => bytes32 batchId) internal _batchIds;
    uint32 private _batchCount;
    mapping(bytes32 batchId => mapping(address holder => uint64 quantity)) internal _holdings;
    mapping(bytes32 batchId => mapping(bytes2 country => CountryStatus)) internal _countryStatus;

    /// @notice The identifier of the batch (gtin, lot).
    function batchIdOf(uint64 gtin, string calldata lot) public pure returns (bytes32) {
        return keccak256(abi.encode(gtin, lot));
    }

    /// @notice Registers a batch of `packCount` packs, held by the calling manufacturer, with the
    /// Merkle root of its packs, and publishes the first chunk of serial hashes (may be empty).
    /// Requirements: caller is an active manufacturer; GTIN-14 check digit valid; lot of 1-20
    /// characters of GS1 set 82; expiry a valid yyyymmdd (day 00 allowed) not in the past; the
    /// batch is new. Emits {BatchRegistered}, then {BatchLeavesPublished} and {BatchCompleted} as due.
    function registerBatch(
        uint64 gtin,
        string calldata lot,
        uint32 expiry,
        uint32 packCount,
        bytes32 merkleRoot,
        bytes32[] calldata serialHashes
    ) external returns (bytes32 batchId) {
        Participant memory maker = _requireRole(msg.sender, Role.Manufacturer);
        if (!Gs1.isValidGtin(gtin)) revert GtinInvalid(gtin);
        if (!Gs1.isValidLot(lot)) revert LotInvalid(lot);
        if (!Gs1.isValidDate(expiry)) revert ExpiryInvalid(expiry);
        if (packCount == 0) revert BatchPackCountInvalid(packCount);
        if (merkleRoot == bytes32(0)) revert BatchRootInvalid();
        batchId = keccak256(abi.encode(gtin, lot));
        if (_batches[batchId].manufacturer != address(0)) revert BatchAlreadyRegistered(batchId);
        if (_isExpired(expiry)) revert BatchExpired(batchId, expiry);

        Batch storage b = _batches[batchId];
        b.manufacturer = msg.sender;
        b.expiry = expiry;
        b.packCount = packCount;
        b.root = merkleRoot;
        uint32 number = ++_batchCount;
        b.number = number;
        _batchIds[number] = batchId;
        _holdings[batchId][msg.sender] = packCount;
        emit BatchRegistered(batchId, gtin, msg.sender, lot, expiry, packCount, merkleRoot, maker.country);
        if (serialHashes.length != 0) _publish(batchId, b, 0, serialHashes);
    }

    /// @notice Publishes the next chunk of serial hashes, starting at leaf `firstIndex`.
    /// Requirements: caller is the batch's manufacturer (active); chunks arrive in order and do not
    /// exceed the pack count. Emits {BatchLeavesPublished}, and {BatchCompleted} with the last one.
    function publishLeaves(bytes32 batchId, uint32 firstIndex, bytes32[] calldata serialHashes) external {
        _requireActive(msg.sender);
        Batch storage b = _requireBatch(batchId);
        if (b.manufacturer != msg.sender) revert BatchNotManufacturer(batchId, msg.sender);
        _publish(batchId, b, firstIndex, serialHashes);
    }

    function _publish(bytes32 batchId, Batch storage b, uint32 firstIndex, bytes32[] calldata serialHashes) private {
        uint32 published = b.published;
        uint32 packCount = b.packCount;
        if (published == packCount) revert BatchLeavesComplete(batchId);
        if (firstIndex != published) revert BatchLeafChunkOutOfOrder(batchId, published, firstIndex);
        if (serialHashes.length == 0) revert BatchLeafChunkEmpty(batchId);
        uint256 total = uint256(published) + serialHashes.length;
        if (total > packCount) revert BatchTooManyLeaves(batchId, total, packCount);
        b.published = uint32(total);
        emit BatchLeavesPublished(batchId, firstIndex, serialHashes);
        if (total == packCount) emit BatchCompleted(batchId, packCount);
    }

    // ---------------------------------------------------------------- status

    /// @notice Recalls a batch: everywhere when the caller is its manufacturer, in the caller's
    /// country when the caller is a regulator. Emits {BatchRecalled} (country 0x0000 = everywhere).
    function recallBatch(bytes32 batchId, string calldata reason) external {
        Participant memory caller = _requireActive(msg.sender);
        Batch storage b = _requireBatch(batchId);
        if (caller.role == Role.Regulator) {
            if (_countryStatus[batchId][caller.country] == CountryStatus.Recalled) {
                revert BatchAlreadyRecalled(batchId, caller.country);
            }
            _countryStatus[batchId][caller.country] = CountryStatus.Recalled;
            emit BatchRecalled(batchId, caller.country, msg.sender, reason);
        } else {
            if (b.manufacturer != msg.sender) revert BatchNotManufacturer(batchId, msg.sender);
            if (b.recalled) revert BatchAlreadyRecalled(batchId, bytes2(0));
            b.recalled = true;
            emit BatchRecalled(batchId, bytes2(0), msg.sender, reason);
        }
    }

    /// @notice A regulator quarantines a batch in its own country. Emits {BatchQuarantined}.
    function quarantineBatch(bytes32 batchId, string calldata reason) external {
        Participant memory regulator = _requireMemberRegulator(msg.sender);
        _requireBatch(batchId);
        CountryStatus status = _countryStatus[batchId][regulator.country];
        if (status == CountryStatus.Recalled) revert BatchRecalledIn(batchId, regulator.country);
        if (status == CountryStatus.Quarantined) revert BatchAlreadyQuarantined(batchId, regulator.country);
        _countryStatus[batchId][regulator.country] = CountryStatus.Quarantined;
        emit BatchQuarantined(batchId, regulator.country, msg.sender, reason);
    }

    /// @notice A regulator lifts its own country's quarantine. Emits {BatchQuarantineReleased}.
    function releaseQuarantine(bytes32 batchId, string calldata reason) external {
        Participant memory regulator = _requireMemberRegulator(msg.sender);
        _requireBatch(batchId);
        if (_countryStatus[batchId][regulator.country] != CountryStatus.Quarantined) {
            revert BatchNotQuarantined(batchId, regulator.country);
        }
        _countryStatus[batchId][regulator.country] = CountryStatus.Normal;
        emit BatchQuarantineReleased(batchId, regulator.country, msg.sender, reason);
    }

    // ----------------------------------------------------------------- views

    function batchOf(bytes32 batchId) external view returns (Batch memory) {
        return _batches[batchId];
    }

    function holdingOf(bytes32 batchId, address holder) external view returns (uint64) {
        return _holdings[batchId][holder];
    }

    function countryStatusOf(bytes32 batchId, bytes2 country) external view returns (CountryStatus) {
        return _countryStatus[batchId][country];
    }

    // -------------------------------------------------------------- internal

    function _requireBatch(bytes32 batchId) internal view returns (Batch storage b) {
        b = _batches[batchId];
        if (b.manufacturer == address(0)) revert BatchUnknown(batchId);
    }

    function _requireComplete(bytes32 batchId, Batch storage b) internal view {
        if (b.published != b.packCount) revert BatchLeavesIncomplete(batchId, b.published, b.packCount);
    }

    /// @dev Refuses movement of stock that is recalled everywhere or recalled or quarantined in `country`.
    function _requireMovable(bytes32 batchId, Batch storage b, bytes2 country) internal view {
        if (b.recalled) revert BatchRecalledIn(batchId, bytes2(0));
        CountryStatus status = _countryStatus[batchId][country];
        if (status == CountryStatus.Recalled) revert BatchRecalledIn(batchId, country);
        if (status == CountryStatus.Quarantined) revert BatchQuarantinedIn(batchId, country);
    }

    function _isExpired(uint32 expiry) internal view returns (bool) {
        return block.timestamp / 1 days > Gs1.lastValidDay(expiry);
    }

    function _take(bytes32 batchId, address holder, uint64 quantity) internal {
        uint64 held = _holdings[batchId][holder];
        if (held < quantity) revert CustodyInsufficientQuantity(batchId, holder, held, quantity);
        unchecked {
            _holdings[batchId][holder] = held - quantity;
        }
    }
}
