// Starts the dev chain (Anvil on 127.0.0.1, state kept in $PHARMATRACE_DATA/chain-state.json),
// deploys PharmaLedger on first start and writes the deployment manifest
// ($PHARMATRACE_DATA/deployment.json: chain id, genesis hash, address, deployment block).
// Runs until Ctrl-C, then stops Anvil (which saves its state). Development only: it uses the
// published Anvil test keys.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { ethers } from "ethers";
import { startAnvil } from "./lib/anvil.mjs";
import { deployConsortium } from "./lib/ledger.mjs";

const dataDir = path.resolve(process.env.PHARMATRACE_DATA ?? ".pharmatrace");
mkdirSync(dataDir, { recursive: true });
const stateFile = path.join(dataDir, "chain-state.json");
const manifestFile = path.join(dataDir, "deployment.json");
const port = Number(process.env.PHARMATRACE_CHAIN_PORT ?? 8545);

const chain = await startAnvil({ port, extraArgs: ["--state", stateFile, "--state-interval", "5"] });
const provider = new ethers.JsonRpcProvider(chain.url, undefined, { cacheTimeout: -1 });
const genesis = await provider.getBlock(0);
const chainId = (await provider.getNetwork()).chainId;

let manifest = existsSync(manifestFile) ? JSON.parse(readFileSync(manifestFile, "utf8")) : null;
if (manifest && (manifest.genesisHash !== genesis.hash || (await provider.getCode(manifest.contracts.PharmaLedger)) === "0x")) {
  console.error(`The manifest ${manifestFile} belongs to another chain; delete ${dataDir} to start afresh.`);
  provider.destroy();
  await chain.stop();
  process.exit(1);
}
if (!manifest) {
  const { ledger } = await deployConsortium(provider);
  const receipt = await ledger.deploymentTransaction().wait();
  manifest = {
    chainId: Number(chainId),
    genesisHash: genesis.hash,
    contracts: { PharmaLedger: await ledger.getAddress() },
    deploymentBlock: receipt.blockNumber,
    deploymentTransaction: receipt.hash,
  };
  writeFileSync(manifestFile, JSON.stringify(manifest, null, 2) + "\n");
  console.log(`Deployed PharmaLedger at ${manifest.contracts.PharmaLedger} (block ${manifest.deploymentBlock}).`);
}
console.log(`Dev chain ${chain.url} (chain id ${chainId}); manifest ${manifestFile}. Ctrl-C stops it.`);
const shutdown = async () => {
  provider.destroy();
  await chain.stop();
  process.exit(0);
};
process.on("SIGINT", shutdown);
process.on("SIGTERM", shutdown);
