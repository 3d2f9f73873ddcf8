// Hardhat 3 builds the contracts and runs their Solidity tests, offline: the compiler is the npm
// `solc` package's soljson.js (same version as below), never a download.
import { createRequire } from "node:module";
import { defineConfig } from "hardhat/config";

const require = createRequire(import.meta.url);
const solcVersion = require("solc/package.json").version;

export default defineConfig({
  solidity: {
    version: solcVersion,
    path: require.resolve("solc/soljson.js"),
    settings: {
      optimizer: { enabled: true, runs: 1000 },
      viaIR: true,
      evmVersion: "prague",
    },
  },
  paths: {
    sources: "contracts",
    tests: { solidity: "contracts/test" },
  },
});
