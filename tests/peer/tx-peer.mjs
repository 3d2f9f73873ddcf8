// Peer cross-check of PharmaTrace's transaction signing against ethers v6.
//
// Usage (from the repository root): node tests/peer/tx-peer.mjs <cases.json> <results.json>
//
// Each case holds a private key, unsigned transaction fields and the raw signed transaction that
// PharmaTrace produced. For each, ethers (1) parses our raw bytes with Transaction.from and reports
// the sender and hash it sees, and (2) signs the same unsigned fields with the same key. Both sides
// use RFC 6979 deterministic nonces and EIP-2 low S, so the signed bytes must be identical. The C#
// test (Transactions/EthersPeerTests.cs) compares; this script only reports, and never prints keys.
import { readFileSync, writeFileSync } from "node:fs";
import { SigningKey, Transaction, computeAddress } from "ethers";

const [casesPath, resultsPath] = process.argv.slice(2);
if (!casesPath || !resultsPath) {
  console.error("usage: node tests/peer/tx-peer.mjs <cases.json> <results.json>");
  process.exit(2);
}

function unsignedFields(c) {
  const common = {
    type: c.type,
    chainId: BigInt(c.chainId),
    nonce: c.nonce,
    gasLimit: BigInt(c.gasLimit),
    to: c.to,
    value: BigInt(c.value),
    data: c.data,
  };
  if (c.type === 0) {
    return { ...common, gasPrice: BigInt(c.gasPrice) };
  }
  return {
    ...common,
    maxPriorityFeePerGas: BigInt(c.maxPriorityFeePerGas),
    maxFeePerGas: BigInt(c.maxFeePerGas),
    accessList: c.accessList,
  };
}

const cases = JSON.parse(readFileSync(casesPath, "utf8"));
const results = cases.map((c) => {
  try {
    const parsed = Transaction.from(c.raw);
    const tx = Transaction.from(unsignedFields(c));
    tx.signature = new SigningKey(c.key).sign(tx.unsignedHash);
    return {
      parsedFrom: parsed.from,
      parsedHash: parsed.hash,
      ethersRaw: tx.serialized,
      ethersHash: tx.hash,
      ethersFrom: computeAddress(c.key),
    };
  } catch (error) {
    return { error: String(error?.message ?? error) };
  }
});
writeFileSync(resultsPath, JSON.stringify(results));
