// Compiles Solidity files with the npm `solc` package (soljson, no download at run time).
//
//   import { compileFiles, compileSources } from './lib/solc.mjs';
//   const out = compileFiles(['contracts/dao/DAO.sol', 'contracts/dao/Mallory.sol']);
//   out.ok           -> true when there is no error (warnings do not count)
//   out.errors       -> [{severity, type, message, file, line, column, formatted}]
//   out.contracts    -> { "contracts/dao/DAO.sol:DAO": {name, file, abi, bytecode,
//                         deployedBytecode, methodIdentifiers}, ... }
//   out.byName(n)    -> the artifact of contract `n` (or "file:Name"); throws if ambiguous
//
// Source unit names are paths relative to `baseDir` (default: the current directory), with
// '/' separators. Imports are resolved by solc relative to the importing unit ("./X.sol",
// "../lib/Y.sol"); the import callback reads them from disk under baseDir. "forge-std/..."
// resolves to contracts/forge-std/ of the repository, like Mallory's own resolver, and a package
// path not found there to the repository's node_modules/.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import solc from 'solc';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

/// The compiler's version string, e.g. "0.8.28+commit.7893614a.Emscripten.clang".
export function solcVersion() {
  return solc.version();
}

function toUnitName(file, baseDir) {
  const rel = path.relative(baseDir, path.resolve(baseDir, file));
  return rel.split(path.sep).join('/');
}

/// Line and column (1-based) of a byte offset in a source text.
function lineCol(text, byteOffset) {
  const before = Buffer.from(text, 'utf8').subarray(0, Math.max(0, byteOffset)).toString('utf8');
  const lines = before.split('\n');
  return { line: lines.length, column: lines[lines.length - 1].length + 1 };
}

/// Compiles files from disk. `files`: paths (relative to baseDir or absolute).
/// Options: baseDir, optimize (default false), runs (200), evmVersion ('cancun').
export function compileFiles(files, options = {}) {
  const baseDir = path.resolve(options.baseDir || process.cwd());
  const sources = {};
  for (const f of files) sources[toUnitName(f, baseDir)] = fs.readFileSync(path.resolve(baseDir, f), 'utf8');
  return compileSources(sources, { ...options, baseDir });
}

/// Compiles in-memory sources: { unitName: contentString }. Imports not in `sources` are read
/// from disk under options.baseDir (default: the current directory).
export function compileSources(sources, options = {}) {
  const baseDir = path.resolve(options.baseDir || process.cwd());
  const texts = { ...sources };
  const input = {
    language: 'Solidity',
    sources: Object.fromEntries(Object.entries(sources).map(([k, v]) => [k, { content: v }])),
    settings: {
      optimizer: { enabled: !!options.optimize, runs: options.runs ?? 200 },
      evmVersion: options.evmVersion || 'cancun',
      outputSelection: {
        '*': { '*': ['abi', 'evm.bytecode.object', 'evm.bytecode.linkReferences', 'evm.deployedBytecode.object', 'evm.methodIdentifiers'] },
      },
    },
  };
  const findImports = (unit) => {
    // Package paths ("@openzeppelin/...") come from the repository's node_modules/, as
    // Mallory's resolver finds them in an ancestor's node_modules/.
    const candidates = unit.startsWith('forge-std/')
      ? [path.join(REPO_ROOT, 'contracts', unit)]
      : [path.resolve(baseDir, unit), path.join(REPO_ROOT, 'node_modules', unit)];
    for (const c of candidates) {
      if (fs.existsSync(c) && fs.statSync(c).isFile()) {
        const contents = fs.readFileSync(c, 'utf8');
        texts[unit] = contents;
        return { contents };
      }
    }
    return { error: `file not found: ${unit}` };
  };
  const output = JSON.parse(solc.compile(JSON.stringify(input), { import: findImports }));

  const errors = (output.errors || []).map((e) => {
    const loc = e.sourceLocation;
    let file = null;
    let line = null;
    let column = null;
    if (loc && loc.file) {
      file = loc.file;
      if (texts[file] !== undefined && loc.start >= 0) ({ line, column } = lineCol(texts[file], loc.start));
    }
    const where = file ? `${file}:${line ?? 0}:${column ?? 0}: ` : '';
    return {
      severity: e.severity, // 'error' | 'warning' | 'info'
      type: e.type,
      message: e.message,
      file,
      line,
      column,
      formatted: `${where}${e.severity}: ${e.message}`,
    };
  });

  const contracts = {};
  for (const [file, byName] of Object.entries(output.contracts || {})) {
    for (const [name, c] of Object.entries(byName)) {
      contracts[`${file}:${name}`] = {
        name,
        file,
        abi: c.abi,
        bytecode: '0x' + (c.evm?.bytecode?.object || ''),
        linkReferences: c.evm?.bytecode?.linkReferences || {},
        deployedBytecode: '0x' + (c.evm?.deployedBytecode?.object || ''),
        methodIdentifiers: c.evm?.methodIdentifiers || {},
      };
    }
  }
  return {
    ok: !errors.some((e) => e.severity === 'error'),
    errors,
    contracts,
    byName(n) {
      if (contracts[n]) return contracts[n];
      const hits = Object.values(contracts).filter((c) => c.name === n);
      if (hits.length === 1) return hits[0];
      if (hits.length === 0) throw new Error(`no compiled contract named '${n}'`);
      throw new Error(`contract name '${n}' is ambiguous: use one of ${hits.map((h) => `${h.file}:${h.name}`).join(', ')}`);
    },
  };
}
