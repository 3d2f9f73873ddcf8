#!/usr/bin/env bash
# Runs every test of PharmaTrace on a fresh machine that has the .NET SDK and Node.js 20:
# installs the npm toolchain (Hardhat 3, solc, Anvil, a local Node 24 for Hardhat), builds the
# contracts, runs the Solidity tests, the JavaScript tests and the .NET tests, and prints one line
# "N passed, N failed". Exits non-zero when anything failed.
set -uo pipefail
cd "$(dirname "$0")/.."
root=$PWD
log_dir=$(mktemp -d)
pg_dir=""
cleanup() {
  [ -z "$pg_dir" ] || scripts/postgres-test-server.sh stop "$pg_dir" || true
  rm -rf "$log_dir"
}
trap cleanup EXIT

step() { printf '\n==> %s\n' "$*"; }
die() { echo "error: $*" >&2; exit 1; }

step "npm ci"
npm ci --no-audit --no-fund --loglevel=error || die "npm ci failed"
# npm's optional-dependency bug can drop Hardhat's native EDR; package.json pins it, check anyway.
[ -d node_modules/@nomicfoundation/edr-linux-x64-gnu ] || [ "$(uname -s)" != Linux ] || die "Hardhat's native EDR package is missing after npm ci"
export PATH="$root/node_modules/.bin:$PATH"
node --version | grep -q '^v2[4-9]' || die "the local Node 24 from npm is not first on PATH"

passed=0
failed=0
count() { passed=$((passed + $1)); failed=$((failed + $2)); }

step "hardhat build"
npx hardhat build --quiet 2>&1 | grep -v 'Unknown user config' || true
[ -f artifacts/contracts/PharmaLedger.sol/PharmaLedger.json ] || die "contracts did not build"

step "Solidity tests"
npx hardhat test solidity 2>&1 | grep -v 'Unknown user config' | tee "$log_dir/sol.txt"
sol_pass=$(grep -Eo '^ *[0-9]+ passing' "$log_dir/sol.txt" | grep -Eo '[0-9]+' | awk '{s+=$1} END {print s+0}')
sol_fail=$(grep -Eo '^ *[0-9]+ failing' "$log_dir/sol.txt" | grep -Eo '[0-9]+' | awk '{s+=$1} END {print s+0}')
[ "${sol_pass:-0}" -gt 0 ] || { echo "Solidity tests did not report a count"; sol_fail=$(( ${sol_fail:-0} + 1 )); }
count "${sol_pass:-0}" "${sol_fail:-0}"

step "JavaScript tests"
node --test tests/js/*.test.mjs 2>&1 | tee "$log_dir/js.txt"
js_pass=$(grep -Eo '^ℹ pass [0-9]+' "$log_dir/js.txt" | grep -Eo '[0-9]+$')
js_fail=$(grep -Eo '^ℹ fail [0-9]+' "$log_dir/js.txt" | grep -Eo '[0-9]+$')
[ -n "$js_pass" ] || { echo "JavaScript tests did not report a count"; js_fail=$(( ${js_fail:-0} + 1 )); }
count "${js_pass:-0}" "${js_fail:-0}"

step "PostgreSQL for the read-model tests"
# The projection tests run against SQLite and a real PostgreSQL server (Debian's postgresql).
if ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
  if [ "$(id -u)" -eq 0 ]; then { apt-get update -qq && apt-get install -y postgresql; } || die "apt-get install postgresql failed"
  else { sudo apt-get update -qq && sudo apt-get install -y postgresql; } || die "apt-get install postgresql failed"; fi
fi
pg_env=$(scripts/postgres-test-server.sh start) || die "could not start a PostgreSQL test cluster"
eval "$pg_env"
pg_dir=$PHARMATRACE_TEST_POSTGRES_DIR
export PHARMATRACE_TEST_POSTGRES
echo "PostgreSQL test cluster in $pg_dir"

step ".NET tests"
dotnet test PharmaTrace.sln --nologo 2>&1 | tee "$log_dir/dotnet.txt"
dotnet_status=${PIPESTATUS[0]}
net_pass=$(grep -Eo 'Passed: +[0-9]+' "$log_dir/dotnet.txt" | grep -Eo '[0-9]+' | awk '{s+=$1} END {print s+0}')
net_fail=$(grep -Eo 'Failed: +[0-9]+' "$log_dir/dotnet.txt" | grep -Eo '[0-9]+' | awk '{s+=$1} END {print s+0}')
if [ "$dotnet_status" -ne 0 ] && [ "${net_fail:-0}" -eq 0 ]; then
  echo "dotnet test failed without a failing test (build error?)"
  net_fail=1
fi
count "${net_pass:-0}" "${net_fail:-0}"

printf '\nSolidity %s/%s, JavaScript %s/%s, .NET %s/%s (passed/failed)\n' \
  "${sol_pass:-0}" "${sol_fail:-0}" "${js_pass:-0}" "${js_fail:-0}" "${net_pass:-0}" "${net_fail:-0}"
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ] && [ "$passed" -gt 0 ]
