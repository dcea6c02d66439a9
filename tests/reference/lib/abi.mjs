// A small Ethereum ABI encoder/decoder for the reference harness.
//
// Covers what Mallory's subset can put on the wire: uintN, intN, address, bool, bytesN,
// bytes, string, fixed and dynamic arrays, and tuples (struct getters, multiple returns).
// Decoded values use one stable JSON form, shared by every tool in tests/reference/:
//   uintN / intN -> decimal string          address -> "0x" + 40 lowercase hex digits
//   bool         -> true / false            bytesN / bytes -> "0x" + lowercase hex
//   string       -> the string              arrays / tuples -> JSON arrays
import { keccak256 } from 'ethereum-cryptography/keccak.js';

const UTF8 = new TextEncoder();
const UTF8_DECODE = new TextDecoder('utf-8', { fatal: false });

/// keccak256 of a string (UTF-8) or bytes, as "0x"-hex.
export function keccakHex(data) {
  const bytes = typeof data === 'string' ? UTF8.encode(data) : data;
  return bytesToHex(keccak256(bytes));
}

export function bytesToHex(bytes) {
  return '0x' + Buffer.from(bytes).toString('hex');
}

export function hexToBytes(hex) {
  const h = hex.startsWith('0x') || hex.startsWith('0X') ? hex.slice(2) : hex;
  if (h.length % 2 !== 0 || !/^[0-9a-fA-F]*$/.test(h)) throw new Error(`bad hex string '${hex}'`);
  return Uint8Array.from(Buffer.from(h, 'hex'));
}

// ---------------------------------------------------------------------------------------------
// Types
// ---------------------------------------------------------------------------------------------

/// Parses an ABI parameter ({type, components}) or a type string into a type tree.
export function parseType(param) {
  const p = typeof param === 'string' ? { type: param } : param;
  const m = /^(.*)\[(\d*)\]$/.exec(p.type);
  if (m) {
    const elem = parseType({ ...p, type: m[1] });
    return { kind: 'array', elem, length: m[2] === '' ? -1 : Number(m[2]) };
  }
  const t = p.type;
  if (t === 'tuple') return { kind: 'tuple', components: (p.components || []).map(parseType) };
  if (t === 'address' || t === 'bool' || t === 'string' || t === 'bytes') return { kind: t };
  let mm;
  if ((mm = /^(u?int)(\d*)$/.exec(t))) {
    const bits = mm[2] === '' ? 256 : Number(mm[2]);
    return { kind: mm[1], bits };
  }
  if ((mm = /^bytes(\d+)$/.exec(t))) return { kind: 'fixedbytes', size: Number(mm[1]) };
  if (/^(contract|enum) /.test(t)) return parseType(t.split(' ')[0] === 'enum' ? 'uint8' : 'address');
  throw new Error(`unsupported ABI type '${t}'`);
}

/// Canonical type string of an ABI parameter, as used in selectors: tuples become "(a,b)".
export function canonicalType(param) {
  const m = /^tuple(.*)$/.exec(param.type);
  if (m) return '(' + (param.components || []).map(canonicalType).join(',') + ')' + m[1];
  return param.type;
}

/// Canonical signature of an ABI function/event/error entry: "name(type1,type2)".
export function signatureOf(entry) {
  return `${entry.name}(${(entry.inputs || []).map(canonicalType).join(',')})`;
}

/// The 4-byte selector of a signature string, as "0x"-hex.
export function selectorOf(signature) {
  return keccakHex(signature).slice(0, 10);
}

function isDynamic(t) {
  switch (t.kind) {
    case 'bytes':
    case 'string':
      return true;
    case 'array':
      return t.length < 0 || isDynamic(t.elem);
    case 'tuple':
      return t.components.some(isDynamic);
    default:
      return false;
  }
}

function headSize(t) {
  if (isDynamic(t)) return 32;
  if (t.kind === 'array') return t.length * headSize(t.elem);
  if (t.kind === 'tuple') return t.components.reduce((s, c) => s + headSize(c), 0);
  return 32;
}

// ---------------------------------------------------------------------------------------------
// Encoding
// ---------------------------------------------------------------------------------------------

const TWO256 = 1n << 256n;

function word(n) {
  const v = ((n % TWO256) + TWO256) % TWO256;
  return hexToBytes(v.toString(16).padStart(64, '0'));
}

const UNITS = {
  wei: 1n, gwei: 10n ** 9n, ether: 10n ** 18n,
  seconds: 1n, minutes: 60n, hours: 3600n, days: 86400n, weeks: 604800n,
};

/// Reads an integer from a number, bigint or string ("123", "0x7b", "-5", "1e18", "1.5 ether",
/// "2 days"). Throws on anything that is not an exact integer.
export function toBigInt(v) {
  if (typeof v === 'bigint') return v;
  if (typeof v === 'number') {
    if (!Number.isSafeInteger(v)) throw new Error(`number ${v} is not a safe integer: pass it as a string`);
    return BigInt(v);
  }
  if (typeof v === 'boolean') return v ? 1n : 0n;
  if (typeof v !== 'string') throw new Error(`expected an integer, got ${JSON.stringify(v)}`);
  let s = v.trim().replace(/_/g, '');
  let unit = 1n;
  const um = /^(.*\S)\s+([a-z]+)$/.exec(s);
  if (um) {
    if (!(um[2] in UNITS)) throw new Error(`unknown unit '${um[2]}' in '${v}'`);
    unit = UNITS[um[2]];
    s = um[1];
  }
  let neg = false;
  if (s.startsWith('-')) { neg = true; s = s.slice(1); }
  let n;
  if (/^0x[0-9a-fA-F]+$/.test(s)) n = BigInt(s) * unit;
  else {
    const m = /^(\d+)(?:\.(\d+))?(?:e(\d+))?$/.exec(s);
    if (!m) throw new Error(`not an integer: '${v}'`);
    const frac = m[2] || '';
    const exp = BigInt(m[3] || '0');
    const scale = unit * 10n ** exp;
    const denom = 10n ** BigInt(frac.length);
    const num = BigInt(m[1] + frac) * scale;
    if (num % denom !== 0n) throw new Error(`'${v}' is not a whole number of wei/units`);
    n = num / denom;
  }
  return neg ? -n : n;
}

function encodeValue(t, v) {
  switch (t.kind) {
    case 'uint': {
      const n = toBigInt(v);
      if (n < 0n || n >= 1n << BigInt(t.bits)) throw new Error(`value ${v} out of range for uint${t.bits}`);
      return word(n);
    }
    case 'int': {
      const n = toBigInt(v);
      const lim = 1n << BigInt(t.bits - 1);
      if (n < -lim || n >= lim) throw new Error(`value ${v} out of range for int${t.bits}`);
      return word(n);
    }
    case 'address': {
      if (typeof v !== 'string' || !/^0x[0-9a-fA-F]{40}$/.test(v)) throw new Error(`bad address ${JSON.stringify(v)}`);
      return word(BigInt(v));
    }
    case 'bool':
      if (v === true || v === 'true' || v === 1 || v === '1') return word(1n);
      if (v === false || v === 'false' || v === 0 || v === '0') return word(0n);
      throw new Error(`bad bool ${JSON.stringify(v)}`);
    case 'fixedbytes': {
      const b = typeof v === 'string' && v.startsWith('0x') ? hexToBytes(v) : UTF8.encode(String(v));
      if (b.length > t.size) throw new Error(`value ${JSON.stringify(v)} is longer than bytes${t.size}`);
      const out = new Uint8Array(32);
      out.set(b, 0);
      return out;
    }
    case 'bytes':
    case 'string': {
      const b = t.kind === 'string' ? UTF8.encode(String(v)) : hexToBytes(v);
      const padded = new Uint8Array(Math.ceil(b.length / 32) * 32);
      padded.set(b, 0);
      return concat([word(BigInt(b.length)), padded]);
    }
    case 'array': {
      if (!Array.isArray(v)) throw new Error(`expected an array, got ${JSON.stringify(v)}`);
      if (t.length >= 0 && v.length !== t.length) throw new Error(`expected ${t.length} elements, got ${v.length}`);
      const body = encodeTuple(v.map(() => t.elem), v);
      return t.length < 0 ? concat([word(BigInt(v.length)), body]) : body;
    }
    case 'tuple':
      if (!Array.isArray(v)) throw new Error(`expected a tuple (array), got ${JSON.stringify(v)}`);
      return encodeTuple(t.components, v);
    default:
      throw new Error(`cannot encode ${t.kind}`);
  }
}

function encodeTuple(types, values) {
  if (types.length !== values.length) throw new Error(`expected ${types.length} values, got ${values.length}`);
  const heads = [];
  const tails = [];
  let offset = types.reduce((s, t) => s + headSize(t), 0);
  types.forEach((t, i) => {
    const enc = encodeValue(t, values[i]);
    if (isDynamic(t)) {
      heads.push(word(BigInt(offset)));
      tails.push(enc);
      offset += enc.length;
    } else {
      heads.push(enc);
    }
  });
  return concat([...heads, ...tails]);
}

function concat(parts) {
  const out = new Uint8Array(parts.reduce((s, p) => s + p.length, 0));
  let o = 0;
  for (const p of parts) { out.set(p, o); o += p.length; }
  return out;
}

/// Encodes values for a list of ABI parameters (or type strings).
export function encodeParams(params, values) {
  return encodeTuple(params.map(parseType), values);
}

// ---------------------------------------------------------------------------------------------
// Decoding
// ---------------------------------------------------------------------------------------------

function readWord(data, pos) {
  if (pos + 32 > data.length) throw new Error(`ABI data too short: need ${pos + 32} bytes, have ${data.length}`);
  return BigInt(bytesToHex(data.subarray(pos, pos + 32)));
}

function readSize(data, pos) {
  const n = readWord(data, pos);
  if (n > BigInt(data.length)) throw new Error('ABI offset or length out of range');
  return Number(n);
}

function decodeValue(t, data, pos) {
  switch (t.kind) {
    case 'uint': {
      const n = readWord(data, pos);
      if (n >= 1n << BigInt(t.bits)) throw new Error(`dirty uint${t.bits}`);
      return n.toString();
    }
    case 'int': {
      let n = readWord(data, pos);
      if (n >= 1n << 255n) n -= TWO256;
      return n.toString();
    }
    case 'address':
      return '0x' + readWord(data, pos).toString(16).padStart(64, '0').slice(24);
    case 'bool':
      return readWord(data, pos) !== 0n;
    case 'fixedbytes':
      return bytesToHex(data.subarray(pos, pos + t.size));
    case 'bytes':
    case 'string': {
      const len = readSize(data, pos);
      if (pos + 32 + len > data.length) throw new Error('ABI bytes out of range');
      const b = data.subarray(pos + 32, pos + 32 + len);
      return t.kind === 'string' ? UTF8_DECODE.decode(b) : bytesToHex(b);
    }
    case 'array': {
      if (t.length >= 0) return decodeTuple(Array(t.length).fill(t.elem), data, pos);
      const len = readSize(data, pos);
      return decodeTuple(Array(len).fill(t.elem), data, pos + 32);
    }
    case 'tuple':
      return decodeTuple(t.components, data, pos);
    default:
      throw new Error(`cannot decode ${t.kind}`);
  }
}

function decodeTuple(types, data, base) {
  const out = [];
  let pos = base;
  for (const t of types) {
    if (isDynamic(t)) out.push(decodeValue(t, data, base + readSize(data, pos)));
    else out.push(decodeValue(t, data, pos));
    pos += headSize(t);
  }
  return out;
}

/// Decodes ABI data for a list of ABI parameters (or type strings); returns an array.
export function decodeParams(params, data) {
  return decodeTuple(params.map(parseType), data instanceof Uint8Array ? data : hexToBytes(data), 0);
}

/// Decodes one event log against an ABI event entry: indexed values from topics[1..], the rest
/// from data. Indexed dynamic values (string, bytes, arrays, tuples) are only their hash.
export function decodeEvent(entry, topics, data) {
  const indexed = entry.inputs.filter((i) => i.indexed);
  const plain = entry.inputs.filter((i) => !i.indexed);
  const plainValues = decodeParams(plain, data);
  let ti = entry.anonymous ? 0 : 1;
  let pi = 0;
  return entry.inputs.map((inp) => {
    if (!inp.indexed) return plainValues[pi++];
    const topic = topics[ti++];
    const t = parseType(inp);
    if (isDynamic(t) || t.kind === 'array' || t.kind === 'tuple') return bytesToHex(topic);
    return decodeValue(t, topic, 0);
  });
}
