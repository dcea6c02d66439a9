#include "analyzer/explorer.hpp"

#include "analyzer/actions.hpp"
#include "analyzer/answers.hpp"
#include "analyzer/ast_util.hpp"
#include "analyzer/dependencies.hpp"
#include "analyzer/evaluator.hpp"
#include "analyzer/facts.hpp"
#include "analyzer/feedback.hpp"
#include "analyzer/proof_engine.hpp"
#include "analyzer/token.hpp"
#include "analyzer/world.hpp"
#include "vm/execution_stack.hpp"
#include "vm/tracer.hpp"

#include <algorithm>
#include <cstdlib>
#include <deque>
#include <fmt/format.h>
#include <map>
#include <mutex>
#include <numeric>
#include <queue>
#include <set>
#include <thread>
#include <tuple>
#include <unordered_map>
#include <unordered_set>
#include <utility>

namespace mallory::analyzer {

namespace {

using vm::U256;
using Clock = std::chrono::steady_clock;
/// Limits tried for each amount of a refused call of the adversary (limits_for), and calls
/// tried in place of the refused call in all (refused_variants).
constexpr std::size_t max_limits_per_amount = 2;
constexpr std::size_t max_refused_variants = 2;
/// Re-entries whose amount one partition raises to the most the callback's window lets land
/// (Search::limited_reentry), and the doublings that look for a refused amount above one that
/// lands: 2^40 times the first amount is beyond any balance, so an amount still landing there
/// has no limit (a deposit). The halvings stop once the gap is below 2^-limit_precision_bits
/// of the amount that lands: a limit within a millionth is as good as the exact one.
constexpr std::size_t max_limited_reentries = 32;
constexpr int max_limit_doublings = 40;
constexpr int limit_precision_bits = 20;
/// Amounts a guided path stored that its expansion tries as payments (Search::new_amounts):
/// each multiplies the payable calls tried there.
constexpr std::size_t max_new_amounts = 3;
/// States where its sink runs that one guided search judges at most (Search::guide).
constexpr std::size_t max_guided_judged = 4;
/// Smaller amounts tried for each payment of a path that reached its sink (judge_smaller_payments).
constexpr std::size_t max_smaller_payments = 4;
/// An argument this wide names an object (an id, an index), not an amount (keyed_reentries).
constexpr std::size_t max_id_bits = 32;

/// The threat-model assumption a callback rests on, for the finding's message: a call into an
/// untrusted stand-in or literal (it is attacker code), or a hook of the public token (a token
/// with transfer hooks is in use); empty for a call into the attack contract itself.
std::string assumption_of(const Accounts& a, const CallbackEvent& ev) {
    if (a.is_hooked_token(ev.from))
        return fmt::format("a token with ERC-777 transfer hooks ({}, {}) is deposited",
                           hooked_token_name, vm::to_hex(ev.from));
    if (ev.to == a.adversary || ev.to == a.accomplice) return {};
    return fmt::format("{} ({}) is attacker code", vm::to_hex(ev.to), a.name_of(ev.to));
}

// ---- the order of re-entries ---------------------------------------------------------------

/// Whether `g` reads or writes one of `vars`, itself or through the system's functions it
/// calls, transitively (a lender pricing collateral with `pool.virtualPrice()`, a router's
/// `pay` moving a balance in the ledger the vault keeps its balances in). `seen` holds the
/// functions already followed.
bool touches_any(const Facts& facts, const FunctionFacts& g,
                 const std::set<const check::VariableInfo*>& vars,
                 std::set<const FunctionFacts*>& seen) {
    if (!seen.insert(&g).second) return false;
    for (const Effect& e : g.effects) {
        if (e.var && vars.contains(e.var)) return true;
        if (e.kind != Effect::call || !e.callee) continue;
        // A public variable's getter (`gold.balanceOf(pool)` inside a price view) reads it.
        if (e.callee->getter_of && vars.contains(e.callee->getter_of)) return true;
        for (const FunctionFacts* h : facts.implementations(e.callee))
            if (touches_any(facts, *h, vars, seen)) return true;
    }
    return false;
}

bool touches_any(const Facts& facts, const FunctionFacts& g,
                 const std::set<const check::VariableInfo*>& vars) {
    std::set<const FunctionFacts*> seen;
    return touches_any(facts, g, vars, seen);
}

/// Adds to `out` what `g` writes, itself or through the system's functions it calls,
/// transitively; `seen` holds the functions already followed.
void add_writes(const Facts& facts, const FunctionFacts& g,
                std::set<const check::VariableInfo*>& out, std::set<const FunctionFacts*>& seen) {
    if (!seen.insert(&g).second) return;
    for (const Effect& e : g.effects) {
        if (e.kind == Effect::write && e.var) out.insert(e.var);
        if (e.kind != Effect::call || !e.callee) continue;
        for (const FunctionFacts* h : facts.implementations(e.callee))
            add_writes(facts, *h, out, seen);
    }
}

/// What `f` writes after its effect `call` and its mutexes aside: its own writes, and those of
/// the system's functions it calls after it (a vault that pays, then clears the balance with
/// `ledger.setBalance(msg.sender, 0)`: the ledger's balance is stale during the payment).
std::set<const check::VariableInfo*> late_writes(const Facts& facts, const FunctionFacts& f,
                                                 int call) {
    std::set<const check::VariableInfo*> out;
    for (const Effect* e : f.writes_after(call))
        if (e->var) out.insert(e->var);
    std::set<const FunctionFacts*> seen{&f};
    for (std::size_t i = static_cast<std::size_t>(call) + 1; i < f.effects.size(); ++i) {
        const Effect& e = f.effects[i];
        if (e.kind != Effect::call || !e.callee) continue;
        for (const FunctionFacts* h : facts.implementations(e.callee))
            add_writes(facts, *h, out, seen);
    }
    for (const check::VariableInfo* m : f.mutexes)
        out.erase(m);
    return out;
}

/// Whether `g` may pay an account its caller chooses (a withdrawal, a loan, a refund: its
/// first call out goes to an account not fixed in storage). Where stale state turns into the
/// adversary's ether: such re-entries come first at a callback (reentry_order), their amount is
/// raised to its limit (Search::limited_reentry), and a sink is open to the adversary while
/// none of its calls called the adversary back (guide_uncovered_sinks).
bool pays_its_caller(const Program& p, const Facts& facts, const FunctionFacts& g) {
    return facts.first_call_to_a_caller_given_account(p, g) >= 0;
}

/// The order the re-entries `reenter` are tried in at the callbacks of `f`: first the
/// functions that touch what `f` writes after its first call out (state that is stale while
/// the adversary holds control: a balance not yet debited, a reserve not yet lowered), those
/// that pay an account their caller chooses first among them (a withdrawal, a loan: where
/// stale state turns into the adversary's ether, ahead of a token's many transfer variants),
/// then the others, last those behind one of `f`'s own mutexes on the same instance (they
/// revert). Empty when `f` writes nothing after a call, itself or through the system's
/// functions it calls then (the program's order stands).
std::vector<std::size_t> reentry_order(const Program& p, const Facts& facts, const FunctionFacts& f,
                                       const std::vector<CallSpec>& reenter) {
    const int call = f.first_call_out();
    if (call < 0) return {};
    const std::set<const check::VariableInfo*> late = late_writes(facts, f, call);
    if (late.empty()) return {};
    std::vector<std::size_t> paying, stale, other, locked;
    for (std::size_t i = 0; i < reenter.size(); ++i) {
        const FunctionFacts* g = facts.find(reenter[i].contract, reenter[i].signature);
        const bool same_lock =
            g && g->target == f.target &&
            std::any_of(g->mutexes.begin(), g->mutexes.end(),
                        [&](const check::VariableInfo* m) { return f.mutexes.contains(m); });
        if (same_lock)
            locked.push_back(i);
        else if (!g || !touches_any(facts, *g, late))
            other.push_back(i);
        else
            (pays_its_caller(p, facts, *g) ? paying : stale).push_back(i);
    }
    stale.insert(stale.begin(), paying.begin(), paying.end());
    stale.insert(stale.end(), other.begin(), other.end());
    stale.insert(stale.end(), locked.begin(), locked.end());
    return stale;
}

// ---- partial-order reduction ---------------------------------------------------------------

/// What a purely local action touches: its storage reads and writes (transitively, mutexes
/// included).
struct LocalAction {
    std::set<const check::VariableInfo*> reads, writes;
};

/// Whether the text of a target's contracts mentions the block or the gas: such a function's
/// outcome may depend on its position in the sequence (one block per transaction).
bool position_dependent(const Program& p, const Target& t) {
    for (const check::ContractInfo* c : t.info->linearization) {
        if (!c->ast) continue;
        const std::string_view text = p.sources().text(c->ast->span);
        for (std::string_view w : {"block.", "blockhash", "gasleft", "now"})
            if (text.find(w) != std::string_view::npos) return true;
    }
    return false;
}

} // namespace

namespace {

/// Replaces each argument word of `call` that names `from` with `to`; whether one did (the
/// same call made for another account).
bool replace_account(CallSpec& call, const vm::Address& from, const vm::Address& to) {
    bool named = false;
    for (U256& w : call.args)
        if (w == from.to_word()) {
            w = to.to_word();
            named = true;
        }
    return named;
}

/// Per action: its read/write sets when it is local (moves no ether: no value, no external call
/// of any kind, no creation; no if_succeeds, whose condition may read anything; its contracts
/// do not read the block), otherwise nullopt.
std::vector<std::optional<LocalAction>> local_actions(const Program& p, const Facts& facts,
                                                      const std::vector<TxStep>& actions) {
    std::vector<std::optional<LocalAction>> out;
    for (const TxStep& a : actions) {
        std::optional<LocalAction> info;
        const FunctionFacts* f = facts.find(a.call.contract, a.call.signature);
        bool local = f && a.call.value.is_zero() && !position_dependent(p, *f->target);
        if (local && f->function->ast)
            for (const lang::ast::Annotation& an : f->function->ast->annotations)
                local &= an.kind != lang::ast::AnnotationKind::if_succeeds;
        if (local) {
            info.emplace();
            for (const Effect& e : f->effects) {
                if (e.kind == Effect::call) {
                    info.reset();
                    break;
                }
                (e.kind == Effect::write ? info->writes : info->reads).insert(e.var);
            }
        }
        out.push_back(std::move(info));
    }
    return out;
}

bool disjoint(const std::set<const check::VariableInfo*>& a,
              const std::set<const check::VariableInfo*>& b) {
    return std::none_of(a.begin(), a.end(), [&](const auto* v) { return b.contains(v); });
}

/// Two local actions commute when neither writes what the other reads or writes.
bool independent(const LocalAction& a, const LocalAction& b) {
    return disjoint(a.writes, b.writes) && disjoint(a.writes, b.reads) &&
           disjoint(b.writes, a.reads);
}

// ---- one partition -------------------------------------------------------------------------

/// The order of witnesses: shorter first, then fewer re-entries, the DAO shape on ties, then
/// the partition and the discovery order (deterministic for any number of threads).
bool better(const Violation& a, const Violation& b) {
    const auto key = [](const Violation& v) {
        const bool other_shape =
            v.shape && v.shape->kind != ReentryKind::same_function; // prefer the DAO shape on ties
        return std::make_tuple(v.self_harm || v.dust, v.witness.steps.size(), v.witness.reentries(),
                               other_shape, v.partition, v.order);
    };
    return key(a) < key(b);
}

/// The functions, as (contract, signature), whose caller a run shows to be checked: the
/// deployer passes, the adversary does not (Search::identity_checked).
using IdentityChecked = std::set<std::pair<std::string, std::string>>;

struct PartitionResult {
    std::vector<Violation> violations;
    std::uint64_t states = 0, txs = 0;
    bool budget_hit = false, timed_out = false;
    SearchBound bound;                 ///< this partition's (merged by explore())
    std::set<std::string> covered;     ///< see ExploreStats::covered
    std::set<std::string> called_back; ///< see ExploreStats::called_back
    std::set<std::string> paid_back;   ///< see ExploreStats::paid_back
};

class Search {
public:
    Search(const Program& p, World& w, const std::vector<Property>& props, const ExploreOptions& o,
           Clock::time_point deadline, std::atomic<bool>& stop)
        : m_p(p), m_w(w), m_props(props), m_o(o), m_deadline(deadline), m_stop(stop),
          m_monitor(p, w.accounts(), w.state(), props, [&w] { return w.executor().block(); }) {
        if (vm::Tracer* t = m_monitor.tracer()) w.executor().set_tracer(t);
        w.adversary().record_events = true;
        w.adversary().before_reentry = [this](vm::Executor&, const vm::Message& msg) {
            m_monitor.at_callback(msg);
        };
        w.adversary().after_reentry = [this](const CallSpec& c, const vm::Result& r) {
            m_monitor.after_reentry(c, r);
        };
    }

    /// The owner's domains: the system's contracts first (the deployer wires them to each
    /// other after deploying), then the honest accounts; never the adversary.
    Domains owner_domains(const Domains& d) const {
        Domains owner = d;
        const Accounts& a = m_w.accounts();
        owner.addresses.clear();
        for (const auto& [name, addr] : a.contracts)
            owner.addresses.push_back(addr.to_word());
        for (const U256& x : d.addresses)
            if (x != a.adversary.to_word() &&
                std::find(owner.addresses.begin(), owner.addresses.end(), x) ==
                    owner.addresses.end())
                owner.addresses.push_back(x);
        // The owner also acts on the objects the honest users paid into (it draws the raffle
        // they bought tickets in, settles their auction), after the adversary's own.
        for (const U256& id : d.honest_objects)
            if (std::find(owner.keys.begin(), owner.keys.end(), id) == owner.keys.end())
                owner.keys.push_back(id);
        return owner;
    }
    /// The functions (contract, signature) whose access check the facts may not see but a run
    /// shows: with every integer argument zero and no ether (nothing the deployer holds more
    /// of decides), the deployer's call succeeds and the adversary's reverts. OpenZeppelin's
    /// `onlyRole(R)` looks the caller up through `_checkRole(role, account)`, a parameter the
    /// facts do not bind to the caller. Standard token functions are left out: an owner of
    /// item 0 may approve it where the adversary may not, which grants nothing.
    /// Computed once per analysis on the probe world (explore()) and handed to every worker's
    /// init: the probes are deterministic, so each worker would find the same.
    IdentityChecked identity_checked(const Domains& d) {
        IdentityChecked out;
        Domains zero = owner_domains(d);
        zero.uints = {U256{}};
        zero.ints = {U256{}};
        for (const auto& [t, f] : mutators(m_p)) {
            const std::string sig = call_signature(*f);
            if (sig.empty() || is_token_function(sig)) continue;
            const CallSpec c{t->name(), sig, first_arguments(*f, zero), {}};
            if (m_w.only_the_deployer_passes(c)) out.emplace(t->name(), sig);
        }
        return out;
    }
    /// Whether an address parameter of the called function names an account it serves, which
    /// may be anyone's: a mapping key (`owed[employee]`) or an address kept in a record
    /// (`payments.push(Payment(beneficiary, amount))`), not one kept whole as a setting
    /// (`treasury = to;`).
    bool serves_account(const Facts& facts, const Domains& d, const CallSpec& c) const {
        const FunctionFacts* f = facts.find(c.contract, c.signature);
        if (!f || !f->function) return false;
        const check::FunctionInfo& fn = *f->function;
        const auto roles = d.roles.find(&fn); // absent: every parameter plain
        const std::string_view body = fn.ast ? m_p.sources().text(fn.ast->span) : "";
        for (std::size_t i = 0; i < fn.parameter_types.size(); ++i) {
            const check::TypePtr& t = fn.parameter_types[i];
            // a list of accounts is served alike (`eligible[id][members[i]] = true`)
            const bool accounts = t && t->kind == check::TypeKind::array && t->element &&
                                  t->element->kind == check::TypeKind::address;
            if (accounts && i < fn.parameters.size() && fn.parameters[i] && !body.empty() &&
                !is_assigned_whole(body, fn.parameters[i]->name))
                return true;
            if (!t || t->kind != check::TypeKind::address) continue;
            if (roles != d.roles.end() && i < roles->second.size() &&
                roles->second[i] == ParamRole::key)
                return true;
            if (i < fn.parameters.size() && fn.parameters[i] && !body.empty() &&
                !is_assigned_whole(body, fn.parameters[i]->name))
                return true;
        }
        return false;
    }
    void init(const Domains& d, const IdentityChecked& identity) {
        m_domains = d;
        index_unsigned_parameters();
        m_answers.clear();
        m_top = make_calls(m_p, d, CallBudget{6, 8, true}, one_ether);
        for (CallSpec& c : m_w.item_deposits()) // its own item into each contract
            if (std::find(m_top.begin(), m_top.end(), c) == m_top.end())
                m_top.push_back(std::move(c));
        // Re-entries get a narrower domain: the amount the adversary itself pays in first
        // (what it can move or withdraw again), then the values the contracts hold.
        Domains r = d;
        r.uints.erase(std::remove(r.uints.begin(), r.uints.end(), one_ether), r.uints.end());
        r.uints.insert(r.uints.begin(), one_ether);
        // The accomplice right after the adversary: a re-entry moves what the interrupted call
        // is about to take away (shares, credit) to the adversary's second contract.
        const U256 accomplice = m_w.accounts().accomplice.to_word();
        r.addresses.erase(std::remove(r.addresses.begin(), r.addresses.end(), accomplice),
                          r.addresses.end());
        r.addresses.insert(r.addresses.begin() + (r.addresses.empty() ? 0 : 1), accomplice);
        // Values sent by a re-entry: the program's own amounts only (a price the callback must
        // pay exactly), not the top level's spread, so the scripts per callback stay few.
        r.values.clear();
        for (const U256& c : m_p.amount_constants())
            if (vm::bit_length(c) <= 96 && !c.is_zero()) r.values.push_back(c);
        m_reenter = make_calls(m_p, r, CallBudget{3, 6, false, true}, one_ether);
        m_reentry_values = r.values;
        m_reentry_values.push_back(one_ether);
        m_reenter_templates.clear();
        for (const CallSpec& c : m_reenter)
            if (!amount_parameters(TxStep{adversary_name, c, {}}).empty() &&
                std::none_of(m_reenter_templates.begin(), m_reenter_templates.end(),
                             [&](const CallSpec& t) {
                                 return t.contract == c.contract && t.signature == c.signature;
                             }))
                m_reenter_templates.push_back(c);
        add_reentries_for_victim(m_w.accounts().users.front().second.to_word());
        // The first honest user acts for itself: where a call asks for an address (a
        // recipient, a beneficiary), its own comes first, never the adversary's (an honest
        // user does not hand its shares to the attacker).
        const auto& [user, user_address] = m_w.accounts().users.front();
        Domains own = d;
        // The objects the honest users created at set-up first (the market it opened, which
        // only it may resolve; another user's refuses it harmlessly).
        for (auto it = m_w.created_ids().rbegin(); it != m_w.created_ids().rend(); ++it) {
            std::erase(own.keys, *it);
            own.keys.insert(own.keys.begin(), *it);
        }
        own.addresses.erase(
            std::remove(own.addresses.begin(), own.addresses.end(), user_address.to_word()),
            own.addresses.end());
        own.addresses.insert(own.addresses.begin(), user_address.to_word());
        for (auto& c : make_calls(m_p, own, CallBudget{1, 1, false}, honest_payment))
            m_honest.push_back(within_limits(TxStep{user, c, {}}));
        add_endorsements();
        add_accomplice_calls(d);
        // The latecomer only pays in (ether): a depositor after the adversary in the
        // system's lists, whose funds a loop paying everyone leaves for the adversary's
        // re-entry to take. It also pays the program's exact amounts (a fee, a price), naming
        // the adversary where an address is asked: a newcomer who joins by the adversary's
        // referral credits the adversary. And it outbids: the spread's round top beats what
        // the adversary bid before (whose refund then waits for the adversary to claim it).
        Domains late = d;
        late.values = r.values;
        late.values.push_back(round_top_payment);
        for (auto& c : make_calls(m_p, late, CallBudget{1, 1, false, true}, honest_payment))
            if (!c.value.is_zero()) m_honest.push_back(TxStep{latecomer_name, c, {}});
        const Facts& facts = m_w.facts();
        const Dependencies deps(m_p, facts, m_props);
        m_reentry_order.clear();
        m_repayment_templates = repayment_templates();
        m_token_deposits = token_deposit_templates(facts);
        m_pays = payments_of(m_p, facts, m_w.accounts());
        m_plain_tokens = plain_token_targets(m_p, facts);
        m_tail_calls.clear();
        m_lenders.clear();
        for (const FunctionFacts& f : facts.functions()) {
            const std::pair<std::string, std::string> key{f.target->name(),
                                                          call_signature(*f.function)};
            if (pays_its_caller(m_p, facts, f) && !is_token_function(key.second))
                m_lenders.insert(key);
            if (auto order = reentry_order(m_p, facts, f, m_reenter); !order.empty())
                m_reentry_order[key] = std::move(order);
            if (f.ends_with_its_only_call()) m_tail_calls.insert(key);
        }
        // The deployer is an honest owner: it calls the privileged functions (open a phase,
        // set a price, wire the system: `ledger.setOwner(bank)`). It serves any account,
        // the adversary's too (`accrue(employee, amount)`), but hands the adversary no access.
        // Where it serves an account it names the adversary, then an honest user (a payee
        // beside the adversary, whose share the adversary's re-entry takes), then the rest.
        const Domains owner = owner_domains(d);
        Domains serving = owner;
        const U256 honest_user = m_w.accounts().users.front().second.to_word();
        std::erase(serving.addresses, honest_user);
        serving.addresses.insert(serving.addresses.begin(),
                                 {m_w.accounts().adversary.to_word(), honest_user});
        // Honest users the deployment names (an owner of a multisig, a relayer given to the
        // constructor) hold a role as the deployer does, and act in it the same way.
        std::vector<std::string> role_holders{deployer_name};
        for (const std::string& name : honest_users_named_at_deployment(m_w))
            role_holders.push_back(name);
        CallBudget owner_budget{2, 4, false};
        owner_budget.width_covered = true;
        // An allowlist is not a role: the owner puts users on it, the adversary among them.
        for (auto& c : make_calls(m_p, owner, owner_budget, honest_payment))
            if (const ActionRole role = deps.role(c);
                (role.privileged && !role.grants_eligibility &&
                 (role.grants || !serves_account(facts, d, c))) ||
                (!role.privileged && identity.count({c.contract, c.signature})))
                for (const std::string& holder : role_holders)
                    m_honest.push_back(TxStep{holder, c, {}});
        const auto serves = [&](const CallSpec& c) {
            const ActionRole role = deps.role(c);
            return role.privileged &&
                   (role.grants_eligibility || (!role.grants && serves_account(facts, d, c)));
        };
        std::vector<CallSpec> served;
        std::set<std::pair<std::string, std::string>> passing; // (contract, signature)
        for (auto& c : make_calls(m_p, serving, owner_budget, honest_payment))
            if (serves(c)) {
                if (m_w.succeeds(TxStep{deployer_name, c, {}}))
                    passing.emplace(c.contract, c.signature);
                served.push_back(std::move(c));
            }
        // The account served may be one of the system's contracts (a market the comptroller
        // lists: `require(isListed[market])`): where no call naming the adversary or a user
        // passes, the owner names the system's contracts first, as when it wires them.
        for (auto& c : make_calls(m_p, owner, owner_budget, honest_payment))
            if (serves(c) && !passing.contains({c.contract, c.signature}) &&
                std::find(served.begin(), served.end(), c) == served.end())
                served.push_back(std::move(c));
        for (const CallSpec& c : served)
            for (const std::string& holder : role_holders)
                m_honest.push_back(TxStep{holder, c, {}});
        add_services_to_the_adversary(facts, d);
        // What the owner opened at set-up for the honest users (a round, a lot), it opens
        // again alike: the adversary's own round then has the honest users' price.
        for (const TxStep& s : m_w.setup())
            if (s.sender == deployer_name && s.call.value.is_zero() &&
                deps.role(s.call).privileged &&
                std::find(m_honest.begin(), m_honest.end(), s) == m_honest.end())
                m_honest.push_back(TxStep{deployer_name, s.call, {}});
        m_warps.clear();
        for (std::uint64_t seconds : d.clock_jumps)
            m_warps.push_back(TxStep{"", {}, {}, seconds});
        for (std::uint64_t blocks : d.block_jumps)
            m_warps.push_back(TxStep{"", {}, {}, 0, blocks});
        m_first.clear();
        m_adversary0 = m_monitor.adversary_holdings();
        m_ledger0 = m_monitor.ledger();
        for (const CallSpec& c : m_top)
            m_first.push_back(TxStep{adversary_name, c, {}});
        for (const TxStep& s : m_honest)
            m_first.push_back(s);
        for (const TxStep& s : m_warps)
            m_first.push_back(s);
        if (m_o.partial_order) m_local = local_actions(m_p, m_w.facts(), m_first);
        m_amounts.clear();
        for (const TxStep& s : m_first)
            m_amounts.push_back(amount_parameters(s));
        m_roles.clear();
        for (const TxStep& s : m_first) { // a warp only moves the clock: it enables, never breaks
            m_roles.push_back(s.is_warp() ? ActionRole{false, true, false} : deps.role(s.call));
            // The adversary's approvals of a token it approved without limit at set-up only
            // lower what the system may pull: no directed preparation needs them (twenty
            // spender and amount variants would fill the budget before the one that does).
            if (s.sender == adversary_name && s.call.signature == "approve(address,uint256)" &&
                m_w.approved_without_limit().contains(s.call.contract))
                m_roles.back().enabling = false;
        }
        m_owner_first = owner_first_order(m_first);
        m_fed.assign(m_first.size(), std::vector<bool>(m_first.size(), false));
        for (std::size_t i = 0; i < m_first.size(); ++i)
            for (std::size_t j = 0; j < m_first.size(); ++j)
                m_fed[i][j] = !m_first[i].is_warp() && !m_first[j].is_warp() &&
                              deps.feeds(m_first[i].call, m_first[j].call);
    }
    /// The first honest user serves the adversary where it acts in a role: a call that
    /// compares its caller with stored state (`bounties[id].poster == msg.sender`: only the
    /// poster may award its bounty) and keeps an account the user named in a record (the
    /// hunter it awards, the adversary among the hunters; the contractor whose milestone a
    /// client approves) is made again naming the adversary. A role itself, kept whole as a
    /// setting (`owner = to`), is never handed over (serves_account); a call open to anyone
    /// (`openChannel(counterparty)`, `transfer(to)`) never hands the adversary the user's
    /// own funds.
    void add_services_to_the_adversary(const Facts& facts, const Domains& d) {
        const auto& [user, user_address] = m_w.accounts().users.front();
        std::vector<TxStep> served;
        for (const TxStep& s : m_honest) {
            const FunctionFacts* f = facts.find(s.call.contract, s.call.signature);
            if (s.sender != user || !f || f->sender_guards.empty() ||
                !serves_account(facts, d, s.call))
                continue;
            TxStep copy = s;
            if (replace_account(copy.call, user_address, m_w.accounts().adversary) &&
                std::find(m_honest.begin(), m_honest.end(), copy) == m_honest.end())
                served.push_back(std::move(copy));
        }
        m_honest.insert(m_honest.end(), served.begin(), served.end());
    }
    /// The adversary's second account acts for itself where the program forbids self-dealing
    /// (Accounts::accomplice_acts): each function once with first values, the adversary's
    /// address first where an address is asked (the worker of the gig it posts, the seller
    /// whose item it buys: it acts for the adversary).
    void add_accomplice_calls(const Domains& d) {
        const Accounts& a = m_w.accounts();
        if (!a.accomplice_acts) return;
        Domains own = d;
        for (const U256& w : {a.accomplice.to_word(), a.adversary.to_word()}) {
            std::erase(own.addresses, w);
            own.addresses.insert(own.addresses.begin(), w);
        }
        // It pays what the adversary's own first calls ask (one ether: the price of its
        // listing, the pay of its gig), one call per function so that the budget stays with
        // the adversary's own actions.
        for (auto& c : make_calls(m_p, own, CallBudget{1, 1, false}, one_ether))
            m_honest.push_back(TxStep{accomplice_name, c, {}});
    }
    /// The other depositors make the first honest user's calls that count once per account
    /// (records_per_sender: a vote, a confirmation on an object; marks_the_sender: a member's
    /// contribution to a round), with their own address for the first user's: a quorum of
    /// votes on the adversary's claim needs several voters, a round's pot every member's
    /// contribution.
    void add_endorsements() {
        const Accounts& a = m_w.accounts();
        std::set<std::pair<std::string, std::string>> endorsing;
        for (const auto& [t, f] : mutators(m_p)) {
            if (!f->ast) continue;
            const std::string_view body = m_p.sources().text(f->ast->span);
            if (marks_the_sender(body) || std::any_of(f->parameters.begin(), f->parameters.end(),
                                                      [&](const check::VariableInfo* v) {
                                                          return v &&
                                                                 records_per_sender(body, v->name);
                                                      }))
                endorsing.emplace(t->name(), call_signature(*f));
        }
        if (endorsing.empty() || a.depositors < 2) return;
        const auto& [first, first_address] = a.users.front();
        std::vector<TxStep> theirs;
        for (const TxStep& s : m_honest) {
            if (s.sender != first || !endorsing.contains({s.call.contract, s.call.signature}))
                continue;
            for (std::size_t u = 1; u < a.depositors && u < a.users.size(); ++u) {
                TxStep copy{a.users[u].first, s.call, {}};
                replace_account(copy.call, first_address, a.users[u].second);
                theirs.push_back(std::move(copy));
            }
        }
        m_honest.insert(m_honest.end(), theirs.begin(), theirs.end());
    }

    /// The order a directed prefix step tries the actions in: the owner's first (few, and each
    /// opens or closes functions for everyone: `cancel()` before `reclaim()`), then the others
    /// in action order, the clock's warps last (a deadline passed early closes what the
    /// preparation still needs). The directed levels' budget is spent depth first, so what
    /// comes first is what a cut budget keeps.
    static std::vector<std::size_t> owner_first_order(const std::vector<TxStep>& actions) {
        std::vector<std::size_t> order(actions.size());
        std::iota(order.begin(), order.end(), std::size_t{0});
        std::stable_partition(order.begin(), order.end(), [&](std::size_t i) {
            return !actions[i].is_warp() && actions[i].sender == deployer_name;
        });
        return order;
    }
    /// Transactions each partition's directed levels may run (explore() shares the budget).
    void set_deepening_budget(std::uint64_t txs) { m_deepening_budget = txs; }
    std::size_t partitions() const { return m_first.size(); }
    /// The partitions that share the directed levels' budget: those whose first action
    /// enables something (only they run directed levels) and succeeds from the initial state
    /// with the adversary's default answers. One that reverts there (listing an item before
    /// any exists) ends at once, and an equal share left to it would be lost to the others.
    std::size_t live_enabling_partitions() {
        const std::uint64_t block = m_w.deployments().size() + m_w.setup().size() + 1;
        std::size_t live = 0;
        for (std::size_t i = 0; i < m_first.size(); ++i) {
            if (!m_roles[i].enabling) continue;
            const vm::Snapshot before = m_w.state().snapshot();
            const ClockOffset clock = m_w.clock();
            live += m_w.run(m_first[i], block).success();
            m_w.state().revert_to(before);
            m_w.set_clock(clock);
        }
        return live;
    }

    /// Forgets everything the previous partition's search found and starts partition
    /// `partition` from the base state, counting at most `limit` transactions.
    void begin_partition(std::size_t partition, std::uint64_t limit) {
        m_result = {};
        m_best.clear();
        m_partition = partition;
        m_visited.clear();
        m_deferred.clear();
        m_extended.clear();
        m_reentered.clear();
        m_limited.clear();
        m_order = 0;
        m_base_block = m_w.deployments().size() + m_w.setup().size() + 1;
        m_limit = limit;
    }

    PartitionResult run(std::size_t partition) {
        begin_partition(partition, m_o.budget_per_partition);
        deepen();
        return m_result;
    }

    /// The sink functions (contract, signature) of the actions, in action order, each once:
    /// where a re-entry or another property can break (Dependencies, ActionRole::sink).
    std::vector<std::pair<std::string, std::string>> sink_functions() const {
        std::vector<std::pair<std::string, std::string>> out;
        for (std::size_t i = 0; i < m_first.size(); ++i) {
            if (m_first[i].is_warp() || !m_roles[i].sink) continue;
            std::pair<std::string, std::string> f{m_first[i].call.contract,
                                                  m_first[i].call.signature};
            if (std::find(out.begin(), out.end(), f) == out.end()) out.push_back(std::move(f));
        }
        return out;
    }

    /// Goal-directed preparation of `sink`, a sink function no transaction of the search ran
    /// successfully (a grant paid only after join, propose, vote and the timelock: five steps
    /// among a hundred actions, beyond what the directed levels enumerate in their budget).
    /// A best-first search over states: each new state is scored by how far the sink's calls
    /// get there before they are refused (ProgressLog: every check passed runs more code),
    /// then by how near the check that refused them is to passing (the branch distance of
    /// search-based testing: a debt nearing the liquidation threshold, a clock nearing a
    /// deadline), and the best state is expanded first,
    /// ties in discovery order (states that make no progress are expanded breadth first). As
    /// soon as a call of the sink succeeds, every action of the sink runs there with every
    /// script, as the last level of a sequence does. Budgeted in transactions (`budget`), so
    /// the result does not depend on the machine; run as partition `partition`.
    PartitionResult guide(const std::pair<std::string, std::string>& sink, std::size_t partition,
                          std::uint64_t budget) {
        begin_partition(partition, budget);
        m_directed = true;
        // The actions that call the sink: the adversary's, whose callbacks it answers, when it
        // has some (an honest user's refund that passes re-enters nothing).
        std::vector<std::size_t> calls, honest;
        for (std::size_t i = 0; i < m_first.size(); ++i)
            if (!m_first[i].is_warp() && m_first[i].call.contract == sink.first &&
                m_first[i].call.signature == sink.second)
                (m_first[i].sender == adversary_name ? calls : honest).push_back(i);
        if (calls.empty()) calls = std::move(honest);
        if (calls.empty()) return m_result;
        const int top = std::max(m_o.txs, m_o.max_txs);
        const vm::Snapshot base = m_w.state().snapshot();
        const ClockOffset clock = m_w.clock();
        GuidedActions actions(m_first);
        const std::vector<std::size_t> payments = payment_templates();
        const std::vector<std::size_t> named = id_templates();
        const std::set<vm::U256> base_amounts = stored_amounts();
        struct Node {
            Progress score;
            std::uint64_t order = 0;
            std::vector<std::size_t> path; ///< GuidedActions indices, run with the default script
        };
        // The furthest the sink gets first; among equals the shorter path, then the nearest
        // to passing: every transaction brings a deadline nearer, so preferring the nearest
        // alone follows one preparation ever deeper (a second, third contribution) past its
        // siblings (a smaller contribution, which the wait after it lets be refunded).
        const auto worse = [](const Node& a, const Node& b) {
            if (a.score.points != b.score.points) return a.score.points < b.score.points;
            if (a.path.size() != b.path.size()) return a.path.size() > b.path.size();
            if (a.score.distance != b.score.distance) return b.score.distance < a.score.distance;
            return a.order > b.order;
        };
        std::priority_queue<Node, std::vector<Node>, decltype(worse)> frontier(worse);
        std::unordered_set<std::uint64_t> seen{state_hash()};
        std::uint64_t order = 0;
        frontier.push(Node{{}, order++, {}});
        // States where the sink runs, judged so far: the first may not be the one an attack
        // needs (a purchase of a whole ether where the pool holds less), so a few are judged
        // until one breaks a property.
        std::size_t judged = 0;
        const auto done = [&] {
            return judged >= max_guided_judged || !m_result.violations.empty();
        };
        while (!frontier.empty() && !done() && !halted()) {
            const Node node = frontier.top();
            frontier.pop();
            if (static_cast<int>(node.path.size()) + 1 >= top) continue;
            std::vector<TxStep> prefix;
            std::vector<vm::U256> ids; // the small words the path's calls returned
            bool replayed = true;
            for (std::size_t i = 0; i < node.path.size() && replayed; ++i) {
                prefix.push_back(actions.step(node.path[i]));
                const vm::Result r = exec(prefix.back(), m_base_block + i);
                replayed = r.success();
                if (r.output.size() == 32 && vm::bit_length(vm::load_be(r.output.data())) <= 64 &&
                    std::find(ids.begin(), ids.end(), vm::load_be(r.output.data())) == ids.end())
                    ids.push_back(vm::load_be(r.output.data()));
            }
            const vm::Snapshot at = m_w.state().snapshot();
            const ClockOffset at_clock = m_w.clock();
            const std::uint64_t level = node.path.size();
            std::vector<std::size_t> next(m_first.size());
            std::iota(next.begin(), next.end(), std::size_t{0});
            if (replayed) {
                const std::vector<std::size_t> produced =
                    produced_calls(actions, payments, named, new_amounts(base_amounts), ids);
                next.insert(next.end(), produced.begin(), produced.end());
            }
            for (std::size_t k = 0; k < next.size() && replayed && !done() && !halted(); ++k) {
                const std::size_t a = next[k];
                const TxStep& action = actions.step(a);
                // A preparation may repeat a call (a bet on the market opened after the
                // first bet): only two warps in a row are one wait.
                if (!m_roles[actions.origin(a)].enabling ||
                    (action.is_warp() && !prefix.empty() && prefix.back().is_warp()))
                    continue;
                if (!exec(action, m_base_block + level).success() ||
                    !seen.insert(state_hash()).second) {
                    m_w.state().revert_to(at);
                    m_w.set_clock(at_clock);
                    continue;
                }
                ++m_result.states;
                const std::optional<Progress> score = sink_progress(calls, level + 1);
                if (!score) { // a call of the sink succeeds here: judge every sink from here on
                    ++judged;
                    prefix.push_back(action);
                    judge_sinks_after(prefix, actions, next);
                    m_w.state().revert_to(base);
                    m_w.set_clock(clock);
                    if (m_result.violations.empty())
                        judge_smaller_payments(prefix, calls, actions, next);
                    prefix.pop_back();
                    // Its siblings mostly reach the same (other waits): the next state judged
                    // comes from another node (another purchase, another amount).
                    break;
                } else {
                    Node child{*score, order++, node.path};
                    child.path.push_back(a);
                    frontier.push(std::move(child));
                }
                m_w.state().revert_to(at);
                m_w.set_clock(at_clock);
            }
            m_w.state().revert_to(base);
            m_w.set_clock(clock);
        }
        judge_deferred_profits();
        m_result.bound.complete = 0;
        m_result.bound.cut =
            halted() ? (m_result.timed_out ? SearchBound::Cut::timeout : SearchBound::Cut::budget)
                     : SearchBound::Cut::none;
        return m_result;
    }

private:
    /// How far a refused call got (ProgressLog): the branch points and reads it executed, and
    /// the distance of the check that refused it from passing.
    struct Progress {
        std::uint64_t points = 0;
        vm::U256 distance;
    };

    /// How far the calls `calls` of a sink get from the current state before they are refused:
    /// the call that executes the most branch points and reads, the nearest to passing among
    /// those (ProgressLog; the state is restored), or nothing when one succeeds.
    std::optional<Progress> sink_progress(const std::vector<std::size_t>& calls,
                                          std::uint64_t level) {
        Progress best;
        bool measured = false;
        vm::Tracer* const saved = m_w.executor().tracer();
        for (std::size_t c : calls) {
            const vm::Snapshot before = m_w.state().snapshot();
            const ClockOffset clock = m_w.clock();
            ProgressLog log;
            m_w.executor().set_tracer(&log);
            const vm::Result r = exec(m_first[c], m_base_block + level);
            m_w.executor().set_tracer(saved);
            m_w.state().revert_to(before);
            m_w.set_clock(clock);
            if (r.success()) return std::nullopt;
            const Progress p{log.points(), log.distance()};
            if (!measured || p.points > best.points ||
                (p.points == best.points && p.distance < best.distance))
                best = p;
            measured = true;
            if (halted()) break;
        }
        return best;
    }

    /// The guided search's actions: the search's own (`m_first`, same indices), then calls
    /// made from what a preparation produced, which no domain computed at deployment holds
    /// (Search::produced_calls). Each keeps the index of the action it varies, whose role it
    /// has; one call made twice has one index.
    class GuidedActions {
    public:
        explicit GuidedActions(const std::vector<TxStep>& first)
            : m_steps(first), m_origin(first.size()) {
            std::iota(m_origin.begin(), m_origin.end(), std::size_t{0});
        }
        const TxStep& step(std::size_t i) const { return m_steps[i]; }
        std::size_t origin(std::size_t i) const { return m_origin[i]; }
        /// The index of `s`, a variant of action `origin`, added on first use.
        std::size_t add(TxStep s, std::size_t origin) {
            auto key = std::make_tuple(s.sender, s.call.contract, s.call.signature, s.call.args,
                                       s.call.value);
            const auto [it, fresh] = m_made.try_emplace(std::move(key), m_steps.size());
            if (fresh) {
                m_steps.push_back(std::move(s));
                m_origin.push_back(origin);
            }
            return it->second;
        }

    private:
        std::vector<TxStep> m_steps;
        std::vector<std::size_t> m_origin;
        std::map<std::tuple<std::string, std::string, std::string, std::vector<vm::U256>, vm::U256>,
                 std::size_t>
            m_made;
    };

    /// The first action of each payable function and argument list, per sender: what a
    /// payment of another amount varies (Search::produced_calls).
    std::vector<std::size_t> payment_templates() const {
        std::set<std::tuple<std::string, std::string, std::string, std::vector<vm::U256>>> seen;
        std::vector<std::size_t> out;
        for (std::size_t i = 0; i < m_first.size(); ++i) {
            const TxStep& s = m_first[i];
            if (!s.is_warp() && pays(s) &&
                seen.emplace(s.sender, s.call.contract, s.call.signature, s.call.args).second)
                out.push_back(i);
        }
        return out;
    }

    /// The adversary's first action of each function with an unsigned integer parameter: what
    /// a call naming an id a preparation returned varies (Search::produced_calls).
    std::vector<std::size_t> id_templates() const {
        std::set<std::pair<std::string, std::string>> seen;
        std::vector<std::size_t> out;
        for (std::size_t i = 0; i < m_first.size(); ++i)
            if (!amount_parameters(m_first[i]).empty() &&
                seen.emplace(m_first[i].call.contract, m_first[i].call.signature).second)
                out.push_back(i);
        return out;
    }

    /// Calls made from what the path to the current state produced, as a fuzzer's dictionary
    /// grows with what the program returns and stores:
    /// - each payable call paying an amount the path stored (`amounts`: a price it listed at);
    /// - each of the adversary's functions naming an id a step of the path returned (`ids`:
    ///   `list` returned the listing that `rent` and `claimEarnings` take), paying, when it is
    ///   payable, what its code compares the payment with here (`msg.value == l.pricePerDay *
    ///   numDays`, found as World::prices_asked finds a price).
    std::vector<std::size_t> produced_calls(GuidedActions& actions,
                                            const std::vector<std::size_t>& payments,
                                            const std::vector<std::size_t>& named,
                                            const std::vector<vm::U256>& amounts,
                                            const std::vector<vm::U256>& ids) {
        std::vector<std::size_t> out;
        for (const vm::U256& amount : amounts)
            for (std::size_t t : payments) {
                TxStep s = m_first[t];
                s.call.value = amount;
                out.push_back(actions.add(std::move(s), t));
            }
        // The adversary's payable calls paying what their code compares the payment with
        // here: a price the path made of several stored amounts (`msg.value == u.rent +
        // u.deposit` for the unit an honest landlord listed), which no one amount is.
        for (std::size_t t : payments) {
            if (m_first[t].sender != adversary_name) continue;
            ++m_result.txs;
            for (const vm::U256& price : m_w.prices_compared(m_first[t], max_new_amounts)) {
                TxStep paid = m_first[t];
                paid.call.value = price;
                out.push_back(actions.add(std::move(paid), t));
            }
        }
        for (std::size_t t : named)
            for (const auto& [arg, bits] : amount_parameters(m_first[t]))
                for (const vm::U256& id : ids) {
                    if (bits < 256 && vm::bit_length(id) > bits) continue;
                    TxStep s = m_first[t];
                    s.call.args[arg] = id;
                    out.push_back(actions.add(s, t));
                    if (!pays(s)) continue;
                    ++m_result.txs;
                    for (const vm::U256& price : m_w.prices_compared(s, max_new_amounts)) {
                        TxStep paid = s;
                        paid.call.value = price;
                        out.push_back(actions.add(std::move(paid), t));
                    }
                }
        return out;
    }

    /// Whether some action pays ether to the function `s` calls (it is payable).
    bool pays(const TxStep& s) const {
        return std::any_of(m_first.begin(), m_first.end(), [&](const TxStep& f) {
            return !f.call.value.is_zero() && f.call.contract == s.call.contract &&
                   f.call.signature == s.call.signature;
        });
    }

    /// The amounts the system holds in storage now (observed values and array elements that
    /// fit an ether balance): prices, stakes and debts a payment may have to match.
    std::set<vm::U256> stored_amounts() {
        std::set<vm::U256> out;
        for (const auto& [name, addr] : m_w.accounts().contracts) {
            for (const auto& [label, value] : m_w.observer().values(m_w.state(), name))
                if (may_be_amount(value)) out.insert(value);
            for (const vm::U256& value : m_w.observer().element_words(m_w.state(), name))
                if (may_be_amount(value)) out.insert(value);
        }
        return out;
    }

    /// Stored amounts that the base state does not hold (at most max_new_amounts, smallest
    /// first): what the current path stored.
    std::vector<vm::U256> new_amounts(const std::set<vm::U256>& base) {
        std::vector<vm::U256> out;
        for (const vm::U256& v : stored_amounts())
            if (!base.contains(v) && out.size() < max_new_amounts) out.push_back(v);
        return out;
    }

    /// Runs `path` from the current state, leaving out each step after `changed` that no
    /// longer passes: what made up for the changed step (withdrawing the excess of a larger
    /// payment) is not needed once it changed. The steps run, or nothing when a step up to
    /// `changed` fails (the state is then partly advanced: the caller restores it).
    std::vector<TxStep> replay_keeping_passes(const std::vector<TxStep>& path,
                                              std::size_t changed) {
        std::vector<TxStep> kept;
        for (std::size_t j = 0; j < path.size(); ++j) {
            const vm::Snapshot before = m_w.state().snapshot();
            const ClockOffset clock = m_w.clock();
            if (exec(path[j], m_base_block + kept.size()).success()) {
                kept.push_back(path[j]);
                continue;
            }
            if (j <= changed) return {};
            m_w.state().revert_to(before);
            m_w.set_clock(clock);
        }
        return kept;
    }

    /// The guided search reached a state where the sink's `calls` run along `path` (from the
    /// base state, where it is) and nothing broke there: the same path with one payment made
    /// smaller (each smaller amount the action set pays the same call with, largest first, a
    /// few) is judged again where the sink still runs, the later steps that no longer pass left
    /// out. A purchase of a whole ether cannot be refunded twice from a pool holding less: a
    /// smaller one can.
    void judge_smaller_payments(std::vector<TxStep> path, const std::vector<std::size_t>& calls,
                                const GuidedActions& actions,
                                const std::vector<std::size_t>& candidates) {
        const vm::Snapshot base = m_w.state().snapshot();
        const ClockOffset clock = m_w.clock();
        for (std::size_t i = 0; i < path.size() && m_result.violations.empty(); ++i) {
            const TxStep original = path[i];
            if (original.is_warp() || original.call.value.is_zero()) continue;
            std::vector<vm::U256> smaller;
            for (const TxStep& f : m_first)
                if (f.sender == original.sender && f.call.contract == original.call.contract &&
                    f.call.signature == original.call.signature &&
                    f.call.args == original.call.args && !f.call.value.is_zero() &&
                    f.call.value < original.call.value &&
                    std::find(smaller.begin(), smaller.end(), f.call.value) == smaller.end())
                    smaller.push_back(f.call.value);
            std::sort(smaller.begin(), smaller.end(),
                      [](const vm::U256& a, const vm::U256& b) { return b < a; });
            if (smaller.size() > max_smaller_payments) smaller.resize(max_smaller_payments);
            for (const vm::U256& v : smaller) {
                if (halted() || !m_result.violations.empty()) break;
                path[i].call.value = v;
                std::vector<TxStep> kept = replay_keeping_passes(path, i);
                if (!kept.empty() && !sink_progress(calls, kept.size()))
                    judge_sinks_after(kept, actions, candidates);
                m_w.state().revert_to(base);
                m_w.set_clock(clock);
            }
            path[i] = original;
        }
    }

    /// The guided search reached a state where its sink runs (`prefix`, each step with the
    /// default script): every sink among the calls tried there (`candidates`, indices of
    /// `actions`) runs with every script, there and again after each wait (a delisting allowed
    /// once the rental just prepared has ended), as the last level of a sequence does.
    void judge_sinks_after(std::vector<TxStep>& prefix, const GuidedActions& actions,
                           const std::vector<std::size_t>& candidates) {
        const auto judge_all = [&](int level) {
            for (std::size_t a : candidates) {
                if (halted()) return;
                const std::size_t origin = actions.origin(a);
                if (!actions.step(a).is_warp() && m_roles[origin].sink)
                    run_action(actions.step(a), origin, level, level + 1, prefix, false, nullptr);
            }
            m_result.bound.deepest = std::max(m_result.bound.deepest, level + 1);
        };
        const int level = static_cast<int>(prefix.size());
        judge_all(level);
        for (std::size_t w = 0; w < m_first.size() && !halted(); ++w) {
            if (!m_first[w].is_warp()) continue;
            const vm::Snapshot before = m_w.state().snapshot();
            const ClockOffset clock = m_w.clock();
            if (exec(m_first[w], m_base_block + static_cast<std::uint64_t>(level)).success()) {
                prefix.push_back(m_first[w]);
                judge_all(level + 1);
                prefix.pop_back();
            }
            m_w.state().revert_to(before);
            m_w.set_clock(clock);
        }
    }

    /// Iterative deepening: complete levels up to `txs`, then directed ones up to `max_txs`,
    /// each only while the previous one reached a new state (see explorer.hpp).
    ///
    /// A complete level cut by its budget hands over to the directed levels at the same length:
    /// a partition whose first action has many scripts (a refund that calls the buyer back)
    /// spends the complete level's budget on their combinations, and the preparation an
    /// attack needs (buy, the owner's cancel, then the re-entrant reclaim) is exactly what the
    /// directed levels enumerate cheaply.
    void deepen() {
        SearchBound& b = m_result.bound;
        const std::uint64_t initial = state_hash();
        const int top = std::max(m_o.txs, m_o.max_txs);
        int directed_from = m_o.txs + 1;
        bool complete_cut = false; ///< a complete level ran out of budget
        for (int len = 1; len <= top; ++len) {
            m_directed = len >= directed_from;
            if (m_directed) {
                // The directed levels get their own budget, on top of what ran before.
                if (len == directed_from) m_limit = m_result.txs + m_deepening_budget;
                if (!m_roles[m_partition].enabling) return; // no sequence from here leads on
            }
            // The initial state, with the whole length left: a sequence that comes back to
            // it is not expanded again.
            m_visited[initial] = Visit{len, {}};
            m_fresh = 0;
            std::vector<TxStep> prefix;
            dfs(0, len, prefix);
            judge_deferred_profits();
            if (halted()) {
                const bool budget = m_result.txs >= m_limit;
                b.cut = budget ? SearchBound::Cut::budget : SearchBound::Cut::timeout;
                if (len > b.complete) b.deepest = std::max(b.deepest, len);
                if (!budget || m_directed || m_o.max_txs <= m_o.txs) return;
                // The cut level's visits do not say what was expanded: start afresh.
                complete_cut = true;
                directed_from = len;
                m_visited.clear();
                --len;
                continue;
            }
            if (!m_directed) b.complete = len;
            b.deepest = std::max(b.deepest, len);
            // No state at depth len-1 that shorter sequences did not reach: every longer
            // sequence stays among known states (only from len 2 on are states recorded).
            if (len >= 2 && m_fresh == 0) {
                b.exhausted = !m_directed;
                return;
            }
        }
        if (!complete_cut) b.cut = SearchBound::Cut::max_txs;
    }

    /// The identity of the current state; the clock is part of it (a warp reaches a new
    /// state).
    std::uint64_t state_hash() {
        const ClockOffset c = m_w.clock();
        return m_w.observer().hash(m_w.state()) ^ (c.seconds * 0x9E3779B97F4A7C15ULL) ^
               (c.blocks * 0xC2B2AE3D27D4EB4FULL);
    }

    static void add_unique_idx(std::vector<std::size_t>& v, std::size_t i) {
        if (std::find(v.begin(), v.end(), i) == v.end()) v.push_back(i);
    }
    bool halted() {
        if (m_stop.load(std::memory_order_relaxed)) return true;
        if (m_result.txs >= m_limit) {
            // The directed levels' own budget is a bound of the deepening, not a cut of the
            // complete search (SearchBound::cut says it).
            if (!m_directed) m_result.budget_hit = true;
            return true;
        }
        if ((m_result.txs & 63) == 0 && Clock::now() > m_deadline) {
            m_result.timed_out = true;
            m_stop = true;
            return true;
        }
        return false;
    }

    vm::Result exec(const TxStep& step, std::uint64_t block) {
        ++m_result.txs;
        m_monitor.begin_transaction();
        vm::Result r = m_w.run(step, block);
        const std::string key = step.call.contract + "." + step.call.signature;
        if (r.success()) m_result.covered.insert(key);
        if (m_w.adversary().callbacks() > 0) m_result.called_back.insert(key);
        // Paid by the transaction's own call (depth 1), not by a function it re-entered.
        const auto& events = m_w.adversary().events;
        if (std::any_of(events.begin(), events.end(),
                        [](const CallbackEvent& e) { return e.depth == 1 && !e.value.is_zero(); }))
            m_result.paid_back.insert(key);
        return r;
    }

    /// Re-runs `step` from `before` under a call log to classify its first re-entry (only
    /// when something is recorded: the search itself runs untraced). Leaves the state at
    /// `before`.
    std::optional<ReentryShape> shape_of(const TxStep& step, vm::Snapshot before,
                                         std::uint64_t block) {
        m_w.state().revert_to(before);
        CallLog log;
        vm::Tracer* const saved = m_w.executor().tracer();
        m_w.executor().set_tracer(&log);
        ++m_result.txs;
        m_w.run(step, block);
        m_w.executor().set_tracer(saved);
        auto shape = classify_reentry(m_p, m_w.accounts(), log.entries, m_w.adversary().events);
        m_w.state().revert_to(before);
        return shape;
    }

    void record(std::size_t prop, const std::vector<TxStep>& prefix, const TxStep& step,
                bool reentry, std::optional<ReentryShape> shape) {
        Violation v;
        v.property = prop;
        v.via_reentry = reentry;
        v.partition = m_partition;
        v.order = m_order++;
        v.shape = std::move(shape);
        v.self_harm = prop == m_cbf_checked && m_cbf_self_harm;
        v.dust = m_props[prop].kind == PropertyKind::adversary_profit && m_profit_dust;
        for (const CallbackEvent& ev : m_step_events) {
            const std::string a = assumption_of(m_w.accounts(), ev);
            if (a.empty()) continue;
            if (std::find(v.assumptions.begin(), v.assumptions.end(), a) == v.assumptions.end())
                v.assumptions.push_back(a);
        }
        v.witness.deployments = m_w.deployments();
        v.witness.setup = m_w.setup();
        v.witness.tokens = m_w.accounts().token_names();
        v.witness.steps = prefix;
        v.witness.steps.push_back(step);
        // Trim trailing default choices.
        auto& ch = v.witness.steps.back().choices;
        while (!ch.empty() && ch.back().is_default())
            ch.pop_back();
        const Property& pr = m_props[prop];
        v.witness.property = pr.kind;
        v.witness.contract = m_p.targets()[pr.target].name();
        v.witness.function = pr.function ? pr.function->name : "";
        v.witness.index = pr.index;
        v.witness.expression = pr.text;
        // Only the best violation per (property, re-entry) is kept: merging keeps the best of
        // the partitions' bests, which is the best overall.
        if (m_o.stop_when && m_o.stop_when(v)) m_stop = true;
        const auto [it, fresh] = m_best.try_emplace({prop, reentry}, m_result.violations.size());
        if (fresh)
            m_result.violations.push_back(std::move(v));
        else if (better(v, m_result.violations[it->second]))
            m_result.violations[it->second] = std::move(v);
    }

    /// Whether a violation with this length and number of re-entries could replace the best
    /// one kept for (prop, reentry): classifying its shape costs a traced re-run.
    bool may_improve(std::size_t prop, bool reentry, std::size_t steps,
                     std::size_t reentries) const {
        const auto it = m_best.find({prop, reentry});
        if (it == m_best.end()) return true;
        const Violation& b = m_result.violations[it->second];
        if (b.self_harm || b.dust) return true; // any harm to others beats it (see better())
        const auto kept = std::make_pair(b.witness.steps.size(), b.witness.reentries());
        const auto now = std::make_pair(steps, reentries);
        if (now != kept) return now < kept;
        return b.shape &&
               b.shape->kind != ReentryKind::same_function; // a tie may still go to the DAO shape
    }

    /// Runs `calls` one after the other from the current state (each without re-entry; a
    /// failed one leaves no trace), and restores it: the explorer's side of
    /// judge_callback_freedom.
    SequentialRun run_sequential(const std::vector<TxStep>& calls, std::uint64_t block) {
        const vm::Snapshot s = m_w.state().snapshot();
        std::vector<bool> reverted;
        for (const TxStep& call : calls) {
            ++m_result.txs;
            const vm::Snapshot c = m_w.state().snapshot();
            reverted.push_back(!m_w.run(call, block).success());
            if (reverted.back()) m_w.state().revert_to(c);
        }
        SequentialRun out =
            observe_run(m_w.observer(), m_w.state(), m_monitor.adversary_holdings());
        out.reverted = std::move(reverted);
        m_w.state().revert_to(s);
        return out;
    }

    /// The explorer's side of RunProbes for the transaction `step` judged from the current
    /// state: the probes run from the state `step` reaches again (null `order`: the same
    /// choices make the same run) or the one `order` reaches, and the state is restored.
    std::vector<ProbeRun> run_probes(const TxStep& step, const std::vector<TxStep>* order,
                                     const std::vector<TxStep>& probes, std::uint64_t block) {
        const vm::Snapshot s = m_w.state().snapshot();
        for (const TxStep& call : order ? *order : std::vector<TxStep>{step}) {
            ++m_result.txs;
            const vm::Snapshot c = m_w.state().snapshot();
            if (!m_w.run(call, block).success()) m_w.state().revert_to(c);
        }
        std::vector<ProbeRun> out;
        for (const TxStep& probe : probes) {
            ++m_result.txs;
            const vm::Snapshot c = m_w.state().snapshot();
            if (!m_w.run(probe, block).success()) m_w.state().revert_to(c);
            out.push_back({m_monitor.adversary_holdings(), m_w.observer().hash(m_w.state())});
            m_w.state().revert_to(c);
        }
        m_w.state().revert_to(s);
        return out;
    }

    /// The callback-freedom property the transaction is judged by: the called contract's; a
    /// transaction that entered through a helper of the system is judged by the first
    /// selected target's, and only when it re-entered a selected contract (a helper's own
    /// re-entries were not asked about). m_props.size(): none.
    std::size_t callback_freedom_of(const TxStep& step, const std::vector<CallSpec>& landed) const {
        std::size_t cbf = m_props.size(), first = m_props.size();
        for (std::size_t i = 0; i < m_props.size(); ++i) {
            if (m_props[i].kind != PropertyKind::callback_freedom) continue;
            if (first == m_props.size()) first = i;
            if (m_p.targets()[m_props[i].target].name() == step.call.contract) cbf = i;
        }
        if (cbf < m_props.size()) return cbf;
        const bool touches = std::any_of(landed.begin(), landed.end(), [&](const auto& c) {
            const Target* t = m_p.target(c.contract);
            return t && t->selected;
        });
        return touches ? first : m_props.size();
    }

    /// Whether a call only pays (payments_of).
    const IsPayment& pays() const { return m_pays; }

    /// Whether each of `landed` pays back ether the transaction's callbacks brought (a loan,
    /// with a fee) or asked for (a price: Adversary::repayments).
    bool only_repayments(const std::vector<CallSpec>& landed) const {
        const auto& owed = m_w.adversary().repayments();
        return std::all_of(landed.begin(), landed.end(), [&](const CallSpec& c) {
            return !c.value.is_zero() &&
                   std::any_of(owed.begin(), owed.end(), [&](const std::vector<U256>& amounts) {
                       return std::find(amounts.begin(), amounts.end(), c.value) != amounts.end();
                   });
        });
    }

    void check_after(const std::vector<TxStep>& prefix, const TxStep& step, const vm::Result& r,
                     bool prefix_reentry, vm::Snapshot before, std::uint64_t block) {
        if (!r.success()) return;
        m_cbf_checked = m_props.size();
        m_cbf_self_harm = false;
        m_profit_dust = false;
        m_step_events = m_w.adversary().events; // the checks below run other transactions
        const std::vector<CallSpec> landed = m_w.adversary().landed();
        const bool repaid_only = only_repayments(landed);
        bool reentry = prefix_reentry, mutating = false;
        // A re-entry that only pays (a flash loan repaid into an empty `receive`) is a
        // payment: it cannot observe or change what the interrupted function left stale.
        for (const CallSpec& c : landed)
            mutating |= !is_view_call(m_p, c) && !m_pays(c);
        reentry |= mutating;
        std::vector<std::pair<std::size_t, bool>> hits; // (property, via re-entry)
        std::size_t profit = m_props.size();
        for (std::size_t i = 0; i < m_props.size(); ++i) {
            if (m_props[i].kind == PropertyKind::adversary_profit) profit = i;
            if (m_monitor.violated_after(i))
                hits.emplace_back(i, m_props[i].kind == PropertyKind::invariant_at_call || reentry);
        }
        // The sequence properties compare the transaction with the same calls run one after
        // the other from the state before it (run_sequential restores that state).
        const std::size_t cbf = mutating ? callback_freedom_of(step, landed) : m_props.size();
        const Holdings ends_with = m_monitor.adversary_holdings();
        const bool gained = profit < m_props.size() && ends_with.exceeds_somewhere(m_adversary0);
        if (gained && prefix_reentry && !step.has_choices()) defer_profit(profit, prefix, step);
        if (cbf == m_props.size() && !gained) {
            record_hits(hits, prefix, step, before, block, landed);
            return;
        }
        SequentialRun reentrant = cbf < m_props.size()
                                      ? observe_run(m_w.observer(), m_w.state(), ends_with)
                                      : SequentialRun{0, ends_with, 0, {}, 0};
        reentrant.others_paid = others_paid(m_ledger0, m_monitor.ledger());
        const std::vector<TxStep> calls =
            sequential_calls(m_p, step, answers_without_reentry(m_step_events, pays()),
                             m_w.adversary().landed_steps(pays()));
        m_w.state().revert_to(before);
        const auto run = [&](const std::vector<TxStep>& c) { return run_sequential(c, block); };
        if (cbf < m_props.size()) {
            const auto make_probes = [&](const std::vector<vm::U256>& amounts) {
                return exit_probes(m_p, m_w.accounts(), amounts);
            };
            const auto probes = [&](const std::vector<TxStep>* order,
                                    const std::vector<TxStep>& tries) {
                return run_probes(step, order, tries, block);
            };
            const CallbackFreedomVerdict v =
                judge_callback_freedom(calls, reentrant, run, make_probes, probes);
            // Paying back a loan with its fee (or paying the price asked) from inside the
            // caller's callback costs the adversary and harms no one: the protocol, not a
            // re-entrancy.
            if (v.violated && !(v.self_harm && repaid_only)) {
                note_reentered_attack(prefix, step, landed);
                hits.emplace_back(cbf, true);
                m_cbf_checked = cbf;
                m_cbf_self_harm = v.self_harm;
            }
        }
        if (gained) {
            const ProfitVerdict v =
                judge_profit(step, calls, m_adversary0, ends_with, run, reentrant.others_paid);
            if (v.violated) {
                hits.emplace_back(profit, reentry);
                m_profit_dust = v.dust();
            }
        }
        const bool self_harm = m_cbf_checked < m_props.size() && m_cbf_self_harm;
        record_hits(hits, prefix, step, before, block, landed);
        if (self_harm && !prefix.empty() && prefix.back().is_warp() && prefix.back().warp > 1 &&
            !m_shortening_wait)
            judge_after_the_shortest_wait(prefix, step, prefix_reentry, before, block,
                                          landed.size());
    }

    /// `step` with its one re-entry (the same call, without a repayment after it) made at
    /// each nested callback up to the re-entry depth; `step` itself when it makes another
    /// choice.
    TxStep with_reentry_repeated(const TxStep& step) const {
        const Choice* reentry = nullptr;
        for (const Choice& c : step.choices) {
            if (c.is_default()) continue;
            if (c.kind != ChoiceKind::reenter || c.then || (reentry && !(c == *reentry)))
                return step;
            reentry = &c;
        }
        if (!reentry) return step;
        TxStep out = step;
        out.choices.assign(static_cast<std::size_t>(m_o.depth), *reentry);
        return out;
    }

    /// A re-entry after a wait that cost only the adversary may pay at the moment the wait
    /// opened it: a liquidation after a year of interest repays more than the collateral it
    /// seizes, while the same liquidation on the day the loan crosses its threshold seizes
    /// more than it repays. `step` is judged again after the shortest wait (the last step of
    /// `prefix`) at which it still runs with the same number of re-entries, found by
    /// bisection: the wait opens a check, which stays open. The state is left at `before`,
    /// the clock where it was.
    void judge_after_the_shortest_wait(std::vector<TxStep> prefix, const TxStep& step,
                                       bool prefix_reentry, vm::Snapshot before,
                                       std::uint64_t block, std::size_t landed) {
        const ClockOffset clock = m_w.clock();
        const std::uint64_t waited = prefix.back().warp;
        const auto wait = [&](std::uint64_t seconds) {
            m_w.state().revert_to(before);
            m_w.set_clock(ClockOffset{clock.seconds - waited + seconds, clock.blocks});
        };
        const auto runs_after = [&](std::uint64_t seconds) {
            wait(seconds);
            return exec(step, block).success() && m_w.adversary().landed().size() == landed;
        };
        // Invariant: the step is refused after `refused` seconds and runs after `runs`.
        std::uint64_t refused = 1, runs = waited;
        if (!runs_after(refused)) {
            while (runs - refused > 1 && !halted()) {
                const std::uint64_t mid = refused + (runs - refused) / 2;
                (runs_after(mid) ? runs : refused) = mid;
            }
            if (runs < waited && !halted()) {
                prefix.back().warp = runs;
                m_shortening_wait = true;
                // What one re-entry gains at that moment, the adversary takes again at each
                // callback the depth allows (a second and third seizure of the same collateral).
                std::vector<TxStep> steps{step};
                if (TxStep again = with_reentry_repeated(step); !(again == step))
                    steps.push_back(std::move(again));
                for (const TxStep& s : steps) {
                    wait(runs);
                    const vm::Result r = exec(s, block);
                    check_after(prefix, s, r, prefix_reentry, before, block);
                }
                m_shortening_wait = false;
            }
        }
        m_w.state().revert_to(before);
        m_w.set_clock(clock);
    }

    /// Keeps the attack `prefix` + `step`, which violated callback-freedom, for
    /// extend_reentrant_witnesses when no kept attack re-entered the same functions: the
    /// recorded witness shows one re-entry (a deposit re-entering `deposit`), while what the
    /// adversary cashes in afterwards depends on which function it re-entered (`redeem`,
    /// paying out old shares at a price the unfinished deposit inflated).
    void note_reentered_attack(const std::vector<TxStep>& prefix, const TxStep& step,
                               const std::vector<CallSpec>& landed) {
        constexpr std::size_t max_kept = 8;
        std::vector<std::string> reentered;
        for (const CallSpec& c : landed)
            reentered.push_back(c.contract + "." + c.signature);
        std::sort(reentered.begin(), reentered.end());
        reentered.erase(std::unique(reentered.begin(), reentered.end()), reentered.end());
        if (m_reentered.size() >= max_kept ||
            std::any_of(m_reentered.begin(), m_reentered.end(),
                        [&](const auto& kept) { return kept.first == reentered; }))
            return;
        std::vector<TxStep> attack = prefix;
        attack.push_back(step);
        m_reentered.emplace_back(std::move(reentered), std::move(attack));
    }

    /// Keeps the attack `prefix` + `step` (a plain transaction after re-entries, that left
    /// the adversary richer) for judge_deferred_profits: its baseline runs the whole sequence
    /// from the first state, which the search can only go back to once the level is done.
    void defer_profit(std::size_t profit, const std::vector<TxStep>& prefix, const TxStep& step) {
        constexpr std::size_t max_deferred = 16;
        if (m_deferred.size() >= max_deferred) return;
        std::vector<TxStep> attack = prefix;
        attack.push_back(step);
        if (!may_improve(profit, true, attack.size(), reentries(attack))) return;
        if (std::find(m_deferred.begin(), m_deferred.end(), attack) == m_deferred.end())
            m_deferred.push_back(std::move(attack));
    }

    /// Judges adversary profit over each deferred attack's whole sequence (see
    /// judge_sequence_profit), from the current state: the level's first state.
    void judge_deferred_profits() {
        std::size_t profit = m_props.size();
        for (std::size_t i = 0; i < m_props.size(); ++i)
            if (m_props[i].kind == PropertyKind::adversary_profit) profit = i;
        // The extensions' cash-ins get a cap of their own, judged first: the search's
        // deferrals may have filled the list already.
        std::vector<std::vector<TxStep>> attacks = std::move(m_deferred);
        m_deferred.clear();
        if (profit < m_props.size()) extend_reentrant_witnesses(profit);
        attacks.insert(attacks.begin(), m_deferred.begin(), m_deferred.end());
        m_deferred.clear();
        for (const std::vector<TxStep>& attack : attacks)
            if (profit < m_props.size() &&
                may_improve(profit, true, attack.size(), reentries(attack)))
                judge_deferred(profit, attack);
    }

    /// Attacks whose re-entry left the adversary a claim it cashes in later, when the search
    /// may not get there (a loan booked as its deposit, withdrawn once a lock expires): from
    /// the state each callback-freedom witness of the partition reaches, every action and
    /// every pair of actions (a clock jump, then the withdrawal) after which the adversary
    /// holds more than it started with is deferred for judge_deferred.
    void extend_reentrant_witnesses(std::size_t profit) {
        constexpr std::size_t max_extended = 6;
        std::vector<std::vector<TxStep>> witnesses;
        const auto take = [&](const std::vector<TxStep>& steps) {
            if (std::find(m_extended.begin(), m_extended.end(), steps) != m_extended.end() ||
                m_extended.size() >= max_extended)
                return;
            m_extended.push_back(steps);
            witnesses.push_back(steps);
        };
        for (const Violation& v : m_result.violations)
            if (m_props[v.property].kind == PropertyKind::callback_freedom) take(v.witness.steps);
        for (const auto& kept : m_reentered)
            take(kept.second);
        for (const std::vector<TxStep>& steps : witnesses)
            extend(profit, steps);
    }

    /// extend with an allowance of its own on top of the search's budget: a witness found as
    /// the budget ran out (the re-entry that pays old shares at an inflated price, found at
    /// the last level) is still cashed in, within a bounded number of transactions.
    void extend(std::size_t profit, const std::vector<TxStep>& steps) {
        constexpr std::uint64_t allowance = 4096;
        const std::uint64_t limit = m_limit;
        m_limit = std::max(m_limit, m_result.txs) + allowance;
        cash_in_after(profit, steps);
        m_limit = limit;
    }

    /// Runs `steps` from the current state, then each call that cashes in what the state owes
    /// the adversary and each action of m_first, and each action followed by one of those,
    /// deferring what raises an asset of the adversary beyond its start; restores the state.
    void cash_in_after(std::size_t profit, const std::vector<TxStep>& steps) {
        const vm::Snapshot first = m_w.state().snapshot();
        const ClockOffset clock = m_w.clock();
        const auto back_to = [&](vm::Snapshot s, ClockOffset c) {
            m_w.state().revert_to(s);
            m_w.set_clock(c);
        };
        // A cash-in raises some asset beyond what the adversary held before it and at the
        // attack's start: after a witness that already left it richer in one asset (shares it
        // minted), an action that raises nothing (an approval) cashes nothing in.
        const auto richer = [&](const Holdings& before) {
            return m_monitor.adversary_holdings().exceeds_both_somewhere(before, m_adversary0);
        };
        bool ran = true;
        for (std::size_t i = 0; i < steps.size() && ran; ++i)
            ran = exec(steps[i], m_base_block + i).success();
        if (!ran) return back_to(first, clock);
        // The actions, and the calls that cash in what the system now owes the adversary
        // (exit_probes: `withdraw(credit)` with the credit the re-entry booked).
        // The exit probes go first: the allowance may end before the actions do.
        std::vector<TxStep> cash_in;
        std::vector<U256> owed;
        for (const U256& v : m_w.observer().own_values(m_w.state()))
            if (!v.is_zero() && owed.size() < 4 &&
                std::find(owed.begin(), owed.end(), v) == owed.end())
                owed.push_back(v);
        // The accomplice cashes in too: a re-entry may have moved the adversary's credit to it
        // (`transfer(accomplice, balance)` while `withdrawAll` paid the same balance out).
        for (TxStep& probe : exit_probes(m_p, m_w.accounts(), owed))
            cash_in.push_back(std::move(probe));
        const std::size_t probes = cash_in.size();
        cash_in.insert(cash_in.end(), m_first.begin(), m_first.end());
        const std::uint64_t next = m_base_block + steps.size();
        for (std::size_t a = 0; a < cash_in.size() && !halted(); ++a) {
            const vm::Snapshot before_a = m_w.state().snapshot();
            const ClockOffset clock_a = m_w.clock();
            const Holdings held_a = m_monitor.adversary_holdings();
            if (exec(cash_in[a], next).success()) {
                if (richer(held_a)) {
                    defer_profit(profit, steps, cash_in[a]);
                } else if (a >= probes) {
                    std::vector<TxStep> prefix = steps;
                    prefix.push_back(cash_in[a]);
                    for (const TxStep& b : cash_in) {
                        const vm::Snapshot before_b = m_w.state().snapshot();
                        const ClockOffset clock_b = m_w.clock();
                        const Holdings held_b = m_monitor.adversary_holdings();
                        if (exec(b, next + 1).success() && richer(held_b))
                            defer_profit(profit, prefix, b);
                        back_to(before_b, clock_b);
                    }
                }
            }
            back_to(before_a, clock_a);
        }
        back_to(first, clock);
    }

    /// Runs `attack` from the current state, recording each transaction's sequential calls,
    /// then judges the whole sequence against the runs without callbacks; restores the state.
    void judge_deferred(std::size_t profit, const std::vector<TxStep>& attack) {
        const vm::Snapshot first = m_w.state().snapshot();
        const ClockOffset clock = m_w.clock();
        const auto restore = [&] {
            m_w.state().revert_to(first);
            m_w.set_clock(clock);
        };
        std::vector<std::vector<TxStep>> calls;
        std::vector<CallbackEvent> events;
        Holdings before_last;
        for (std::size_t i = 0; i < attack.size(); ++i) {
            if (i + 1 == attack.size()) before_last = m_monitor.adversary_holdings();
            if (!exec(attack[i], m_base_block + i).success()) return restore();
            const std::vector<CallbackEvent>& ev = m_w.adversary().events;
            events.insert(events.end(), ev.begin(), ev.end());
            calls.push_back(sequential_calls(m_p, attack[i], answers_without_reentry(ev, pays()),
                                             m_w.adversary().landed_steps(pays())));
        }
        const Holdings end = m_monitor.adversary_holdings();
        const bool others = others_paid(m_ledger0, m_monitor.ledger());
        restore();
        // A last step that raised nothing beyond the start cashed nothing in: any gain was
        // there before it, and the search judged it there.
        if (!end.exceeds_both_somewhere(before_last, m_adversary0)) return;
        const auto run = [&](const std::vector<std::vector<TxStep>>& groups) {
            SequentialRun out;
            for (std::size_t i = 0; i < groups.size(); ++i)
                for (const TxStep& call : groups[i]) {
                    ++m_result.txs;
                    const vm::Snapshot c = m_w.state().snapshot();
                    out.reverted.push_back(!m_w.run(call, m_base_block + i).success());
                    if (out.reverted.back()) m_w.state().revert_to(c);
                }
            out.adversary = m_monitor.adversary_holdings();
            restore();
            return out;
        };
        const ProfitVerdict verdict = judge_sequence_profit(calls, m_adversary0, end, run, others);
        if (!verdict.violated) return;
        m_step_events = std::move(events);
        m_cbf_checked = m_props.size();
        m_profit_dust = verdict.dust();
        record(profit, std::vector<TxStep>(attack.begin(), attack.end() - 1), attack.back(), true,
               std::nullopt);
    }

    /// Records the violations `hits` (property, via re-entry) of the transaction `step`.
    void record_hits(std::vector<std::pair<std::size_t, bool>>& hits,
                     const std::vector<TxStep>& prefix, const TxStep& step, vm::Snapshot before,
                     std::uint64_t block, const std::vector<CallSpec>& landed) {
        // What the same action violates with the default script (run first) is not caused by
        // the adversary's choices: such a witness would show a re-entry that does not matter.
        if (step.choices.empty()) {
            for (const auto& hit : hits)
                m_plain.push_back(hit.first);
        } else {
            std::erase_if(hits, [&](const auto& hit) {
                return std::find(m_plain.begin(), m_plain.end(), hit.first) != m_plain.end();
            });
        }
        const std::size_t made = reentries(prefix) + step.reentries();
        std::erase_if(hits, [&](const auto& hit) {
            return !may_improve(hit.first, hit.second, prefix.size() + 1, made);
        });
        if (hits.empty()) return;
        const auto shape = landed.empty() ? std::nullopt : shape_of(step, before, block);
        for (const auto& [i, via] : hits)
            record(i, prefix, step, via, shape);
    }

    /// `owed` (when given): the actions still owed at a revisited state (see visit()).
    void dfs(int level, int maxlen, std::vector<TxStep>& prefix,
             const std::vector<bool>* owed = nullptr) {
        // Level 0 runs the partition's first action; later levels every action (m_first
        // holds them all, in action-index order).
        const std::vector<TxStep> only{m_first[m_partition]};
        const std::vector<TxStep>* actions = level == 0 ? &only : &m_first;
        const bool last_level = level + 1 == maxlen;
        const bool prefix_reentry = std::any_of(prefix.begin(), prefix.end(), [](const TxStep& s) {
            return std::any_of(s.choices.begin(), s.choices.end(),
                               [](const Choice& c) { return c.kind == ChoiceKind::reenter; });
        });
        std::vector<TxStep> tried; // refused calls' variants run from this state
        const bool owner_first = m_directed && !last_level && level > 0;
        // A directed preparation follows its data: the owner's actions first (a phase it
        // opens or closes), then the others, each group with what reads the previous step's
        // writes first (a refund claim after the purchase it refunds).
        std::vector<std::size_t> order;
        if (owner_first) {
            order = m_owner_first;
            const std::vector<bool>& fed = m_fed[m_prefix_index.back()];
            const auto owners =
                std::partition_point(order.begin(), order.end(), [&](std::size_t i) {
                    return !m_first[i].is_warp() && m_first[i].sender == deployer_name;
                });
            std::stable_partition(order.begin(), owners, [&](std::size_t i) { return fed[i]; });
            std::stable_partition(owners, order.end(), [&](std::size_t i) { return fed[i]; });
        }
        for (std::size_t k = 0; k < actions->size(); ++k) {
            const std::size_t ai = owner_first ? order[k] : k;
            const TxStep& action = (*actions)[ai];
            const std::size_t index = level == 0 ? m_partition : ai;
            if (level > 0 && (commuted(m_prefix_index.back(), index) || (owed && !(*owed)[ai])))
                continue;
            if (m_directed && !(last_level ? m_roles[index].sink : m_roles[index].enabling))
                continue;
            if (m_directed && !last_level && repeats_function(prefix, action)) continue;
            std::vector<TxStep> variants;
            run_action(action, index, level, maxlen, prefix, prefix_reentry, &variants);
            // The same call with the limits it was refused by in place of its amounts, once
            // per state: the same check refuses most amounts with the same limit.
            for (const TxStep& v : variants) {
                if (halted()) return;
                if (std::find(tried.begin(), tried.end(), v) != tried.end() ||
                    std::find(actions->begin(), actions->end(), v) != actions->end())
                    continue;
                tried.push_back(v);
                run_action(v, index, level, maxlen, prefix, prefix_reentry, nullptr);
            }
            if (halted()) return;
        }
    }

    /// Runs `action` (action index `index`, at `level` of a sequence of `maxlen`) from the
    /// current state with each of its scripts, checking the properties at the last level and
    /// going deeper after each success, and restores the state. When `variants` is given and
    /// a plain call was refused (varies_when_refused), they receive the same call with the
    /// limits its amounts and its payment were compared with (refused_variants).
    void run_action(const TxStep& action, std::size_t index, int level, int maxlen,
                    std::vector<TxStep>& prefix, bool prefix_reentry,
                    std::vector<TxStep>* variants) {
        const bool last_level = level + 1 == maxlen;
        const std::uint64_t block = m_base_block + static_cast<std::uint64_t>(level);
        // A directed prefix step runs with the default script only: its re-entries were
        // explored by the complete levels, and the sink at the end gets every script.
        const int max_scripts = m_directed && !last_level ? 1 : m_o.scripts_per_action;
        std::deque<Script> queue{Script{}};
        // Scripts inside a re-entry of the action's own call that was refused as the action
        // was (queue_inside_the_reentry): run after the others, within a budget of their own.
        std::deque<Script> inside;
        int scripts = 0, inside_runs = 0;
        bool refused_alone = false; // the default script (the first) was refused
        m_plain.clear();
        while (!halted()) {
            std::deque<Script>* from = &queue;
            if (queue.empty() || scripts >= max_scripts) {
                if (inside.empty() || inside_runs >= max_scripts / 2) break;
                from = &inside;
                ++inside_runs;
            } else {
                ++scripts;
            }
            TxStep step = action;
            const Outcome parent = std::move(from->front().parent);
            step.choices = std::move(from->front().choices);
            from->pop_front();
            const vm::Snapshot before = m_w.state().snapshot();
            const ClockOffset clock = m_w.clock();
            const vm::Result r = exec(step, block);
            const bool limitable = r.success() && may_limit(step) && reentry_landed(step);
            const int n = m_w.adversary().callbacks();
            const Callbacks callbacks{reentry_eligible(step),    m_w.adversary().selectors(),
                                      m_w.adversary().callers(), m_w.adversary().repayments(),
                                      m_w.adversary().depths(),  m_w.adversary().received()};
            if (last_level) check_after(prefix, step, r, prefix_reentry, before, block);
            if (r.success() && !last_level) {
                const std::uint64_t h = state_hash();
                const int remaining = maxlen - level - 1;
                std::vector<bool> next_owed;
                if (visit(h, remaining, index, next_owed)) {
                    prefix.push_back(step);
                    m_prefix_index.push_back(index);
                    dfs(level + 1, maxlen, prefix, next_owed.empty() ? nullptr : &next_owed);
                    m_prefix_index.pop_back();
                    prefix.pop_back();
                }
            }
            m_w.state().revert_to(before);
            m_w.set_clock(clock);
            if (variants && step.choices.empty() && !r.success() &&
                varies_when_refused(step, last_level))
                *variants = refused_variants(step, index, block);
            if (limitable) {
                if (auto limited = limited_reentry(step, block))
                    queue.push_front(Script{std::move(*limited), parent});
                m_w.set_clock(clock);
            }
            if (auto priced = priced_reentry(step, block)) {
                queue.push_back(Script{std::move(*priced), parent});
                m_w.set_clock(clock);
            }
            if (m_o.progress && (m_result.txs & 4095) == 0)
                m_o.progress(m_result.states, m_result.txs);
            const std::size_t queued = static_cast<std::size_t>(scripts) + queue.size();
            const std::size_t limit = static_cast<std::size_t>(max_scripts);
            const Outcome outcome{r.status, r.output, r.gas_left};
            expand(step, n, callbacks, parent, outcome, queue, queued < limit ? limit - queued : 0);
            if (step.choices.empty()) refused_alone = !r.success();
            if (max_scripts > 1 && refused_alone && reentered_itself_in_vain(step, outcome))
                queue_inside_the_reentry(step, n, callbacks, outcome, inside,
                                         static_cast<std::size_t>(max_scripts / 2));
        }
    }

    /// Per callback of the step just run: whether a re-entry there is worth a script. Not
    /// where gas or a static call forbids one, nor at the callback the step's own function
    /// makes as the last thing it does (FunctionFacts::ends_with_its_only_call): re-entering there
    /// is making the same call next, which the following levels do.
    std::vector<bool> reentry_eligible(const TxStep& step) const {
        std::vector<bool> out = m_w.adversary().eligible();
        if (step.is_warp() || !m_tail_calls.contains({step.call.contract, step.call.signature}))
            return out;
        const vm::Address at = m_w.accounts().address_of_contract(step.call.contract);
        const std::vector<int>& depths = m_w.adversary().depths();
        const std::vector<vm::Address>& callers = m_w.adversary().callers();
        for (std::size_t j = 0; j < out.size() && j < depths.size() && j < callers.size(); ++j)
            if (depths[j] == 1 && callers[j] == at) out[j] = false;
        return out;
    }

    /// Whether a refused plain call `step` is tried again with the limits it was refused by
    /// (refused_variants): the adversary's as the last step of a complete level, and the
    /// owner's in any preparation, complete or directed, where a state-bound amount of a
    /// privileged call fits no domain value the owner was given (`inspect(id, damages)` with
    /// `require(damages <= f.held)`, the deposit of a flat the adversary rented during the
    /// search; a grant refused unless the contract holds it, `require(token.balanceOf(
    /// address(this)) >= committed + amount)`, tried with what it holds).
    bool varies_when_refused(const TxStep& step, bool last_level) const {
        return last_level ? !m_directed && step.sender == adversary_name
                          : step.sender == deployer_name;
    }

    /// The unsigned integer parameters of action `step` when it is the adversary's or the
    /// owner's call of a function whose parameters are all value types (their words are the
    /// call's arguments): (argument index, bits).
    std::vector<std::pair<std::size_t, unsigned>> amount_parameters(const TxStep& step) const {
        std::vector<std::pair<std::size_t, unsigned>> out;
        if ((step.sender != adversary_name && step.sender != deployer_name) || step.is_warp())
            return out;
        for (const auto& [i, bits] : unsigned_parameters(step.call))
            if (i < step.call.args.size()) out.emplace_back(i, bits);
        return out;
    }

    /// The unsigned integer parameters of the function `c` calls (index_unsigned_parameters).
    const std::vector<std::pair<std::size_t, unsigned>>&
    unsigned_parameters(const CallSpec& c) const {
        static const std::vector<std::pair<std::size_t, unsigned>> none;
        const auto found = m_unsigned_parameters.find({c.contract, c.signature});
        return found == m_unsigned_parameters.end() ? none : found->second;
    }

    /// Per mutator whose parameters are all value types, its unsigned integer parameters
    /// (position, width): what amount_parameters looks up on every expansion.
    void index_unsigned_parameters() {
        m_unsigned_parameters.clear();
        for (const auto& [t, f] : mutators(m_p)) {
            std::vector<std::pair<std::size_t, unsigned>>& params =
                m_unsigned_parameters[{t->name(), call_signature(*f)}];
            params.clear(); // a later mutator of the same name and signature wins
            if (!std::all_of(f->parameter_types.begin(), f->parameter_types.end(),
                             [](const check::TypePtr& ty) { return check::is_value_type(*ty); }))
                continue;
            for (std::size_t i = 0; i < f->parameter_types.size(); ++i)
                if (const check::Type& ty = *f->parameter_types[i];
                    ty.kind == check::TypeKind::integer && !ty.is_signed)
                    params.emplace_back(i, ty.bits);
        }
    }

    /// The adversary's refused call `step` (action `index`) again with, in place of each
    /// amount, the limits that amount was compared with (limits_for) while it ran under a
    /// comparison log from the current state, which is restored: `borrow(amount)` refused by
    /// `debt + amount <= collateral * PRICE / 2` is tried with the limit the adversary's own
    /// collateral sets, which no domain holds (a second borrow from the loan's callback then
    /// passes the same stale check). A refused payment is also tried paying the price its
    /// code compared the payment with (payments_asked).
    std::vector<TxStep> refused_variants(const TxStep& step, std::size_t index,
                                         std::uint64_t block) {
        std::vector<TxStep> out;
        const bool amounts = index < m_amounts.size() && !m_amounts[index].empty();
        const bool paid = step.sender == adversary_name && !step.call.value.is_zero();
        if (!amounts && !paid) return out;
        ComparisonLog log;
        ++m_result.txs;
        run_logged(step, block, log);
        // A payment checked against a price the call computes (`msg.value == total * PRICE`
        // over an array of amounts): the same call paying that price.
        if (paid)
            for (const U256& price : payments_asked(log, step.call.value, 1)) {
                TxStep v = step;
                v.call.value = price;
                out.push_back(std::move(v));
            }
        if (!amounts || !log.last_ordering) return out;
        const std::size_t priced = out.size();
        // Every amount compared as it is before any in a sum: `inspect(id, damages)` refused by
        // `damages <= f.held` tries the deposit held, not an id that sums to something.
        for (const bool sums : {false, true})
            for (const auto& [i, bits] : m_amounts[index])
                for (const U256& x : limits_for({*log.last_ordering}, step.call.args[i],
                                                max_limits_per_amount, sums)) {
                    if (bits < 256 && vm::bit_length(x) > bits) continue;
                    TxStep v = step;
                    v.call.args[i] = x;
                    if (out.size() - priced < max_refused_variants &&
                        std::find(out.begin(), out.end(), v) == out.end())
                        out.push_back(std::move(v));
                }
        return out;
    }

    /// Re-entries that act on the honest user `victim`'s account (m_victim_reentries): each
    /// function of the re-entry domain with an address parameter, called (with its first
    /// arguments otherwise) naming `victim` there. The re-entry domain names only the
    /// adversary's accounts, but a window the interrupted call leaves open may be one to act
    /// on someone else's: a loan that only looks unhealthy while a price view reads stale
    /// state is liquidated then.
    void add_reentries_for_victim(const U256& victim) {
        m_victim_reentries.clear();
        for (const auto& [t, f] : mutators(m_p)) {
            const auto& types = f->parameter_types;
            if (!std::all_of(types.begin(), types.end(),
                             [](const check::TypePtr& ty) { return check::is_value_type(*ty); }))
                continue;
            const std::string contract = t->name(), sig = call_signature(*f);
            const auto first =
                std::find_if(m_reenter.begin(), m_reenter.end(), [&](const CallSpec& c) {
                    return c.contract == contract && c.signature == sig;
                });
            if (first == m_reenter.end()) continue;
            for (std::size_t i = 0; i < types.size() && i < first->args.size(); ++i) {
                if (types[i]->kind != check::TypeKind::address) continue;
                CallSpec named = *first;
                named.args[i] = victim;
                if (std::find(m_reenter.begin(), m_reenter.end(), named) == m_reenter.end() &&
                    std::find(m_victim_reentries.begin(), m_victim_reentries.end(), named) ==
                        m_victim_reentries.end())
                    m_victim_reentries.push_back(std::move(named));
            }
        }
    }

    /// Whether the last choice of `step` is a re-entry that limited_reentry may raise to its
    /// limit, by what the script says alone (checked before reentry_landed, which asks the
    /// adversary, on every transaction): an unpaid re-entry, with nothing after it, into a
    /// function that pays its caller (m_lenders), while the partition's budget lasts.
    bool may_limit(const TxStep& step) const {
        if (step.choices.empty()) return false;
        const Choice& last = step.choices.back();
        return last.kind == ChoiceKind::reenter && !last.then && last.call.value.is_zero() &&
               m_limited.size() < max_limited_reentries &&
               m_lenders.contains({last.call.contract, last.call.signature});
    }

    /// Whether the last choice of `step`, just run, is a re-entry that landed (it succeeded, and
    /// so did every re-entry around it).
    bool reentry_landed(const TxStep& step) const {
        if (step.choices.empty() || step.choices.back().kind != ChoiceKind::reenter) return false;
        const std::vector<CallSpec> landed = m_w.adversary().landed();
        return std::find(landed.begin(), landed.end(), step.choices.back().call) != landed.end();
    }

    /// `step`'s script with its last choice, a re-entry into a function that pays its caller
    /// (m_lenders) asking an amount that landed (reentry_landed: `borrow(1 ether)` from the
    /// callback), asking instead about the most
    /// with which it still lands: the amount doubled until a re-entry with it is refused, then
    /// the gap between the two halved (runs of `step` from the current state, restored each
    /// time). While the interrupted call leaves a price view stale (a pool's virtual price that
    /// still counts tokens about to leave, an exchange rate not yet lowered), a loan may exceed
    /// what its collateral is worth only within a thin band above what a sequential call may
    /// ask, which no amount of the domain hits. Once per state, interrupted call and re-entered
    /// function, at most max_limited_reentries per partition; nullopt when no amount lands
    /// beyond the one asked, or none is refused (a deposit has no limit).
    std::optional<std::vector<Choice>> limited_reentry(const TxStep& step, std::uint64_t block) {
        const Choice& last = step.choices.back();
        const auto& params = unsigned_parameters(last.call);
        if (params.empty() ||
            !m_limited
                 .emplace(state_hash(), step.call.contract + "." + step.call.signature,
                          last.call.contract + "." + last.call.signature)
                 .second)
            return std::nullopt;
        const auto lands_with = [&](std::size_t i, const U256& amount) {
            TxStep probe = step;
            probe.choices.back().call.args[i] = amount;
            ++m_result.txs;
            bool landed = false;
            run_restored(probe, block, nullptr, [&] { landed = reentry_landed(probe); });
            return landed;
        };
        for (const auto& [i, bits] : params) {
            if (i >= last.call.args.size()) continue;
            const U256 asked = last.call.args[i];
            const unsigned width = std::min(bits, 128u);
            if (asked.is_zero() || vm::bit_length(asked) + 1 > width) continue;
            U256 lo = asked, hi = asked;
            bool refused = false;
            for (int d = 0; d < max_limit_doublings && vm::bit_length(lo) < width; ++d) {
                hi = lo + lo;
                if (!lands_with(i, hi)) {
                    refused = true;
                    break;
                }
                lo = hi;
            }
            if (!refused) continue;
            while (hi - lo > U256{1} && hi - lo > vm::shr(lo, limit_precision_bits)) {
                const U256 mid = lo + vm::shr(hi - lo, 1);
                (lands_with(i, mid) ? lo : hi) = mid;
            }
            if (lo == asked) continue;
            std::vector<Choice> choices = step.choices;
            choices.back().call.args[i] = lo;
            return choices;
        }
        return std::nullopt;
    }

    /// `step`'s script with its last choice, a paid re-entry at one of the re-entry domain's
    /// values into a function no transaction has run yet (covered), paying instead the price the
    /// re-entered code compared that payment with (payments_asked; `step` runs again from the
    /// current state under a comparison log, and the state is restored). A price that only the
    /// window asks for: a liquidation that repays the whole debt (`msg.value == debt[who]`) passes
    /// its health check only while the interrupted call leaves a price stale, so no sequential call
    /// ever names the debt.
    std::optional<std::vector<Choice>> priced_reentry(const TxStep& step, std::uint64_t block) {
        if (step.choices.empty()) return std::nullopt;
        const Choice& last = step.choices.back();
        if (last.kind != ChoiceKind::reenter || last.then || last.call.value.is_zero() ||
            covered(last.call) ||
            std::find(m_reentry_values.begin(), m_reentry_values.end(), last.call.value) ==
                m_reentry_values.end())
            return std::nullopt;
        ComparisonLog log;
        ++m_result.txs;
        run_logged(step, block, log);
        for (const U256& price : payments_asked(log, last.call.value, 1)) {
            if (std::find(m_reentry_values.begin(), m_reentry_values.end(), price) !=
                m_reentry_values.end())
                continue;
            std::vector<Choice> choices = step.choices;
            choices.back().call.value = price;
            return choices;
        }
        return std::nullopt;
    }

    /// The honest user's call `step` as an honest user makes it: when the deployed state
    /// refuses it for an amount beyond a limit that the user's own position sets (`debt +
    /// amount <= value(msg.sender) / 2` with no debt yet), the same call asking that limit: a
    /// borrower borrows what its collateral allows, where the domain's first amount is someone's
    /// deposit. A limit that is the same for the second honest user, who deposited another
    /// amount (a treasury's spare funds, which any member may request), is left alone: asking
    /// it is no position of the user's own, only one more live action for the search.
    /// Otherwise `step` itself.
    TxStep within_limits(TxStep step) {
        const auto& params = unsigned_parameters(step.call);
        if (params.empty() || !step.call.value.is_zero()) return step;
        const std::optional<ComparisonLog::Pair> own = refusing_limit(step);
        if (!own) return step;
        const auto& users = m_w.accounts().users;
        if (users.size() < 2) return step;
        TxStep other = step;
        other.sender = users[1].first;
        if (refusing_limit(other) == own) return step;
        // The refusing check compares the amount itself with the limit (`amount <= limit`):
        // a side equal to the argument, the other side below it.
        for (const auto& [i, bits] : params) {
            if (i >= step.call.args.size()) continue;
            const U256& v = step.call.args[i];
            const U256& limit = own->left == v ? own->right : own->left;
            if ((own->left == v || own->right == v) && !limit.is_zero() && limit < v) {
                step.call.args[i] = limit;
                return step;
            }
        }
        return step;
    }

    /// The last ordering comparison of `step` run from the current state (restored) when it
    /// is refused: the check that refused it. None when it passes or compares nothing.
    std::optional<ComparisonLog::Pair> refusing_limit(const TxStep& step) {
        const std::uint64_t block = m_w.deployments().size() + m_w.setup().size() + 1;
        ComparisonLog log;
        if (run_logged(step, block, log)) return std::nullopt;
        return log.last_ordering;
    }

    /// Runs `step` from the current state under `log`, restores the state, and returns
    /// whether it passed (the comparisons it made are in `log`).
    bool run_logged(const TxStep& step, std::uint64_t block, ComparisonLog& log) {
        return run_restored(step, block, &log, [] {});
    }

    /// Runs `step` from the current state under `tracer` (nullptr: none), calls `inspect`
    /// while the run's effects are still in place (the adversary's record of what landed),
    /// then restores the state, the clock and the executor's own tracer. Returns whether the
    /// run passed. The probes that look ahead from a state (a comparison log, an amount's
    /// limit) leave it as they found it.
    template <typename Inspect>
    bool run_restored(const TxStep& step, std::uint64_t block, vm::Tracer* tracer,
                      Inspect&& inspect) {
        const vm::Snapshot before = m_w.state().snapshot();
        const ClockOffset clock = m_w.clock();
        vm::Tracer* const saved = m_w.executor().tracer();
        m_w.executor().set_tracer(tracer);
        const bool passed = m_w.run(step, block).success();
        if (passed) inspect();
        m_w.executor().set_tracer(saved);
        m_w.state().revert_to(before);
        m_w.set_clock(clock);
        return passed;
    }

    /// A directed prefix prepares a sink with distinct steps: one sender calling one function
    /// twice (in any arguments), or two warps in a row, is left to the complete levels. This
    /// keeps the directed levels' branching at the number of (sender, function) pairs instead
    /// of their argument variants, so 4-5 step preparations fit the budget. Two warps with a
    /// transaction between them are two waits (a request's delay, then a confirmation's).
    /// One repeat is kept: an honest role holder serving a second account (the owner adds an
    /// honest payee beside the adversary, whose share the re-entry then takes).
    bool repeats_function(const std::vector<TxStep>& prefix, const TxStep& step) const {
        if (step.is_warp()) return !prefix.empty() && prefix.back().is_warp();
        const auto same_function = [&](const TxStep& p) {
            return p.sender == step.sender && p.call.contract == step.call.contract &&
                   p.call.signature == step.call.signature;
        };
        const auto earlier = std::find_if(prefix.begin(), prefix.end(), same_function);
        if (earlier == prefix.end()) return false;
        const bool once = std::count_if(prefix.begin(), prefix.end(), same_function) == 1;
        return !(once && step.sender != adversary_name && serves_another_account(*earlier, step));
    }
    /// Whether `step` names an account of the world (the adversary, an honest user) as its
    /// first argument, another than the one `earlier` named.
    bool serves_another_account(const TxStep& earlier, const TxStep& step) const {
        if (step.call.args.empty() || earlier.call.args.empty() ||
            earlier.call.args.front() == step.call.args.front())
            return false;
        const Accounts& a = m_w.accounts();
        const U256& named = step.call.args.front();
        return named == a.adversary.to_word() ||
               std::any_of(a.users.begin(), a.users.end(),
                           [&](const auto& user) { return user.second.to_word() == named; });
    }

    /// Partial-order reduction. Two consecutive local actions that are independent (see
    /// local_actions) commute: `s -A-> -B->` and `s -B-> -A->` run the same transactions on the
    /// same storage and reach the same state, and neither makes a call, so neither has a script
    /// or a re-entry. Only the order with the lower action index first is explored: a sequence
    /// whose last two actions are independent and in decreasing index order is skipped. Nothing
    /// observable is lost: (1) the skipped sequence's final state is reached by the swapped one,
    /// which is explored at the same length with the same remaining budget, and its properties
    /// are state properties there (no re-entry, no if_succeeds, no ether moved: see
    /// local_actions); (2) its prefixes are not skipped by this rule (it looks only at the last
    /// two actions), so every intermediate state is still reached and checked at a shorter
    /// length by iterative deepening. The rule depends only on the two action indices, fixed
    /// by init(), never on scheduling: each partition is explored the same for any --jobs.
    bool commuted(std::size_t previous, std::size_t current) const {
        if (!m_o.partial_order || current >= previous || previous >= m_local.size()) return false;
        const auto& a = m_local[previous];
        const auto& b = m_local[current];
        return a && b && independent(*a, *b);
    }
    /// The actions skipped after action `index` (empty: none).
    std::vector<bool> sleep_of(std::size_t index) const {
        std::vector<bool> out;
        if (!m_o.partial_order || index >= m_local.size() || !m_local[index]) return out;
        out.resize(m_first.size());
        bool any = false;
        for (std::size_t c = 0; c < out.size(); ++c)
            any |= (out[c] = commuted(index, c));
        if (!any) out.clear();
        return out;
    }
    /// The visited set, with the reduction's sleep sets (Godefroid): a state is expanded without
    /// the actions its last action skips. Reached again with at most the same remaining length,
    /// it is expanded only with the actions skipped before but not now (`owed`), and its entry
    /// then skips only what both arrivals skip; with no action owed it is pruned. Without this,
    /// a state first reached by a local action would hide the sequences that start with the
    /// actions that action skips. Returns whether to expand (all actions when `owed` is empty).
    bool visit(std::uint64_t h, int remaining, std::size_t index, std::vector<bool>& owed) {
        std::vector<bool> sleep = sleep_of(index);
        auto it = m_visited.find(h);
        if (it == m_visited.end() || it->second.remaining < remaining) {
            m_fresh += it == m_visited.end();
            m_visited[h] = Visit{remaining, std::move(sleep)};
            ++m_result.states;
            return true;
        }
        std::vector<bool>& kept = it->second.sleep;
        if (kept.empty()) return false;
        owed.assign(kept.size(), false);
        bool any = false;
        for (std::size_t c = 0; c < kept.size(); ++c) {
            owed[c] = kept[c] && (sleep.empty() || !sleep[c]);
            any |= owed[c];
            kept[c] = kept[c] && !sleep.empty() && sleep[c];
        }
        if (std::none_of(kept.begin(), kept.end(), [](bool b) { return b; })) kept.clear();
        if (!any) owed.clear();
        return any;
    }

    /// The calls a callback of `step` may re-enter: the re-entry domain, led by the step's own
    /// call with the same arguments (the DAO shape: re-entering the interrupted function with
    /// what it was given, e.g. an order id the narrower re-entry domain may not hold).
    /// (Calls `visit` with each, in that order; no copy of the domain is made, since most
    /// transactions need none of them.)
    /// See m_repayment_templates.
    /// Per contract, its token deposits: each state-changing function without ether whose one
    /// parameter is an unsigned amount and that pulls tokens (`transferFrom`). A loan of
    /// tokens is repaid through one (`deposit(amount + fee)` inside `onFlashLoan`) as a loan
    /// of ether through a payable function (repayments_at).
    static std::map<std::string, std::vector<CallSpec>>
    token_deposit_templates(const Facts& facts) {
        std::map<std::string, std::vector<CallSpec>> out;
        for (const FunctionFacts& f : facts.functions()) {
            const check::FunctionInfo& fn = *f.function;
            const bool one_amount = fn.parameter_types.size() == 1 &&
                                    fn.parameter_types[0]->kind == check::TypeKind::integer &&
                                    !fn.parameter_types[0]->is_signed;
            if (f.is_view || !one_amount || fn.mutability == lang::ast::Mutability::payable ||
                !fn.has_selector())
                continue;
            const bool pulls = std::any_of(f.effects.begin(), f.effects.end(), [](const Effect& e) {
                return e.kind == Effect::call && e.callee &&
                       e.callee->signature == "transferFrom(address,address,uint256)";
            });
            if (pulls)
                out[f.target->name()].push_back(
                    CallSpec{f.target->name(), call_signature(fn), {U256{}}, {}});
        }
        return out;
    }

    std::map<std::string, std::vector<CallSpec>> repayment_templates() const {
        std::map<std::string, std::vector<CallSpec>> out;
        for (const auto& [t, f] : mutators(m_p)) {
            if (f->mutability != lang::ast::Mutability::payable) continue;
            const std::string sig = call_signature(*f);
            std::vector<CallSpec>& calls = out[t->name()];
            int lists = 0;
            for (CallSpec c : m_reenter) {
                if (c.contract != t->name() || c.signature != sig) continue;
                c.value = U256{};
                if (std::find(calls.begin(), calls.end(), c) != calls.end()) continue;
                calls.push_back(std::move(c));
                if (++lists == 2) break;
            }
        }
        return out;
    }

    /// Re-entries into the object the interrupted call names (`claimEarnings(2)` inside
    /// `delist(2)`, the cross-function shape on one listing, bet or loan; and the id of a
    /// listing the guided search's preparation created, which no domain holds): each of the
    /// adversary's functions with an unsigned integer parameter, called with each id-sized
    /// argument of `step`.
    std::vector<CallSpec> keyed_reentries(const TxStep& step) const {
        std::vector<U256> ids;
        if (step.is_warp()) return {};
        for (const auto& [arg, bits] : amount_parameters(step))
            if (vm::bit_length(step.call.args[arg]) <= max_id_bits &&
                std::find(ids.begin(), ids.end(), step.call.args[arg]) == ids.end())
                ids.push_back(step.call.args[arg]);
        std::vector<CallSpec> out;
        for (const CallSpec& c : m_reenter_templates)
            for (const auto& [arg, bits] : unsigned_parameters(c))
                for (const U256& id : ids)
                    if (arg < c.args.size() && (bits == 256 || vm::bit_length(id) <= bits)) {
                        CallSpec keyed = c;
                        keyed.args[arg] = id;
                        out.push_back(std::move(keyed));
                    }
        return out;
    }

    template <typename Visit> void for_each_reentry(const TxStep& step, Visit&& visit) const {
        // The call itself comes first, whatever the script limit leaves for the rest: the
        // classic re-entry (`claim(id, 0)` inside `claim(id, 0)`), which the domain's order
        // may put behind many variants of other functions. A paid call is re-entered paying
        // the same again (a second purchase inside the first, at the price the first passed),
        // then without ether.
        std::optional<CallSpec> same;
        if (!step.is_warp() && !is_view_call(m_p, step.call)) {
            same = step.call;
            if (!same->value.is_zero()) visit(*same);
            same->value = U256{};
            visit(*same);
        }
        const auto visit_other = [&](const CallSpec& c) {
            if (!same || !(c == *same)) visit(c);
        };
        for (const CallSpec& c : keyed_reentries(step))
            visit_other(c);
        const auto order = step.is_warp()
                               ? m_reentry_order.end()
                               : m_reentry_order.find({step.call.contract, step.call.signature});
        if (order == m_reentry_order.end()) {
            for (const CallSpec& c : m_reenter)
                visit_other(c);
        } else {
            for (const std::size_t i : order->second)
                visit_other(m_reenter[i]);
        }
        for (const CallSpec& c : m_victim_reentries)
            if (!covered(c)) visit_other(c);
    }

    /// Whether a transaction of this partition's search ran `c`'s function successfully at
    /// top level. One that never did is a sink only a callback's window may open (a
    /// liquidation that passes its health check only while a price is stale): the re-entries
    /// that only such a sink needs (m_victim_reentries, priced_reentry) are spent on it alone.
    bool covered(const CallSpec& c) const {
        return m_result.covered.contains(c.contract + "." + c.signature);
    }

    /// What a script's transaction did: its status and return or revert data.
    struct Outcome {
        vm::Status status = vm::Status::Success;
        vm::Bytes output;
        /// How far a refused run got, as the gas it left: a run that passes a check another
        /// stopped at goes on to spend more. Not part of what the run did (==).
        vm::Gas gas_left = 0;
        friend bool operator==(const Outcome& a, const Outcome& b) {
            return a.status == b.status && a.output == b.output;
        }
        /// Whether this run passed or got further than `parent`, a refused one.
        bool went_further_than(const Outcome& parent) const {
            return status == vm::Status::Success || gas_left < parent.gas_left;
        }
    };
    /// A script waiting to run, and what the script it extends (the same with its last choice
    /// at the default) did.
    struct Script {
        std::vector<Choice> choices;
        Outcome parent;
    };

    /// The adversary's other answers at a callback with this selector (cached per selector).
    const std::vector<vm::Bytes>& answers_at(const std::optional<std::uint32_t>& selector) {
        static const std::vector<vm::Bytes> none;
        if (!selector) return none;
        auto [it, fresh] = m_answers.try_emplace(*selector);
        if (fresh)
            if (const check::FunctionInfo* f = m_p.function_by_selector(*selector))
                it->second = alternative_answers(*f, *selector, m_domains);
        return it->second;
    }

    /// What the adversary saw at each callback of a script's run.
    struct Callbacks {
        std::vector<bool> eligible; ///< reentry_eligible
        std::vector<std::optional<std::uint32_t>> selectors;
        std::vector<vm::Address> callers;
        std::vector<std::vector<U256>> repayments; ///< Adversary::repayments
        std::vector<int> depths;                   ///< Adversary::depths
        std::vector<U256> received;                ///< Adversary::received
    };

    /// Whether the refused `step`'s last choice re-entered the step's own function (the DAO
    /// shape, with or without its payment; the same order or a second one), leaving room for
    /// one more re-entry: for a call refused without re-entry too (asked by the caller), the
    /// inner copy ran into what refused the outer one (a payment it checks for after the
    /// callback), and what lets the inner copy pass, made from the inner copy's callbacks, may
    /// let both pass (one payment that two balance checks count).
    bool reentered_itself_in_vain(const TxStep& step, const Outcome& outcome) const {
        if (step.choices.empty() || outcome.status == vm::Status::Success ||
            static_cast<int>(step.reentries()) >= m_o.depth)
            return false;
        const Choice& last = step.choices.back();
        return last.kind == ChoiceKind::reenter && !last.then &&
               last.call.contract == step.call.contract &&
               last.call.signature == step.call.signature;
    }

    /// Queues into `inside` (up to `limit` scripts waiting there) each payment the caller
    /// expects back and a re-entry of each function (its first arguments in the re-entry
    /// order) at each callback the last re-entry of
    /// `step` opened, deeper than the callback it was made at: what lets the inner copy pass
    /// may let both pass (reentered_itself_in_vain).
    void queue_inside_the_reentry(const TxStep& step, int n, const Callbacks& cb,
                                  const Outcome& outcome, std::deque<Script>& inside,
                                  std::size_t limit) {
        const std::size_t at = step.choices.size() - 1;
        if (at >= cb.depths.size()) return;
        std::vector<std::size_t> inner; // the callbacks inside that re-entry
        for (std::size_t j = at + 1; j < static_cast<std::size_t>(n) && j < cb.depths.size() &&
                                     cb.depths[j] > cb.depths[at];
             ++j)
            if (cb.eligible[j]) inner.push_back(j);
        const auto queue = [&](std::size_t j, const CallSpec& c) {
            std::vector<Choice> s = step.choices;
            s.resize(j);
            s.push_back(Choice{ChoiceKind::reenter, c, std::nullopt});
            inside.push_back(Script{std::move(s), outcome});
        };
        // The payments the inner callers expect back come first, at every inner callback
        // (repayments_at): what lets a balance check after the callback pass.
        for (std::size_t j : inner)
            for (const CallSpec& c : repayments_at(cb, j))
                if (inside.size() < limit) queue(j, c);
        for (std::size_t j : inner) {
            std::set<std::pair<std::string, std::string>> tried; // one call per function
            for_each_reentry(step, [&](const CallSpec& c) {
                if (inside.size() < limit && tried.emplace(c.contract, c.signature).second)
                    queue(j, c);
            });
        }
    }

    /// The payments the adversary may make back to the contract that called it at callback
    /// `j`: each of that contract's payable re-entries (repayment_templates) with each amount
    /// the caller may expect back (a loan and its fee).
    std::vector<CallSpec> repayments_at(const Callbacks& cb, std::size_t j) const {
        std::vector<CallSpec> out;
        if (j >= cb.callers.size() || j >= cb.repayments.size() || cb.repayments[j].empty())
            return out;
        const auto t = m_repayment_templates.find(m_w.accounts().name_of(cb.callers[j]));
        if (t != m_repayment_templates.end())
            for (const CallSpec& c : t->second)
                for (const U256& amount : cb.repayments[j]) {
                    CallSpec paid = c;
                    paid.value = amount;
                    out.push_back(std::move(paid));
                }
        if (j >= cb.received.size() || !cb.received[j].is_zero()) return out;
        if (const auto d = m_token_deposits.find(m_w.accounts().name_of(cb.callers[j]));
            d != m_token_deposits.end())
            for (const CallSpec& c : d->second)
                for (const U256& amount : cb.repayments[j]) {
                    CallSpec paid = c;
                    paid.args[0] = amount;
                    out.push_back(std::move(paid));
                }
        for (CallSpec& c : token_payments(cb.callers[j], cb.repayments[j]))
            out.push_back(std::move(c));
        return out;
    }

    /// The token payments a callback from `caller` that named `amounts` may ask for: each
    /// amount of each plain token of the system (plain_token_targets), to the caller, then to
    /// each honest user (the maker of the order being filled, whom the taker pays).
    std::vector<CallSpec> token_payments(const vm::Address& caller,
                                         const std::vector<U256>& amounts) const {
        std::vector<CallSpec> out;
        std::vector<U256> payees{caller.to_word()};
        for (const auto& [name, at] : m_w.accounts().users)
            payees.push_back(at.to_word());
        // The caller's own tokens first (`OtcBoard.credit`, which it created): what it checks.
        const std::string prefix = m_w.accounts().name_of(caller) + ".";
        std::vector<std::string> tokens;
        for (const std::string& t : m_plain_tokens)
            if (t.starts_with(prefix)) tokens.push_back(t);
        for (const std::string& t : m_plain_tokens)
            if (!t.starts_with(prefix)) tokens.push_back(t);
        for (const std::string& token : tokens)
            for (const U256& payee : payees)
                for (const U256& amount : amounts)
                    out.push_back(
                        CallSpec{token, std::string(standard_transfer), {payee, amount}, {}});
        return out;
    }

    /// The scripts that extend `script` (which ran with `n` callbacks): at each callback after
    /// its last choice, every other answer, every re-entry (up to the depth), every repayment
    /// (repayments_at) and a revert.
    /// An answer that changed what a failing transaction did (the caller accepted it: a magic
    /// value it checks, and it failed later or not at all) is also combined with every
    /// re-entry at its callback: the re-entry runs, then the adversary answers as the caller
    /// requires (ERC-3156 flash loans). Answers come first: there are few, and a wrong one
    /// makes every re-entry at that callback fail. Likewise a payment back that turned the
    /// failing transaction into a passing one (a flash loan repaid from inside its callback)
    /// is made after every other re-entry there: what the adversary does with the loan.
    void expand(const TxStep& step, int n, const Callbacks& cb, const Outcome& parent,
                const Outcome& outcome, std::deque<Script>& queue, std::size_t room) {
        // Only `room` more scripts can ever run (the action's script limit): a script queued
        // beyond them would never leave the queue, so none is built.
        const auto queue_with = [&](const std::vector<Choice>& base, Choice last) {
            auto s = base;
            s.push_back(std::move(last));
            queue.push_back(Script{std::move(s), outcome});
            --room;
        };
        // Scripts that make the queue's head, displacing its tail when it is full.
        const auto queue_first = [&](std::deque<Script>& first) {
            const std::size_t capacity = queue.size() + room;
            while (first.size() > capacity)
                first.pop_back();
            queue.insert(queue.begin(), std::make_move_iterator(first.begin()),
                         std::make_move_iterator(first.end()));
            while (queue.size() > capacity)
                queue.pop_back();
            room = capacity - queue.size();
        };
        const std::vector<Choice>& script = step.choices;
        int reentries = 0, reverts = 0;
        for (const Choice& c : script) {
            reentries += c.kind == ChoiceKind::reenter;
            reverts += c.kind == ChoiceKind::revert;
        }
        const bool turned = parent.status != vm::Status::Success && !(outcome == parent);
        const std::size_t at = script.empty() ? 0 : script.size() - 1;
        // The scripts `make` builds (into a deque) for each repayment and each re-entry at the
        // last callback, queued first: a choice that turned the refused call into a passing
        // one makes what follows it there worth more than the alternatives still queued from
        // the refused run.
        const auto queue_first_after_turn = [&](const auto& make) {
            std::deque<Script> first;
            const auto add = [&](const CallSpec& c) { make(c, first); };
            for (const CallSpec& c : repayments_at(cb, at))
                add(c);
            for_each_reentry(step, add);
            queue_first(first);
        };
        // An answer that turned the refused call into a passing one, or one that fails later
        // (a modifier's magic word): the re-entries there (the repayments first), other
        // answers and the re-entries the default answer refuses after them. An answer that
        // only fails sooner (`false` from a token's transferFrom) turns nothing: its
        // combinations would take the places of the default answer's own re-entries.
        if (!script.empty() && script.back().kind == ChoiceKind::ret && script.back().returns &&
            turned && outcome.went_further_than(parent) && reentries < m_o.depth &&
            cb.eligible[at]) {
            const std::vector<Choice> head(script.begin(), script.end() - 1);
            const std::optional<vm::Bytes>& answer = script.back().returns;
            queue_first_after_turn([&](const CallSpec& c, std::deque<Script>& first) {
                std::vector<Choice> once = head;
                once.push_back(Choice{ChoiceKind::reenter, c, answer});
                // The re-entered call asks the same question again (checked on each entry):
                // the next callback gets the same answer.
                std::vector<Choice> twice = once;
                twice.push_back(Choice{ChoiceKind::ret, {}, answer});
                first.push_back(Script{std::move(once), outcome});
                first.push_back(Script{std::move(twice), outcome});
            });
        }
        // A payment back that let the refused call pass: every other re-entry (and payment)
        // first, then the same payment.
        if (!script.empty() && script.back().kind == ChoiceKind::reenter && !script.back().then &&
            !script.back().call.value.is_zero() && turned &&
            outcome.status == vm::Status::Success) {
            const Choice& repaid = script.back();
            const std::vector<Choice> head(script.begin(), script.end() - 1);
            queue_first_after_turn([&](const CallSpec& c, std::deque<Script>& first) {
                if (c == repaid.call) return;
                std::vector<Choice> both = head;
                both.push_back(Choice{ChoiceKind::reenter, c, repaid.returns, repaid.call});
                first.push_back(Script{std::move(both), outcome});
            });
        }
        for (int j = static_cast<int>(script.size()); j < n && room > 0; ++j) {
            const auto jj = static_cast<std::size_t>(j);
            std::vector<Choice> base = script;
            base.resize(jj); // default returns up to j
            // Where the default answers let the call pass (a receiver hook answered with its
            // selector), the re-entries come before the other answers, which can only refuse it
            // or steer it elsewhere.
            const bool answers_first = outcome.status != vm::Status::Success;
            const auto queue_answers = [&] {
                for (const vm::Bytes& a : answers_at(cb.selectors[jj]))
                    if (room > 0) queue_with(base, Choice{ChoiceKind::ret, {}, a});
            };
            if (answers_first) queue_answers();
            if (reentries < m_o.depth && cb.eligible[jj]) {
                // A refused call whose callback brought nothing but named an amount may be
                // waiting to be paid it (a fill paid from its callback): the few payments come
                // before the many re-entries, which would otherwise use up the room. Ether
                // received (a payout, a loan) is what the re-entries may use first.
                const bool owed_first =
                    answers_first && jj < cb.received.size() && cb.received[jj].is_zero();
                const auto queue_repayments = [&] {
                    for (const CallSpec& c : repayments_at(cb, jj))
                        if (room > 0)
                            queue_with(base, Choice{ChoiceKind::reenter, c, std::nullopt});
                };
                if (owed_first) queue_repayments();
                for_each_reentry(step, [&](const CallSpec& c) {
                    if (room > 0) queue_with(base, Choice{ChoiceKind::reenter, c, std::nullopt});
                });
                if (!owed_first) queue_repayments();
            }
            if (!answers_first) queue_answers();
            if (reverts == 0 && room > 0)
                queue_with(base, Choice{ChoiceKind::revert, {}, std::nullopt});
        }
    }

    const Program& m_p;
    World& m_w;
    const std::vector<Property>& m_props;
    const ExploreOptions& m_o;
    std::vector<std::optional<LocalAction>> m_local; ///< per action index (partial order)
    std::vector<std::size_t> m_prefix_index;         ///< action index of each prefix step
    std::vector<ActionRole> m_roles;                 ///< per action index (directed levels)
    std::vector<std::size_t> m_owner_first;          ///< see owner_first_order
    /// m_fed[i][j]: action i writes what action j reads (Dependencies::feeds).
    std::vector<std::vector<bool>> m_fed;
    /// Per action index, the adversary's amount parameters (see amount_parameters).
    std::vector<std::vector<std::pair<std::size_t, unsigned>>> m_amounts;
    bool m_directed = false;              ///< the current level is a directed one
    std::uint64_t m_limit = 0;            ///< halt when the partition has run this many txs
    std::uint64_t m_deepening_budget = 0; ///< see set_deepening_budget
    std::uint64_t m_fresh = 0;            ///< states never seen before, in the current level
    Clock::time_point m_deadline;
    std::atomic<bool>& m_stop;
    PropertyMonitor m_monitor;
    std::vector<CallSpec> m_top, m_reenter;
    /// The payments a re-entry makes from the domain (priced_reentry looks for others).
    std::vector<U256> m_reentry_values;
    /// add_reentries_for_victim; tried after the others, into functions not yet covered.
    std::vector<CallSpec> m_victim_reentries;
    /// (state, interrupted call, re-entered function) whose re-entry amount this partition
    /// raised to its limit (limited_reentry), each once.
    std::set<std::tuple<std::uint64_t, std::string, std::string>> m_limited;
    /// The functions whose amount a landed re-entry is raised to its limit (limited_reentry):
    /// those that call an account their caller chooses (a loan paid to `msg.sender`), not a
    /// token's own.
    std::set<std::pair<std::string, std::string>> m_lenders;
    /// The re-entry domain's first call of each function with an unsigned integer parameter
    /// (keyed_reentries).
    std::vector<CallSpec> m_reenter_templates;
    std::map<std::pair<std::string, std::string>, std::vector<std::pair<std::size_t, unsigned>>>
        m_unsigned_parameters; ///< index_unsigned_parameters
    /// Per top-level function (contract, signature), the order of m_reenter at its callbacks
    /// (reentry_order); a function without one keeps m_reenter's.
    std::map<std::pair<std::string, std::string>, std::vector<std::size_t>> m_reentry_order;
    /// Per contract, its payable functions as re-entries without value (at most two argument
    /// lists each): what the adversary may pay back with at a callback (repayments_at).
    std::map<std::string, std::vector<CallSpec>> m_repayment_templates;
    /// Per contract, its token deposits as re-entries (token_deposit_templates): what the
    /// adversary may repay a loan of tokens with at a callback that brought no ether.
    std::map<std::string, std::vector<CallSpec>> m_token_deposits;
    /// Whether a re-entry only pays (payments_of).
    IsPayment m_pays;
    /// The plain tokens of the system (plain_token_targets): the adversary may pay with them.
    std::vector<std::string> m_plain_tokens;
    /// The functions whose one call out ends them (FunctionFacts::ends_with_its_only_call).
    std::set<std::pair<std::string, std::string>> m_tail_calls;
    Domains m_domains; ///< the answers' domains (see answers_at)
    std::map<std::uint32_t, std::vector<vm::Bytes>> m_answers;
    std::vector<TxStep> m_honest, m_first;
    std::vector<TxStep> m_warps; ///< clock jumps (Domains::clock_jumps)
    /// The callback-freedom property the current transaction violated (m_props.size(): none),
    /// and whether that violation only harmed the adversary.
    std::size_t m_cbf_checked = 0;
    bool m_cbf_self_harm = false;
    /// judge_after_the_shortest_wait is judging a step: it does not shorten its wait again.
    bool m_shortening_wait = false;
    /// Whether the profit judged for the transaction being recorded is rounding dust.
    bool m_profit_dust = false;
    std::vector<CallbackEvent> m_step_events; ///< the adversary's callbacks of that transaction
    /// Attacks whose gain came after their re-entries, judged by judge_deferred_profits once
    /// the level's search is back at its first state.
    std::vector<std::vector<TxStep>> m_deferred;
    /// The callback-freedom witnesses extend_reentrant_witnesses already extended.
    std::vector<std::vector<TxStep>> m_extended;
    /// Per set of re-entered functions (sorted `contract.signature`), the first attack that
    /// violated callback-freedom re-entering them (note_reentered_attack).
    std::vector<std::pair<std::vector<std::string>, std::vector<TxStep>>> m_reentered;
    struct Visit {
        int remaining = 0;
        std::vector<bool> sleep; ///< actions not expanded from the state (empty: none)
    };
    std::unordered_map<std::uint64_t, Visit> m_visited;
    PartitionResult m_result;
    std::size_t m_partition = 0;
    std::uint64_t m_order = 0, m_base_block = 0;
    Holdings m_adversary0;            ///< what the adversary holds when the attack starts
    Ledger m_ledger0;                 ///< what every party holds then
    std::vector<std::size_t> m_plain; ///< properties the current action violates with no choices
    std::map<std::pair<std::size_t, bool>, std::size_t>
        m_best; ///< kept violation per (property, re-entry)
};

/// The bound of the whole search: complete up to the least complete partition (an exhausted one
/// is complete at every length), as deep as the deepest, exhausted when every partition is,
/// and cut by the gravest reason of a partition that is not.
SearchBound merge_bounds(const std::vector<PartitionResult>& results, int top) {
    SearchBound out;
    out.exhausted = true;
    int complete = top, exhausted_at = 0;
    for (const PartitionResult& r : results) {
        const SearchBound& b = r.bound;
        out.deepest = std::max(out.deepest, b.deepest);
        if (b.exhausted) {
            exhausted_at = std::max(exhausted_at, b.complete);
            continue;
        }
        out.exhausted = false;
        complete = std::min(complete, b.complete);
        out.cut = std::max(out.cut, b.cut);
    }
    out.complete = out.exhausted ? exhausted_at : complete;
    out.deepest = std::max(out.deepest, out.complete);
    return out;
}

} // namespace

std::string_view to_string(SearchBound::Cut c) {
    switch (c) {
    case SearchBound::Cut::none:
        return "none";
    case SearchBound::Cut::max_txs:
        return "max-txs";
    case SearchBound::Cut::budget:
        return "budget";
    case SearchBound::Cut::timeout:
        return "timeout";
    }
    return "?";
}

std::string describe(const SearchBound& b) {
    if (b.exhausted)
        return fmt::format("explored every sequence up to {} transaction{}: the state space is "
                           "exhausted (no longer sequence reaches a new state)",
                           b.complete, b.complete == 1 ? "" : "s");
    std::string out = fmt::format("explored every sequence up to {} transaction{}", b.complete,
                                  b.complete == 1 ? "" : "s");
    if (b.deepest > b.complete) out += fmt::format(", directed sequences up to {}", b.deepest);
    switch (b.cut) {
    case SearchBound::Cut::none:
        return out + "; deeper directed sequences reach no new state";
    case SearchBound::Cut::max_txs:
        return out + "; cut by the length bound (--max-txs)";
    case SearchBound::Cut::budget:
        return out + "; cut by the transaction budget";
    case SearchBound::Cut::timeout:
        return out + "; cut by the timeout";
    }
    return out;
}

namespace {

/// `d` with the amounts the contracts of `w` hold (its honest users' deposits) among the
/// integers and payments: in a world of smaller deposits, an attack pays in amounts that size.
Domains with_held_amounts(Domains d, World& w) {
    for (const auto& [name, addr] : w.accounts().contracts)
        for (const auto& [label, value] : w.observer().values(w.state(), name))
            if (may_be_amount(value)) {
                if (std::find(d.values.begin(), d.values.end(), value) == d.values.end())
                    d.values.push_back(value);
                if (std::find(d.uints.begin(), d.uints.end(), value) == d.uints.end())
                    d.uints.push_back(value);
            }
    return d;
}

/// A pass of the guided phase: the world's honest deposits (5 and 3 `deposit_unit`s) and the
/// transactions each sink's search may run.
struct GuidedPass {
    vm::U256 deposit_unit;
    std::uint64_t budget = 0;
};

/// One guided pass: a partition per sink of `open`, numbered from `first_partition`, on
/// `options.jobs` threads.
std::vector<PartitionResult>
guided_pass(const Program& program, const ExploreOptions& options, const Domains& domains,
            const IdentityChecked& identity,
            const std::vector<std::pair<std::string, std::string>>& open, const GuidedPass& pass,
            std::size_t first_partition, Clock::time_point deadline, std::atomic<bool>& stop,
            const std::vector<Property>& properties) {
    const vm::U256& deposit_unit = pass.deposit_unit;
    std::vector<PartitionResult> guided(open.size());
    std::atomic<std::size_t> next{0};
    const int jobs = std::max(1, std::min<int>(options.jobs, static_cast<int>(open.size())));
    auto worker = [&] {
        World w(program);
        if (!w.deploy(nullptr)) return;
        w.setup_honest(deposit_unit);
        Search s(program, w, properties, options, deadline, stop);
        s.init(deposit_unit == one_ether ? domains : with_held_amounts(domains, w), identity);
        for (std::size_t i = next++; i < open.size(); i = next++)
            guided[i] = s.guide(open[i], first_partition + i, pass.budget);
    };
    std::vector<std::thread> threads;
    threads.reserve(static_cast<std::size_t>(jobs));
    for (int i = 0; i < jobs; ++i)
        threads.emplace_back([&worker] { vm::run_on_execution_stack(worker); });
    for (std::thread& t : threads)
        t.join();
    return guided;
}

/// The guided phase (Search::guide): one partition per sink function that no transaction of the
/// search ran successfully, numbered after the search's own `results`, merged into `result` as
/// the search's partitions are (and into `covered`). A sink still never run gets a second pass
/// in a world whose honest users deposit a hundredth as much: their usual deposits may close
/// what the sink needs open (a sale's soft cap reached, so its refunds never pay). One still
/// never run after both gets a third, with guided_escalation (ten) times the budget in the usual
/// world: a sink behind a five-step preparation by several accounts (a proposal, two members'
/// votes, the voting period, then `execute`) needs more sequences than the first pass runs, and
/// without it the analysis could only say inconclusive. Counted, not timed, as every budget: the
/// result does not depend on the machine, and --timeout still bounds the whole.
void guide_uncovered_sinks(const Program& program, const ExploreOptions& options,
                           const Domains& domains, const IdentityChecked& identity,
                           const std::vector<std::pair<std::string, std::string>>& sinks,
                           Clock::time_point deadline, std::atomic<bool>& stop,
                           std::set<std::string>& covered, std::set<std::string>& called_back,
                           std::set<std::string>& paid_back,
                           const std::vector<PartitionResult>& results, ExploreResult& result) {
    if (options.guided_budget == 0 || options.max_txs <= 1) return;
    // A sink whose call may go to an account its caller chooses is still open while none of
    // its transactions called the adversary back: an honest tenant's refund ran, never the
    // adversary's own, whose lease needs a rent the path's landlord set.
    const Facts facts(program);
    const auto open_to_the_adversary = [&](const std::pair<std::string, std::string>& sink) {
        const FunctionFacts* f = facts.find(sink.first, sink.second);
        return f && pays_its_caller(program, facts, *f);
    };
    std::size_t partition = results.size();
    const GuidedPass passes[] = {{one_ether, options.guided_budget},
                                 {vm::udiv(one_ether, vm::U256{100}), options.guided_budget},
                                 {one_ether, options.guided_budget * options.guided_escalation}};
    for (const GuidedPass& pass : passes) {
        const bool escalated = &pass == &passes[2];
        if (stop.load() || (escalated && options.guided_escalation <= 1)) return;
        std::vector<std::pair<std::string, std::string>> open;
        for (const auto& f : sinks) {
            const std::string key = f.first + "." + f.second;
            if (!covered.contains(key) || (!called_back.contains(key) && open_to_the_adversary(f)))
                open.push_back(f);
        }
        if (open.empty()) return;
        std::vector<PartitionResult> guided =
            guided_pass(program, options, domains, identity, open, pass, partition, deadline, stop,
                        result.properties);
        partition += open.size();
        for (PartitionResult& pr : guided) {
            result.stats.states += pr.states;
            result.stats.transactions += pr.txs;
            result.stats.timed_out |= pr.timed_out;
            result.stats.bound.deepest = std::max(result.stats.bound.deepest, pr.bound.deepest);
            covered.insert(pr.covered.begin(), pr.covered.end());
            called_back.insert(pr.called_back.begin(), pr.called_back.end());
            paid_back.insert(pr.paid_back.begin(), pr.paid_back.end());
            for (Violation& v : pr.violations) {
                auto& slot = result.violations[v.property][v.via_reentry ? 1 : 0];
                if (!slot || better(v, *slot)) slot = std::move(v);
            }
        }
    }
}

} // namespace

ExploreResult explore(const Program& program, const ExploreOptions& options) {
    ExploreResult result;
    result.properties = collect_properties(program);
    result.violations.resize(result.properties.size());
    const auto start = Clock::now();
    const auto deadline = start + std::chrono::duration_cast<Clock::duration>(
                                      std::chrono::duration<double>(options.timeout_seconds));
    std::atomic<bool> stop{false};

    // Probe world: deployment, domains and the partitions.
    World probe(program);
    if (!probe.deploy(&result.error)) return result;
    result.stats.deployed = true;
    result.stats.deployments = probe.deployments();
    probe.setup_honest();
    const Domains domains = make_domains(program, probe, options.hint_engines);
    std::size_t partitions = 0, enabling = 0;
    std::vector<std::pair<std::string, std::string>> sinks;
    IdentityChecked identity;
    {
        Search s(program, probe, result.properties, options, deadline, stop);
        identity = s.identity_checked(domains);
        s.init(domains, identity);
        partitions = s.partitions();
        enabling = s.live_enabling_partitions();
        sinks = s.sink_functions();
    }
    // Invariants must hold after deployment and deposits.
    const PropertyMonitor initial(program, probe.accounts(), probe.state(), result.properties,
                                  [&probe] { return probe.executor().block(); });
    for (std::size_t i = 0; i < result.properties.size(); ++i) {
        const Property& pr = result.properties[i];
        if (pr.kind != PropertyKind::invariant) continue;
        if (!initial.holds(pr)) {
            Violation viol;
            viol.property = i;
            viol.witness.deployments = probe.deployments();
            viol.witness.setup = probe.setup();
            viol.witness.tokens = probe.accounts().token_names();
            viol.witness.property = pr.kind;
            viol.witness.contract = program.targets()[pr.target].name();
            viol.witness.index = pr.index;
            viol.witness.expression = pr.text;
            result.violations[i][0] = viol;
        }
    }

    std::vector<PartitionResult> results(partitions);
    std::atomic<std::size_t> next{0};
    const int jobs = std::max(
        1, std::min<int>(options.jobs, static_cast<int>(std::max<std::size_t>(partitions, 1))));
    std::string errors[64];
    auto worker = [&](int wi) {
        World w(program);
        if (!w.deploy(&errors[wi % 64])) return;
        w.setup_honest();
        Search s(program, w, result.properties, options, deadline, stop);
        s.init(domains, identity);
        s.set_deepening_budget(
            std::max<std::uint64_t>(options.deepening_budget / std::max<std::size_t>(enabling, 1),
                                    options.deepening_per_partition));
        const vm::Snapshot base = w.state().snapshot();
        for (std::size_t p = next++; p < partitions; p = next++) {
            results[p] = s.run(p);
            w.state().revert_to(base);
        }
    };
    // Each worker runs whole on a large-stack thread (vm/execution_stack.hpp), so its
    // transactions execute right there: one such thread per worker, none per transaction.
    std::vector<std::thread> threads;
    threads.reserve(static_cast<std::size_t>(jobs));
    for (int i = 0; i < jobs; ++i)
        threads.emplace_back(
            [&worker, i] { vm::run_on_execution_stack([&worker, i] { worker(i); }); });
    for (std::thread& t : threads)
        t.join();
    result.stats.partitions = partitions;
    result.stats.transactions = probe.transactions();
    std::set<std::string> covered, called_back, paid_back;
    result.stats.bound = merge_bounds(results, std::max(options.txs, options.max_txs));
    for (std::size_t p = 0; p < partitions; ++p) {
        PartitionResult& pr = results[p];
        result.stats.states += pr.states;
        result.stats.transactions += pr.txs;
        result.stats.timed_out |= pr.timed_out;
        result.stats.budget_hit |= pr.budget_hit;
        covered.insert(pr.covered.begin(), pr.covered.end());
        called_back.insert(pr.called_back.begin(), pr.called_back.end());
        paid_back.insert(pr.paid_back.begin(), pr.paid_back.end());
        for (Violation& v : pr.violations) {
            auto& slot = result.violations[v.property][v.via_reentry ? 1 : 0];
            if (!slot || better(v, *slot)) slot = std::move(v);
        }
    }
    guide_uncovered_sinks(program, options, domains, identity, sinks, deadline, stop, covered,
                          called_back, paid_back, results, result);
    result.stats.searched = !covered.empty();
    for (const TxStep& s : probe.setup()) // the deployer's wiring and the honest deposits ran
        covered.insert(s.call.contract + "." + s.call.signature);
    result.stats.covered.assign(covered.begin(), covered.end());
    result.stats.called_back.assign(called_back.begin(), called_back.end());
    result.stats.paid_back.assign(paid_back.begin(), paid_back.end());
    result.stats.timed_out |= stop.load() && !options.stop_when;
    result.stats.seconds = std::chrono::duration<double>(Clock::now() - start).count();
    const std::vector<std::string> files = program.paths();
    for (auto& pair : result.violations)
        for (auto& v : pair)
            if (v) v->witness.files = files;
    return result;
}

} // namespace mallory::analyzer
