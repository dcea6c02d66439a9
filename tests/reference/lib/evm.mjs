// Runs contracts on a real EVM (@ethereumjs/vm), deterministically, for Mallory's reference
// tests: funded accounts, deployments, calls by signature, read-only calls, balances.
//
//   const h = await Harness.create({ artifacts: compileFiles([...]) });
//   await h.addAccount('alice', { balance: '100 ether' });
//   const d = await h.deploy({ from: 'alice', contract: 'DAO', as: 'dao' });
//   const r = await h.call({ from: 'alice', to: 'dao', fn: 'deposit()', value: '10 ether' });
//   const v = await h.view({ to: 'dao', fn: 'totalSupply()' });   // state is left untouched
//   const wei = await h.balanceOf('dao');                          // bigint
//
// Every step returns one plain object (see `StepResult` below) in the stable JSON form of
// lib/abi.mjs: integers as decimal strings, addresses as lowercase 0x-hex.
//
// Determinism: accounts get the private key keccak256(name) (the address Foundry's
// makeAddr(name) gives), or a fixed address that is impersonated; the block (number,
// timestamp, coinbase, gas limit, base fee 0) only changes when asked; the gas price is 0
// unless set, so balances move only by the values sent and can be compared with Mallory's
// chain to the wei.
import { VM } from '@ethereumjs/vm';
import { Common, Chain, Hardfork } from '@ethereumjs/common';
import { Address, Account, privateToAddress } from '@ethereumjs/util';
import { LegacyTransaction } from '@ethereumjs/tx';
import { Block } from '@ethereumjs/block';
import { keccak256 } from 'ethereum-cryptography/keccak.js';
import {
  bytesToHex, hexToBytes, encodeParams, decodeParams, decodeEvent, signatureOf, selectorOf, toBigInt,
} from './abi.mjs';

const PANIC_REASONS = {
  0x00: 'generic compiler panic',
  0x01: 'assertion failed',
  0x11: 'arithmetic overflow or underflow',
  0x12: 'division or modulo by zero',
  0x21: 'invalid enum value',
  0x22: 'invalid storage byte array encoding',
  0x31: 'pop on empty array',
  0x32: 'array index out of bounds',
  0x41: 'out of memory',
  0x51: 'call to a zero-initialized internal function',
};

export const DEFAULTS = Object.freeze({
  hardfork: 'cancun',
  gasPrice: '0',
  gasLimit: '30000000',
  block: Object.freeze({
    number: '1',
    timestamp: '1700000000',
    coinbase: '0x000000000000000000000000000000000000c0de',
    gasLimit: '30000000',
  }),
});

const HARDFORKS = {
  shanghai: Hardfork.Shanghai,
  cancun: Hardfork.Cancun,
  paris: Hardfork.Paris,
  london: Hardfork.London,
  berlin: Hardfork.Berlin,
};

function lower(addr) {
  return addr.toString().toLowerCase();
}

/// Reverts data -> { data, kind: 'empty'|'Error'|'Panic'|'Custom'|'raw', ... }.
export function decodeRevert(data, errorsBySelector) {
  const hex = bytesToHex(data);
  if (data.length === 0) return { kind: 'empty', data: hex };
  const sel = hex.slice(0, 10);
  const body = data.subarray(4);
  try {
    if (sel === '0x08c379a0') return { kind: 'Error', message: decodeParams(['string'], body)[0], data: hex };
    if (sel === '0x4e487b71') {
      const code = decodeParams(['uint256'], body)[0];
      return { kind: 'Panic', code, reason: PANIC_REASONS[Number(code)] || 'unknown panic code', data: hex };
    }
    const entry = errorsBySelector.get(sel);
    if (entry) return { kind: 'Custom', name: entry.name, args: decodeParams(entry.inputs, body), data: hex };
  } catch {
    // fall through: undecodable data is reported raw
  }
  return { kind: 'raw', data: hex };
}

export class Harness {
  /// options: artifacts (a compile result of lib/solc.mjs, or an array of them), hardfork,
  /// gasPrice, gasLimit (per transaction), block {number, timestamp, coinbase, gasLimit}.
  static async create(options = {}) {
    const h = new this(); // subclasses (lib/mallory.mjs) reuse the set-up
    const hf = String(options.hardfork || DEFAULTS.hardfork).toLowerCase();
    if (!HARDFORKS[hf]) throw new Error(`unsupported hardfork '${hf}' (use ${Object.keys(HARDFORKS).join(', ')})`);
    h.hardfork = hf;
    h.common = new Common({ chain: Chain.Mainnet, hardfork: HARDFORKS[hf] });
    h.vm = await VM.create({ common: h.common });
    h.gasPrice = toBigInt(options.gasPrice ?? DEFAULTS.gasPrice);
    h.txGasLimit = toBigInt(options.gasLimit ?? DEFAULTS.gasLimit);
    const given = Object.fromEntries(Object.entries(options.block || {}).filter(([, v]) => v !== undefined && v !== null));
    const b = { ...DEFAULTS.block, ...given };
    h.block = {
      number: toBigInt(b.number),
      timestamp: toBigInt(b.timestamp),
      coinbase: String(b.coinbase).toLowerCase(),
      gasLimit: toBigInt(b.gasLimit),
    };
    h.labels = new Map(); // label -> { address, key?, artifact? }
    h.order = []; // labels in creation order
    h.artifacts = [];
    h.eventsByTopic = new Map(); // topic0 -> [{entry, artifact}]
    h.errorsBySelector = new Map();
    const arts = options.artifacts ? [].concat(options.artifacts) : [];
    for (const a of arts) h.addArtifacts(a);
    return h;
  }

  /// Registers compiled contracts (a lib/solc.mjs result) for deployment and decoding.
  addArtifacts(compiled) {
    const list = compiled.contracts ? Object.values(compiled.contracts) : [].concat(compiled);
    for (const art of list) {
      if (this.artifacts.includes(art)) continue;
      this.artifacts.push(art);
      for (const entry of art.abi) {
        if (entry.type === 'event' && !entry.anonymous) {
          const topic = bytesToHex(keccak256(Buffer.from(signatureOf(entry))));
          const l = this.eventsByTopic.get(topic) || [];
          l.push({ entry, artifact: art });
          this.eventsByTopic.set(topic, l);
        } else if (entry.type === 'error') {
          const sel = selectorOf(signatureOf(entry));
          if (!this.errorsBySelector.has(sel)) this.errorsBySelector.set(sel, entry);
        }
      }
    }
  }

  artifact(name) {
    const hits = this.artifacts.filter((a) => a.name === name || `${a.file}:${a.name}` === name);
    if (hits.length === 1) return hits[0];
    if (hits.length === 0) throw new Error(`no compiled contract named '${name}'`);
    throw new Error(`contract name '${name}' is ambiguous: write it as file:Name`);
  }

  // --- accounts -------------------------------------------------------------------------------

  /// Creates (or re-funds) a named account. Without `address`, its key is keccak256(name).
  async addAccount(name, { balance = '0', address } = {}) {
    if (!/^[A-Za-z_][A-Za-z0-9_.-]*$/.test(name)) throw new Error(`bad account name '${name}'`);
    let key;
    let addr;
    if (address) {
      if (!/^0x[0-9a-fA-F]{40}$/.test(address)) throw new Error(`bad address '${address}' for account '${name}'`);
      addr = address.toLowerCase();
    } else {
      key = keccak256(Buffer.from(name, 'utf8'));
      addr = bytesToHex(privateToAddress(key));
    }
    this._bind(name, { address: addr, key });
    await this.setBalance(name, balance);
    return addr;
  }

  _bind(label, info) {
    if (!this.labels.has(label)) this.order.push(label);
    this.labels.set(label, { ...(this.labels.get(label) || {}), ...info });
  }

  /// Address of a label, or the address itself ("0x..."); "@label" is accepted too.
  address(ref) {
    const r = typeof ref === 'string' && ref.startsWith('@') ? ref.slice(1) : ref;
    if (typeof r === 'string' && /^0x[0-9a-fA-F]{40}$/.test(r)) return r.toLowerCase();
    const l = this.labels.get(r);
    if (!l) throw new Error(`unknown account or contract '${ref}'`);
    return l.address;
  }

  labelOf(address) {
    for (const [k, v] of this.labels) if (v.address === address) return k;
    return null;
  }

  async setBalance(ref, balance) {
    const addr = Address.fromString(this.address(ref));
    const sm = this.vm.stateManager;
    const acc = (await sm.getAccount(addr)) || new Account();
    acc.balance = toBigInt(balance);
    await sm.putAccount(addr, acc);
  }

  async balanceOf(ref) {
    const acc = await this.vm.stateManager.getAccount(Address.fromString(this.address(ref)));
    return acc ? acc.balance : 0n;
  }

  /// { label: balanceDecimalString } for every named account and contract.
  async balances() {
    const out = {};
    for (const label of this.order) out[label] = (await this.balanceOf(label)).toString();
    return out;
  }

  // --- block ----------------------------------------------------------------------------------

  /// Changes the block that the following transactions run in.
  setBlock({ number, timestamp, addSeconds, addBlocks } = {}) {
    if (number !== undefined) this.block.number = toBigInt(number);
    if (timestamp !== undefined) this.block.timestamp = toBigInt(timestamp);
    if (addSeconds !== undefined) this.block.timestamp += toBigInt(addSeconds);
    if (addBlocks !== undefined) this.block.number += toBigInt(addBlocks);
    return { number: this.block.number.toString(), timestamp: this.block.timestamp.toString() };
  }

  _makeBlock() {
    return Block.fromBlockData(
      {
        header: {
          number: this.block.number,
          timestamp: this.block.timestamp,
          coinbase: Address.fromString(this.block.coinbase),
          gasLimit: this.block.gasLimit,
          baseFeePerGas: 0n,
        },
      },
      { common: this.common, skipConsensusFormatValidation: true },
    );
  }

  // --- arguments ------------------------------------------------------------------------------

  /// Replaces "@label" strings (at any depth) by addresses.
  resolveArgs(args) {
    if (Array.isArray(args)) return args.map((a) => this.resolveArgs(a));
    if (typeof args === 'string' && args.startsWith('@')) return this.address(args);
    return args;
  }

  /// Finds a function of an artifact by signature ("f(uint256)") or by unique name ("f").
  findFunction(art, fn) {
    const fns = art ? art.abi.filter((e) => e.type === 'function') : [];
    if (fn.includes('(')) {
      const sig = fn.replace(/\s+/g, '');
      return fns.find((e) => signatureOf(e) === sig) || { type: 'function', signatureOnly: sig };
    }
    const hits = fns.filter((e) => e.name === fn);
    if (hits.length === 1) return hits[0];
    if (hits.length === 0) throw new Error(`no function '${fn}' in ${art ? art.name : 'unknown contract'}: give the full signature`);
    throw new Error(`function name '${fn}' is overloaded: give the full signature`);
  }

  // --- transactions ---------------------------------------------------------------------------

  async _runTx({ from, to, value, data, gas }) {
    const sender = this.labels.get(from);
    if (!sender) throw new Error(`unknown sender '${from}': add it as an account`);
    const fromAddr = Address.fromString(sender.address);
    const acc = (await this.vm.stateManager.getAccount(fromAddr)) || new Account();
    const txData = {
      nonce: acc.nonce,
      gasPrice: this.gasPrice,
      gasLimit: gas !== undefined ? toBigInt(gas) : this.txGasLimit,
      to: to ? Address.fromString(to) : undefined,
      value: toBigInt(value ?? 0),
      data,
    };
    let tx = LegacyTransaction.fromTxData(txData, { common: this.common, freeze: false });
    if (sender.key) tx = tx.sign(sender.key);
    else tx.getSenderAddress = () => fromAddr; // impersonated fixed address
    return this.vm.runTx({
      tx,
      block: this._makeBlock(),
      skipBlockGasLimitValidation: true,
      skipHardForkValidation: true,
    });
  }

  _decodeLogs(logs) {
    return logs.map(([addrBytes, topics, data]) => {
      const address = bytesToHex(addrBytes);
      const topic0 = topics.length ? bytesToHex(topics[0]) : null;
      const cands = (topic0 && this.eventsByTopic.get(topic0)) || [];
      const here = this.labels.get(this.labelOf(address) || '')?.artifact;
      const fits = cands.filter((c) => c.entry.inputs.filter((i) => i.indexed).length === topics.length - 1);
      const pick = fits.find((c) => c.artifact === here) || fits[0];
      if (!pick) return { address, contract: here ? here.name : null, name: null, topics: topics.map(bytesToHex), data: bytesToHex(data) };
      // an unlabelled emitter (e.g. made by a factory) is named only when one contract declares the event
      const declaring = [...new Set(fits.map((c) => c.artifact.name))];
      try {
        return {
          address,
          contract: here ? here.name : declaring.length === 1 ? declaring[0] : null,
          name: pick.entry.name,
          args: decodeEvent(pick.entry, topics, data),
        };
      } catch {
        return { address, contract: here ? here.name : null, name: null, topics: topics.map(bytesToHex), data: bytesToHex(data) };
      }
    });
  }

  /// _runTx, but a transaction the chain refuses (e.g. the sender cannot pay the value) gives
  /// { invalid: message } instead of throwing.
  async _tryTx(opts) {
    try {
      return await this._runTx(opts);
    } catch (e) {
      const msg = String(e.message || e).split(' (vm hf=')[0].split(' (block:')[0];
      if (/unknown sender/.test(msg)) throw e;
      return { invalid: msg };
    }
  }

  async _finish(base, res, outputs) {
    if (res.invalid) {
      return {
        ...base, success: false, error: `invalid transaction: ${res.invalid}`, return: null, revert: null,
        events: [], gas_used: '0', balances: await this.balances(),
      };
    }
    const ex = res.execResult;
    const success = !ex.exceptionError;
    const out = { ...base, success, error: success ? null : ex.exceptionError.error };
    if (success) {
      if (outputs) {
        try {
          out.return = decodeParams(outputs, ex.returnValue);
        } catch (e) {
          out.return = null;
          out.return_error = String(e.message || e);
          out.return_data = bytesToHex(ex.returnValue);
        }
      } else if (base.kind !== 'deploy') {
        out.return = null;
        out.return_data = bytesToHex(ex.returnValue);
      } else {
        out.return = null;
      }
      out.revert = null;
    } else {
      out.return = null;
      out.revert = ex.exceptionError.error === 'revert' ? decodeRevert(ex.returnValue, this.errorsBySelector) : null;
    }
    out.events = success ? this._decodeLogs(res.receipt.logs) : [];
    out.gas_used = res.totalGasSpent.toString();
    out.balances = await this.balances();
    return out;
  }

  /// Deploys `contract` (name or file:Name) from `from` with constructor `args` and `value`;
  /// binds the new address to label `as` (default: the contract name).
  async deploy({ from, contract, args = [], value = 0, as, gas }) {
    const art = this.artifact(contract);
    if (!art.bytecode || art.bytecode === '0x') throw new Error(`${art.name} has no bytecode (abstract contract or interface?)`);
    const ctor = art.abi.find((e) => e.type === 'constructor');
    const resolved = this.resolveArgs(args);
    const encoded = ctor ? encodeParams(ctor.inputs, resolved) : new Uint8Array();
    if (!ctor && resolved.length) throw new Error(`${art.name} has no constructor parameters`);
    const bytecode = await this._link(art, gas);
    const data = new Uint8Array([...hexToBytes(bytecode), ...encoded]);
    const label = as || art.name;
    const res = await this._tryTx({ from, value, data, gas });
    const base = { kind: 'deploy', label, contract: art.name, from: this.address(from), value: toBigInt(value).toString() };
    if (!res.invalid && !res.execResult.exceptionError && res.createdAddress) {
      this._bind(label, { address: lower(res.createdAddress), artifact: art });
      base.address = lower(res.createdAddress);
    } else {
      base.address = null;
    }
    return this._finish(base, res, null);
  }

  /// The bytecode of `art` with every library it calls (public/external library functions,
  /// reached by DELEGATECALL) deployed and its address filled in. Libraries are deployed from
  /// a separate account so that the callers' nonces, and so the addresses of the contracts
  /// they create, are the same as without libraries.
  async _link(art, gas) {
    let code = art.bytecode;
    this._libraries = this._libraries || {};
    for (const [file, libs] of Object.entries(art.linkReferences || {})) {
      for (const [lib, refs] of Object.entries(libs)) {
        const label = `${file}:${lib}`;
        if (!this._libraries[label]) {
          if (!this.labels.has('__linker')) await this.addAccount('__linker', { balance: '1 ether' });
          const d = await this.deploy({ from: '__linker', contract: label, as: label, gas });
          if (!d.address) throw new Error(`deploying library ${label} failed`);
          this._libraries[label] = d.address;
        }
        const addr = this._libraries[label].slice(2);
        for (const { start, length } of refs)
          code = code.slice(0, 2 + start * 2) + addr + code.slice(2 + (start + length) * 2);
      }
    }
    return code;
  }

  _callData({ to, contract, fn, args = [], data }) {
    const toAddr = this.address(to);
    const art = contract ? this.artifact(contract) : this.labels.get(this.labelOf(toAddr) || '')?.artifact;
    if (data !== undefined) return { toAddr, art, entry: null, data: hexToBytes(data), sig: null };
    if (!fn) return { toAddr, art, entry: null, data: new Uint8Array(), sig: null };
    const entry = this.findFunction(art, fn);
    const sig = entry.signatureOnly || signatureOf(entry);
    const inputs = entry.signatureOnly ? sigParamTypes(sig) : entry.inputs;
    const encoded = encodeParams(inputs, this.resolveArgs(args));
    const sel = hexToBytes(selectorOf(sig));
    return { toAddr, art, entry: entry.signatureOnly ? null : entry, data: new Uint8Array([...sel, ...encoded]), sig };
  }

  /// A transaction from `from` to `to` calling `fn` (signature or unique name) with `args`,
  /// or sending raw `data` (hex) / nothing (plain transfer, receive()).
  async call({ from, to, contract, fn, args, data, value = 0, gas }) {
    const c = this._callData({ to, contract, fn, args, data });
    const res = await this._tryTx({ from, to: c.toAddr, value, data: c.data, gas });
    const base = { kind: 'call', from: this.address(from), to: c.toAddr, function: c.sig, value: toBigInt(value).toString() };
    return this._finish(base, res, c.entry ? c.entry.outputs : null);
  }

  /// Like call(), but all its effects (state, balances, nonce) are rolled back afterwards:
  /// the way to read getters. `from` defaults to the first account.
  async view({ from, to, contract, fn, args, data, value = 0, gas }) {
    const sender = from || this.order.find((l) => this.labels.get(l).key || !this.labels.get(l).artifact);
    const c = this._callData({ to, contract, fn, args, data });
    const sm = this.vm.stateManager;
    await sm.checkpoint();
    let res;
    try {
      res = await this._tryTx({ from: sender, to: c.toAddr, value, data: c.data, gas });
    } finally {
      await sm.revert();
    }
    const base = { kind: 'view', from: this.address(sender), to: c.toAddr, function: c.sig, value: toBigInt(value).toString() };
    return this._finish(base, res, c.entry ? c.entry.outputs : null);
  }

  /// Binds an address (e.g. one a factory returned) to a label and optionally a contract type.
  bind(label, address, contract) {
    this._bind(label, { address: this.address(address), artifact: contract ? this.artifact(contract) : undefined });
  }
}

/// Parameter types of a bare signature "f(uint256,(address,bool)[])" as ABI params.
function sigParamTypes(sig) {
  const inner = sig.slice(sig.indexOf('(') + 1, -1);
  const parts = [];
  let depth = 0;
  let cur = '';
  for (const ch of inner) {
    if (ch === ',' && depth === 0) { parts.push(cur); cur = ''; continue; }
    if (ch === '(') depth++;
    if (ch === ')') depth--;
    cur += ch;
  }
  if (cur) parts.push(cur);
  return parts.map(toParam);
}

function toParam(t) {
  if (!t.startsWith('(')) return { type: t };
  let depth = 0;
  let end = 0;
  for (let i = 0; i < t.length; i++) {
    if (t[i] === '(') depth++;
    if (t[i] === ')' && --depth === 0) { end = i; break; }
  }
  return { type: 'tuple' + t.slice(end + 1), components: sigParamTypes('x' + t.slice(0, end + 1)).map((p) => p) };
}
