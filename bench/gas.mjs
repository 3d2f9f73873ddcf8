// Gas per ledger operation on a real chain (Anvil, Prague rules), each beside a floor computed from
// opcode costs. Run: `npm run bench:gas` (after `npx hardhat build`). Prints a Markdown table.
//
// Floors count only what the operation's rules make unavoidable (Prague gas schedule):
//   intrinsic 21,000; calldata 4 gas per zero byte and 16 per non-zero byte, or the EIP-7623 floor
//   of 10 per token (zero byte = 1 token, non-zero = 4) when that is larger; SSTORE of a cold slot
//   22,100 zero -> non-zero, 5,000 non-zero -> non-zero (EIP-2929/3529); LOG 375 + 375 per topic +
//   8 per data byte; KECCAK256 30 + 6 per word.
import { ethers } from "ethers";
import { startAnvil } from "../scripts/lib/anvil.mjs";
import { deployConsortium, packTree, serialHash, withCheckDigit } from "../scripts/lib/ledger.mjs";

const PACKS = Number(process.env.GAS_BENCH_PACKS ?? 100_000);
const CHUNK = 20_000;
const SSTORE_NEW = 22_100;
const SSTORE_UPDATE = 5_000;
const log = (topics, dataBytes) => 375 + 375 * topics + 8 * dataBytes;
const keccak = (bytes) => 30 + 6 * Math.ceil(bytes / 32);

function calldata(hex) {
  const bytes = ethers.getBytes(hex);
  let zero = 0;
  for (const b of bytes) if (b === 0) zero++;
  const nonZero = bytes.length - zero;
  return { standard: 4 * zero + 16 * nonZero, floor: 10 * (zero + 4 * nonZero) };
}
/** Intrinsic + calldata + execution floor, with EIP-7623's calldata floor where it binds. */
const txFloor = (data, execution) => {
  const c = calldata(data);
  return 21_000 + Math.max(c.standard + execution, c.floor);
};

const chain = await startAnvil({ gasLimit: 60_000_000 });
const provider = new ethers.JsonRpcProvider(chain.url, undefined, { cacheTimeout: -1 });
const rows = [];
try {
  const { ledger, as, wallets } = await deployConsortium(provider);
  const gtin = withCheckDigit(950600013435n);
  const hashes = Array.from({ length: PACKS }, (_, i) => serialHash(`GASBENCH${i.toString(36).toUpperCase()}`));
  const tree = packTree(hashes);
  const maker = as(wallets.maker);

  // Register: the first chunk rides in the registration, the rest in publishLeaves transactions.
  let gas = 0n;
  let floor = 0;
  const first = hashes.slice(0, CHUNK);
  let tx = await maker.registerBatch(gtin, "GAS1", 20301231, PACKS, tree.root, first);
  let receipt = await tx.wait();
  gas += receipt.gasUsed;
  floor += txFloor(tx.data, 0);
  const batchId = await ledger.batchIdOf(gtin, "GAS1");
  for (let start = CHUNK; start < PACKS; start += CHUNK) {
    tx = await maker.publishLeaves(batchId, start, hashes.slice(start, start + CHUNK));
    receipt = await tx.wait();
    gas += receipt.gasUsed;
    floor += txFloor(tx.data, 0);
  }
  const perPack = Number(gas) / PACKS;
  const perPackFloor = floor / PACKS;
  rows.push(["register batch, per pack commissioned", perPack, perPackFloor, `${PACKS.toLocaleString("en")} packs in chunks of ${CHUNK.toLocaleString("en")}; floor: their calldata (EIP-7623)`]);

  const measure = async (label, send, execution, note) => {
    const t = await send();
    const r = await t.wait();
    rows.push([label, Number(r.gasUsed), txFloor(t.data, execution), note]);
    return r;
  };
  // The ledger's first shipment and first decommission pay for counters going from zero; the rows
  // below measure the steady state, after one of each.
  await (await maker.dispatch(batchId, wallets.wholesaler.address, 1, 0)).wait();
  await measure("dispatch (cross-border)", () => maker.dispatch(batchId, wallets.wholesaler.address, 1000, 0),
    SSTORE_UPDATE + SSTORE_NEW + log(4, 5 * 32), "sender's holding, one slot of shipment record, event");
  await measure("customs decision (release)", () => as(wallets.customsFR).decideCustoms(2, 0, "documents checked"),
    SSTORE_UPDATE + log(4, 5 * 32 + 32), "shipment status, event");
  await measure("receive", () => as(wallets.wholesaler).receiveShipment(2),
    SSTORE_UPDATE + SSTORE_NEW + log(4, 32), "shipment status, recipient's new holding, event");

  const packFloor = (proofLength) =>
    SSTORE_NEW + keccak(64) + keccak(32) + proofLength * keccak(64) + log(4, 3 * 32);
  const proofOf = (i) => ({ batchId, index: i, serialHash: hashes[i], proof: tree.getProof(i) });
  const depth = tree.getProof(1).length;
  const holder = as(wallets.wholesaler);
  // Decommission floor: the pack's bit (a fresh bitmap word), the proof's hashes, the event, plus
  // once per transaction the holder's quantity and the undo record of who and when.
  const perTx = SSTORE_UPDATE + SSTORE_NEW;
  await (await holder.decommission([proofOf(0)], 0)).wait();
  await measure("decommission, 1 pack", () => holder.decommission([proofOf(600)], 0),
    perTx + packFloor(depth), `proof of ${depth} hashes; bit, holding, undo record, event`);
  const basket = Array.from({ length: 10 }, (_, k) => proofOf(1000 + 2000 * k)); // 10 bitmap words
  const r10 = await holder.decommission(basket, 0);
  const rc10 = await r10.wait();
  const f10 = txFloor(r10.data, perTx + basket.reduce((s, p) => s + packFloor(p.proof.length), 0));
  rows.push(["decommission, 10 packs in one transaction, per pack", Number(rc10.gasUsed) / 10, f10 / 10, "10 packs in 10 bitmap words"]);
  await measure("recall (manufacturer, everywhere)", () => maker.recallBatch(batchId, "stability failure"),
    SSTORE_UPDATE + log(4, 3 * 32 + 32), "recall flag, event");
} finally {
  provider.destroy();
  await chain.stop();
}

const fmt = (n) => Math.round(n).toLocaleString("en");
console.log("| operation | gas measured | floor from opcode costs | ratio | floor counts |");
console.log("|---|---:|---:|---:|---|");
for (const [label, measured, floor, note] of rows) {
  console.log(`| ${label} | ${fmt(measured)} | ${fmt(floor)} | ${(measured / floor).toFixed(2)} | ${note} |`);
}
