// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.28;

/// @title The types, events and errors of PharmaTrace's shared ledger.
/// @notice Every state change emits exactly one past-tense event that carries everything an indexer
/// needs to project it without a further call. Every refusal is a custom error named
/// `<Component><Problem>` with the values that explain it.
interface IPharmaLedger {
    // ------------------------------------------------------------------ types

    /// @notice What a participant does in the supply chain. A regulator is admitted by the
    /// consortium (at deployment or by vote); the others by their own country's regulator.
    enum Role {
        None,
        Regulator,
        Manufacturer,
        Wholesaler,
        Customs,
        Pharmacy
    }

    /// @notice Life of a shipment: Dispatched -> (cross-border: Held <-> / Released / Seized) ->
    /// Received, or Rejected (the quantity goes back to the sender).
    enum ShipmentStatus {
        None,
        Dispatched,
        Held,
        Released,
        Received,
        Rejected,
        Seized
    }

    /// @notice A customs officer's decision on a cross-border shipment entering its country.
    enum CustomsDecision {
        Release,
        Hold,
        Seize
    }

    /// @notice Why a pack leaves the active supply chain (EU FMD decommissioning reasons).
    enum DecommissionReason {
        Dispensed,
        Destroyed,
        Stolen,
        Sample,
        FreeSample,
        Exported,
        Locked
    }

    /// @notice A batch's status within one country (the global recall is a separate flag).
    enum CountryStatus {
        Normal,
        Quarantined,
        Recalled
    }

    /// @notice A serialised pack, proven against its batch's Merkle root.
    /// The leaf is OpenZeppelin's standard one: keccak256(bytes.concat(keccak256(abi.encode(index, serialHash)))).
    struct PackProof {
        bytes32 batchId;
        uint32 index;
        bytes32 serialHash;
        bytes32[] proof;
    }

    /// @notice A pack named by its batch and its leaf index.
    struct PackRef {
        bytes32 batchId;
        uint32 index;
    }

    /// @notice What a decommissioning stored as a hash, to be presented again for an undo.
    struct DecommissionRecord {
        address by;
        uint64 timestamp;
        DecommissionReason reason;
        PackRef[] packs;
    }

    // ----------------------------------------------------------------- events

    event CountryAdmitted(bytes2 indexed country, address indexed regulator, uint64 gln, string name);
    event CountryProposed(
        bytes2 indexed country, address indexed regulator, uint64 gln, string name, address indexed proposer, uint64 deadline
    );
    event CountryVoteCast(bytes2 indexed country, address indexed voter, uint32 votes, uint32 membersAtVote);

    event ParticipantAdmitted(
        address indexed account, bytes2 indexed country, Role role, uint64 gln, string name, address indexed admittedBy
    );
    event ParticipantSuspended(address indexed account, bytes2 indexed country, address indexed by, string reason);
    event ParticipantReinstated(address indexed account, bytes2 indexed country, address indexed by, string reason);

    event BatchRegistered(
        bytes32 indexed batchId,
        uint64 indexed gtin,
        address indexed manufacturer,
        string lot,
        uint32 expiry,
        uint32 packCount,
        bytes32 merkleRoot,
        bytes2 country
    );
    event BatchLeavesPublished(bytes32 indexed batchId, uint32 firstIndex, bytes32[] serialHashes);
    event BatchCompleted(bytes32 indexed batchId, uint32 packCount);
    event BatchRecalled(bytes32 indexed batchId, bytes2 indexed country, address indexed by, string reason);
    event BatchQuarantined(bytes32 indexed batchId, bytes2 indexed country, address indexed by, string reason);
    event BatchQuarantineReleased(bytes32 indexed batchId, bytes2 indexed country, address indexed by, string reason);

    event ShipmentDispatched(
        uint256 indexed shipmentId,
        bytes32 indexed batchId,
        address indexed from,
        address to,
        bytes2 fromCountry,
        bytes2 toCountry,
        uint64 quantity,
        uint256 sscc
    );
    event ShipmentCustomsDecided(
        uint256 indexed shipmentId,
        bytes32 indexed batchId,
        address indexed customs,
        bytes2 country,
        CustomsDecision decision,
        uint64 quantity,
        string reason
    );
    event ShipmentReceived(uint256 indexed shipmentId, bytes32 indexed batchId, address indexed by, uint64 quantity);
    event ShipmentRejected(
        uint256 indexed shipmentId, bytes32 indexed batchId, address indexed by, address returnedTo, uint64 quantity, string reason
    );

    event PackDecommissioned(
        bytes32 indexed batchId,
        uint32 index,
        bytes32 serialHash,
        address indexed by,
        DecommissionReason reason,
        uint256 indexed recordId
    );
    event PackReactivated(bytes32 indexed batchId, uint32 index, address indexed by, uint256 indexed recordId);
    /// @notice A decommission of a pack that is already inactive: the sign of a copied code.
    /// The transaction succeeds so that this record survives; the pack's state does not change.
    event FalsificationAlertRaised(
        bytes32 indexed batchId, uint32 index, bytes32 serialHash, address indexed by, DecommissionReason attemptedReason
    );

    // ----------------------------------------------------------------- errors

    error ConsortiumFoundersInvalid();
    error CountryCodeInvalid(bytes2 country);
    error CountryAlreadyMember(bytes2 country);
    error CountryNotMember(bytes2 country);
    error CountryProposalPending(bytes2 country, uint64 deadline);
    error CountryProposalMissing(bytes2 country);
    error CountryProposalExpired(bytes2 country, uint64 deadline);
    error CountryVoteDuplicate(bytes2 country, address voter);

    error GlnInvalid(uint64 gln);
    error GlnAlreadyRegistered(uint64 gln, address holder);
    error GtinInvalid(uint64 gtin);
    error SsccInvalid(uint256 sscc);
    error LotInvalid(string lot);
    error ExpiryInvalid(uint32 expiry);

    error ParticipantUnknown(address account);
    error ParticipantAlreadyAdmitted(address account);
    error ParticipantIsSuspended(address account);
    error ParticipantNotSuspended(address account);
    error ParticipantRoleInvalid(Role role);
    error ParticipantRoleRequired(address account, Role actual, Role required);
    error ParticipantOutsideJurisdiction(address account, bytes2 country, bytes2 regulatorCountry);
    error ParticipantAddressInvalid(address account);

    error BatchAlreadyRegistered(bytes32 batchId);
    error BatchUnknown(bytes32 batchId);
    error BatchPackCountInvalid(uint32 packCount);
    error BatchRootInvalid();
    error BatchExpired(bytes32 batchId, uint32 expiry);
    error BatchNotManufacturer(bytes32 batchId, address account);
    error BatchLeavesIncomplete(bytes32 batchId, uint32 published, uint32 packCount);
    error BatchLeavesComplete(bytes32 batchId);
    error BatchLeafChunkOutOfOrder(bytes32 batchId, uint32 expectedFirstIndex, uint32 firstIndex);
    error BatchLeafChunkEmpty(bytes32 batchId);
    error BatchTooManyLeaves(bytes32 batchId, uint256 published, uint32 packCount);
    error BatchAlreadyRecalled(bytes32 batchId, bytes2 country);
    error BatchRecalledIn(bytes32 batchId, bytes2 country);
    error BatchQuarantinedIn(bytes32 batchId, bytes2 country);
    error BatchAlreadyQuarantined(bytes32 batchId, bytes2 country);
    error BatchNotQuarantined(bytes32 batchId, bytes2 country);

    error CustodyInsufficientQuantity(bytes32 batchId, address holder, uint64 held, uint64 requested);
    error CustodyQuantityZero();
    error CustodyRecipientInvalid(address to);

    error ShipmentUnknown(uint256 shipmentId);
    error ShipmentNotRecipient(uint256 shipmentId, address account);
    error ShipmentNotCrossBorder(uint256 shipmentId);
    error ShipmentWrongCustoms(uint256 shipmentId, bytes2 destination, bytes2 customsCountry);
    error ShipmentStatusInvalid(uint256 shipmentId, ShipmentStatus status);
    error ShipmentAwaitingCustoms(uint256 shipmentId);

    error PackProofInvalid(bytes32 batchId, uint32 index);
    error PackIndexOutOfRange(bytes32 batchId, uint32 index, uint32 packCount);
    error PackListEmpty();
    error DecommissionRecordInvalid(uint256 recordId);
    error DecommissionNotByCaller(uint256 recordId, address by, address caller);
    error DecommissionUndoWindowClosed(uint256 recordId, uint64 deadline);
    error DecommissionNotReversible(uint256 recordId, DecommissionReason reason);
    error DecommissionUndoPositionsInvalid(uint256 recordId);
}
