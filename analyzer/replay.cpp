#include "analyzer/replay.hpp"

#include "analyzer/ast_util.hpp"
#include "analyzer/evaluator.hpp"
#include "analyzer/facts.hpp"
#include "analyzer/monitor.hpp"
#include "analyzer/token.hpp"
#include "analyzer/world.hpp"
#include "chain/chain.hpp"
#include "vm/serialize.hpp"

#include <algorithm>
#include <fmt/format.h>
#include <fmt/ranges.h>

namespace mallory::analyzer {

namespace {

constexpr std::uint64_t replay_gas = 29'500'000;

/// A fresh chain with the adversary bound, able to run witness transactions.
class ReplayChain {
public:
    /// `accounts`: the program's, with the witness's tokens (accounts_of).
    ReplayChain(const Program& p, Accounts accounts)
        : m_p(p), m_accounts(std::move(accounts)), m_adversary(p, m_accounts),
          m_pays(payments_of(p, Facts(p), m_accounts)) {
        chain::GenesisConfig g;
        g.gas_price = vm::U256{};
        g.alloc.emplace_back(m_accounts.adversary, g.dev_balance); // the attack contract's ether
        if (m_accounts.accomplice_acts) g.alloc.emplace_back(m_accounts.accomplice, g.dev_balance);
        m_chain = chain::Chain::in_memory(g);
        m_adversary.record_events = true;
        for (const vm::Address& a : adversary_accounts(m_accounts)) {
            m_chain->bind_native(a, m_adversary.handler());
            m_chain->state().set_code(a, adversary_code, nullptr);
        }
        install_tokens(m_chain->state(), m_accounts,
                       [this](const vm::Address& a, vm::NativeHandler h) {
                           m_chain->bind_native(a, std::move(h));
                       });
    }

    bool deploy(const Witness& w, std::string* error) {
        for (const Deployment& d : w.deployments) {
            const Target* t = m_p.target(d.contract);
            if (!t) return fail(error, "witness deploys unknown contract " + d.contract);
            vm::Bytes data = vm::serialize(*t->compiled->code);
            for (const vm::U256& a : d.args) {
                std::uint8_t b[32];
                vm::store_be(b, a);
                data.insert(data.end(), b, b + 32);
            }
            auto rc = send(deployer_name, std::nullopt, d.value, std::move(data));
            if (!rc || !rc->success() || rc->created != m_accounts.address_of_contract(d.contract))
                return fail(error, "deploying " + d.contract + " failed on the chain");
        }
        m_paid_at_setup.clear();
        for (const TxStep& s : w.setup) {
            const bool paying = s.sender == adversary_name && !s.call.value.is_zero();
            const Holdings before = paying ? ledger_of(state(), m_accounts).adversary : Holdings{};
            if (auto rc = run(s); !rc || !rc->success())
                return fail(error, "setup step failed: " + describe(s.call));
            if (paying) add_payment(before, ledger_of(state(), m_accounts).adversary);
        }
        return true;
    }

    /// What the adversary's set-up payments took from it, per asset (add_payment): its
    /// holdings before it paid are those at the attack's start plus these.
    const std::vector<vm::U256>& paid_at_setup() const { return m_paid_at_setup; }

    std::optional<chain::Receipt> run(const TxStep& s) {
        if (s.is_warp()) { // `roll` empty blocks, then one `warp` seconds later than usual
            for (std::uint64_t k = 0; k < s.roll; ++k)
                m_chain->mine({});
            chain::BlockOptions opts;
            opts.timestamp = m_chain->head().header.timestamp + block_time + s.warp;
            const chain::Block& b = m_chain->mine(opts);
            m_events.clear();
            m_landed.clear();
            m_landed_steps.clear();
            chain::Receipt r;
            r.block_number = b.header.number;
            return r;
        }
        m_adversary.arm(&s.choices);
        std::optional<chain::Receipt> rc;
        const vm::Address from = m_accounts.address_of_account(s.sender);
        if (m_accounts.adversary_controls(from)) { // owner -> attack contract -> target
            m_adversary.forward(s.call);
            rc = send(adversary_name, from, vm::U256{}, {});
        } else {
            rc = send(s.sender, m_accounts.address_of_contract(s.call.contract), s.call.value,
                      calldata_of(s.call));
        }
        m_events = m_adversary.events;
        if (m_accounts.adversary_controls(from))
            for (CallbackEvent& ev : m_events)
                --ev.depth; // as in the explorer: the target at depth 0
        m_landed = m_adversary.landed();
        m_landed_steps = m_adversary.landed_steps(pays());
        m_adversary.disarm();
        return rc;
    }

    std::optional<chain::Receipt> send(const std::string& from, std::optional<vm::Address> to,
                                       const vm::U256& value, vm::Bytes data) {
        chain::Transaction tx =
            m_chain->prepare(chain::Chain::dev_key(from), to, value, std::move(data), replay_gas);
        auto sub = m_chain->submit(tx);
        if (!sub.ok()) return std::nullopt;
        chain::BlockOptions opts;
        opts.timestamp = m_pinned_time;
        m_chain->mine(opts);
        return m_chain->receipt(sub.hash);
    }
    /// Mines every later transaction's block at the head block's time (until unpinned): the
    /// calls of a sequential order all happen when the re-entrant transaction did, as the
    /// explorer runs them in its block, so time-based accrual (a reward per second) does not
    /// favour the order over the re-entry.
    void pin_time() { m_pinned_time = m_chain->head().header.timestamp; }
    void unpin_time() { m_pinned_time.reset(); }

    vm::State& state() { return m_chain->state(); }

    /// Adds one set-up payment of the adversary (its holdings `before` and `after` it): what
    /// it paid, unless the payment bought something the ledger tracks (a pool's shares), which
    /// the adversary then still holds at the attack's start.
    void add_payment(const Holdings& before, const Holdings& after) {
        const std::size_t n = std::min(before.assets.size(), after.assets.size());
        for (std::size_t k = 0; k < n; ++k)
            if (after.assets[k] > before.assets[k]) return;
        m_paid_at_setup.resize(std::max(m_paid_at_setup.size(), n));
        for (std::size_t k = 0; k < n; ++k)
            m_paid_at_setup[k] = m_paid_at_setup[k] + (before.assets[k] - after.assets[k]);
    }
    /// The block of the last transaction (the explorer's World judges it in the same block).
    vm::BlockContext head_block() const {
        const chain::BlockHeader& h = m_chain->head().header;
        vm::BlockContext b;
        b.coinbase = h.coinbase;
        b.number = h.number;
        b.timestamp = h.timestamp;
        b.chain_id = vm::U256{m_chain->config().chain_id};
        b.gas_limit = h.gas_limit;
        b.prevrandao = chain::prevrandao_after(h.parent_hash);
        b.hash_of = [chain = m_chain.get()](std::uint64_t n) {
            const chain::Block* earlier = chain->block(n);
            return earlier ? chain::hash_word(earlier->hash) : vm::U256{};
        };
        return b;
    }
    void set_tracer(vm::Tracer* t) { m_chain->set_tracer(t); }
    /// A read-only call (an eth_call): the first word it returns, nullopt when it fails.
    std::optional<vm::U256> read(const vm::Address& to, const vm::Bytes& data) {
        const chain::CallResult r = m_chain->call(m_accounts.deployer, to, data, vm::U256{});
        if (!r.success() || r.output.size() < 32) return std::nullopt;
        return vm::load_be(r.output.data());
    }
    const Accounts& accounts() const { return m_accounts; }
    Adversary& adversary() { return m_adversary; }
    const std::vector<CallbackEvent>& events() const { return m_events; }
    const std::vector<CallSpec>& landed() const { return m_landed; }
    /// The calls a run without re-entry sends instead of the last transaction `s` run here
    /// (sequential_calls: its payments stay in its callbacks, as in the explorer).
    std::vector<TxStep> sequential_calls_of(const TxStep& s) const {
        return sequential_calls(m_p, s, answers_without_reentry(m_events, pays()), m_landed_steps);
    }

private:
    const IsPayment& pays() const { return m_pays; }
    static bool fail(std::string* e, std::string why) {
        if (e) *e = std::move(why);
        return false;
    }
    const Program& m_p;
    Accounts m_accounts;
    Adversary m_adversary;
    IsPayment m_pays; ///< payments_of
    std::unique_ptr<chain::Chain> m_chain;
    std::vector<CallbackEvent> m_events;
    std::vector<CallSpec> m_landed;
    std::vector<TxStep> m_landed_steps;
    std::vector<vm::U256> m_paid_at_setup;      ///< see paid_at_setup
    std::optional<std::uint64_t> m_pinned_time; ///< see pin_time
};

/// The program's accounts with the tokens the witness placed (none in older witnesses).
std::optional<Accounts> accounts_of(const Program& p, const Witness& w, std::string* error) {
    return Accounts::make(p).with_tokens(w.tokens, error);
}

std::size_t target_index(const Program& p, const std::string& name) {
    for (std::size_t i = 0; i < p.targets().size(); ++i)
        if (p.targets()[i].name() == name) return i;
    return p.targets().size();
}

EvalContext context(const Program& p, ReplayChain& c, std::size_t ti, const StaticCall* call) {
    EvalContext ctx;
    ctx.static_call = call;
    ctx.state = &c.state();
    ctx.target = &p.targets()[ti];
    ctx.model = &p.model();
    ctx.self = c.accounts().contracts[ti].second;
    ctx.keys = &c.accounts().known;
    return ctx;
}

/// The index in `props` of the property the witness claims violated; props.size(): none.
std::size_t property_of(const std::vector<Property>& props, const Witness& w, std::size_t ti) {
    for (std::size_t i = 0; i < props.size(); ++i) {
        const Property& pr = props[i];
        if (pr.target == ti && pr.kind == w.property && pr.index == w.index &&
            (!pr.function || pr.function->name == w.function))
            return i;
    }
    return props.size();
}

std::string balances_line(ReplayChain& c) {
    std::string out;
    for (const auto& [name, addr] : c.accounts().contracts)
        out += fmt::format("{} {}, ", name, format_wei(c.state().balance(addr)));
    out += fmt::format("mallory {}", format_wei(c.state().balance(c.accounts().adversary)));
    // The ledgers of the tokens the world placed, in token units.
    for (const auto& [token, at] : c.accounts().tokens) {
        out += fmt::format("; token {}:", token);
        for (const auto& [name, addr] : c.accounts().contracts)
            out += fmt::format(" {} {},", name, vm::to_dec(token_balance(c.state(), at, addr)));
        out += fmt::format(" mallory {}",
                           vm::to_dec(token_balance(c.state(), at, c.accounts().adversary)));
    }
    return out;
}

std::string status_word(vm::Status s) {
    return s == vm::Status::Success ? "success" : std::string(vm::to_string(s));
}

void log_step(std::vector<std::string>& log, std::size_t n, const TxStep& s,
              const chain::Receipt* rc, ReplayChain& c, const Program& p, std::size_t ti) {
    if (s.is_warp()) {
        if (s.roll > 0 && s.warp > 0)
            log.push_back(fmt::format("{}. time passes: {} empty blocks, then a block {} s later",
                                      n, s.roll, s.warp));
        else if (s.roll > 0)
            log.push_back(fmt::format("{}. time passes: {} empty blocks", n, s.roll));
        else
            log.push_back(fmt::format("{}. time passes: the next block is {} s later", n, s.warp));
        return;
    }
    log.push_back(fmt::format("{}. {} calls {}: {}", n, s.sender,
                              describe_call(p, c.accounts(), s.call),
                              !rc             ? "rejected"
                              : rc->success() ? "success"
                                              : "reverted (" + rc->revert_reason() + ")"));
    for (const CallbackEvent& ev : c.events()) {
        const std::string answer =
            ev.choice.returns ? " " + vm::to_hex(vm::BytesView{*ev.choice.returns}) : "";
        std::string what =
            ev.choice.kind == ChoiceKind::ret      ? "returns" + answer
            : ev.choice.kind == ChoiceKind::revert ? "reverts"
            : ev.low_gas
                ? "cannot re-enter (gas stipend)"
                : fmt::format(
                      "re-enters {} -> {}{}{}", describe_call(p, c.accounts(), ev.choice.call),
                      status_word(ev.status),
                      ev.choice.then ? fmt::format(", then calls {} -> {}",
                                                   describe_call(p, c.accounts(), *ev.choice.then),
                                                   status_word(ev.then_status))
                                     : "",
                      answer.empty() ? "" : ", then returns" + answer);
        // The account called: the attack contract, its accomplice or a stand-in it controls.
        const std::string called = c.accounts().name_of(ev.to);
        log.push_back(fmt::format("   {}{} calls {}{} (depth {}); {} {}",
                                  std::string(2 * static_cast<std::size_t>(ev.depth - 1), ' '),
                                  c.accounts().name_of(ev.from), called,
                                  ev.value.is_zero() ? "" : " sending " + format_wei(ev.value),
                                  ev.depth, called, what));
    }
    log.push_back("   balances: " + balances_line(c));
    if (ti < p.targets().size()) {
        std::string vals;
        const Observer obs(p, c.accounts());
        for (const auto& [label, v] : obs.described_values(c.state(), p.targets()[ti].name()))
            vals += fmt::format("{}{} = {}", vals.empty() ? "" : ", ", label, v);
        if (!vals.empty()) log.push_back("   state: " + vals);
    }
}

/// The function `c` names on its contract, or why there is none.
std::optional<std::string> check_call(const Program& p, const CallSpec& c,
                                      const std::string& where) {
    const Target* t = p.target(c.contract);
    if (!t) return fmt::format("{}.contract: '{}' is not a deployed contract", where, c.contract);
    if (c.signature.empty()) {
        if (t->info->receive || t->info->fallback) return std::nullopt;
        return fmt::format("{}.function: {} has no receive or fallback function for a plain "
                           "transfer",
                           where, c.contract);
    }
    for (const check::FunctionInfo* f : t->info->external_functions)
        if (f->signature == c.signature) {
            // Value-type parameters are one word each; dynamic or inline-array/struct ones
            // take at least one (an offset, or the first inline word).
            const bool one_word_each = std::all_of(
                f->parameter_types.begin(), f->parameter_types.end(), [](const auto& ty) {
                    return ty->kind != check::TypeKind::array &&
                           ty->kind != check::TypeKind::struct_ &&
                           ty->kind != check::TypeKind::bytes &&
                           ty->kind != check::TypeKind::string;
                });
            if (one_word_each ? f->parameter_types.size() == c.args.size()
                              : f->parameter_types.size() <= c.args.size())
                return std::nullopt;
            return fmt::format("{}.args: {} takes {} argument{}, the witness gives {}", where,
                               c.signature, f->parameter_types.size(),
                               f->parameter_types.size() == 1 ? "" : "s", c.args.size());
        }
    return fmt::format("{}.function: unknown function '{}' of {}", where, c.signature, c.contract);
}

std::optional<std::string> check_step(const Program& p, const Accounts& a, const TxStep& s,
                                      const std::string& where) {
    if (s.is_warp()) return std::nullopt; // the clock only
    // The accomplice is the adversary's second contract: it may always send a transaction (a
    // cash-in of what a re-entry moved to it), with ether only when it holds some
    // (Accounts::accomplice_acts).
    if (s.sender != deployer_name && s.sender != adversary_name && s.sender != accomplice_name &&
        std::none_of(a.users.begin(), a.users.end(),
                     [&](const auto& u) { return u.first == s.sender; })) {
        std::string known =
            fmt::format("{}, {}, {}", deployer_name, adversary_name, accomplice_name);
        for (const auto& [name, addr] : a.users)
            known += ", " + name;
        return fmt::format("{}.from: unknown sender '{}' (expected one of {})", where, s.sender,
                           known);
    }
    if (auto e = check_call(p, s.call, where + ".call")) return e;
    for (std::size_t i = 0; i < s.choices.size(); ++i) {
        const Choice& ch = s.choices[i];
        if (ch.kind != ChoiceKind::reenter) continue;
        if (auto e = check_call(p, ch.call, fmt::format("{}.callbacks[{}].call", where, i)))
            return e;
        if (ch.then)
            if (auto e = check_call(p, *ch.then, fmt::format("{}.callbacks[{}].then", where, i)))
                return e;
    }
    return std::nullopt;
}

std::optional<std::string> check_property(const Program& p, const Witness& w) {
    const std::size_t ti = target_index(p, w.contract);
    if (ti >= p.targets().size())
        return fmt::format("property.contract: '{}' is not among the compiled targets", w.contract);
    const bool annotated = w.property == PropertyKind::invariant ||
                           w.property == PropertyKind::invariant_at_call ||
                           w.property == PropertyKind::if_succeeds;
    const std::vector<Property> props = collect_properties(p);
    if (annotated && property_of(props, w, ti) == props.size())
        return fmt::format("property.index: {} has no {} number {}{}", w.contract,
                           to_string(w.property), w.index,
                           w.function.empty() ? "" : " on function " + w.function);
    return std::nullopt;
}

/// The ether of the targets and the adversary in `c`, and the public getters' values (scalar
/// getters, and those keyed by one address for every account the witness knows).
void record_ether(const Program& p, ReplayChain& c, EtherOutcome& out) {
    out.targets.clear();
    for (const auto& [name, addr] : c.accounts().contracts)
        out.targets.emplace_back(name, c.state().balance(addr));
    out.adversary_after = c.state().balance(c.accounts().adversary);
    out.tokens.clear();
    for (const auto& [token_name, token] : c.accounts().tokens) {
        if (c.accounts().is_own_token(token)) continue; // its units are worth nothing
        EtherOutcome::TokenHoldings h{
            token_name, {}, token_balance(c.state(), token, c.accounts().adversary)};
        for (const auto& [name, addr] : c.accounts().contracts)
            h.targets.emplace_back(name, token_balance(c.state(), token, addr));
        out.tokens.push_back(std::move(h));
    }
    std::vector<std::pair<std::string, vm::Address>> keys{{deployer_name, c.accounts().deployer},
                                                          {adversary_name, c.accounts().adversary}};
    for (const auto& u : c.accounts().users)
        keys.push_back(u);
    for (const auto& t : c.accounts().contracts)
        keys.push_back(t);
    for (const auto& [name, addr] : c.accounts().contracts) {
        const Target* t = p.target(name);
        if (!t) continue;
        for (const check::FunctionInfo* f : t->info->external_functions) {
            if (!f->getter_of || f->parameter_types.size() > 1 || f->return_types.size() != 1 ||
                f->return_types[0]->kind != check::TypeKind::integer)
                continue; // the test compares uint256 values
            if (f->parameter_types.empty()) {
                if (auto v = c.read(addr, calldata_of(CallSpec{name, f->signature, {}, {}})))
                    out.readings.push_back({name, f->name, "", *v});
                continue;
            }
            if (f->parameter_types[0]->kind != check::TypeKind::address) continue;
            for (const auto& [key, at] : keys)
                if (auto v =
                        c.read(addr, calldata_of(CallSpec{name, f->signature, {at.to_word()}, {}})))
                    out.readings.push_back({name, f->name, key, *v});
        }
    }
}

/// A fresh chain with the witness's deployments and set-up, and the steps `prefix` run on
/// it; nullopt when it does not deploy.
std::unique_ptr<ReplayChain> chain_after(const Program& p, const Witness& w,
                                         const std::vector<TxStep>& steps) {
    auto accounts = accounts_of(p, w, nullptr);
    if (!accounts) return nullptr;
    auto alt = std::make_unique<ReplayChain>(p, std::move(*accounts));
    if (!alt->deploy(w, nullptr)) return nullptr;
    for (const TxStep& s : steps)
        alt->run(s);
    return alt;
}

/// Runs `order` on a fresh chain after the witness's earlier steps: the replay's side of
/// judge_callback_freedom and judge_profit.
SequentialRun run_after_prefix(const Program& p, const Witness& w, const Observer& obs,
                               const std::vector<TxStep>& order) {
    const std::vector<TxStep> prefix(w.steps.begin(), w.steps.end() - 1);
    auto alt = chain_after(p, w, prefix);
    if (!alt) return {}; // cannot happen: the witness deployed once already
    // The first call lands in the re-entrant transaction's block; the others at its time.
    std::vector<bool> reverted;
    for (std::size_t i = 0; i < order.size(); ++i) {
        const auto receipt = alt->run(order[i]);
        reverted.push_back(!receipt || !receipt->success());
        if (i == 0) alt->pin_time();
    }
    SequentialRun out =
        observe_run(obs, alt->state(), ledger_of(alt->state(), alt->accounts()).adversary);
    out.reverted = std::move(reverted);
    return out;
}

/// Amounts per asset as text: "1 ether" or "1 ether and 5000 units of token untrusted1".
/// `h` in the assets where `h` or `other` is not zero ("1 ether and 3 units of token X"): the
/// two texts of a comparison name the same assets, and assets nobody moved are left out.
std::string holdings_text(const Holdings& h, const Holdings& other, const Ledger& names) {
    const auto at = [](const Holdings& x, std::size_t i) {
        return i < x.assets.size() ? x.assets[i] : vm::U256{};
    };
    const auto moved = [&](std::size_t i) {
        return !at(h, i).is_zero() || !at(other, i).is_zero();
    };
    bool token_moved = false;
    for (std::size_t i = 1; i < names.assets.size(); ++i)
        token_moved |= moved(i);
    std::string out;
    for (std::size_t i = 0; i < names.assets.size(); ++i) {
        if (!moved(i) && (i > 0 || token_moved)) continue;
        out +=
            (out.empty() ? "" : " and ") +
            (i == 0 ? format_wei(at(h, 0))
                    : fmt::format("{} units of token {}", vm::to_dec(at(h, i)), names.assets[i]));
    }
    return out.empty() ? format_wei(vm::U256{}) : out;
}

/// The verdict on a transaction that reverts in every run without its callbacks, and whose
/// re-entries gained the adversary nothing at anyone else's cost.
constexpr std::string_view paid_from_callbacks =
    "the transaction succeeds only with its callbacks (they pay it), and nobody else lost what "
    "the adversary gained";

/// Callback-freedom of the witness's last step, judged by the monitor against every order of
/// the same calls, each order on a fresh chain after the earlier steps.
void judge_callback_freedom_on_chain(const Program& p, const Witness& w, ReplayChain& c,
                                     const Ledger& start, const PropertyMonitor& monitor,
                                     ReplayResult& out) {
    const Observer obs(p, c.accounts());
    SequentialRun reentrant = observe_run(obs, c.state(), monitor.adversary_holdings());
    reentrant.others_paid = others_paid(start, monitor.ledger());
    const std::vector<TxStep> calls = c.sequential_calls_of(w.steps.back());
    const CallbackFreedomVerdict v =
        judge_callback_freedom(calls, reentrant, [&](const std::vector<TxStep>& order) {
            return run_after_prefix(p, w, obs, order);
        });
    out.violated = v.violated;
    if (!v.violated) {
        out.verdict = v.needs_callbacks ? paid_from_callbacks
                                        : "a callback-free order reaches the same state";
        return;
    }
    out.verdict = fmt::format("the state after the re-entrant run differs from the state after "
                              "each of the {} orders of the same {} calls run one after the "
                              "other without re-entry",
                              v.orders, calls.size());
    // What the attack's earlier steps cost the adversary (its own deposit, its loan's
    // collateral) the impact counts; what the re-entry itself won is said here.
    if (std::any_of(v.gain.assets.begin(), v.gain.assets.end(),
                    [](const vm::U256& x) { return !x.is_zero(); }))
        out.verdict += fmt::format("; the re-entry left the adversary {} more than any of them",
                                   holdings_text(v.gain, Holdings{}, monitor.ledger()));
}

/// The replay's words for a profit verdict, `what` naming what the runs the attack was
/// compared with send ("calls", "transactions").
std::string profit_verdict_text(const ProfitVerdict& v, const Ledger& start,
                                std::string_view what) {
    const std::string gained = fmt::format("the adversary ended with {} more than it started with",
                                           holdings_text(v.gain, v.baseline, start));
    if (!v.unjudged.empty()) return fmt::format("{}, but {}", gained, v.unjudged);
    if (v.needs_callbacks && !v.violated)
        return fmt::format("{}, but {}", gained, paid_from_callbacks);
    if (v.beats_each_run)
        return fmt::format("{}; each run of the same {} without its callbacks leaves it less "
                           "of one asset and no more of any",
                           gained, what);
    return fmt::format("{}; the same {} without its callbacks give it at most {} more", gained,
                       what, holdings_text(v.baseline, v.gain, start));
}

/// What a violated profit's re-entry gained by itself, and whether it is rounding dust.
void note_reentry_gain(const ProfitVerdict& v, const Ledger& start, ReplayResult& out) {
    // Under the per-run rule (each run without callbacks leaves the adversary less of one
    // asset) the attack may beat no run in any one asset: there is no gain of its own to name.
    if (!v.violated || std::all_of(v.excess.assets.begin(), v.excess.assets.end(),
                                   [](const vm::U256& x) { return x.is_zero(); }))
        return;
    out.reentry_gain = holdings_text(v.excess, Holdings{}, start);
    out.dust = v.dust();
}

/// Adversary profit of the witness's last step, judged by the monitor against the same calls
/// without the adversary's callbacks, each run on a fresh chain after the earlier steps.
void judge_profit_on_chain(const Program& p, const Witness& w, ReplayChain& c, const Ledger& start,
                           const PropertyMonitor& monitor, ReplayResult& out) {
    const Observer obs(p, c.accounts());
    const std::vector<TxStep> calls = c.sequential_calls_of(w.steps.back());
    const ProfitVerdict v = judge_profit(
        w.steps.back(), calls, start.adversary, monitor.adversary_holdings(),
        [&](const std::vector<TxStep>& order) { return run_after_prefix(p, w, obs, order); },
        others_paid(start, monitor.ledger()));
    out.violated = v.violated;
    out.verdict = profit_verdict_text(v, start, "calls");
    note_reentry_gain(v, start, out);
}

/// Runs `groups` on a fresh chain after the witness's set-up: each group's first call in a
/// block of its own, the others at that block's time (as run_after_prefix runs an order).
SequentialRun run_groups(const Program& p, const Witness& w,
                         const std::vector<std::vector<TxStep>>& groups) {
    auto alt = chain_after(p, w, {});
    if (!alt) return {}; // cannot happen: the witness deployed once already
    SequentialRun out;
    for (const std::vector<TxStep>& group : groups) {
        alt->unpin_time();
        for (std::size_t i = 0; i < group.size(); ++i) {
            const auto receipt = alt->run(group[i]);
            out.reverted.push_back(!receipt || !receipt->success());
            if (i == 0) alt->pin_time();
        }
    }
    out.adversary = ledger_of(alt->state(), alt->accounts()).adversary;
    return out;
}

/// Adversary profit of a witness whose last step is a plain call after earlier re-entries,
/// judged by the monitor against the whole sequence without callbacks (`step_calls`: each
/// step's sequential_calls), each run on a fresh chain.
void judge_sequence_profit_on_chain(const Program& p, const Witness& w,
                                    const std::vector<std::vector<TxStep>>& step_calls,
                                    const Ledger& start, const PropertyMonitor& monitor,
                                    ReplayResult& out) {
    const ProfitVerdict v = judge_sequence_profit(
        step_calls, start.adversary, monitor.adversary_holdings(),
        [&](const std::vector<std::vector<TxStep>>& groups) { return run_groups(p, w, groups); },
        others_paid(start, monitor.ledger()));
    out.violated = v.violated;
    out.unjudged = v.unjudged;
    out.verdict = profit_verdict_text(v, start, "transactions");
    note_reentry_gain(v, start, out);
}

} // namespace

namespace {

/// The contracts the deployer deploys for `p` (not those their constructors create), in order.
std::vector<std::string> deployed_contracts(const Program& p) {
    std::vector<std::string> out;
    for (const Target& t : p.targets())
        if (!t.creator) out.push_back(t.name());
    return out;
}

} // namespace

std::optional<std::string> select_witness_system(Program& p, const Witness& w) {
    std::vector<std::string> deployed;
    const Deployment* selected = nullptr; // the contract the analysis was asked about
    for (const Deployment& d : w.deployments) {
        deployed.push_back(d.contract);
        if (!d.helper && !selected) selected = &d;
    }
    const bool helpers = std::any_of(w.deployments.begin(), w.deployments.end(),
                                     [](const Deployment& d) { return d.helper; });
    if (!selected || (!helpers && deployed == deployed_contracts(p))) return std::nullopt;
    const auto sorted = [](std::vector<std::string> v) {
        std::sort(v.begin(), v.end());
        return v;
    };
    if (sorted(p.system_of(selected->contract)) != sorted(deployed) ||
        !p.select(selected->contract))
        return fmt::format("deployments: the witness deploys {}, which is not the system `analyze "
                           "--contract {}` deploys from the witness's files",
                           fmt::join(deployed, ", "), selected->contract);
    return std::nullopt;
}

std::optional<std::string> validate_witness(const Program& p, const Witness& w) {
    if (w.deployments.empty()) return "deployments: the witness deploys nothing";
    for (std::size_t i = 0; i < w.deployments.size(); ++i)
        if (!p.target(w.deployments[i].contract))
            return fmt::format("deployments[{}].contract: '{}' is not a contract of the witness's "
                               "files",
                               i, w.deployments[i].contract);
    std::string error;
    const auto with_tokens = accounts_of(p, w, &error);
    if (!with_tokens) return error;
    const Accounts& accounts = *with_tokens;
    for (std::size_t i = 0; i < w.setup.size(); ++i)
        if (auto e = check_step(p, accounts, w.setup[i], fmt::format("setup[{}]", i))) return e;
    for (std::size_t i = 0; i < w.steps.size(); ++i)
        if (auto e = check_step(p, accounts, w.steps[i], fmt::format("steps[{}]", i))) return e;
    return check_property(p, w);
}

std::optional<EtherOutcome> ether_outcome(const Program& p, const Witness& w, bool reentry) {
    if (validate_witness(p, w)) return std::nullopt;
    ReplayChain c(p, *accounts_of(p, w, nullptr)); // validated above
    if (!c.deploy(w, nullptr)) return std::nullopt;
    EtherOutcome out;
    out.adversary_before = c.state().balance(c.accounts().adversary);
    for (const TxStep& s : w.steps) {
        if (reentry) {
            c.run(s);
            continue;
        }
        // The same calls one after the other: the step, then what it re-entered.
        if (s.is_warp()) {
            c.run(s);
            continue;
        }
        std::vector<Choice> answers;
        for (const Choice& ch : s.choices) // answers kept, re-entries run on their own
            answers.push_back(Choice{
                ChoiceKind::ret, {}, ch.kind == ChoiceKind::revert ? std::nullopt : ch.returns});
        c.run(TxStep{s.sender, s.call, answers});
        for (const Choice& ch : s.choices)
            if (ch.kind == ChoiceKind::reenter) {
                c.run(TxStep{adversary_name, ch.call, {}});
                if (ch.then) c.run(TxStep{adversary_name, *ch.then, {}});
            }
    }
    record_ether(p, c, out);
    return out;
}

ReplayResult replay(const Program& p, const Witness& w, [[maybe_unused]] bool verbose) {
    ReplayResult out;
    if (auto e = validate_witness(p, w)) {
        out.error = *e;
        return out;
    }
    const std::size_t ti = target_index(p, w.contract);
    ReplayChain c(p, *accounts_of(p, w, nullptr)); // validated above
    if (!c.deploy(w, &out.error)) return out;
    out.ran = true;
    out.log.push_back(fmt::format(
        "0. deployed {}; {}honest deposits: {}{}",
        [&] {
            std::string s;
            for (const Deployment& d : w.deployments)
                s += (s.empty() ? "" : ", ") + d.contract;
            return s;
        }(),
        [&] { // the deployer's wiring (`Ledger.setOwner(Bank)`) and hand-outs (`Token.mint(bob,
              // n)`)
            std::string s;
            for (const TxStep& t : w.setup)
                if (t.sender == deployer_name)
                    s += (s.empty() ? "" : ", ") + describe_call(p, c.accounts(), t.call);
            return s.empty() ? s : fmt::format("{} calls {}; ", deployer_name, s);
        }(),
        [&] {
            std::string s;
            for (const TxStep& t : w.setup) // ether, or the call that paid tokens in
                if (t.sender != deployer_name && t.sender != adversary_name)
                    s += (s.empty() ? "" : ", ") + t.sender + " " +
                         (t.call.value.is_zero() ? describe_call(p, c.accounts(), t.call)
                                                 : format_wei(t.call.value));
            return s.empty() ? std::string("none") : s;
        }(),
        [&] { // the tokens the adversary took as any holder did (World::mint_to_holders)
            std::string s;
            for (const TxStep& t : w.setup)
                if (t.sender == adversary_name)
                    s += (s.empty() ? "" : ", ") + describe_call(p, c.accounts(), t.call);
            return s.empty() ? s : fmt::format("; {} first calls {}", adversary_name, s);
        }()));
    out.log.push_back("   balances: " + balances_line(c));
    const std::vector<Property> props = collect_properties(p);
    const std::size_t judged = property_of(props, w, ti);
    const lang::ast::Annotation* ann = judged < props.size() ? props[judged].annotation : nullptr;
    PropertyMonitor monitor(p, c.accounts(), c.state(), props, [&c] { return c.head_block(); });
    const StaticCall view_call =
        static_call_on(c.state(), c.accounts(), [&c] { return c.head_block(); });
    c.set_tracer(monitor.tracer());
    c.adversary().before_reentry = [&](vm::Executor&, const vm::Message& msg) {
        monitor.at_callback(msg);
    };
    c.adversary().after_reentry = [&](const CallSpec& call, const vm::Result& r) {
        monitor.after_reentry(call, r);
    };
    const Ledger start = monitor.ledger();
    std::vector<std::vector<TxStep>> step_calls; // per step, its calls without re-entry
    for (std::size_t i = 0; i < w.steps.size(); ++i) {
        const TxStep& s = w.steps[i];
        monitor.begin_transaction();
        auto rc = c.run(s);
        log_step(out.log, i + 1, s, rc ? &*rc : nullptr, c, p, ti);
        step_calls.push_back(c.sequential_calls_of(s));
        if (i + 1 < w.steps.size()) continue;
        const bool ok = rc && rc->success() && judged < props.size();
        switch (w.property) {
        case PropertyKind::invariant:
            out.violated = ok && monitor.violated_after(judged);
            if (ok)
                out.verdict = fmt::format(
                    "invariant `{}` {} on the chain: {}", w.expression,
                    out.violated ? "is violated" : "holds",
                    explain(ann->condition, context(p, c, ti, &view_call), p.sources()));
            break;
        case PropertyKind::invariant_at_call:
            out.violated = ok && monitor.violated_after(judged);
            out.verdict = fmt::format(
                "invariant `{}` {} while {}'s call was running, and a re-entry used that state",
                w.expression, out.violated ? "was broken" : "was not observed broken", w.contract);
            break;
        case PropertyKind::if_succeeds:
            out.violated = ok && monitor.violated_after(judged);
            out.verdict = fmt::format("postcondition `{}` of {} {}", w.expression, w.function,
                                      out.violated ? "fails" : "holds");
            break;
        case PropertyKind::callback_freedom:
            if (ok && !c.landed().empty())
                judge_callback_freedom_on_chain(p, w, c, start, monitor, out);
            break;
        case PropertyKind::adversary_profit:
            if (ok && w.steps.back().has_choices())
                judge_profit_on_chain(p, w, c, start, monitor, out);
            else if (ok)
                judge_sequence_profit_on_chain(p, w, step_calls, start, monitor, out);
            break;
        }
    }
    c.set_tracer(nullptr);
    std::vector<std::string> broken = monitor.broken_invariants();
    for (std::string& bound : Observer(p, c.accounts()).broken_bound_texts(c.state()))
        broken.push_back(std::move(bound));
    // What the adversary paid at set-up (the deposit of its own escrow) is part of what it put
    // in: its gain counts from before it paid. (A payment that bought shares or tokens is not
    // added back: the adversary holds what it bought at the start, and the ledger counts it.)
    Ledger before_paying = start;
    const std::vector<vm::U256>& paid = c.paid_at_setup();
    for (std::size_t k = 0; k < before_paying.adversary.assets.size() && k < paid.size(); ++k)
        before_paying.adversary.assets[k] = before_paying.adversary.assets[k] + paid[k];
    out.impact = measure_impact(before_paying, monitor.ledger(), std::move(broken));
    if (w.steps.empty() && w.property == PropertyKind::invariant && ann) {
        out.violated = !monitor.holds(props[judged]);
        out.verdict = fmt::format("invariant `{}` {} after deployment", w.expression,
                                  out.violated ? "is violated" : "holds");
    }
    return out;
}

} // namespace mallory::analyzer
