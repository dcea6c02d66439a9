#!/usr/bin/env node
// evm_run.mjs — run a scenario on a real EVM (npm solc + @ethereumjs/vm) and print the
// results as JSON. The reference side of Mallory's differential tests.
//
//   node tests/reference/evm_run.mjs SCENARIO.json [--pretty]     ("-" reads stdin)
//
// Exit status: 0 when every step ran and every `expect` held; 1 when an `expect` failed
// (the results are still printed); 2 on a bad scenario or a compile error ({"error": ...}).
//
// ---------------------------------------------------------------------------------------------
// SCENARIO FORMAT (JSON)
// ---------------------------------------------------------------------------------------------
// {
//   "sources": ["../../contracts/examples/EtherBank.sol"],
//        // .sol paths relative to the scenario file (or absolute); imports are followed.
//        // Or inline: {"Bank.sol": "pragma solidity ^0.8.20; contract Bank { ... }"}
//   "options": {                       // all optional; defaults shown
//     "hardfork": "cancun",            // cancun | shanghai | paris | london | berlin
//     "gas_price": "0",                // wei per gas; 0 keeps balances free of gas costs
//     "gas_limit": "30000000",         // default gas limit of each transaction
//     "optimize": false,               // solc optimizer (runs 200)
//     "block": {"number": "1", "timestamp": "1700000000",
//               "coinbase": "0x000000000000000000000000000000000000c0de", "gas_limit": "30000000"}
//   },
//   "accounts": {                      // named externally owned accounts
//     "alice": "100 ether",            // balance only: the key is keccak256("alice"), i.e. the
//                                      // address Foundry's makeAddr("alice") gives
//     "bob": {"balance": "1 ether", "address": "0x00000000000000000000000000000000000b0b00"}
//                                      // a fixed address, impersonated (no key)
//   },
//   "steps": [ STEP, ... ]
// }
//
// Values: integers may be JSON numbers (safe integers only) or strings: "123", "0x7b", "-5",
// "1e18", "1.5 ether", "30 gwei", "2 days" (units: wei gwei ether seconds minutes hours days
// weeks). Arguments are JSON values matching the ABI types: address "0x..." or "@label" (an
// account or a contract label), bool true/false, bytesN / bytes as "0x..." hex (a bytesN given
// as plain text is UTF-8, right-padded: "Simple Token"), string as text, arrays and tuples
// (structs) as JSON arrays.
//
// STEP kinds (every step may carry "expect", see below, and "note", which is copied through):
//   {"kind": "deploy", "contract": "EtherBank" | "path/File.sol:EtherBank", "from": "alice",
//    "as": "bank", "args": [...], "value": "0", "gas": "..."}
//        -> deploys; "as" (default: the contract name) labels the new address.
//   {"kind": "call", "from": "alice", "to": "bank" | "@bank" | "0x...",
//    "function": "withdraw(uint256)" | "withdraw", "args": [...], "value": "0", "gas": "...",
//    "contract": "EtherBank",                    // ABI to use when "to" is a bare address
//    "data": "0x...",                            // raw calldata instead of function+args
//    "bind": {"as": "child", "contract": "Escrow", "return": 0}}
//        -> a transaction; without "function" and "data" it is a plain ether transfer.
//           "bind" labels the address found at return value index "return".
//   {"kind": "view", ...same fields as call...}
//        -> the same transaction, then rolled back (state, balances, nonce): read getters.
//           "from" defaults to the first account.
//   {"kind": "balance", "of": "alice" | ["alice", "bank"]}     -> balances of the labels
//   {"kind": "block", "number": "...", "timestamp": "...", "add_seconds": "...", "add_blocks": "..."}
//        -> changes the block that later transactions run in (nothing else changes it)
//   {"kind": "deal", "account": "alice", "balance": "5 ether"}  -> sets a balance
//   {"kind": "bind", "as": "child", "address": "0x..." | "@label", "contract": "Escrow"}
//
// "expect" (optional) is checked against the step's result: every field given must match,
// others are ignored. Fields: "success" (bool), "return" (array), "revert" (object, e.g.
// {"kind": "Error", "message": "..."} or {"kind": "Panic", "code": "17"} or
// {"kind": "Custom", "name": "InsufficientBalance"}), "events" (array of {"name", "args"}
// objects, compared in order and in full length), "balances" ({label: wei}), "address",
// "error". Integers compare by value ("1 ether" equals "1000000000000000000"), "@label"
// stands for the label's address, hex compares without regard to case.
//
// ---------------------------------------------------------------------------------------------
// RESULTS FORMAT (stdout, one JSON document; stable key order)
// ---------------------------------------------------------------------------------------------
// {
//   "tool": "evm_run", "format": 1, "solc": "0.8.28+commit...", "hardfork": "cancun",
//   "gas_price": "0",
//   "accounts": {"alice": "0x328809bc894f92807417d2dad6b7c998c1afdac6", ...},
//   "contracts": {"bank": {"contract": "EtherBank", "address": "0x..."}, ...},
//   "steps": [
//     {"index": 0, "kind": "deploy", "label": "bank", "contract": "EtherBank", "from": "0x...",
//      "value": "0", "address": "0x...", "success": true, "error": null, "return": null,
//      "revert": null, "events": [...], "gas_used": "412345", "balances": {...}},
//     {"index": 1, "kind": "call", "from": "0x...", "to": "0x...", "function": "deposit()",
//      "value": "1000000000000000000", "success": true, "error": null, "return": [],
//      "revert": null,
//      "events": [{"address": "0x...", "contract": "EtherBank", "name": "Deposited",
//                  "args": ["0x...", "1000000000000000000", "1000000000000000000"]}],
//      "gas_used": "45000", "balances": {"alice": "...", "bank": "..."}},
//     ...
//   ],
//   "final_balances": {"alice": "...", ...},
//   "expectations": {"checked": 3, "failed": 0, "failures": []}
// }
// A transaction the chain refuses (the sender cannot pay value + gas, gas below 21000) is not
// run: success false, "error": "invalid transaction: ...", gas_used "0", nonce unchanged.
// success: false comes with "error" ("revert", "out of gas", "invalid opcode", ...) and, for
// reverts, "revert": {"kind": "Error", "message"} | {"kind": "Panic", "code", "reason"} |
// {"kind": "Custom", "name", "args"} | {"kind": "empty"} | {"kind": "raw"}, each with "data"
// (hex). An event's "contract" is the contract type at the emitting address when that address
// has a label, otherwise the only compiled contract that declares the event (or null); an
// event no ABI declares is given raw as "topics" and "data" with "name": null.
// "return" holds the decoded outputs when the function's ABI is known, otherwise
// "return_data" holds the raw hex. Integers are decimal strings, addresses lowercase 0x-hex,
// bytes 0x-hex, bools JSON booleans. "gas_used" is the transaction's gas (intrinsic gas
// included, refunds deducted): it is the EVM's, not part of Mallory's equivalence promise.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { compileFiles, compileSources, solcVersion, REPO_ROOT } from './lib/solc.mjs';
import { Harness } from './lib/evm.mjs';
import { toBigInt } from './lib/abi.mjs';

class ScenarioError extends Error {}

/// Loads the sources of a scenario and compiles them.
function compileScenario(scenario, scenarioDir) {
  const opts = scenario.options || {};
  const copts = { optimize: !!opts.optimize, baseDir: REPO_ROOT };
  let compiled;
  if (Array.isArray(scenario.sources)) {
    const files = scenario.sources.map((f) => path.resolve(scenarioDir, f));
    for (const f of files) if (!fs.existsSync(f)) throw new ScenarioError(`source not found: ${f}`);
    compiled = compileFiles(files, copts);
  } else if (scenario.sources && typeof scenario.sources === 'object') {
    compiled = compileSources(scenario.sources, { ...copts, baseDir: scenarioDir });
  } else {
    throw new ScenarioError('"sources" must be a list of .sol paths or an object of inline sources');
  }
  if (!compiled.ok) {
    const msgs = compiled.errors.filter((e) => e.severity === 'error').map((e) => e.formatted);
    throw new ScenarioError(`compile errors:\n${msgs.join('\n')}`);
  }
  return compiled;
}

function isIntLike(v) {
  return typeof v === 'number' || typeof v === 'bigint' || (typeof v === 'string' && /^-?(\d|0x)/.test(v.trim()));
}

/// Does `actual` match the `expected` pattern? Objects match on the keys given, arrays in
/// full, integers by value, "@label" by the label's address.
function matches(expected, actual, h) {
  if (typeof expected === 'string' && expected.startsWith('@')) return actual === h.address(expected);
  if (expected === null || expected === undefined) return actual === null || actual === undefined;
  if (Array.isArray(expected)) {
    return Array.isArray(actual) && actual.length === expected.length && expected.every((e, i) => matches(e, actual[i], h));
  }
  if (typeof expected === 'object') {
    return actual !== null && typeof actual === 'object' && Object.keys(expected).every((k) => matches(expected[k], actual[k], h));
  }
  if (typeof actual === 'string' && /^-?\d+$/.test(actual) && isIntLike(expected)) {
    try {
      return toBigInt(expected) === BigInt(actual);
    } catch {
      return false;
    }
  }
  if (typeof expected === 'string' && typeof actual === 'string' && /^0x[0-9a-fA-F]*$/.test(expected)) {
    return expected.toLowerCase() === actual.toLowerCase();
  }
  return expected === actual;
}

async function runStep(h, step, index) {
  const k = step.kind;
  const common = { from: step.from, to: step.to, contract: step.contract, fn: step.function, args: step.args, data: step.data, value: step.value ?? 0, gas: step.gas };
  let r;
  switch (k) {
    case 'deploy':
      if (!step.contract) throw new ScenarioError(`step ${index}: deploy needs "contract"`);
      r = await h.deploy({ from: step.from, contract: step.contract, args: step.args || [], value: step.value ?? 0, as: step.as, gas: step.gas });
      break;
    case 'call':
      if (!step.from || !step.to) throw new ScenarioError(`step ${index}: call needs "from" and "to"`);
      r = await h.call(common);
      break;
    case 'view':
      if (!step.to) throw new ScenarioError(`step ${index}: view needs "to"`);
      r = await h.view(common);
      break;
    case 'balance': {
      const of = [].concat(step.of ?? []);
      const balances = {};
      for (const l of of) balances[l] = (await h.balanceOf(l)).toString();
      r = { kind: 'balance', balances };
      break;
    }
    case 'block':
      r = { kind: 'block', ...h.setBlock({ number: step.number, timestamp: step.timestamp, addSeconds: step.add_seconds, addBlocks: step.add_blocks }) };
      break;
    case 'deal':
      await h.setBalance(step.account, step.balance);
      r = { kind: 'deal', account: h.address(step.account), balance: toBigInt(step.balance).toString() };
      break;
    case 'bind':
      h.bind(step.as, step.address, step.contract);
      r = { kind: 'bind', label: step.as, address: h.address(step.as), contract: step.contract || null };
      break;
    default:
      throw new ScenarioError(`step ${index}: unknown kind '${k}' (deploy, call, view, balance, block, deal, bind)`);
  }
  if (step.bind && (k === 'call' || k === 'view')) {
    const b = step.bind;
    const v = r.success && Array.isArray(r.return) ? r.return[b.return ?? 0] : undefined;
    if (typeof v !== 'string' || !/^0x[0-9a-f]{40}$/.test(v)) {
      throw new ScenarioError(`step ${index}: cannot bind '${b.as}': return value ${b.return ?? 0} is not an address`);
    }
    h.bind(b.as, v, b.contract);
    r.bound = { label: b.as, address: v };
  }
  const out = { index, ...r };
  if (step.note !== undefined) out.note = step.note;
  return out;
}

/// Runs a parsed scenario; returns the results document.
/// `engine.harness` replaces the EVM (lib/mallory.mjs runs the same scenario on Mallory).
export async function runScenario(scenario, scenarioDir = process.cwd(), engine = {}) {
  const compiled = compileScenario(scenario, scenarioDir);
  const opts = scenario.options || {};
  const b = opts.block || {};
  const HarnessClass = engine.harness || Harness;
  const h = await HarnessClass.create({
    scenario,
    scenarioDir,
    artifacts: compiled,
    hardfork: opts.hardfork,
    gasPrice: opts.gas_price,
    gasLimit: opts.gas_limit,
    block: { number: b.number, timestamp: b.timestamp, coinbase: b.coinbase, gasLimit: b.gas_limit },
  });
  const accounts = {};
  for (const [name, spec] of Object.entries(scenario.accounts || {})) {
    const s = typeof spec === 'object' && spec !== null ? spec : { balance: spec };
    accounts[name] = await h.addAccount(name, { balance: s.balance ?? '0', address: s.address });
  }
  const steps = [];
  const failures = [];
  let checked = 0;
  for (const [i, step] of (scenario.steps || []).entries()) {
    const r = await runStep(h, step, i);
    steps.push(r);
    if (step.expect) {
      for (const [key, want] of Object.entries(step.expect)) {
        checked++;
        if (!matches(want, r[key], h)) failures.push({ step: i, field: key, expected: want, actual: r[key] ?? null });
      }
    }
  }
  const contracts = {};
  for (const label of h.order) {
    const l = h.labels.get(label);
    if (l.artifact) contracts[label] = { contract: l.artifact.name, address: l.address };
  }
  const finalBalances = await h.balances();
  if (h.close) await h.close();
  return {
    tool: engine.tool || 'evm_run',
    format: 1,
    solc: solcVersion(),
    hardfork: h.hardfork,
    gas_price: h.gasPrice.toString(),
    accounts,
    contracts,
    steps,
    final_balances: finalBalances,
    expectations: { checked, failed: failures.length, failures },
  };
}

async function main() {
  const args = process.argv.slice(2);
  const pretty = args.includes('--pretty');
  const file = args.find((a) => !a.startsWith('--') || a === '-');
  if (!file) {
    console.error('usage: node tests/reference/evm_run.mjs SCENARIO.json [--pretty]   (see the top of this file for the format)');
    process.exit(2);
  }
  let scenario;
  let dir;
  try {
    const text = file === '-' ? fs.readFileSync(0, 'utf8') : fs.readFileSync(file, 'utf8');
    scenario = JSON.parse(text);
    dir = file === '-' ? process.cwd() : path.dirname(path.resolve(file));
  } catch (e) {
    console.log(JSON.stringify({ tool: 'evm_run', error: `cannot read scenario: ${e.message}` }));
    process.exit(2);
  }
  try {
    const result = await runScenario(scenario, dir);
    console.log(pretty ? JSON.stringify(result, null, 2) : JSON.stringify(result));
    process.exit(result.expectations.failed ? 1 : 0);
  } catch (e) {
    console.log(JSON.stringify({ tool: 'evm_run', error: e.message }));
    console.error(`evm_run: ${e instanceof ScenarioError ? '' : 'internal error: '}${e.message}`);
    process.exit(2);
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await main();
}
