// Compiles every contract of the corpus with the real solc (npm `solc`, 0.8.x):
// contracts/examples/*.sol and contracts/dao/*.sol, leaving out Foundry-style tests and
// scripts (*.t.sol, *.s.sol), which need Mallory's built-in forge-std.
//
//   node tests/reference/solc_examples.test.mjs [-v] [FILE.sol ...]
//
// One line per file ("ok <file> (<contracts>)" or "FAIL <file>" followed by solc's errors as
// file:line:col), then exactly "N passed, M failed". Warnings are shown with -v and do not
// fail a file. Exit status 1 when a file fails.
import fs from 'node:fs';
import path from 'node:path';
import { compileFiles, solcVersion, REPO_ROOT } from './lib/solc.mjs';

const args = process.argv.slice(2);
const verbose = args.includes('-v');
let files = args.filter((a) => !a.startsWith('-'));
if (files.length === 0) {
  for (const dir of ['contracts/examples', 'contracts/dao']) {
    const abs = path.join(REPO_ROOT, dir);
    if (!fs.existsSync(abs)) continue;
    for (const f of fs.readdirSync(abs).sort()) {
      if (f.endsWith('.sol') && !f.endsWith('.t.sol') && !f.endsWith('.s.sol')) files.push(`${dir}/${f}`);
    }
  }
}

console.log(`# solc ${solcVersion()}, ${files.length} files`);
let passed = 0;
let failed = 0;
for (const file of files) {
  let out;
  try {
    out = compileFiles([file], { baseDir: REPO_ROOT });
  } catch (e) {
    failed++;
    console.log(`FAIL ${file}\n  ${e.message}`);
    continue;
  }
  const errors = out.errors.filter((e) => e.severity === 'error');
  const warnings = out.errors.filter((e) => e.severity === 'warning');
  const own = Object.values(out.contracts).filter((c) => c.file === file).map((c) => c.name);
  if (errors.length === 0 && own.length > 0) {
    passed++;
    console.log(`ok ${file} (${own.join(', ')})${warnings.length ? ` [${warnings.length} warning(s)]` : ''}`);
    if (verbose) for (const w of warnings) console.log(`  ${w.formatted.split('\n')[0]}`);
  } else {
    failed++;
    console.log(`FAIL ${file}${own.length === 0 && errors.length === 0 ? ': no contract in file' : ''}`);
    for (const e of errors) console.log(`  ${e.formatted.split('\n')[0]}`);
  }
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
