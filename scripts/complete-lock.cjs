// Run after `npm install` regenerates package-lock.json: node scripts/complete-lock.cjs
// Adds lock entries for platform packages that the registry here does not serve (other OSes):
// npm ci skips them by os/cpu on Linux, but insists they are listed.
const fs = require("fs");
const lock = JSON.parse(fs.readFileSync("package-lock.json", "utf8"));
const add = (name, version, os, cpu, libc) => {
  const key = `node_modules/${name}`;
  if (lock.packages[key]) return;
  const entry = { version, cpu: [cpu], dev: true, license: name.includes("anvil") ? "MIT OR Apache-2.0" : "MIT", optional: true, os: [os] };
  if (libc) entry.libc = [libc];
  lock.packages[key] = entry;
};
for (const [p, os, cpu] of [["darwin-amd64", "darwin", "x64"], ["darwin-arm64", "darwin", "arm64"], ["linux-arm64", "linux", "arm64"], ["win32-amd64", "win32", "x64"]])
  add(`@foundry-rs/anvil-${p}`, "1.7.1", os, cpu);
for (const [p, os, cpu, libc] of [["darwin-arm64", "darwin", "arm64"], ["darwin-x64", "darwin", "x64"], ["linux-arm64-gnu", "linux", "arm64", "glibc"], ["linux-arm64-musl", "linux", "arm64", "musl"], ["win32-x64-msvc", "win32", "x64"]])
  add(`@nomicfoundation/edr-${p}`, "0.22.0", os, cpu, libc);
const sorted = {};
for (const k of Object.keys(lock.packages).sort((a, b) => (a === "" ? -1 : b === "" ? 1 : a.localeCompare(b)))) sorted[k] = lock.packages[k];
lock.packages = sorted;
fs.writeFileSync("package-lock.json", JSON.stringify(lock, null, 2) + "\n");
