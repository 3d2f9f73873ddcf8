// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.28;

import {Multicall} from "@openzeppelin/contracts/utils/Multicall.sol";
import {Consortium} from "./ledger/Consortium.sol";
import {Custody} from "./ledger/Custody.sol";
import {Packs} from "./ledger/Packs.sol";

/// @title PharmaTrace's shared ledger: consortium, batches, custody and packs in one contract.
/// @notice One deployment per consortium network. {multicall} runs several of the caller's
/// operations in one transaction (all or nothing), so that a busy API can batch its writes.
contract PharmaLedger is Custody, Packs, Multicall {
    constructor(bytes2[] memory countries, address[] memory regulators, uint64[] memory glns, string[] memory names)
        Consortium(countries, regulators, glns, names)
    {}
}
