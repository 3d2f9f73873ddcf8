// The same work as bench/PharmaTrace.Ledger.Bench in ethers.js v6; prints {name: median ns/op}.
// Each row runs for about 1 s in 5 rounds after a warm-up; the median round counts.
import { AbiCoder, Transaction, Wallet, keccak256, getBytes } from "ethers";

const key = "0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80";
const wallet = new Wallet(key);
const message1k = Uint8Array.from({ length: 1024 }, (_, i) => (i * 7) & 0xff);
const hash = keccak256(new TextEncoder().encode("pharmatrace"));
const to = "0x70997970C51812dc3A010C7d01b50e0d17dc79C8";
const coder = AbiCoder.defaultAbiCoder();
const dispatchTypes = ["bytes32", "address", "uint64", "uint256"];
const dispatchValues = [hash, to, 1000n, 106141412345678908n];
const decTypes = ["tuple(bytes32,uint32,bytes32,bytes32[])[]", "uint8"];
const decValues = [
  [0, 1, 2].map((p) => [hash, p * 1000, keccak256(Uint8Array.of(p)), Array.from({ length: 17 }, (_, i) => keccak256(Uint8Array.of(p, i)))]),
  0,
];
const transfer = (nonce) =>
  Transaction.from({
    type: 2, chainId: 31337n, nonce, gasLimit: 100000n, to, value: 1n,
    maxPriorityFeePerGas: 1000000000n, maxFeePerGas: 2000000000n, data: message1k.slice(0, 68),
  });
const signed = (() => {
  const tx = transfer(0);
  tx.signature = wallet.signingKey.sign(tx.unsignedHash);
  return tx.serialized;
})();
const dispatchEncoded = coder.encode(dispatchTypes, dispatchValues);
const decEncoded = coder.encode(decTypes, decValues);

const rows = {
  "keccak256 of 1 KiB": () => keccak256(message1k),
  "sign a hash (RFC 6979, recovery id)": () => wallet.signingKey.sign(hash),
  "sign an EIP-1559 transaction": () => {
    const tx = transfer(7);
    tx.signature = wallet.signingKey.sign(tx.unsignedHash);
    return tx.serialized;
  },
  "decode a signed transaction and recover its sender": () => Transaction.from(signed).from,
  "ABI encode dispatch(bytes32,address,uint64,uint256)": () => coder.encode(dispatchTypes, dispatchValues),
  "ABI decode dispatch(bytes32,address,uint64,uint256)": () => coder.decode(dispatchTypes, dispatchEncoded),
  "ABI encode decommission of 3 packs with 17-hash proofs": () => coder.encode(decTypes, decValues),
  "ABI decode decommission of 3 packs with 17-hash proofs": () => coder.decode(decTypes, getBytes(decEncoded)).toArray(true),
};

function measure(fn) {
  for (let i = 0; i < 200; i++) fn();
  const rounds = [];
  for (let r = 0; r < 5; r++) {
    let n = 0;
    const start = process.hrtime.bigint();
    let elapsed = 0n;
    while (elapsed < 1_000_000_000n) {
      for (let i = 0; i < 50; i++) fn();
      n += 50;
      elapsed = process.hrtime.bigint() - start;
    }
    rounds.push(Number(elapsed) / n);
  }
  rounds.sort((a, b) => a - b);
  return rounds[2];
}

const out = {};
for (const [name, fn] of Object.entries(rows)) out[name] = measure(fn);
console.log(JSON.stringify(out));
