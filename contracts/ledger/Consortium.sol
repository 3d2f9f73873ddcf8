// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.28;

import {IPharmaLedger} from "../IPharmaLedger.sol";
import {Gs1} from "../libraries/Gs1.sol";

/// @title Consortium: member countries, their regulators and the participants they admit.
/// @notice There is no global administrator. The founding regulators are set at deployment; a new
/// country joins when a strict majority of member regulators vote for it; each regulator admits,
/// suspends and reinstates the participants of its own country only.
abstract contract Consortium is IPharmaLedger {
    /// @notice How long a proposal to admit a country stays open.
    uint64 public constant PROPOSAL_PERIOD = 30 days;

    struct Participant {
        Role role;
        bool suspended;
        bytes2 country;
        uint64 gln;
        // Admission order (1, 2, ...): a shipment names its parties by it, in the slot it already uses.
        uint32 number;
    }

    struct Proposal {
        address regulator;
        uint64 gln;
        uint64 deadline;
        uint32 votes;
        uint32 round;
        string name;
    }

    mapping(address account => Participant) private _participants;
    mapping(uint64 gln => address account) private _glnHolders;
    mapping(bytes2 country => address regulator) private _regulators;
    mapping(bytes2 country => Proposal) private _proposals;
    mapping(bytes2 country => mapping(address voter => uint32 round)) private _votedRound;
    mapping(uint32 number => address account) internal _accounts;
    uint32 private _memberCount;
    uint32 private _proposalRounds;
    uint32 private _participantCount;

    /// @param countries ISO 3166-1 alpha-2 codes of the founding members.
    /// @param regulators their regulators' addresses, in the same order.
    /// @param glns the regulators' GLNs. @param names the regulators' names (events only).
    constructor(bytes2[] memory countries, address[] memory regulators, uint64[] memory glns, string[] memory names) {
        uint256 n = countries.length;
        if (n == 0 || regulators.length != n || glns.length != n || names.length != n) {
            revert ConsortiumFoundersInvalid();
        }
        for (uint256 i = 0; i < n; ++i) {
            _admitCountry(countries[i], regulators[i], glns[i], names[i]);
        }
    }

    // ------------------------------------------------------------ countries

    /// @notice Proposes `country` as a new member with `regulator`; the proposer's vote is counted.
    /// Requirements: the caller is an active member regulator; the country is not a member and has
    /// no open proposal. Emits {CountryProposed} and {CountryVoteCast} (and {CountryAdmitted} when
    /// the proposer's vote is already a majority).
    function proposeCountry(bytes2 country, address regulator, uint64 gln, string calldata name) external {
        _requireMemberRegulator(msg.sender);
        if (!Gs1.isValidCountry(country)) revert CountryCodeInvalid(country);
        if (_regulators[country] != address(0)) revert CountryAlreadyMember(country);
        Proposal storage p = _proposals[country];
        if (p.round != 0 && block.timestamp <= p.deadline) revert CountryProposalPending(country, p.deadline);
        _requireNewAccount(regulator, gln);
        uint64 deadline = uint64(block.timestamp) + PROPOSAL_PERIOD;
        _proposals[country] = Proposal(regulator, gln, deadline, 0, ++_proposalRounds, name);
        emit CountryProposed(country, regulator, gln, name, msg.sender, deadline);
        _vote(country);
    }

    /// @notice Votes for the open proposal of `country`. Emits {CountryVoteCast}, and
    /// {CountryAdmitted} once a strict majority of the current members has voted for it.
    function voteForCountry(bytes2 country) external {
        _requireMemberRegulator(msg.sender);
        Proposal storage p = _proposals[country];
        if (p.round == 0) revert CountryProposalMissing(country);
        if (block.timestamp > p.deadline) revert CountryProposalExpired(country, p.deadline);
        _vote(country);
    }

    function _vote(bytes2 country) private {
        Proposal storage p = _proposals[country];
        if (_votedRound[country][msg.sender] == p.round) revert CountryVoteDuplicate(country, msg.sender);
        _votedRound[country][msg.sender] = p.round;
        uint32 votes = ++p.votes;
        emit CountryVoteCast(country, msg.sender, votes, _memberCount);
        if (uint256(votes) * 2 > _memberCount) {
            Proposal memory accepted = p;
            delete _proposals[country];
            // The account may have been admitted elsewhere while the vote ran.
            _requireNewAccount(accepted.regulator, accepted.gln);
            _admitCountry(country, accepted.regulator, accepted.gln, accepted.name);
        }
    }

    function _admitCountry(bytes2 country, address regulator, uint64 gln, string memory name) private {
        if (!Gs1.isValidCountry(country)) revert CountryCodeInvalid(country);
        if (_regulators[country] != address(0)) revert CountryAlreadyMember(country);
        _requireNewAccount(regulator, gln);
        _regulators[country] = regulator;
        _participants[regulator] = Participant(Role.Regulator, false, country, gln, _number(regulator));
        _glnHolders[gln] = regulator;
        ++_memberCount;
        emit CountryAdmitted(country, regulator, gln, name);
    }

    // --------------------------------------------------------- participants

    /// @notice Admits `account` with `role` in the caller's (a regulator's) country.
    /// Requirements: caller is an active regulator; role is manufacturer, wholesaler, customs or
    /// pharmacy; the account and the GLN are new; the GLN's check digit is valid.
    /// Emits {ParticipantAdmitted}.
    function admitParticipant(address account, Role role, uint64 gln, string calldata name) external {
        Participant memory regulator = _requireMemberRegulator(msg.sender);
        if (role == Role.None || role == Role.Regulator) revert ParticipantRoleInvalid(role);
        _requireNewAccount(account, gln);
        _participants[account] = Participant(role, false, regulator.country, gln, _number(account));
        _glnHolders[gln] = account;
        emit ParticipantAdmitted(account, regulator.country, role, gln, name, msg.sender);
    }

    /// @notice Suspends a participant of the caller's country. Emits {ParticipantSuspended}.
    function suspendParticipant(address account, string calldata reason) external {
        Participant storage p = _requireInJurisdiction(account);
        if (p.suspended) revert ParticipantIsSuspended(account);
        p.suspended = true;
        emit ParticipantSuspended(account, p.country, msg.sender, reason);
    }

    /// @notice Reinstates a suspended participant of the caller's country. Emits {ParticipantReinstated}.
    function reinstateParticipant(address account, string calldata reason) external {
        Participant storage p = _requireInJurisdiction(account);
        if (!p.suspended) revert ParticipantNotSuspended(account);
        p.suspended = false;
        emit ParticipantReinstated(account, p.country, msg.sender, reason);
    }

    // ---------------------------------------------------------------- views

    function participantOf(address account) external view returns (Participant memory) {
        return _participants[account];
    }

    function accountOfGln(uint64 gln) external view returns (address) {
        return _glnHolders[gln];
    }

    function regulatorOf(bytes2 country) external view returns (address) {
        return _regulators[country];
    }

    function memberCount() external view returns (uint32) {
        return _memberCount;
    }

    function proposalOf(bytes2 country) external view returns (Proposal memory) {
        return _proposals[country];
    }

    // ------------------------------------------------------------- internal

    /// @dev The caller's record, refusing unknown and suspended accounts.
    function _requireActive(address account) internal view returns (Participant memory p) {
        p = _participants[account];
        if (p.role == Role.None) revert ParticipantUnknown(account);
        if (p.suspended) revert ParticipantIsSuspended(account);
    }

    function _requireRole(address account, Role role) internal view returns (Participant memory p) {
        p = _requireActive(account);
        if (p.role != role) revert ParticipantRoleRequired(account, p.role, role);
    }

    function _requireMemberRegulator(address account) internal view returns (Participant memory p) {
        p = _requireRole(account, Role.Regulator);
    }

    function _requireInJurisdiction(address account) private view returns (Participant storage p) {
        Participant memory regulator = _requireMemberRegulator(msg.sender);
        p = _participants[account];
        if (p.role == Role.None) revert ParticipantUnknown(account);
        if (p.role == Role.Regulator) revert ParticipantRoleInvalid(Role.Regulator);
        if (p.country != regulator.country) {
            revert ParticipantOutsideJurisdiction(account, p.country, regulator.country);
        }
    }

    function _requireNewAccount(address account, uint64 gln) private view {
        if (account == address(0)) revert ParticipantAddressInvalid(account);
        if (_participants[account].role != Role.None) revert ParticipantAlreadyAdmitted(account);
        if (!Gs1.isValidGln(gln)) revert GlnInvalid(gln);
        address holder = _glnHolders[gln];
        if (holder != address(0)) revert GlnAlreadyRegistered(gln, holder);
    }

    function _participant(address account) internal view returns (Participant memory) {
        return _participants[account];
    }

    /// @dev The next admission number, recorded with the account it names.
    function _number(address account) private returns (uint32 number) {
        number = ++_participantCount;
        _accounts[number] = account;
    }
}
