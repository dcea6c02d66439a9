// Runs every scenario in tests/reference/scenarios/ on the real EVM (in-process, through
// evm_run.mjs's runScenario) and checks that all its `expect`s are met; then runs the CLI
// itself: the same scenario twice must give byte-identical output and exit 0, and a
// scenario that does not compile must give exit 2 and a file:line:col error.
//
//   node tests/reference/evm_run.test.mjs
//
// One line per check, then "N passed, M failed"; exit status 1 on failure.
import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { runScenario } from './evm_run.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const cli = path.join(here, 'evm_run.mjs');
const dir = path.join(here, 'scenarios');

let passed = 0;
let failed = 0;

function run(file) {
  try {
    return { code: 0, out: execFileSync(process.execPath, [cli, file], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }) };
  } catch (e) {
    return { code: e.status ?? 1, out: e.stdout || '', err: e.stderr || '' };
  }
}

const files = fs.readdirSync(dir).filter((f) => f.endsWith('.json')).sort();
for (const f of files) {
  let doc = null;
  let error = null;
  try {
    doc = await runScenario(JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8')), dir);
  } catch (e) {
    error = e.message;
  }
  if (doc && doc.expectations.failed === 0) {
    passed++;
    console.log(`ok ${f}: ${doc.steps.length} steps, ${doc.expectations.checked} expectations`);
  } else {
    failed++;
    console.log(`FAIL ${f}`);
    if (error) console.log(`  ${error}`);
    if (doc) for (const x of doc.expectations.failures) console.log(`  step ${x.step} ${x.field}: expected ${JSON.stringify(x.expected)}, got ${JSON.stringify(x.actual)}`);
  }
}

// Determinism: the reference output must not depend on the run.
{
  const f = path.join(dir, files[0]);
  const a = run(f);
  const b = run(f);
  if (a.code === 0 && b.code === 0 && a.out && a.out === b.out) {
    passed++;
    console.log(`ok deterministic output (${files[0]} twice)`);
  } else {
    failed++;
    console.log(`FAIL deterministic output (${files[0]} twice)`);
  }
}

// A bad scenario is a usage error (exit 2) with a JSON error, not a crash.
{
  const bad = path.join(fs.mkdtempSync(path.join((await import('node:os')).tmpdir(), 'evm_run-')), 'bad.json');
  fs.writeFileSync(bad, JSON.stringify({ sources: { 'X.sol': 'pragma solidity ^0.8.20; contract X { function f( }' }, steps: [] }));
  const r = run(bad);
  let doc = null;
  try {
    doc = JSON.parse(r.out);
  } catch {
    // reported below
  }
  if (r.code === 2 && doc && /X\.sol:1:\d+: error/.test(doc.error || '')) {
    passed++;
    console.log('ok compile error reported as file:line:col with exit 2');
  } else {
    failed++;
    console.log(`FAIL compile error handling (exit ${r.code}): ${r.out}`);
  }
  fs.rmSync(path.dirname(bad), { recursive: true, force: true });
}

console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
