// Cross-checks our C# ABI codec against ethers v6's AbiCoder (run by EthersPeerTests).
//
//   node tests/peer/abi-peer.mjs <input.json>
//
// Input: { "mode": "decode", "cases": [{ "types": [...], "hex": "0x..." }] }
//   ethers decodes each of our encodings and re-encodes what it decoded.
//   Output, per case: { "values": [...], "hex": "0x..." } or { "error": "..." }.
// Input: { "mode": "encode", "seed": n, "cases": [{ "types": [...] }] }
//   ethers encodes values it draws from a seeded generator.
//   Output, per case: { "values": [...], "hex": "0x..." }.
// Values are written canonically so both sides compare them as JSON: integers as decimal strings,
// addresses EIP-55 checksummed, bytes as lower-case 0x hex, strings as they are, arrays and tuples
// as JSON arrays. The output is printed on stdout as { "results": [...] }.
import { readFileSync } from "node:fs";
import { AbiCoder, ParamType, getAddress, hexlify } from "ethers";

const coder = AbiCoder.defaultAbiCoder();

function canonical(param, value) {
  if (param.isArray()) return Array.from(value, (v) => canonical(param.arrayChildren, v));
  if (param.isTuple()) return param.components.map((c, i) => canonical(c, value[i]));
  const type = param.baseType;
  if (type.startsWith("uint") || type.startsWith("int")) return BigInt(value).toString();
  if (type === "address") return getAddress(value);
  if (type === "bool") return value;
  if (type.startsWith("bytes")) return hexlify(value).toLowerCase();
  if (type === "string") return value;
  throw new Error(`unsupported type ${param.format()}`);
}

// mulberry32: a small seeded generator, so a failing case can be replayed from its seed.
function generator(seed) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n) => Math.floor(next() * n);
  const bytes = (n) => {
    const b = new Uint8Array(n);
    for (let i = 0; i < n; i++) b[i] = int(256);
    return b;
  };
  const bits = (n) => {
    let v = 0n;
    for (let i = 0; i < n; i += 8) v = (v << 8n) | BigInt(int(256));
    return v & ((1n << BigInt(n)) - 1n);
  };
  const pieces = ["a", "Z", "0", " ", "é", "ß", "€", "中", "文", "😀", "\u0000", "\n", "\"", "\\"];
  const value = (param) => {
    if (param.isArray()) {
      const n = param.arrayLength >= 0 ? param.arrayLength : int(5);
      return Array.from({ length: n }, () => value(param.arrayChildren));
    }
    if (param.isTuple()) return param.components.map(value);
    const type = param.baseType;
    const m = /^(u?)int(\d+)$/.exec(type);
    if (m) {
      const size = Number(m[2]);
      const signed = m[1] === "";
      const edge = int(8);
      if (!signed) return edge === 0 ? 0n : edge === 1 ? (1n << BigInt(size)) - 1n : bits(1 + int(size));
      if (edge === 0) return -(1n << BigInt(size - 1));
      if (edge === 1) return (1n << BigInt(size - 1)) - 1n;
      if (edge === 2) return -1n;
      const magnitude = bits(1 + int(size - 1));
      return int(2) === 0 ? magnitude : -magnitude;
    }
    if (type === "address") return getAddress(hexlify(bytes(20)));
    if (type === "bool") return int(2) === 1;
    if (type === "bytes") return hexlify(bytes([0, 1, 31, 32, 33, int(100)][int(6)]));
    if (type.startsWith("bytes")) return hexlify(bytes(Number(type.slice(5))));
    if (type === "string") return Array.from({ length: int(40) }, () => pieces[int(pieces.length)]).join("");
    throw new Error(`unsupported type ${param.format()}`);
  };
  return value;
}

const input = JSON.parse(readFileSync(process.argv[2], "utf8"));
let results;
if (input.mode === "decode") {
  results = input.cases.map(({ types, hex }) => {
    try {
      const params = types.map((t) => ParamType.from(t));
      const decoded = coder.decode(params, hex);
      return {
        values: params.map((p, i) => canonical(p, decoded[i])),
        hex: coder.encode(params, decoded),
      };
    } catch (e) {
      return { error: String(e.shortMessage ?? e.message) };
    }
  });
} else if (input.mode === "encode") {
  const value = generator(input.seed);
  results = input.cases.map(({ types }) => {
    const params = types.map((t) => ParamType.from(t));
    const values = params.map(value);
    return { values: params.map((p, i) => canonical(p, values[i])), hex: coder.encode(params, values) };
  });
} else {
  throw new Error(`unknown mode ${input.mode}`);
}
process.stdout.write(JSON.stringify({ results }));
