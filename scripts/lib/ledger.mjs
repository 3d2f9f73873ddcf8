// Deploys PharmaLedger from the Hardhat artifacts with ethers, and builds the demo consortium used
// by the JavaScript tests and the gas benchmark.
import { readFileSync } from "node:fs";
import { ethers } from "ethers";
import { StandardMerkleTree } from "@openzeppelin/merkle-tree";

export function artifact(name, file = name) {
  return JSON.parse(readFileSync(new URL(`../../artifacts/contracts/${file}.sol/${name}.json`, import.meta.url)));
}

/** The published Anvil/Hardhat test keys (mnemonic "test test ... junk"): never outside development. */
export function devWallets(provider, count = 10) {
  const mnemonic = ethers.Mnemonic.fromPhrase("test test test test test test test test test test test junk");
  return Array.from({ length: count }, (_, i) =>
    ethers.HDNodeWallet.fromMnemonic(mnemonic, `m/44'/60'/0'/0/${i}`).connect(provider),
  );
}

export function withCheckDigit(body) {
  const digits = String(body);
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    const d = Number(digits[digits.length - 1 - i]);
    sum += i % 2 === 0 ? d * 3 : d;
  }
  return BigInt(digits + String((10 - (sum % 10)) % 10));
}

export const serialHash = (serial) => ethers.keccak256(ethers.toUtf8Bytes(serial));

/** OpenZeppelin's StandardMerkleTree over (uint256 index, bytes32 serialHash): our documented layout. */
export function packTree(hashes) {
  return StandardMerkleTree.of(hashes.map((h, i) => [i, h]), ["uint256", "bytes32"]);
}

export async function deployConsortium(provider) {
  const [deployer, regDE, regFR, maker, wholesaler, customsFR, pharmacy] = devWallets(provider, 7);
  const { abi, bytecode } = artifact("PharmaLedger");
  const factory = new ethers.ContractFactory(abi, bytecode, deployer);
  const ledger = await factory.deploy(
    [ethers.toUtf8Bytes("DE"), ethers.toUtf8Bytes("FR")].map((b) => ethers.hexlify(b)),
    [regDE.address, regFR.address],
    [withCheckDigit(400000000001n), withCheckDigit(300000000001n)],
    ["BfArM", "ANSM"],
  );
  await ledger.waitForDeployment();
  const as = (w) => ledger.connect(w);
  await (await as(regDE).admitParticipant(maker.address, 2, withCheckDigit(400000000002n), "Maker GmbH")).wait();
  await (await as(regFR).admitParticipant(wholesaler.address, 3, withCheckDigit(300000000002n), "Grossiste SA")).wait();
  await (await as(regFR).admitParticipant(customsFR.address, 4, withCheckDigit(300000000003n), "Douane")).wait();
  await (await as(regFR).admitParticipant(pharmacy.address, 5, withCheckDigit(300000000004n), "Pharmacie")).wait();
  return { ledger, as, wallets: { deployer, regDE, regFR, maker, wholesaler, customsFR, pharmacy } };
}
