// The DAO attack, its fixes and the seed model on a real EVM (npm solc + @ethereumjs/vm).
//
//   node tests/reference/dao_reference.test.mjs [--reentries N] [--json-only]
//
// Three honest investors deposit 10 ether each into a DAO; Mallory deposits 1 ether through
// her attack contract (contracts/dao/Mallory.sol) and splits with a bounded number of
// re-entries. For DAO.sol (vulnerable), DAOFixed.sol and DAOMutex.sol this prints the balances,
// `stolen_wei` (what Mallory got beyond her own deposit) and `investor_loss_wei` (investors'
// deposits minus what the DAO still holds), and checks that only the vulnerable DAO loses
// money. Then the paper's seed model (SeedModel.sol / SeedModelFixed.sol): the exact run
// (attack = 3, AMOUNT = 4, BALANCE = 10) reverts in Solidity 0.8, a shorter attack succeeds,
// the fixed model keeps its Invariant.
//
// Output: one line per check ("ok - ..." / "FAIL - ..."), one line of JSON with every number
// measured (prefixed by nothing, starting with {"tool":"dao_reference"), so that Mallory's
// C++ tests can compare their replay to the wei, and a last line "N passed, M failed".
// Exit status 1 when a check fails.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { compileFiles, solcVersion, REPO_ROOT } from './lib/solc.mjs';
import { Harness } from './lib/evm.mjs';
import { toBigInt } from './lib/abi.mjs';

const ETHER = 10n ** 18n;
const args = process.argv.slice(2);
const argValue = (name, dflt) => {
  const i = args.indexOf(name);
  return i >= 0 && args[i + 1] !== undefined ? args[i + 1] : dflt;
};
const REENTRIES = Number(argValue('--reentries', '5'));
const JSON_ONLY = args.includes('--json-only');

const INVESTORS = ['investor1', 'investor2', 'investor3'];
const INVESTOR_DEPOSIT = 10n * ETHER;
const MALLORY_DEPOSIT = 1n * ETHER;

let passed = 0;
let failed = 0;
const say = (s) => { if (!JSON_ONLY) console.log(s); };
function check(name, cond, detail = '') {
  if (cond) { passed++; say(`ok - ${name}`); } else { failed++; say(`FAIL - ${name}${detail ? ': ' + detail : ''}`); }
  return cond;
}
const fmtEth = (wei) => {
  const w = BigInt(wei);
  const neg = w < 0n;
  const a = neg ? -w : w;
  const frac = (a % ETHER).toString().padStart(18, '0').replace(/0+$/, '');
  return `${neg ? '-' : ''}${a / ETHER}${frac ? '.' + frac : ''} ether`;
};

function mustSucceed(step, what) {
  if (!step.success) {
    const why = step.revert ? JSON.stringify(step.revert) : step.error;
    throw new Error(`${what} failed: ${why}`);
  }
  return step;
}

async function get(h, to, fn, a = []) {
  const r = mustSucceed(await h.view({ to, fn, args: a }), `${to}.${fn}`);
  return r.return.length === 1 ? r.return[0] : r.return;
}

const compiled = compileFiles(
  ['DAO.sol', 'DAOFixed.sol', 'DAOMutex.sol', 'Mallory.sol', 'SeedModel.sol', 'SeedModelFixed.sol'].map(
    (f) => `contracts/dao/${f}`,
  ),
  { baseDir: REPO_ROOT },
);
if (!compiled.ok) {
  for (const e of compiled.errors) console.error(e.formatted);
  console.log('0 passed, 1 failed');
  process.exit(1);
}

/// Sets up a DAO variant with the three investors; returns the harness.
async function setupDAO(variant) {
  const h = await Harness.create({ artifacts: compiled });
  await h.addAccount('deployer', { balance: '100 ether' });
  for (const inv of INVESTORS) await h.addAccount(inv, { balance: '100 ether' });
  await h.addAccount('mallory', { balance: '10 ether' });
  await h.addAccount('sponsor', { balance: '100 ether' });
  mustSucceed(await h.deploy({ from: 'deployer', contract: variant, as: 'dao' }), `deploy ${variant}`);
  for (const inv of INVESTORS) {
    mustSucceed(await h.call({ from: inv, to: 'dao', fn: 'deposit()', value: INVESTOR_DEPOSIT }), `${inv} deposit`);
  }
  return h;
}

/// Mallory's attack on one DAO variant with `reentries` re-entries; returns the numbers.
async function attackRun(variant, reentries) {
  const h = await setupDAO(variant);
  mustSucceed(
    await h.deploy({ from: 'mallory', contract: 'Mallory', args: ['@dao', reentries], as: 'attacker' }),
    'deploy Mallory',
  );
  const daoBefore = await h.balanceOf('dao');
  const attack = await h.call({ from: 'mallory', to: 'attacker', fn: 'attack()', value: MALLORY_DEPOSIT });
  const daoAfter = await h.balanceOf('dao');
  const malloryAfter = await h.balanceOf('attacker');
  const totalSupply = toBigInt(await get(h, 'dao', 'totalSupply()'));
  const rewardAccount = toBigInt(await get(h, 'dao', 'rewardAccount()'));
  let sumBalances = 0n;
  for (const who of [...INVESTORS, 'attacker']) sumBalances += toBigInt(await get(h, 'dao', 'balances(address)', [`@${who}`]));
  const investorDeposits = INVESTOR_DEPOSIT * BigInt(INVESTORS.length);
  const shortfall = investorDeposits - daoAfter;
  const result = {
    contract: variant,
    reentries_bound: reentries,
    attack_success: attack.success,
    attack_gas_used: attack.gas_used,
    reentries: await get(h, 'attacker', 'reentries()'),
    landed: await get(h, 'attacker', 'landed()'),
    dao_balance_before_wei: daoBefore.toString(),
    dao_balance_wei: daoAfter.toString(),
    mallory_deposit_wei: MALLORY_DEPOSIT.toString(),
    mallory_balance_wei: malloryAfter.toString(),
    stolen_wei: (malloryAfter > MALLORY_DEPOSIT ? malloryAfter - MALLORY_DEPOSIT : 0n).toString(),
    investor_loss_wei: (shortfall > 0n ? shortfall : 0n).toString(),
    total_supply: totalSupply.toString(),
    invariant_supply_matches: totalSupply === sumBalances,
    invariant_ether_covers: daoAfter >= totalSupply + rewardAccount,
    reentered_events: attack.events.filter((e) => e.name === 'Reentered').map((e) => e.args),
  };
  // The bank run: after the attack, every investor tries to leave.
  result.bank_run = [];
  for (const inv of INVESTORS) {
    const before = await h.balanceOf(inv);
    const r = await h.call({ from: inv, to: 'dao', fn: 'splitDAO()' });
    const after = await h.balanceOf(inv);
    result.bank_run.push({ investor: inv, success: r.success, received_wei: (after - before).toString() });
  }
  return result;
}

/// An honest run with rewards: deposits, a reward, a token transfer, everybody splits.
async function honestRun(variant) {
  const h = await setupDAO(variant);
  mustSucceed(await h.call({ from: 'sponsor', to: 'dao', fn: 'payReward()', value: '3 ether' }), 'payReward');
  mustSucceed(
    await h.call({ from: 'investor1', to: 'dao', fn: 'transfer(address,uint256)', args: ['@investor2', '5 ether'] }),
    'transfer',
  );
  const received = {};
  for (const inv of INVESTORS) {
    const before = await h.balanceOf(inv);
    mustSucceed(await h.call({ from: inv, to: 'dao', fn: 'splitDAO()' }), `${inv} split`);
    received[inv] = (await h.balanceOf(inv)) - before;
  }
  return { received, daoLeft: await h.balanceOf('dao') };
}

/// One run of the seed model: returns the transaction and the model's variables after it.
async function seedRun(bank, balance, amount, attack) {
  const h = await Harness.create({ artifacts: compiled });
  await h.addAccount('deployer', { balance: '1 ether' });
  mustSucceed(await h.deploy({ from: 'deployer', contract: bank, args: [balance, amount], as: 'bank' }), `deploy ${bank}`);
  mustSucceed(await h.deploy({ from: 'deployer', contract: 'SeedMallory', args: ['@bank', attack], as: 'mallory' }), 'deploy SeedMallory');
  const tx = await h.call({ from: 'deployer', to: 'mallory', fn: 'transact()' });
  const bb = toBigInt(await get(h, 'bank', 'bankBalance()'));
  const mb = toBigInt(await get(h, 'bank', 'malloryBalance()'));
  const B = BigInt(balance);
  const A = BigInt(amount);
  const safeFaulty = (bb === B && mb === 0n) || (bb === B && mb === A) || (bb === B - A && mb === A);
  const safeFixed = (bb === B && mb === 0n) || (bb === B - A && mb === 0n) || (bb === B - A && mb === A);
  return {
    contract: bank,
    BALANCE: String(balance),
    AMOUNT: String(amount),
    attack: String(attack),
    success: tx.success,
    revert: tx.revert,
    dispensed_events: tx.events.filter((e) => e.name === 'Dispensed').length,
    bankBalance: bb.toString(),
    malloryBalance: mb.toString(),
    attack_left: await get(h, 'mallory', 'attack()'),
    safe_withdrawal: bank === 'SeedModel' ? safeFaulty : safeFixed,
    invariant_no_money_created: bb + mb <= B,
  };
}

const t0 = Date.now();
const report = { tool: 'dao_reference', solc: solcVersion(), hardfork: 'cancun', investors: INVESTORS.length,
  investor_deposit_wei: INVESTOR_DEPOSIT.toString(), mallory_deposit_wei: MALLORY_DEPOSIT.toString(),
  reentries: REENTRIES, variants: {}, drain: null, honest: {}, seed: {} };

// --- the attack on the three DAOs -------------------------------------------------------------
for (const variant of ['DAO', 'DAOFixed', 'DAOMutex']) {
  const r = await attackRun(variant, REENTRIES);
  report.variants[variant] = r;
  say(`# ${variant}: attack ${r.attack_success ? 'succeeded' : 'reverted'}, re-entries ${r.landed}/${r.reentries} landed; ` +
    `DAO ${fmtEth(r.dao_balance_before_wei)} -> ${fmtEth(r.dao_balance_wei)}, Mallory ${fmtEth(r.mallory_balance_wei)}; ` +
    `stolen_wei=${r.stolen_wei} investor_loss_wei=${r.investor_loss_wei}`);
  check(`${variant}: attack transaction succeeds`, r.attack_success);
  if (variant === 'DAO') {
    const expected = BigInt(REENTRIES) * MALLORY_DEPOSIT;
    check('DAO: every re-entry lands', r.landed === String(REENTRIES), `landed ${r.landed}`);
    check('DAO: Mallory steals one deposit per re-entry', BigInt(r.stolen_wei) === expected, `stolen ${r.stolen_wei}`);
    check('DAO: investors lose what Mallory stole', r.investor_loss_wei === r.stolen_wei && BigInt(r.investor_loss_wei) > 0n);
    check('DAO: ether no longer covers the books', !r.invariant_ether_covers);
    check('DAO: totalSupply still equals the sum of balances (only the ether is gone)', r.invariant_supply_matches);
    check('DAO: the last investor out cannot leave', r.bank_run.some((b) => !b.success));
    check('DAO: one Reentered event per re-entry', r.reentered_events.length === REENTRIES);
  } else {
    check(`${variant}: Mallory steals nothing`, r.stolen_wei === '0', `stolen ${r.stolen_wei}`);
    check(`${variant}: Mallory gets her own deposit back`, r.mallory_balance_wei === MALLORY_DEPOSIT.toString());
    check(`${variant}: the re-entry is attempted and refused`, r.reentries === '1' && r.landed === '0');
    check(`${variant}: investors lose nothing`, r.investor_loss_wei === '0' && r.dao_balance_wei === INVESTOR_DEPOSIT * 3n + '');
    check(`${variant}: invariants hold after the attack`, r.invariant_supply_matches && r.invariant_ether_covers);
    check(`${variant}: every investor gets 10 ether back`,
      r.bank_run.every((b) => b.success && b.received_wei === INVESTOR_DEPOSIT.toString()));
  }
}

// --- draining the vulnerable DAO: more re-entries than the DAO can pay --------------------------
{
  const r = await attackRun('DAO', 100);
  report.drain = r;
  say(`# DAO drained: ${r.landed} re-entries landed of ${r.reentries}; stolen_wei=${r.stolen_wei}, DAO left ${fmtEth(r.dao_balance_wei)}`);
  check('DAO drain: Mallory takes every investor\'s ether', r.stolen_wei === (INVESTOR_DEPOSIT * 3n).toString() && r.dao_balance_wei === '0');
  check('DAO drain: the re-entry that finds the DAO empty fails and ends the chain', r.landed === '30' && r.reentries === '31');
}

// --- honest use with rewards works in all three -------------------------------------------------
for (const variant of ['DAO', 'DAOFixed', 'DAOMutex']) {
  const { received, daoLeft } = await honestRun(variant);
  report.honest[variant] = { received_wei: Object.fromEntries(Object.entries(received).map(([k, v]) => [k, v.toString()])), dao_left_wei: daoLeft.toString() };
  const total = Object.values(received).reduce((a, b) => a + b, 0n);
  check(`${variant} honest: 30 ether + 3 ether of rewards paid out (dust at most 3 wei)`, total <= 33n * ETHER && 33n * ETHER - total <= 3n && daoLeft === 33n * ETHER - total,
    `paid ${total}, left ${daoLeft}`);
  check(`${variant} honest: investor1 (who transferred half her tokens) gets 5.5 ether, investor2 16.5`,
    received.investor1 >= 55n * ETHER / 10n - 2n && received.investor1 <= 55n * ETHER / 10n &&
    received.investor2 >= 165n * ETHER / 10n - 2n && received.investor2 <= 165n * ETHER / 10n,
    JSON.stringify(report.honest[variant]));
}

// --- the seed model (paper, Fig. 5a / 5b) ------------------------------------------------------
{
  const exact = await seedRun('SeedModel', 10, 4, 3);
  report.seed.faulty_paper_run = exact;
  say(`# SeedModel attack=3 AMOUNT=4 BALANCE=10: ${exact.success ? 'succeeded' : 'reverted'} (${exact.revert ? exact.revert.kind + ' ' + (exact.revert.reason || exact.revert.message || '') : ''}); bankBalance=${exact.bankBalance} malloryBalance=${exact.malloryBalance}`);
  check('SeedModel, the paper\'s run (attack = 3): the unwinding underflows and the transaction reverts',
    !exact.success && exact.revert && exact.revert.kind === 'Panic' && exact.revert.code === '17');
  check('SeedModel, the paper\'s run: nothing moved', exact.bankBalance === '10' && exact.malloryBalance === '0');

  const two = await seedRun('SeedModel', 10, 4, 2);
  report.seed.faulty_attack2 = two;
  check('SeedModel attack = 2 also underflows and reverts', !two.success);

  const one = await seedRun('SeedModel', 10, 4, 1);
  report.seed.faulty_attack1 = one;
  say(`# SeedModel attack=1: ${one.success ? 'succeeded' : 'reverted'}; bankBalance=${one.bankBalance} malloryBalance=${one.malloryBalance}`);
  check('SeedModel attack = 1 (one re-entry) succeeds: double withdrawal',
    one.success && one.bankBalance === '2' && one.malloryBalance === '8' && one.dispensed_events === 2);
  check('SeedModel attack = 1 breaks the relaxed SafeWithdrawal', !one.safe_withdrawal);

  const none = await seedRun('SeedModel', 10, 4, 0);
  report.seed.faulty_attack0 = none;
  check('SeedModel without re-entry keeps SafeWithdrawal', none.success && none.safe_withdrawal && none.bankBalance === '6');

  const fixed = await seedRun('SeedModelFixed', 10, 4, 3);
  report.seed.fixed_paper_run = fixed;
  say(`# SeedModelFixed attack=3: ${fixed.success ? 'succeeded' : 'reverted'}; bankBalance=${fixed.bankBalance} malloryBalance=${fixed.malloryBalance} attack_left=${fixed.attack_left}`);
  check('SeedModelFixed, the paper\'s run: succeeds, two withdrawals, the third refused',
    fixed.success && fixed.bankBalance === '2' && fixed.malloryBalance === '8' && fixed.attack_left === '1');
  check('SeedModelFixed keeps its Invariant (no money created)', fixed.invariant_no_money_created);
  check('SeedModelFixed: its own SafeWithdrawal is too tight (broken by a legitimate run)', !fixed.safe_withdrawal);
}

// --- `mallory dao` drains exactly the same amounts on Mallory's chain -------------------------
{
  const bin = process.env.MALLORY_BIN || path.join(REPO_ROOT, 'build/release/cli/mallory');
  if (!check('mallory dao: the mallory executable exists (build it first)', fs.existsSync(bin), bin)) {
    // nothing more to compare
  } else {
    const tour = (steps) =>
      JSON.parse(execFileSync(bin, ['dao', '--json', '--no-analyze', '--steps', String(steps)], { encoding: 'utf8' }));
    const same = (name, ours, evm) => {
      const fields = [
        ['stolen_wei', ours.stolen_wei, evm.stolen_wei],
        ['investor_loss_wei', ours.investor_loss_wei, evm.investor_loss_wei],
        ['DAO balance after', ours.replay.dao_balance_after_wei, evm.dao_balance_wei],
        ['Mallory balance after', ours.replay.mallory_balance_after_wei, evm.mallory_balance_wei],
        ['re-entries', ours.replay.reentries, String(evm.reentries)],
        ['landed', ours.replay.landed, String(evm.landed)],
        ['attack succeeded', ours.replay.attack_succeeded, evm.attack_success],
      ];
      evm.bank_run.forEach((b, i) => fields.push([`bank run ${i + 1}`, ours.replay.investors[i]?.refunded_wei, b.received_wei]));
      const diff = fields.filter(([, a, b]) => a !== b).map(([f, a, b]) => `${f}: mallory ${a}, EVM ${b}`);
      check(`mallory dao ${name} equals the EVM to the wei`, diff.length === 0, diff.join('; '));
    };
    const ours = tour(REENTRIES);
    report.mallory_dao = ours.variants.map((v) => ({ variant: v.variant, stolen_wei: v.stolen_wei, investor_loss_wei: v.investor_loss_wei }));
    const names = { vulnerable: 'DAO', fixed: 'DAOFixed', mutex: 'DAOMutex' };
    for (const v of ours.variants) same(`${v.variant} (${REENTRIES} re-entries)`, v, report.variants[names[v.variant]]);
    same('drain (100 re-entries)', tour(100).variants[0], report.drain);
  }
}

report.elapsed_ms = Date.now() - t0;
console.log(JSON.stringify(report));
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
