// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.28;

import {MerkleProof} from "@openzeppelin/contracts/utils/cryptography/MerkleProof.sol";
import {Batches} from "./Batches.sol";

/// @title Packs: decommissioning with Merkle proofs, one bit of state per pack, undo within 10 days.
/// @notice Decommissioning a pack that is already inactive does not revert: it raises a
/// {FalsificationAlertRaised} event in a successful transaction (a revert would leave no trace).
/// Each decommissioning call stores one hash of what it did (by, at, reason, packs) so that the
/// same party can undo it within the EU FMD's 10 days without a per-pack record.
abstract contract Packs is Batches {
    /// @notice EU FMD (Delegated Regulation (EU) 2016/161, Art. 13): an undo within 10 days.
    uint64 public constant UNDO_WINDOW = 10 days;

    mapping(bytes32 batchId => mapping(uint256 word => uint256 bits)) private _inactive;
    mapping(uint256 recordId => bytes32 recordHash) private _records;
    uint256 private _recordCount;

    /// @notice Decommissions every pack of `packs` for `reason`, in one transaction.
    /// Requirements: caller is active and holds one unit of each pack's batch; every batch's
    /// leaves are published; every proof is valid; dispensing needs the batch unexpired and not
    /// recalled nor quarantined in the caller's country. A pack already inactive raises
    /// {FalsificationAlertRaised} and is skipped. Emits {PackDecommissioned} per pack.
    /// @return recordId the undo record (0 when no pack changed state).
    function decommission(PackProof[] calldata packs, DecommissionReason reason) external returns (uint256 recordId) {
        Participant memory caller = _requireActive(msg.sender);
        if (packs.length == 0) revert PackListEmpty();
        PackRef[] memory done = new PackRef[](packs.length);
        uint256 count;
        uint256 nextRecord = _recordCount + 1;
        for (uint256 i = 0; i < packs.length; ++i) {
            PackProof calldata p = packs[i];
            Batch storage b = _requireProvenPack(p);
            if (reason == DecommissionReason.Dispensed) {
                _requireMovable(p.batchId, b, caller.country);
                if (_isExpired(b.expiry)) revert BatchExpired(p.batchId, b.expiry);
            }
            (uint256 word, uint256 mask) = _bit(p.index);
            uint256 bits = _inactive[p.batchId][word];
            if (bits & mask != 0) {
                emit FalsificationAlertRaised(p.batchId, p.index, p.serialHash, msg.sender, reason);
                continue;
            }
            _take(p.batchId, msg.sender, 1);
            _inactive[p.batchId][word] = bits | mask;
            ++b.decommissioned;
            done[count++] = PackRef(p.batchId, p.index);
            emit PackDecommissioned(p.batchId, p.index, p.serialHash, msg.sender, reason, nextRecord);
        }
        if (count == 0) return 0;
        assembly ("memory-safe") {
            mstore(done, count)
        }
        recordId = nextRecord;
        _recordCount = recordId;
        _records[recordId] = keccak256(abi.encode(DecommissionRecord(msg.sender, uint64(block.timestamp), reason, done)));
    }

    /// @notice Reactivates the packs at `positions` (strictly increasing indexes into
    /// `record.packs`) of decommission record `recordId`, which `record` must reproduce.
    /// Requirements: caller is active and made the record; within {UNDO_WINDOW}; not for stolen or
    /// destroyed packs. Emits {PackReactivated} per pack; the record keeps the packs not undone.
    function undoDecommission(uint256 recordId, DecommissionRecord calldata record, uint256[] calldata positions)
        external
    {
        _requireActive(msg.sender);
        if (_records[recordId] != keccak256(abi.encode(record))) revert DecommissionRecordInvalid(recordId);
        if (record.by != msg.sender) revert DecommissionNotByCaller(recordId, record.by, msg.sender);
        uint64 deadline = record.timestamp + UNDO_WINDOW;
        if (block.timestamp > deadline) revert DecommissionUndoWindowClosed(recordId, deadline);
        if (record.reason == DecommissionReason.Stolen || record.reason == DecommissionReason.Destroyed) {
            revert DecommissionNotReversible(recordId, record.reason);
        }
        uint256 total = record.packs.length;
        if (positions.length == 0 || positions.length > total) revert DecommissionUndoPositionsInvalid(recordId);
        PackRef[] memory kept = new PackRef[](total - positions.length);
        uint256 k;
        uint256 next;
        for (uint256 i = 0; i < total; ++i) {
            PackRef calldata ref = record.packs[i];
            if (next < positions.length && positions[next] == i) {
                ++next;
                (uint256 word, uint256 mask) = _bit(ref.index);
                _inactive[ref.batchId][word] &= ~mask;
                _holdings[ref.batchId][msg.sender] += 1;
                --_batches[ref.batchId].decommissioned;
                emit PackReactivated(ref.batchId, ref.index, msg.sender, recordId);
            } else {
                if (k == kept.length) revert DecommissionUndoPositionsInvalid(recordId);
                kept[k++] = ref;
            }
        }
        if (next != positions.length) revert DecommissionUndoPositionsInvalid(recordId);
        if (k == 0) {
            delete _records[recordId];
        } else {
            _records[recordId] = keccak256(abi.encode(DecommissionRecord(record.by, record.timestamp, record.reason, kept)));
        }
    }

    // ----------------------------------------------------------------- views

    /// @notice Whether the pack's proof holds against its batch's root (the batch must be complete).
    function verifyPack(PackProof calldata pack) external view returns (bool) {
        Batch storage b = _batches[pack.batchId];
        if (b.manufacturer == address(0) || pack.index >= b.packCount) return false;
        return MerkleProof.verifyCalldata(pack.proof, b.root, packLeaf(pack.index, pack.serialHash));
    }

    function isDecommissioned(bytes32 batchId, uint32 index) external view returns (bool) {
        (uint256 word, uint256 mask) = _bit(index);
        return _inactive[batchId][word] & mask != 0;
    }

    function decommissionRecordHash(uint256 recordId) external view returns (bytes32) {
        return _records[recordId];
    }

    /// @notice OpenZeppelin StandardMerkleTree's leaf for the values (uint256 index, bytes32 serialHash).
    function packLeaf(uint32 index, bytes32 serialHash) public pure returns (bytes32) {
        return keccak256(bytes.concat(keccak256(abi.encode(uint256(index), serialHash))));
    }

    // -------------------------------------------------------------- internal

    function _requireProvenPack(PackProof calldata p) private view returns (Batch storage b) {
        b = _requireBatch(p.batchId);
        _requireComplete(p.batchId, b);
        if (p.index >= b.packCount) revert PackIndexOutOfRange(p.batchId, p.index, b.packCount);
        if (!MerkleProof.verifyCalldata(p.proof, b.root, packLeaf(p.index, p.serialHash))) {
            revert PackProofInvalid(p.batchId, p.index);
        }
    }

    function _bit(uint32 index) private pure returns (uint256 word, uint256 mask) {
        word = index >> 8;
        mask = uint256(1) << (index & 0xff);
    }
}
