#include "cli/dao/attack.hpp"

#include "chain/chain.hpp"
#include "chain/foundry/trace.hpp"
#include "lang/check/parameter_names.hpp"
#include "vm/keccak.hpp"
#include "vm/serialize.hpp"
#include "vm/tracer.hpp"

#include <algorithm>
#include <fmt/format.h>
#include <map>
#include <optional>

namespace mallory::cli::dao {

namespace {

using vm::Address;
using vm::U256;

const U256 one_ether{1'000'000'000'000'000'000ULL};
constexpr std::uint64_t tx_gas = 29'000'000;
constexpr const char* deployer = "deployer";
constexpr const char* mallory = "mallory";

/// Honest investors: the chain's usual dev names first, then numbered ones.
std::string investor_name(int i) {
    static const char* const names[] = {"alice", "bob",   "carol", "dave",
                                        "erin",  "frank", "grace", "heidi"};
    return i < 8 ? names[i] : fmt::format("investor{}", i + 1);
}

vm::Bytes words(std::initializer_list<U256> values) {
    vm::Bytes out;
    for (const U256& v : values) {
        std::uint8_t b[32];
        vm::store_be(b, v);
        out.insert(out.end(), b, b + 32);
    }
    return out;
}

vm::Bytes call_data(std::string_view signature, std::initializer_list<U256> args = {}) {
    const auto sel = vm::selector_of(signature);
    vm::Bytes out(sel.begin(), sel.end());
    const vm::Bytes tail = words(args);
    out.insert(out.end(), tail.begin(), tail.end());
    return out;
}

/// Where the DAO's books live: the slots of `balances` and `totalSupply`.
struct Books {
    U256 balances_slot, total_supply_slot;
    bool ok = false;

    static Books of(const analyzer::Target& t) {
        Books b;
        int found = 0;
        for (const lang::check::VariableInfo* v : t.info->state_variables) {
            if (!t.layout->has(v)) continue;
            if (v->name == "balances") b.balances_slot = U256{t.layout->slot_of(v)}, ++found;
            if (v->name == "totalSupply") b.total_supply_slot = U256{t.layout->slot_of(v)}, ++found;
        }
        b.ok = found == 2;
        return b;
    }
    U256 tokens(vm::State& s, const Address& dao, const Address& holder) const {
        return s.peek_storage(dao,
                              lang::codegen::mapping_entry_slot(balances_slot, holder.to_word()));
    }
    U256 total_supply(vm::State& s, const Address& dao) const {
        return s.peek_storage(dao, total_supply_slot);
    }
};

/// Records the step table and the call tree of the attack transaction.
class StepTracer final : public vm::Tracer {
public:
    StepTracer(vm::State& state, const Books& books, Address dao, Address attacker, Address owner,
               std::vector<StepRow>& rows, std::vector<BalancePoint>& series)
        : vm::Tracer(vm::StepHook::on), m_state(state), m_books(books), m_dao(dao),
          m_attacker(attacker), m_owner(owner), m_rows(rows), m_series(series), m_recorder(state) {}

    void on_call_enter(const vm::Message& msg) override {
        m_recorder.enter(msg);
        const bool shown = shown_call(msg);
        m_frames.push_back(shown);
        if (!shown) return;
        StepRow row;
        row.depth = msg.depth;
        row.from = name(msg.sender);
        row.to = name(msg.recipient);
        row.what = function_name(msg);
        row.value = msg.value;
        m_rows.push_back(std::move(row));
        m_pending = m_rows.size() - 1; // filled when the callee starts: after the value moved
    }

    void on_step(const vm::StepInfo& step) override {
        if (m_pending && step.depth == m_rows[*m_pending].depth) {
            fill(m_rows[*m_pending]);
            m_pending.reset();
        }
    }

    void on_call_exit(const vm::Message& msg, const vm::Result& result) override {
        m_recorder.exit(msg, result);
        const bool shown = !m_frames.empty() && m_frames.back();
        if (!m_frames.empty()) m_frames.pop_back();
        if (!shown) return;
        if (m_pending) { // the callee ran no code (or failed before its first instruction)
            fill(m_rows[*m_pending]);
            m_pending.reset();
        }
        if (msg.recipient != m_dao && msg.recipient != m_attacker) return;
        StepRow row;
        row.exit = true;
        row.depth = msg.depth;
        row.from = name(msg.recipient);
        row.to = name(msg.sender);
        row.what = function_name(msg);
        row.outcome = result.success() ? "ok"
                      : result.status == vm::Status::Revert
                          ? "reverted: " + chain::foundry::revert_reason(result.output)
                          : std::string(vm::to_string(result.status));
        fill(row);
        m_rows.push_back(std::move(row));
    }

    const chain::foundry::TraceRecorder& recorder() const { return m_recorder; }

private:
    bool shown_call(const vm::Message& msg) const {
        if (msg.kind != vm::CallKind::Call || msg.is_static) return false;
        const bool ends =
            (msg.sender == m_owner || msg.sender == m_attacker || msg.sender == m_dao) &&
            (msg.recipient == m_attacker || msg.recipient == m_dao);
        return ends && msg.sender != msg.recipient;
    }
    std::string name(const Address& a) const {
        if (a == m_dao) return "DAO";
        if (a == m_attacker) return "Mallory";
        if (a == m_owner) return "mallory";
        return vm::to_hex(a);
    }
    std::string function_name(const vm::Message& msg) const {
        if (msg.input.size() < 4) return "receive()";
        const auto code = m_state.code(msg.code_address);
        std::array<std::uint8_t, 4> sel{};
        std::copy_n(msg.input.begin(), 4, sel.begin());
        const vm::AbiEntry* e = code ? code->find_function(sel) : nullptr;
        return e ? e->signature : "fallback()";
    }
    void fill(StepRow& row) {
        row.step = ++m_step;
        row.dao_balance = m_state.balance(m_dao);
        row.mallory_balance = m_state.balance(m_attacker);
        row.tokens = m_books.tokens(m_state, m_dao, m_attacker);
        row.total_supply = m_books.total_supply(m_state, m_dao);
        m_series.push_back({row.dao_balance, row.mallory_balance});
    }

    vm::State& m_state;
    const Books& m_books;
    Address m_dao, m_attacker, m_owner;
    std::vector<StepRow>& m_rows;
    std::vector<BalancePoint>& m_series;
    chain::foundry::TraceRecorder m_recorder;
    std::vector<bool> m_frames;
    std::optional<std::size_t> m_pending;
    int m_step = 0;
};

class TourChain {
public:
    explicit TourChain(const AttackConfig& c) {
        chain::GenesisConfig g;
        g.gas_price = U256{}; // balances then move only by the values sent: the story stays exact
        g.dev_accounts = {deployer, mallory};
        for (int i = 0; i < c.investors; ++i)
            g.dev_accounts.push_back(investor_name(i));
        g.dev_balance = U256{1000} * one_ether;
        m_chain = chain::Chain::in_memory(g);
    }

    /// Submits, mines one block, returns the receipt (nullopt when the pool rejected it).
    std::optional<chain::Receipt> send(const std::string& from, std::optional<Address> to,
                                       const U256& value, vm::Bytes data) {
        const chain::Transaction tx =
            m_chain->prepare(chain::Chain::dev_key(from), to, value, std::move(data), tx_gas);
        const auto sub = m_chain->submit(tx);
        if (!sub.ok()) return std::nullopt;
        m_chain->mine();
        return m_chain->receipt(sub.hash);
    }
    std::optional<Address> deploy(const std::string& from, const vm::ContractCode& code,
                                  vm::Bytes args) {
        vm::Bytes data = vm::serialize(code);
        data.insert(data.end(), args.begin(), args.end());
        const auto rc = send(from, std::nullopt, U256{}, std::move(data));
        if (!rc || !rc->success() || !rc->created) return std::nullopt;
        return *rc->created;
    }
    U256 word(const Address& to, std::string_view signature) {
        const chain::CallResult r =
            m_chain->call(chain::Chain::dev_address(deployer), to, call_data(signature));
        return r.success() && r.output.size() >= 32 ? vm::load_be(r.output.data()) : U256{};
    }
    chain::Chain& chain() { return *m_chain; }

private:
    std::unique_ptr<chain::Chain> m_chain;
};

U256 saturating_sub(const U256& a, const U256& b) {
    return a > b ? a - b : U256{};
}

} // namespace

std::string_view variant_name(Variant v) {
    switch (v) {
    case Variant::vulnerable:
        return "vulnerable";
    case Variant::fixed:
        return "fixed";
    case Variant::mutex:
        return "mutex";
    }
    return "?";
}

std::string_view variant_contract(Variant v) {
    switch (v) {
    case Variant::vulnerable:
        return "DAO";
    case Variant::fixed:
        return "DAOFixed";
    case Variant::mutex:
        return "DAOMutex";
    }
    return "?";
}

std::string variant_file(Variant v) {
    return std::string(variant_contract(v)) + ".sol";
}

AttackConfig::AttackConfig() : investor_deposit(U256{10} * one_ether), mallory_deposit(one_ether) {}

std::string ether_text(const U256& wei) {
    if (wei.is_zero()) return "0 ether";
    std::string digits = vm::to_dec(wei);
    if (digits.size() < 10) return digits + " wei"; // below a gwei: ether would be unreadable
    if (digits.size() <= 18) digits.insert(0, 19 - digits.size(), '0');
    std::string whole = digits.substr(0, digits.size() - 18),
                frac = digits.substr(digits.size() - 18);
    while (!frac.empty() && frac.back() == '0')
        frac.pop_back();
    return frac.empty() ? whole + " ether" : whole + "." + frac + " ether";
}

AttackRun run_attack(const analyzer::Program& program, const AttackConfig& config) {
    AttackRun out;
    const analyzer::Target* dao_target =
        program.target(std::string(variant_contract(config.variant)));
    const analyzer::Target* attacker_target = program.target("Mallory");
    if (!dao_target || !attacker_target) {
        out.error = "the tour's program lacks " + std::string(variant_contract(config.variant)) +
                    " or Mallory";
        return out;
    }
    const Books books = Books::of(*dao_target);
    if (!books.ok) {
        out.error = std::string(variant_contract(config.variant)) + " has no balances/totalSupply";
        return out;
    }
    TourChain tc(config);
    chain::Chain& ch = tc.chain();
    const auto dao = tc.deploy(deployer, *dao_target->compiled->code, {});
    if (!dao) {
        out.error = "deploying the DAO failed";
        return out;
    }
    for (int i = 0; i < config.investors; ++i) {
        const auto rc =
            tc.send(investor_name(i), *dao, config.investor_deposit, call_data("deposit()"));
        if (!rc || !rc->success()) {
            out.error = "an investor's deposit failed";
            return out;
        }
    }
    const Address owner = chain::Chain::dev_address(mallory);
    const auto attacker =
        tc.deploy(mallory, *attacker_target->compiled->code,
                  words({dao->to_word(), U256{static_cast<std::uint64_t>(config.reentries)}}));
    if (!attacker) {
        out.error = "deploying Mallory's contract failed";
        return out;
    }
    out.labels = {"mallory", "Mallory", std::string(variant_contract(config.variant))};
    out.dao_before = ch.balance(*dao);
    out.mallory_deposit = config.mallory_deposit;
    const U256 holdings_before = ch.balance(owner) + ch.balance(*attacker);
    out.series.push_back({out.dao_before, ch.balance(*attacker)});

    StepTracer tracer(ch.state(), books, *dao, *attacker, owner, out.rows, out.series);
    ch.set_tracer(&tracer);
    const auto rc = tc.send(mallory, *attacker, config.mallory_deposit, call_data("attack()"));
    ch.set_tracer(nullptr);
    if (!rc) {
        out.error = "the attack transaction was rejected";
        return out;
    }
    out.attack_succeeded = rc->success();
    out.attack_failure = rc->success() ? "" : rc->revert_reason();
    out.attack_gas = rc->gas_used;

    std::map<Address, std::string> labels{{*dao, std::string(variant_contract(config.variant))},
                                          {*attacker, "Mallory"},
                                          {owner, "mallory"}};
    const chain::foundry::ParamNames params = lang::check::parameter_names(program.model());
    chain::foundry::TraceNames names;
    names.labels = &labels;
    names.params = &params;
    names.code_of = [&ch](const Address& a) { return ch.state().code(a).get(); };
    names.codes = {dao_target->compiled->code.get(), attacker_target->compiled->code.get()};
    for (const auto& root : tracer.recorder().roots())
        out.trace += chain::foundry::render_trace(*root, names);

    out.reentries = tc.word(*attacker, "reentries()");
    out.landed = tc.word(*attacker, "landed()");
    out.dao_after = ch.balance(*dao);
    out.mallory_after = ch.balance(*attacker);
    out.total_supply_after = books.total_supply(ch.state(), *dao);
    out.shortfall = saturating_sub(out.total_supply_after, out.dao_after);
    out.stolen = saturating_sub(ch.balance(owner) + ch.balance(*attacker), holdings_before);
    out.investor_loss =
        saturating_sub(config.investor_deposit * U256{static_cast<std::uint64_t>(config.investors)},
                       out.dao_after);

    // The bank run: every investor leaves; what they do not get back is what the attack cost them.
    for (int i = 0; i < config.investors; ++i) {
        InvestorOutcome inv;
        inv.name = investor_name(i);
        inv.deposited = config.investor_deposit;
        const Address who = chain::Chain::dev_address(inv.name);
        const U256 before = ch.balance(who);
        const auto split = tc.send(inv.name, *dao, U256{}, call_data("splitDAO()"));
        inv.refunded = saturating_sub(ch.balance(who), before);
        if (!split)
            inv.failure = "rejected";
        else if (!split->success())
            inv.failure = split->revert_reason();
        out.investors.push_back(std::move(inv));
    }
    return out;
}

} // namespace mallory::cli::dao
