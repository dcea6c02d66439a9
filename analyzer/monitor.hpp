#pragma once
/// The property monitor: the one place where a property is judged violated. The explorer's
/// search and the replay that confirms a finding both run transactions and ask the monitor,
/// so "confirmed" cannot drift from "found". Each judges what it observed on its own state
/// (the explorer's journaled world, the replay's chain); the sequence-level properties
/// (callback-freedom, adversary profit) take the runs they compare with as a callback, since
/// the explorer runs them from a snapshot and the replay on fresh chains.
///
/// The monitor also measures a finding's impact: who gained and who lost ether and tokens
/// (per token), and which
/// invariants the attack left broken.

#include "analyzer/evaluator.hpp"
#include "analyzer/kinds.hpp"
#include "analyzer/program.hpp"
#include "analyzer/witness.hpp"
#include "analyzer/world.hpp"
#include "vm/tracer.hpp"

#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace mallory::analyzer {

/// One property the explorer checks and the replay confirms.
struct Property {
    PropertyKind kind = PropertyKind::invariant;
    std::size_t target = 0;                            ///< index into program.targets()
    const check::FunctionInfo* function = nullptr;     ///< if_succeeds
    const lang::ast::Annotation* annotation = nullptr; ///< invariant / if_succeeds
    int index = 0;
    std::string text; ///< as written, or a description of a built-in property
    std::string name(const Program& p) const; ///< "DAO: invariant totalSupply == sum(balances)"
};

/// The properties of the program's selected targets: invariants (after transactions and at
/// calls), if_succeeds, callback-freedom per target, and adversary profit (one property of
/// the whole system, reported under the first selected target).
std::vector<Property> collect_properties(const Program& program);

/// What one party holds, per asset: [0] ether (wei), then one entry per token the world
/// placed (Accounts::tokens, in that order; token units) except the adversary's own, whose
/// units are worth nothing (Accounts::own_token). Value is compared per asset and
/// never summed across assets: the program states no exchange rate between them, so "the
/// adversary ends with more" means more of some asset, and "less" means less of some asset
/// and more of none.
struct Holdings {
    std::vector<vm::U256> assets;
    /// Whether this holds at most `o` of every asset and less of at least one.
    bool dominated_by(const Holdings& o) const;
    /// Whether this holds more than `o` of some asset.
    bool exceeds_somewhere(const Holdings& o) const;
    /// Whether this holds more of some asset than both `a` and `b` hold of it: a transaction
    /// that ended holding this, from `a`, raised that asset beyond `b` (the attack's start),
    /// where exceeds_somewhere(b) also holds when an earlier transaction did all the raising.
    bool exceeds_both_somewhere(const Holdings& a, const Holdings& b) const;
};

/// Value held by each party a finding's impact is about.
struct Ledger {
    Holdings adversary;              ///< the attack contract, its stand-ins and its owner's account
    Holdings honest;                 ///< the deployer and the honest users
    Holdings system;                 ///< every instance of the system (the targets)
    std::vector<std::string> assets; ///< the names: "ether", then each token's account name
};

/// The parties' ether and token balances in `state`.
Ledger ledger_of(vm::State& state, const Accounts& accounts);
/// Only the adversary's part of ledger_of (the explorer asks after every transaction).
Holdings adversary_holdings_of(vm::State& state, const Accounts& accounts);

/// What an attack did to one token's ledger.
struct TokenImpact {
    std::string token; ///< the token's account name ("untrusted1")
    vm::U256 adversary_gain, adversary_loss, honest_loss; ///< token units, as for ether
};

/// What an attack did, measured between the start of the attack (after deployment and the
/// honest deposits) and its end on one state.
struct Impact {
    vm::U256 adversary_gain; ///< ether the adversary ended with beyond what it started with
    vm::U256 adversary_loss; ///< ether it ended with less (self-harm); one of the two is zero
    /// Ether that moved from the honest actors or from the funds the system held for them to
    /// the adversary: the part of the adversary's gain that the honest actors and the system
    /// together lost. A refund of the adversary's own deposit is no gain, so no loss.
    vm::U256 honest_loss;
    /// The same per token the world placed (empty without tokens).
    std::vector<TokenImpact> tokens;
    std::vector<std::string> broken; ///< invariants false at the end, by name
    /// One sentence: "the adversary gained 1 ether; honest users lost 1 ether; ..."
    std::string describe() const;
};

/// The impact of going from `before` to `after`, with the invariants broken at the end.
Impact measure_impact(const Ledger& before, const Ledger& after, std::vector<std::string> broken);

/// Whether, from `before` to `after`, the adversary ended with more of some asset and honest
/// users and the system together with less of it (measure_impact's honest loss, in ether or a
/// token): part of the adversary's gain is other people's.
bool others_paid(const Ledger& before, const Ledger& after);

/// One run of calls without re-entry: the observed state it reaches, and what the adversary
/// holds.
struct SequentialRun {
    std::uint64_t hash = 0;
    Holdings adversary;
    std::uint64_t others = 0;   ///< Observer::others_hash: the state without the adversary's part
    std::vector<vm::U256> own;  ///< Observer::own_values: what the system owes the adversary
    std::uint64_t acquired = 0; ///< Observer::acquired: what is recorded as the adversary's
    std::uint64_t broken_bounds = 0; ///< Observer::broken_bounds: the targets' caps it exceeds
    /// Observer::own_keys: the object each own entry belongs to, where it is one.
    std::vector<std::optional<vm::U256>> own_keys{};
    /// Observer::own_debts: which own entries the adversary owes rather than is owed.
    std::vector<bool> own_debts{};
    /// Observer::own_holdings: which own entries are token units the holdings count.
    std::vector<bool> own_holdings{};
    /// Per call of the run, in the order run, whether it reverted.
    std::vector<bool> reverted{};
    /// The re-entrant run only (others_paid): whether part of what the adversary gained since
    /// the attack started is what honest users and the system lost.
    bool others_paid = false;
};
/// The observation of `state` a judge compares (the adversary holding `adversary`).
SequentialRun observe_run(const Observer& observer, vm::State& state, Holdings adversary);
/// Runs `calls` one after the other, each as its own transaction with the adversary only
/// returning, from the state before the judged transaction (the caller restores it).
using RunCalls = std::function<SequentialRun(const std::vector<TxStep>& calls)>;
/// What one exit probe left: what the adversary holds, and the observed state
/// (Observer::hash).
struct ProbeRun {
    Holdings adversary;
    std::uint64_t hash = 0;
};
/// Runs each of `probes` alone (each from the same state, restored after it) from the state
/// the judged re-entrant transaction reached (`order` null) or the one `order` reaches run as
/// RunCalls runs it, and returns what each left.
using RunProbes = std::function<std::vector<ProbeRun>(const std::vector<TxStep>* order,
                                                      const std::vector<TxStep>& probes)>;
/// How the adversary would cash in what a state owes it: every non-view function of the
/// system called by the adversary, and by its accomplice (where a re-entry may have parked a
/// claim), once per amount of `amounts` (every integer argument that amount, every address
/// argument the caller, no ether).
using MakeProbes = std::function<std::vector<TxStep>(const std::vector<vm::U256>& amounts)>;
std::vector<TxStep> exit_probes(const Program& program, const Accounts& accounts,
                                const std::vector<vm::U256>& amounts);

/// The calls a run without re-entry sends instead of `step`: the step itself with the
/// adversary giving the same `answers` but never re-entering (answers_without_reentry: an
/// answer is not a re-entry), then each state-changing re-entry that landed (`landed`,
/// Adversary::landed_steps), at most `max_sequential_calls` in all.
std::vector<TxStep> sequential_calls(const Program& program, const TxStep& step,
                                     std::vector<Choice> answers,
                                     const std::vector<TxStep>& landed);
inline constexpr std::size_t max_sequential_calls = 5;

struct CallbackFreedomVerdict {
    bool violated = false;
    /// What the re-entry changed is the adversary's own loss (reported at info severity),
    /// unless it broke a bound the targets' own checks keep in every order (guard_bounds.hpp):
    /// - it ends with less value than after every order tried (less of some asset, more of
    ///   none: its ether and its tokens), acquires nothing more (Observer::acquired), and is
    ///   owed no more (Observer::own_values) or cannot cash in the larger claim for more
    ///   (exit_probes); or
    /// - the re-entrant state differs from an order's only in what the system owes the
    ///   adversary, every entry of it at most the order's, the adversary holds and acquires
    ///   no more there, and trying to cash in gives it less there once and more never.
    bool self_harm = false;
    std::size_t orders = 0; ///< orders tried
    /// The transaction reverted in every order: it succeeds only with its callbacks (see
    /// judge_callback_freedom). Set whether violated or not.
    bool needs_callbacks = false;
    /// Per asset, what the adversary holds after the re-entrant run beyond the most any order
    /// left it (violated only): what the re-entry itself gained, whatever the attack's earlier
    /// steps cost it.
    Holdings gain;
};
/// Callback-freedom of one transaction that ended in `reentrant`: violated when no order of
/// `calls` (sequential_calls) run by `run` reaches the same observed state, nor does one more
/// call of the adversary's own after an order whose state differs from it only in what
/// belongs to the adversary alone (Observer::others_hash): the re-entry changed nothing but
/// the adversary's own entries, in a way it could have changed them alone (it spent during a
/// loan an allowance it had granted itself, which it can also set back to zero). Without
/// `probes` (and `make_probes`), self-harm is judged on the holdings alone.
///
/// A transaction that reverts in every order needs its callbacks: they are how it is paid (a
/// loan repaid, an order filled by the taker's payment from its callback, the maker being
/// perhaps the adversary itself). The orders then say nothing about honest use of it, so it
/// is violated unless some order is as good for the adversary: one that keeps a claim the
/// re-entrant run gave up (its own order, filled and closed, gave back its escrow, whatever
/// that bought in the callback), or after which the system owes it no less in any entry
/// (shares bought from the callback at a price the interrupted call left stale are owed
/// more) and it holds no less (a loan repaid by a deposit keeps both the ether and the
/// deposit). Violated whatever the orders when the re-entry broke a bound every order keeps,
/// or others paid for the adversary's gain (SequentialRun::others_paid: a re-entry that pays
/// twice with one payment).
CallbackFreedomVerdict judge_callback_freedom(const std::vector<TxStep>& calls,
                                              const SequentialRun& reentrant, const RunCalls& run,
                                              const MakeProbes& make_probes = {},
                                              const RunProbes& probes = {});

struct ProfitVerdict {
    bool violated = false;
    Holdings gain;     ///< the adversary's gain per asset over the attack (0 where none)
    Holdings baseline; ///< its best gain per asset over the runs without its choices
    std::size_t runs = 0;
    /// Violated only because the attack beats each run in every asset at once (it is ahead of
    /// no single best run per asset: `baseline` then reaches `gain`).
    bool beats_each_run = false;
    /// Per asset, what the attack holds beyond the closest run without callbacks (violated
    /// only): what the re-entry itself gained, where `gain` also counts what honest use gives.
    Holdings excess;
    /// The re-entry's own gain is rounding dust: in every asset it is under a millionth of the
    /// attack's whole gain (a division that rounds one wei the adversary's way when a payout
    /// is split again), while the honest share it also takes is the bulk.
    bool dust() const;
    /// Why the property was not judged (empty: it was): a gain was made, but the runs it must
    /// be compared with could not be run. Neither violated nor not violated.
    std::string unjudged;
    /// A transaction of the attack reverted in every run without callbacks (see judge_profit):
    /// the attack needs them to be paid, and is judged by whether others paid its gain.
    bool needs_callbacks = false;
};
/// The adversary-profit property of an attack's last transaction `step`: violated when the
/// adversary ends the attack with more of some asset (ether or a token) than it started it
/// with (`start`, `end`) and with more of it than every honest run of the same calls from the
/// same state gives it: the step with the adversary only returning, and any of the re-entries
/// that landed (`calls`, from sequential_calls) as transactions of their own, in every order.
/// Also violated when the attack ends with at least what each of those runs gives in every
/// asset and more in one (its credit moved on while its ether came back, where each run keeps
/// only one of the two). Profit that honest calls also give (a refund, a bonus, a faucet) is
/// not a violation; profit that only the adversary's callbacks unlock comes out of other
/// people's funds. When the step reverts in every run without callbacks (it needs them to be
/// paid, see judge_callback_freedom), those runs are no measure of honest use: the profit is
/// then violated only when `others_paid` (others_paid(start ledger, end ledger)).
ProfitVerdict judge_profit(const TxStep& step, const std::vector<TxStep>& calls,
                           const Holdings& start, const Holdings& end, const RunCalls& run,
                           bool others_paid);

/// The orders a run without re-entry may send instead of one transaction whose calls are
/// `calls` (sequential_calls): the transaction itself always, each landed re-entry as a
/// transaction of its own or not at all, in every order (a re-entry that failed in the attack
/// may cost the adversary ether when it goes through alone).
struct SequentialOrder {
    std::vector<TxStep> calls;
    std::size_t outer = 0; ///< where the transaction itself is in `calls`
};
std::vector<SequentialOrder> sequential_orders(const std::vector<TxStep>& calls);

/// Runs a whole sequence without re-entry from the state before the attack's first
/// transaction: one group of calls per transaction of the attack, the calls of a group in the
/// block that transaction ran in (the caller restores the state).
using RunGroups = std::function<SequentialRun(const std::vector<std::vector<TxStep>>& groups)>;
/// Most whole sequences judge_sequence_profit runs: beyond it the attack is not judged.
inline constexpr std::size_t max_sequence_runs = 64;
/// The adversary-profit property of an attack whose gain is cashed in after its re-entries
/// (a flash loan's callback deposits the loan, a later `withdraw` takes it): violated when the
/// adversary ends with more of some asset than it started with (`start`, `end`) and more of it
/// than every run of the whole sequence without callbacks gives it (or at least what each run
/// gives in every asset and more in one), each transaction replaced
/// by one of its sequential_orders (`calls`: per transaction of the attack, its
/// sequential_calls). Not violated when no transaction landed a re-entry (the sequence is its
/// own baseline); not judged (ProfitVerdict::unjudged says why) when the runs would exceed
/// max_sequence_runs. When one of its transactions reverts in every run, the attack needs its
/// callbacks to be paid and is violated only when `others_paid`, as in judge_profit.
ProfitVerdict judge_sequence_profit(const std::vector<std::vector<TxStep>>& calls,
                                    const Holdings& start, const Holdings& end,
                                    const RunGroups& run, bool others_paid);

/// Judges the properties that look at one state and one transaction (invariants, invariants
/// at external calls, postconditions) on the state it is bound to. Bind the adversary's
/// hooks to at_callback/after_reentry and install tracer() on the executor that runs the
/// transaction.
/// The static calls an invariant makes (`token.balanceOf(address(this))`, evaluator.hpp) on
/// `state`, with the world's token ledgers answering at their accounts.
StaticCall static_call_on(vm::State& state, const Accounts& accounts, BlockSource block);

class PropertyMonitor {
public:
    /// `block`: the block of the transaction just judged (view calls run in it).
    PropertyMonitor(const Program& program, const Accounts& accounts, vm::State& state,
                    const std::vector<Property>& properties, BlockSource block);
    ~PropertyMonitor();
    PropertyMonitor(const PropertyMonitor&) = delete;
    PropertyMonitor& operator=(const PropertyMonitor&) = delete;

    /// Evaluates postconditions at the exit of each call of an annotated function; nullptr
    /// when no property is a postcondition.
    vm::Tracer* tracer();
    /// Starts watching one transaction: forgets what the last one showed.
    void begin_transaction();
    /// The adversary is being called by `msg` (the caller's frame is suspended): records the
    /// caller's invariants-at-call that are false now.
    void at_callback(const vm::Message& msg);
    /// A re-entry returned: a successful state-changing one acted on those broken invariants.
    void after_reentry(const CallSpec& call, const vm::Result& result);

    /// Whether property `i` (invariant, invariant-at-call or if-succeeds) is violated by the
    /// successful transaction just watched (an invariant: in the current state).
    bool violated_after(std::size_t i) const;
    /// Whether invariant `pr` holds in the current state (an unevaluable one holds).
    bool holds(const Property& pr) const;
    /// The names of the invariants false in the current state.
    std::vector<std::string> broken_invariants() const;
    /// The parties' value in the current state.
    Ledger ledger() const { return ledger_of(m_state, m_accounts); }
    /// What the adversary holds in the current state.
    Holdings adversary_holdings() const { return adversary_holdings_of(m_state, m_accounts); }

private:
    class PostTracer;
    const Program& m_program;
    const Accounts& m_accounts;
    vm::State& m_state;
    const std::vector<Property>& m_properties;
    StaticCall m_static_call; ///< before m_post, which makes its own
    std::unique_ptr<PostTracer> m_post;
    std::vector<std::size_t> m_broken_now; ///< invariants-at-call false at this callback
    std::vector<std::size_t> m_observed;   ///< ... on which a re-entry acted
};

} // namespace mallory::analyzer
