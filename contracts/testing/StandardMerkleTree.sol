// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.28;

import {Hashes} from "@openzeppelin/contracts/utils/cryptography/Hashes.sol";

/// @title OpenZeppelin's StandardMerkleTree layout, rebuilt in Solidity for tests and tools.
/// @notice Layout (@openzeppelin/merkle-tree 1.x, `StandardMerkleTree.of(values, ["uint256","bytes32"])`):
/// leaves are the double-hashed values, sorted ascending; the tree is an array of 2n-1 nodes with
/// the sorted leaves stored from the end backwards (leaf k at tree[2n-2-k]) and node i the
/// commutative hash of nodes 2i+1 and 2i+2. The root is tree[0]. Gas-hungry: not for production.
library StandardMerkleTree {
    function leaf(uint256 index, bytes32 serialHash) internal pure returns (bytes32) {
        return keccak256(bytes.concat(keccak256(abi.encode(index, serialHash))));
    }

    /// @notice The whole tree for the serial hashes at indexes 0..n-1.
    function build(bytes32[] memory serialHashes) internal pure returns (bytes32[] memory tree) {
        uint256 n = serialHashes.length;
        require(n > 0, "empty tree");
        bytes32[] memory leaves = new bytes32[](n);
        for (uint256 i = 0; i < n; ++i) {
            leaves[i] = leaf(i, serialHashes[i]);
        }
        _sort(leaves);
        tree = new bytes32[](2 * n - 1);
        for (uint256 k = 0; k < n; ++k) {
            tree[tree.length - 1 - k] = leaves[k];
        }
        for (uint256 i = tree.length - n; i > 0; --i) {
            tree[i - 1] = Hashes.commutativeKeccak256(tree[2 * i - 1], tree[2 * i]);
        }
    }

    /// @notice The proof of the pack at `index`, as OpenZeppelin's getProof returns it.
    function proof(bytes32[] memory tree, bytes32 leafHash) internal pure returns (bytes32[] memory path) {
        uint256 i = type(uint256).max;
        for (uint256 j = tree.length; j > tree.length / 2; --j) {
            if (tree[j - 1] == leafHash) {
                i = j - 1;
                break;
            }
        }
        require(i != type(uint256).max, "leaf not in tree");
        uint256 depth;
        for (uint256 x = i; x > 0; x = (x - 1) / 2) ++depth;
        path = new bytes32[](depth);
        for (uint256 d = 0; i > 0; ++d) {
            uint256 sibling = i % 2 == 1 ? i + 1 : i - 1;
            path[d] = tree[sibling];
            i = (i - 1) / 2;
        }
    }

    function _sort(bytes32[] memory a) private pure {
        // Heap sort: O(n log n) with no recursion, fine for test trees.
        uint256 n = a.length;
        for (uint256 start = n / 2; start > 0; --start) _sift(a, start - 1, n);
        for (uint256 end = n; end > 1; --end) {
            (a[0], a[end - 1]) = (a[end - 1], a[0]);
            _sift(a, 0, end - 1);
        }
    }

    function _sift(bytes32[] memory a, uint256 root, uint256 end) private pure {
        while (2 * root + 1 < end) {
            uint256 child = 2 * root + 1;
            if (child + 1 < end && a[child] < a[child + 1]) ++child;
            if (a[root] >= a[child]) return;
            (a[root], a[child]) = (a[child], a[root]);
            root = child;
        }
    }
}

/// @notice Exposes {StandardMerkleTree} to off-chain tests that compare it with @openzeppelin/merkle-tree.
contract StandardMerkleTreeHarness {
    function root(bytes32[] calldata serialHashes) external pure returns (bytes32) {
        return StandardMerkleTree.build(serialHashes)[0];
    }

    function proof(bytes32[] calldata serialHashes, uint256 index) external pure returns (bytes32[] memory) {
        bytes32[] memory tree = StandardMerkleTree.build(serialHashes);
        return StandardMerkleTree.proof(tree, StandardMerkleTree.leaf(index, serialHashes[index]));
    }
}
