// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.28;

import {LedgerFixture} from "./LedgerFixture.sol";
import {IPharmaLedger} from "../IPharmaLedger.sol";
import {PharmaLedger} from "../PharmaLedger.sol";

contract ConsortiumTest is LedgerFixture {
    address internal constant REG_ES = address(0xE50001);
    address internal constant REG_PL = address(0x9C0001);

    function test_founding_regulators_are_members_of_their_countries() public view {
        assertEq(ledger.regulatorOf(DE), REG_DE, "DE regulator");
        assertEq(ledger.regulatorOf(FR), REG_FR, "FR regulator");
        assertEq(ledger.memberCount(), 3, "members");
        assertTrue(ledger.participantOf(REG_IT).role == IPharmaLedger.Role.Regulator, "IT role");
    }

    function test_deployment_without_founders_is_refused() public {
        vm.expectRevert(abi.encodeWithSelector(IPharmaLedger.ConsortiumFoundersInvalid.selector));
        new PharmaLedger(new bytes2[](0), new address[](0), new uint64[](0), new string[](0));
    }

    function test_deployment_with_an_invalid_country_code_is_refused() public {
        bytes2[] memory c = new bytes2[](1);
        address[] memory r = new address[](1);
        uint64[] memory g = new uint64[](1);
        string[] memory n = new string[](1);
        (c[0], r[0], g[0], n[0]) = ("de", address(1), nextGln(), "x");
        vm.expectRevert(abi.encodeWithSelector(IPharmaLedger.CountryCodeInvalid.selector, bytes2("de")));
        new PharmaLedger(c, r, g, n);
    }

    function test_a_country_joins_when_a_strict_majority_votes_for_it() public {
        uint64 gln = nextGln();
        vm.prank(REG_DE);
        ledger.proposeCountry("ES", REG_ES, gln, "AEMPS");
        assertEq(ledger.regulatorOf("ES"), address(0), "one vote of three is no majority");
        vm.expectEmit();
        emit IPharmaLedger.CountryAdmitted("ES", REG_ES, gln, "AEMPS");
        vm.prank(REG_FR);
        ledger.voteForCountry("ES");
        assertEq(ledger.regulatorOf("ES"), REG_ES, "ES regulator");
        assertEq(ledger.memberCount(), 4, "members");
        // The new regulator admits participants of its own country at once.
        vm.prank(REG_ES);
        ledger.admitParticipant(address(0xE50002), IPharmaLedger.Role.Pharmacy, nextGln(), "Farmacia");
        assertTrue(ledger.participantOf(address(0xE50002)).country == bytes2("ES"), "ES pharmacy");
    }

    function test_the_majority_is_counted_against_the_current_membership() public {
        vm.prank(REG_DE);
        ledger.proposeCountry("ES", REG_ES, nextGln(), "AEMPS");
        vm.prank(REG_FR);
        ledger.voteForCountry("ES"); // 2 of 3: ES joins, 4 members
        vm.prank(REG_DE);
        ledger.proposeCountry("PL", REG_PL, nextGln(), "URPL");
        vm.prank(REG_FR);
        ledger.voteForCountry("PL");
        assertEq(ledger.regulatorOf("PL"), address(0), "2 of 4 is not a strict majority");
        vm.prank(REG_ES);
        ledger.voteForCountry("PL");
        assertEq(ledger.regulatorOf("PL"), REG_PL, "3 of 4 is");
    }

    function test_a_regulator_cannot_vote_twice() public {
        vm.prank(REG_DE);
        ledger.proposeCountry("ES", REG_ES, nextGln(), "AEMPS");
        vm.expectRevert(abi.encodeWithSelector(IPharmaLedger.CountryVoteDuplicate.selector, bytes2("ES"), REG_DE));
        vm.prank(REG_DE);
        ledger.voteForCountry("ES");
    }

    function test_only_member_regulators_propose_and_vote() public {
        vm.expectRevert(
            abi.encodeWithSelector(
                IPharmaLedger.ParticipantRoleRequired.selector,
                MAKER_DE,
                IPharmaLedger.Role.Manufacturer,
                IPharmaLedger.Role.Regulator
            )
        );
        vm.prank(MAKER_DE);
        ledger.proposeCountry("ES", REG_ES, nextGln(), "AEMPS");
        vm.expectRevert(abi.encodeWithSelector(IPharmaLedger.ParticipantUnknown.selector, address(0xBAD)));
        vm.prank(address(0xBAD));
        ledger.voteForCountry("ES");
    }

    function test_proposals_for_members_missing_or_pending_are_refused() public {
        vm.expectRevert(abi.encodeWithSelector(IPharmaLedger.CountryAlreadyMember.selector, FR));
        vm.prank(REG_DE);
        ledger.proposeCountry(FR, REG_ES, nextGln(), "x");
        vm.expectRevert(abi.encodeWithSelector(IPharmaLedger.CountryProposalMissing.selector, bytes2("ES")));
        vm.prank(REG_DE);
        ledger.voteForCountry("ES");
        vm.prank(REG_DE);
        ledger.proposeCountry("ES", REG_ES, nextGln(), "AEMPS");
        uint64 deadline = ledger.proposalOf("ES").deadline;
        vm.expectRevert(abi.encodeWithSelector(IPharmaLedger.CountryProposalPending.selector, bytes2("ES"), deadline));
        vm.prank(REG_FR);
        ledger.proposeCountry("ES", address(0xE5FF), nextGln(), "other");
    }

    function test_an_expired_proposal_takes_no_votes_and_can_be_replaced() public {
        vm.prank(REG_DE);
        ledger.proposeCountry("ES", REG_ES, nextGln(), "AEMPS");
        uint64 deadline = ledger.proposalOf("ES").deadline;
        vm.warp(deadline + 1);
        vm.expectRevert(abi.encodeWithSelector(IPharmaLedger.CountryProposalExpired.selector, bytes2("ES"), deadline));
        vm.prank(REG_FR);
        ledger.voteForCountry("ES");
        vm.prank(REG_FR);
        ledger.proposeCountry("ES", REG_ES, nextGln(), "AEMPS");
        vm.prank(REG_DE); // DE's vote on the old round does not count as a vote on this one
        ledger.voteForCountry("ES");
        assertEq(ledger.regulatorOf("ES"), REG_ES, "ES joined");
    }

    function test_a_regulator_admits_participants_of_its_own_country() public {
        uint64 gln = nextGln();
        vm.expectEmit();
        emit IPharmaLedger.ParticipantAdmitted(address(0xF0009), FR, IPharmaLedger.Role.Pharmacy, gln, "Pharmacie", REG_FR);
        vm.prank(REG_FR);
        ledger.admitParticipant(address(0xF0009), IPharmaLedger.Role.Pharmacy, gln, "Pharmacie");
        assertTrue(ledger.participantOf(address(0xF0009)).country == FR, "country is the regulator's");
        assertEq(ledger.accountOfGln(gln), address(0xF0009), "GLN lookup");
    }

    function test_admission_refusals() public {
        vm.expectRevert(abi.encodeWithSelector(IPharmaLedger.ParticipantRoleInvalid.selector, IPharmaLedger.Role.Regulator));
        vm.prank(REG_FR);
        ledger.admitParticipant(address(0xF0009), IPharmaLedger.Role.Regulator, nextGln(), "x");

        vm.expectRevert(abi.encodeWithSelector(IPharmaLedger.GlnInvalid.selector, uint64(4012345000018)));
        vm.prank(REG_FR);
        ledger.admitParticipant(address(0xF0009), IPharmaLedger.Role.Pharmacy, 4012345000018, "x");

        uint64 taken = ledger.participantOf(PHARMACY_FR).gln;
        vm.expectRevert(abi.encodeWithSelector(IPharmaLedger.GlnAlreadyRegistered.selector, taken, PHARMACY_FR));
        vm.prank(REG_FR);
        ledger.admitParticipant(address(0xF0009), IPharmaLedger.Role.Pharmacy, taken, "x");

        vm.expectRevert(abi.encodeWithSelector(IPharmaLedger.ParticipantAlreadyAdmitted.selector, PHARMACY_FR));
        vm.prank(REG_FR);
        ledger.admitParticipant(PHARMACY_FR, IPharmaLedger.Role.Pharmacy, nextGln(), "x");

        vm.expectRevert(abi.encodeWithSelector(IPharmaLedger.ParticipantAddressInvalid.selector, address(0)));
        vm.prank(REG_FR);
        ledger.admitParticipant(address(0), IPharmaLedger.Role.Pharmacy, nextGln(), "x");

        vm.expectRevert(
            abi.encodeWithSelector(
                IPharmaLedger.ParticipantRoleRequired.selector,
                WHOLESALER_FR,
                IPharmaLedger.Role.Wholesaler,
                IPharmaLedger.Role.Regulator
            )
        );
        vm.prank(WHOLESALER_FR);
        ledger.admitParticipant(address(0xF0009), IPharmaLedger.Role.Pharmacy, nextGln(), "x");
    }

    function test_a_regulator_suspends_and_reinstates_only_its_own_participants() public {
        vm.expectRevert(
            abi.encodeWithSelector(IPharmaLedger.ParticipantOutsideJurisdiction.selector, PHARMACY_FR, FR, DE)
        );
        vm.prank(REG_DE);
        ledger.suspendParticipant(PHARMACY_FR, "audit");

        vm.expectEmit();
        emit IPharmaLedger.ParticipantSuspended(PHARMACY_FR, FR, REG_FR, "audit");
        vm.prank(REG_FR);
        ledger.suspendParticipant(PHARMACY_FR, "audit");
        vm.expectRevert(abi.encodeWithSelector(IPharmaLedger.ParticipantIsSuspended.selector, PHARMACY_FR));
        vm.prank(REG_FR);
        ledger.suspendParticipant(PHARMACY_FR, "again");

        vm.prank(REG_FR);
        ledger.reinstateParticipant(PHARMACY_FR, "audit passed");
        assertTrue(!ledger.participantOf(PHARMACY_FR).suspended, "reinstated");
        vm.expectRevert(abi.encodeWithSelector(IPharmaLedger.ParticipantNotSuspended.selector, PHARMACY_FR));
        vm.prank(REG_FR);
        ledger.reinstateParticipant(PHARMACY_FR, "again");
    }

    function test_regulators_cannot_be_suspended_by_peers() public {
        vm.expectRevert(abi.encodeWithSelector(IPharmaLedger.ParticipantRoleInvalid.selector, IPharmaLedger.Role.Regulator));
        vm.prank(REG_DE);
        ledger.suspendParticipant(REG_DE, "self");
    }

    function test_a_suspended_participant_cannot_act() public {
        (bytes32 batchId,,) = registerBatch("LOT-S", 4);
        vm.prank(REG_DE);
        ledger.suspendParticipant(MAKER_DE, "licence withdrawn");
        vm.expectRevert(abi.encodeWithSelector(IPharmaLedger.ParticipantIsSuspended.selector, MAKER_DE));
        vm.prank(MAKER_DE);
        ledger.dispatch(batchId, WHOLESALER_DE, 1, 0);
    }
}
