#!/usr/bin/env node
// run_cases.test.mjs — the run cases of tests/lang/cases/run/*.sol against the real EVM and
// against `mallory run`. Each case is a program whose last contract has a payable run(); after
// a `// ----` line it lists, one per `// ` line, the outcome (`success` or `failure`) and then
// every event in order as `Name(arg, ...)`, each argument in the stable JSON form of
// lib/abi.mjs (integers as decimal strings, bytes and addresses as lowercase hex).
//
// For each case: solc + @ethereumjs/vm deploys the last contract and calls run() with 10 ether
// and 30,000,000 gas; the outcome must equal the expectations. When the Mallory binary is
// built (build/release/cli/mallory, or MALLORY_BIN), `mallory run FILE --value ... --gas-limit
// ... --json` must give the same lines too (tests/lang/run_cases_test.cpp checks that side in
// CTest as well).
//
//   node tests/reference/run_cases.test.mjs [CASE.sol ...]      check
//   node tests/reference/run_cases.test.mjs --print CASE.sol     print the EVM's lines
import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { compileFiles, REPO_ROOT } from './lib/solc.mjs';
import { Harness } from './lib/evm.mjs';

const VALUE = '10000000000000000000';
const GAS = '30000000';
const SEPARATOR = '// ----';
const CASES = path.join(REPO_ROOT, 'tests/lang/cases/run');

/// The expectation lines of a case file (without the `// ` prefix).
function expectations(text) {
  const at = text.indexOf(`\n${SEPARATOR}\n`);
  if (at < 0) return null;
  return text
    .slice(at + SEPARATOR.length + 2)
    .split('\n')
    .filter((l) => l.startsWith('// '))
    .map((l) => l.slice(3));
}

/// The last concrete contract of the file, as `mallory run` picks it.
function lastContract(text) {
  const names = [...text.matchAll(/^\s*contract\s+([A-Za-z_$][A-Za-z0-9_$]*)/gm)].map((m) => m[1]);
  return names[names.length - 1];
}

function render(success, events) {
  const lines = [success ? 'success' : 'failure'];
  for (const e of events) lines.push(`${e.name}(${e.args.map((a) => JSON.stringify(a)).join(', ')})`);
  return lines;
}

async function onEvm(file) {
  const rel = path.relative(REPO_ROOT, file);
  const compiled = compileFiles([rel], { baseDir: REPO_ROOT });
  if (!compiled.ok) throw new Error(compiled.errors.map((e) => e.formatted).join('\n'));
  const h = await Harness.create({ artifacts: compiled });
  await h.addAccount('sender', { balance: '1000000 ether' });
  const name = lastContract(fs.readFileSync(file, 'utf8'));
  const d = await h.deploy({ from: 'sender', contract: name, gas: GAS });
  if (!d.success) return ['failure'];
  const r = await h.call({ from: 'sender', to: name, fn: 'run()', value: VALUE, gas: GAS });
  return render(r.success, r.events);
}

function malloryBinary() {
  const p = process.env.MALLORY_BIN || path.join(REPO_ROOT, 'build/release/cli/mallory');
  return fs.existsSync(p) ? p : null;
}

function onMallory(bin, file) {
  let out;
  try {
    out = execFileSync(bin, ['run', file, '--value', VALUE, '--gas-limit', GAS, '--json'], {
      encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], timeout: 120000,
    });
  } catch (e) {
    out = e.stdout || '';
    if (!out.trim().startsWith('{')) throw new Error(`mallory run failed: ${e.stderr || e.message}`);
  }
  const j = JSON.parse(out);
  return render(j.success, j.success ? j.events : []);
}

function diff(want, got) {
  for (let i = 0; i < Math.max(want.length, got.length); i++) {
    if (want[i] !== got[i]) return `line ${i + 1}: expected ${want[i] ?? '<end>'}, got ${got[i] ?? '<end>'}`;
  }
  return null;
}

const args = process.argv.slice(2);
if (args[0] === '--print') {
  for (const f of args.slice(1)) for (const l of await onEvm(path.resolve(f))) console.log(`// ${l}`);
  process.exit(0);
}
const files = args.length
  ? args.map((f) => path.resolve(f))
  : fs.readdirSync(CASES).filter((f) => f.endsWith('.sol')).sort().map((f) => path.join(CASES, f));
const bin = malloryBinary();
if (!bin) console.log('note: no Mallory binary (build/release/cli/mallory): checking the EVM side only');
let passed = 0;
let failed = 0;
for (const file of files) {
  const name = path.basename(file);
  const want = expectations(fs.readFileSync(file, 'utf8'));
  if (!want) {
    failed++;
    console.log(`FAIL ${name}: no '${SEPARATOR}' line with expectations`);
    continue;
  }
  const sides = [['evm', () => onEvm(file)]];
  if (bin) sides.push(['mallory', () => onMallory(bin, file)]);
  for (const [side, run] of sides) {
    let problem;
    try {
      problem = diff(want, await run());
    } catch (e) {
      problem = String(e.message || e);
    }
    if (problem) {
      failed++;
      console.log(`FAIL ${name} (${side}): ${problem}`);
    } else {
      passed++;
      console.log(`ok   ${name} (${side})`);
    }
  }
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
