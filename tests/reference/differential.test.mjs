#!/usr/bin/env node
// differential.test.mjs — every scenario in tests/reference/scenarios/ runs twice: on the real
// EVM (npm solc + @ethereumjs/vm) and on Mallory (mallory build + mallory_backend). For each
// step the observable outcome must be identical: success/revert, return values, revert data,
// events (name and arguments), deployed addresses and every named account's balance. Gas is
// Mallory's own (LANGUAGE.md §6): it is printed side by side with the EVM's, with the ratio.
//
//   node tests/reference/differential.test.mjs [SCENARIO.json ...]
// Needs a release build (MALLORY_BIN / MALLORY_BACKEND override the paths).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runScenario } from './evm_run.mjs';
import { MalloryHarness } from './lib/mallory.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const OBSERVABLE = ['kind', 'success', 'return', 'revert', 'events', 'balances', 'address', 'label'];

function observable(step) {
  const out = {};
  for (const k of OBSERVABLE) if (step[k] !== undefined) out[k] = step[k];
  if (out.revert) out.revert = { ...out.revert }; // revert data and decoded fields both compared
  return out;
}

function firstDifference(a, b, where = '') {
  if (JSON.stringify(a) === JSON.stringify(b)) return null;
  if (a && b && typeof a === 'object' && typeof b === 'object') {
    for (const k of new Set([...Object.keys(a), ...Object.keys(b)])) {
      const d = firstDifference(a[k], b[k], `${where}.${k}`);
      if (d) return d;
    }
  }
  return `${where || '.'}: evm ${JSON.stringify(a)} vs mallory ${JSON.stringify(b)}`;
}

const files = process.argv.slice(2).length
  ? process.argv.slice(2)
  : fs.readdirSync(path.join(here, 'scenarios')).filter((f) => f.endsWith('.json')).sort().map((f) => path.join(here, 'scenarios', f));

let passed = 0;
let failed = 0;
const gasRows = [];
for (const file of files) {
  const name = path.basename(file, '.json');
  const scenario = JSON.parse(fs.readFileSync(file, 'utf8'));
  const dir = path.dirname(path.resolve(file));
  let evm, mallory;
  try {
    evm = await runScenario(scenario, dir);
    mallory = await runScenario(scenario, dir, { harness: MalloryHarness, tool: 'mallory' });
  } catch (e) {
    console.log(`FAIL ${name}: ${e.message}`);
    failed++;
    continue;
  }
  const problems = [];
  evm.steps.forEach((step, i) => {
    const other = mallory.steps[i];
    const d = firstDifference(observable(step), observable(other || {}));
    if (d) problems.push(`step ${i} (${step.function || step.kind}): ${d}`);
    if (step.gas_used && other && other.gas_used && step.kind !== 'balance' && step.success) {
      gasRows.push({ scenario: name, step: i, what: step.function || `deploy ${step.contract || ''}`, evm: Number(step.gas_used), mallory: Number(other.gas_used) });
    }
  });
  const fb = firstDifference(evm.final_balances, mallory.final_balances);
  if (fb) problems.push(`final balances: ${fb}`);
  if (problems.length) {
    failed++;
    console.log(`FAIL ${name}`);
    for (const p of problems.slice(0, 8)) console.log(`  ${p}`);
  } else {
    passed++;
    console.log(`ok   ${name} (${evm.steps.length} steps)`);
  }
}

console.log('\ngas (successful transactions): EVM vs Mallory');
console.log('scenario'.padEnd(22) + 'step'.padEnd(44) + 'evm'.padStart(10) + 'mallory'.padStart(10) + 'ratio'.padStart(8));
let outside = 0;
for (const r of gasRows) {
  const ratio = r.mallory / r.evm;
  // deployments pay per byte of code, and Mallory's containers are larger than EVM bytecode
  if (!String(r.what).startsWith('deploy') && (ratio > 2 || ratio < 0.5)) outside++;
  console.log(r.scenario.slice(0, 21).padEnd(22) + String(r.what).slice(0, 43).padEnd(44) + String(r.evm).padStart(10) + String(r.mallory).padStart(10) + ratio.toFixed(2).padStart(8));
}
console.log(`${gasRows.length} transactions compared, ${outside} function calls outside a factor of 2`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
