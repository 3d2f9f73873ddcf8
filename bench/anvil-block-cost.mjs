// What the dev chain spends on a block as its state grows: Anvil's time to mine an empty block
// (`evm_mine`, nothing to execute) after the chain holds more and more storage slots. Run:
// `npm run bench:anvil-blocks`. Prints a Markdown table.
//
// The slots are written by contract creations whose init code stores 1 in slots 0..19,999 and returns
// no code (20,000 fresh SSTOREs, about 442 million gas, one transaction each), so the figure is about
// state size alone: no PharmaTrace contract is involved. Each dispatch leaves one fresh slot behind (its
// shipment record; three before 2026-12-01), so 100,000 slots are the state of 100,000 shipments.
import { startAnvil } from "../scripts/lib/anvil.mjs";

const SLOTS_PER_FILL = 20_000;
const STEPS = (process.env.ANVIL_BENCH_SLOTS ?? "0,20000,100000,200000,400000").split(",").map(Number);
const SAMPLES = 7;
// PUSH0; loop: JUMPDEST PUSH1 1 DUP2 SSTORE PUSH1 1 ADD DUP1 PUSH3 20000 GT PUSH1 1 JUMPI; STOP
const INIT_CODE = `0x5f5b600181556001018062${SLOTS_PER_FILL.toString(16).padStart(6, "0")}11600157`;
const FUNDED = "0xf39fd6e51aad88f6f4ce6ab8827279cfffb92266"; // Anvil's first (unlocked) test account

const chain = await startAnvil({ gasLimit: 1_000_000_000, extraArgs: ["--base-fee", "0"] });
async function rpc(method, params = []) {
  const res = await fetch(chain.url, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ jsonrpc: "2.0", id: 1, method, params }),
  });
  const body = await res.json();
  if (body.error) throw new Error(`${method}: ${body.error.message}`);
  return body.result;
}

const rows = [];
try {
  let slots = 0;
  for (const target of STEPS) {
    while (slots < target) {
      const hash = await rpc("eth_sendTransaction", [{ from: FUNDED, data: INIT_CODE, gas: "0x3b9aca00" }]);
      let receipt;
      while (!(receipt = await rpc("eth_getTransactionReceipt", [hash]))) await new Promise((r) => setTimeout(r, 20));
      if (receipt?.status !== "0x1") throw new Error(`fill transaction ${hash} did not succeed`);
      slots += SLOTS_PER_FILL;
    }
    const times = [];
    for (let i = 0; i < SAMPLES; i++) {
      const started = process.hrtime.bigint();
      await rpc("evm_mine");
      times.push(Number(process.hrtime.bigint() - started) / 1e6);
    }
    times.sort((a, b) => a - b);
    rows.push({ slots, median: times[SAMPLES >> 1], min: times[0], max: times[SAMPLES - 1] });
    console.error(`  ${slots.toLocaleString("en-US")} slots: ${times[SAMPLES >> 1].toFixed(1)} ms`);
  }
} finally {
  await chain.stop();
}

console.log("| storage slots | empty block, median ms | min | max |");
console.log("|---:|---:|---:|---:|");
for (const r of rows) {
  console.log(`| ${r.slots.toLocaleString("en-US")} | ${r.median.toFixed(1)} | ${r.min.toFixed(1)} | ${r.max.toFixed(1)} |`);
}
