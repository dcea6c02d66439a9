// mallory.mjs — the same Harness as lib/evm.mjs, with Mallory's compiler and VM underneath.
//
// The scenario's sources are compiled by `mallory build --out` (Mallory's bytecode replaces
// solc's in each artifact; the ABI is solc's, which is the same interface by the subset
// promise) and every transaction runs in `mallory_backend`, a small C++ program speaking JSON
// lines on stdin/stdout around vm::Executor and a journaled in-memory state. Encoding,
// decoding, labels and results are the base class's, so the two engines' results compare
// field by field.
import { spawn, execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import readline from 'node:readline';
import { Harness } from './evm.mjs';
import { REPO_ROOT } from './solc.mjs';
import { toBigInt } from './abi.mjs';

function tool(envName, relative) {
  const p = process.env[envName] || path.join(REPO_ROOT, relative);
  if (!fs.existsSync(p)) throw new Error(`${p} not found: build Mallory first (bash scripts/build.sh release) or set ${envName}`);
  return p;
}

export const malloryBinary = () => tool('MALLORY_BIN', 'build/release/cli/mallory');
export const backendBinary = () => tool('MALLORY_BACKEND', 'build/release/tests/reference/mallory_backend');

/// Compiles the scenario's sources with Mallory; returns { name: hex bytecode }.
function malloryBytecode(scenario, scenarioDir) {
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'mallory-build-'));
  let files;
  if (Array.isArray(scenario.sources)) {
    files = scenario.sources.map((f) => path.resolve(scenarioDir, f));
  } else {
    const src = fs.mkdtempSync(path.join(os.tmpdir(), 'mallory-src-'));
    files = Object.entries(scenario.sources).map(([name, text]) => {
      const f = path.join(src, name);
      fs.mkdirSync(path.dirname(f), { recursive: true });
      fs.writeFileSync(f, text);
      return f;
    });
  }
  try {
    execFileSync(malloryBinary(), ['build', '--out', out, '--color', 'never', ...files], { stdio: ['ignore', 'ignore', 'pipe'] });
  } catch (e) {
    throw new Error(`mallory build failed:\n${e.stderr ? e.stderr.toString() : e.message}`);
  }
  const code = {};
  for (const f of fs.readdirSync(out)) {
    if (f.endsWith('.mlc')) code[f.slice(0, -4)] = '0x' + fs.readFileSync(path.join(out, f)).toString('hex');
  }
  fs.rmSync(out, { recursive: true, force: true });
  return code;
}

class Backend {
  constructor() {
    this.proc = spawn(backendBinary(), [], { stdio: ['pipe', 'pipe', 'inherit'] });
    this.pending = [];
    readline.createInterface({ input: this.proc.stdout }).on('line', (line) => {
      const next = this.pending.shift();
      if (next) next(JSON.parse(line));
    });
  }
  request(msg) {
    return new Promise((resolve, reject) => {
      this.pending.push((reply) => (reply.error ? reject(new Error(`mallory_backend: ${reply.error}`)) : resolve(reply)));
      this.proc.stdin.write(JSON.stringify(msg) + '\n');
    });
  }
  close() {
    this.proc.stdin.end();
  }
}

const hexToBytes = (h) => Uint8Array.from(Buffer.from(h.replace(/^0x/, ''), 'hex'));
const bytesToHex = (b) => '0x' + Buffer.from(b).toString('hex');

export class MalloryHarness extends Harness {
  static async create(options = {}) {
    const h = await super.create(options);
    h.backend = new Backend();
    const code = malloryBytecode(options.scenario, options.scenarioDir);
    h.artifacts = h.artifacts.map((art) => (code[art.name] ? { ...art, bytecode: code[art.name] } : { ...art, bytecode: '0x' }));
    return h;
  }

  async close() {
    this.backend.close();
  }

  async setBalance(ref, balance) {
    await this.backend.request({ op: 'set_balance', address: this.address(ref), balance: toBigInt(balance).toString() });
  }

  async balanceOf(ref) {
    const r = await this.backend.request({ op: 'balance', address: this.address(ref) });
    return BigInt(r.balance);
  }

  /// Runs a transaction in the backend and returns it shaped like @ethereumjs/vm's runTx result.
  async _runTx({ from, to, value, data, gas }) {
    const sender = this.labels.get(from);
    if (!sender) throw new Error(`unknown sender '${from}': add it as an account`);
    const r = await this.backend.request({
      op: 'tx',
      from: sender.address,
      to: to || null,
      value: toBigInt(value ?? 0).toString(),
      data: bytesToHex(data),
      gas: (gas !== undefined ? toBigInt(gas) : this.txGasLimit).toString(),
      gas_price: this.gasPrice.toString(),
      view: !!this.inView,
      block: { number: this.block.number.toString(), timestamp: this.block.timestamp.toString(), coinbase: this.block.coinbase },
    });
    if (r.invalid) throw new Error(r.invalid);
    const failed = r.status !== 'success';
    return {
      execResult: {
        exceptionError: failed ? { error: r.status === 'reverted' ? 'revert' : r.status } : undefined,
        returnValue: hexToBytes(r.output),
      },
      receipt: { logs: r.logs.map((l) => [hexToBytes(l.address), l.topics.map(hexToBytes), hexToBytes(l.data)]) },
      totalGasSpent: BigInt(r.gas_used),
      createdAddress: r.created ? { toString: () => r.created } : undefined,
    };
  }

  async view(opts) {
    this.inView = true; // the backend runs it and rolls every effect back
    try {
      return await super.view(opts);
    } finally {
      this.inView = false;
    }
  }
}
