// The pack tree's layout agrees with an independent implementation, @openzeppelin/merkle-tree:
// our Solidity builder gives the same root and proofs, the contract's leaf is OZ's leaf, and the
// ledger accepts OZ's proofs and refuses altered ones.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { ethers } from "ethers";
import { startAnvil } from "../../scripts/lib/anvil.mjs";
import { artifact, deployConsortium, packTree, serialHash, withCheckDigit } from "../../scripts/lib/ledger.mjs";

let chain;
let provider;
let harness;
let consortium;

before(async () => {
  chain = await startAnvil();
  provider = new ethers.JsonRpcProvider(chain.url, undefined, { cacheTimeout: -1 });
  consortium = await deployConsortium(provider);
  const { abi, bytecode } = artifact("StandardMerkleTreeHarness", "testing/StandardMerkleTree");
  harness = await new ethers.ContractFactory(abi, bytecode, consortium.wallets.deployer).deploy();
  await harness.waitForDeployment();
});

after(async () => {
  provider?.destroy();
  await chain?.stop();
});

function randomHashes(n, seed) {
  return Array.from({ length: n }, (_, i) => serialHash(`S${seed}-${i}-${ethers.id(String(seed * 7919 + i)).slice(2, 10)}`));
}

test("our Solidity tree builder gives OpenZeppelin's root and proofs for every size 1..40", async () => {
  for (let n = 1; n <= 40; n++) {
    const hashes = randomHashes(n, n);
    const oz = packTree(hashes);
    assert.equal(await harness.root(hashes), oz.root, `root of ${n} leaves`);
    const i = (n * 31) % n;
    assert.deepEqual([...(await harness.proof(hashes, i))], oz.getProof(i), `proof of leaf ${i} of ${n}`);
  }
});

test("the contract's leaf is OpenZeppelin's standard leaf of (index, serialHash)", async () => {
  const hashes = randomHashes(25, 99);
  const oz = packTree(hashes);
  for (const [i, v] of oz.entries()) {
    assert.equal(await consortium.ledger.packLeaf(i, v[1]), oz.leafHash(v));
  }
});

test("the ledger accepts OpenZeppelin's proofs for a registered batch and refuses altered ones", async () => {
  const { ledger, as, wallets } = consortium;
  const serials = Array.from({ length: 100 }, (_, i) => `SER${i.toString(36).toUpperCase()}X`);
  const hashes = serials.map(serialHash);
  const oz = packTree(hashes);
  const gtin = withCheckDigit(950600013435n);
  await (await as(wallets.maker).registerBatch(gtin, "LAYOUT1", 20301231, 100, oz.root, hashes)).wait();
  const batchId = await ledger.batchIdOf(gtin, "LAYOUT1");
  assert.equal(batchId, ethers.keccak256(ethers.AbiCoder.defaultAbiCoder().encode(["uint64", "string"], [gtin, "LAYOUT1"])));
  for (const i of [0, 1, 37, 99]) {
    const pack = { batchId, index: i, serialHash: hashes[i], proof: oz.getProof(i) };
    assert.equal(await ledger.verifyPack(pack), true, `pack ${i}`);
    assert.equal(await ledger.verifyPack({ ...pack, index: (i + 1) % 100 }), false, `pack ${i} at another index`);
    assert.equal(await ledger.verifyPack({ ...pack, serialHash: serialHash("FORGED") }), false, `forged serial ${i}`);
  }
  await (await as(wallets.maker).dispatch(batchId, wallets.wholesaler.address, 10, 0)).wait();
  await (await as(wallets.customsFR).decideCustoms(1, 0, "ok")).wait();
  await (await as(wallets.wholesaler).receiveShipment(1)).wait();
  const receipt = await (await as(wallets.wholesaler).decommission(
    [{ batchId, index: 37, serialHash: hashes[37], proof: oz.getProof(37) }], 5)).wait();
  const event = ledger.interface.parseLog(receipt.logs[0]);
  assert.equal(event.name, "PackDecommissioned");
  assert.equal(await ledger.isDecommissioned(batchId, 37), true);
});
