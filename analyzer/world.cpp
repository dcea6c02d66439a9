#include "analyzer/world.hpp"

#include "chain/chain.hpp"
#include "vm/keccak.hpp"
#include "vm/serialize.hpp"

#include <algorithm>
#include <fmt/format.h>
#include <utility>

namespace mallory::analyzer {

namespace {

const vm::U256 one_ether{1'000'000'000'000'000'000ULL};

vm::U256 word_hash(const vm::U256& a, const vm::U256& b) {
    std::uint8_t buf[64];
    vm::store_be(buf, a);
    vm::store_be(buf + 32, b);
    return vm::keccak256_word(vm::BytesView{buf, 64});
}

std::uint64_t mix(std::uint64_t h, std::uint64_t v) {
    h ^= v + 0x9E3779B97F4A7C15ULL + (h << 6) + (h >> 2);
    return h * 0xff51afd7ed558ccdULL;
}

std::uint64_t mix(std::uint64_t h, const vm::U256& v) {
    for (std::uint64_t w : v.w)
        h = mix(h, w);
    return h;
}

const check::FunctionInfo* find_function(const Program& p, const CallSpec& c) {
    const Target* t = p.target(c.contract);
    if (!t) return nullptr;
    if (c.signature.empty()) return t->info->receive ? t->info->receive : t->info->fallback;
    for (const check::FunctionInfo* f : t->info->external_functions)
        if (f->signature == c.signature) return f;
    return nullptr;
}

} // namespace

bool is_view_call(const Program& program, const CallSpec& c) {
    const check::FunctionInfo* f = find_function(program, c);
    return f && (f->getter_of || f->mutability == lang::ast::Mutability::view ||
                 f->mutability == lang::ast::Mutability::pure);
}

// ---- Accounts ------------------------------------------------------------------------------

Accounts Accounts::make(const Program& program) {
    Accounts a;
    a.deployer = account_address(deployer_name);
    a.adversary_owner = account_address(adversary_name);
    a.adversary = vm::create_address(a.adversary_owner, 0);
    for (const char* u : {"bob", "carol"})
        a.users.emplace_back(u, account_address(u));
    std::uint64_t nonce = 0;
    for (const Target& t : program.targets())
        a.contracts.emplace_back(t.name(), vm::create_address(a.deployer, nonce++));
    a.known = {a.adversary, a.deployer};
    for (const auto& [n, addr] : a.users)
        a.known.push_back(addr);
    for (const auto& [n, addr] : a.contracts)
        a.known.push_back(addr);
    a.known.push_back(vm::Address{});
    return a;
}

vm::Address Accounts::address_of_contract(const std::string& name) const {
    for (const auto& [n, addr] : contracts)
        if (n == name) return addr;
    return {};
}

vm::Address Accounts::address_of_account(const std::string& name) const {
    if (name == adversary_name) return adversary;
    if (name == deployer_name) return deployer;
    for (const auto& [n, addr] : users)
        if (n == name) return addr;
    return account_address(name);
}

std::string Accounts::name_of(const vm::Address& x) const {
    if (x == adversary) return adversary_name;
    if (x == deployer) return deployer_name;
    for (const auto& [n, addr] : users)
        if (addr == x) return n;
    for (const auto& [n, addr] : contracts)
        if (addr == x) return n;
    if (x.is_zero()) return "address(0)";
    return vm::to_hex(x);
}

// ---- Adversary -----------------------------------------------------------------------------

Adversary::Adversary(const Program& program, const Accounts& accounts)
    : m_program(program), m_accounts(accounts) {}

void Adversary::arm(const std::vector<Choice>* script) {
    m_script = script;
    m_count = 0;
    m_eligible.clear();
    m_depths.clear();
    m_landings.clear();
    m_open = -1;
    events.clear();
}

vm::NativeHandler Adversary::handler() {
    return [this](vm::Executor& exec, const vm::Message& msg) { return handle(exec, msg); };
}

std::vector<CallSpec> Adversary::landed() const {
    std::vector<CallSpec> out;
    for (std::size_t i = 0; i < m_landings.size(); ++i) {
        bool ok = true;
        for (int j = static_cast<int>(i); j >= 0 && ok;
             j = m_landings[static_cast<std::size_t>(j)].parent)
            ok = m_landings[static_cast<std::size_t>(j)].ok;
        if (ok) out.push_back(m_landings[i].call);
    }
    return out;
}

vm::Bytes Adversary::answer(const vm::Message& msg) const {
    vm::Bytes out;
    if (msg.input.size() < 4) return out;
    const std::uint32_t sel = (std::uint32_t{msg.input[0]} << 24) |
                              (std::uint32_t{msg.input[1]} << 16) |
                              (std::uint32_t{msg.input[2]} << 8) | msg.input[3];
    const check::FunctionInfo* f = m_program.function_by_selector(sel);
    if (!f) return out;
    for (const check::TypePtr& t : f->return_types) {
        std::uint8_t w[32] = {};
        if (t->kind == check::TypeKind::fixed_bytes && t->byte_size == 4)
            std::copy(msg.input.begin(), msg.input.begin() + 4, w); // ERC hooks: own selector
        else if (t->kind == check::TypeKind::boolean)
            w[31] = 1;
        out.insert(out.end(), w, w + 32);
    }
    return out;
}

vm::Result Adversary::handle(vm::Executor& exec, const vm::Message& msg) {
    if (m_forward && msg.depth == 0 && msg.sender == m_accounts.adversary_owner) {
        const CallSpec call = *std::exchange(m_forward, std::nullopt);
        vm::Message m;
        m.kind = vm::CallKind::Call;
        m.depth = 1;
        m.gas = msg.gas > 2600 ? msg.gas - 2600 : 0;
        m.sender = m_accounts.adversary;
        m.recipient = m.code_address = m_accounts.address_of_contract(call.contract);
        m.value = call.value;
        const vm::Bytes data = calldata_of(call); // outlives the message, which views it
        m.input = data;
        vm::Result r = exec.execute(m);
        r.gas_left = r.gas_left + (msg.gas - m.gas);
        return r;
    }
    const int index = m_count++;
    const bool eligible = msg.gas >= min_reentry_gas && !msg.is_static;
    m_eligible.push_back(eligible);
    m_depths.push_back(msg.depth);
    Choice choice;
    if (m_script && static_cast<std::size_t>(index) < m_script->size())
        choice = (*m_script)[static_cast<std::size_t>(index)];
    CallbackEvent ev;
    ev.index = index;
    ev.depth = msg.depth;
    ev.from = msg.sender;
    ev.value = msg.value;
    ev.choice = choice;
    vm::Result out{vm::Status::Success, msg.gas, 0, answer(msg), {}};
    const std::size_t slot = events.size(); // recorded in call order, completed below
    if (record_events) events.push_back(ev);
    if (choice.kind == ChoiceKind::revert) {
        out.status = vm::Status::Revert;
        out.output.clear();
    } else if (choice.kind == ChoiceKind::reenter) {
        if (!eligible) {
            ev.low_gas = true;
        } else {
            if (before_reentry) before_reentry(exec, msg);
            const vm::Bytes data = calldata_of(choice.call);
            vm::Message m;
            m.kind = vm::CallKind::Call;
            m.depth = msg.depth + 1;
            m.gas = (msg.gas - 2600) - (msg.gas - 2600) / 64;
            m.sender = m_accounts.adversary;
            m.recipient = m.code_address = m_accounts.address_of_contract(choice.call.contract);
            m.value = choice.call.value;
            m.input = data;
            const int parent = m_open;
            m_landings.push_back(Landing{choice.call, parent, false});
            m_open = static_cast<int>(m_landings.size()) - 1;
            const int mine = m_open;
            vm::Result r = exec.execute(m);
            m_landings[static_cast<std::size_t>(mine)].ok = r.success();
            m_open = parent;
            ev.status = r.status;
            if (after_reentry) after_reentry(choice.call, r);
            const vm::Gas used = 2600 + (m.gas - r.gas_left);
            out.gas_left = used >= msg.gas ? 0 : msg.gas - used;
        }
    }
    if (record_events) events[slot] = ev;
    return out;
}

// ---- Observer ------------------------------------------------------------------------------

Observer::Observer(const Program& program, const Accounts& accounts) : m_accounts(accounts) {
    std::vector<std::pair<std::string, vm::U256>> keys;
    for (const vm::Address& a : accounts.known)
        keys.emplace_back(accounts.name_of(a), a.to_word());
    std::vector<std::pair<std::string, vm::U256>> int_keys;
    for (std::uint64_t i = 0; i < 4; ++i)
        int_keys.emplace_back(std::to_string(i), vm::U256{i});
    for (std::size_t ci = 0; ci < program.targets().size(); ++ci) {
        const Target& t = program.targets()[ci];
        std::vector<const check::VariableInfo*> vars = t.info->storage_variables;
        vars.insert(vars.end(), t.info->immutable_variables.begin(),
                    t.info->immutable_variables.end());
        for (const check::VariableInfo* v : vars) {
            if (!t.layout->has(v)) continue;
            const vm::U256 slot{t.layout->slot_of(v)};
            const check::Type& ty = *v->type;
            if (ty.kind == check::TypeKind::mapping) {
                const auto& ks = ty.key->kind == check::TypeKind::address ||
                                         ty.key->kind == check::TypeKind::contract
                                     ? keys
                                     : int_keys;
                for (const auto& [kn, kw] : ks) {
                    const vm::U256 s = word_hash(kw, slot);
                    const check::Type& val = *ty.element;
                    if (val.kind == check::TypeKind::mapping) {
                        for (const auto& [kn2, kw2] : keys)
                            m_items.push_back(
                                {ci, v->name + "[" + kn + "][" + kn2 + "]", word_hash(kw2, s)});
                        continue;
                    }
                    const std::uint64_t n =
                        std::min<std::uint64_t>(lang::codegen::storage_slots(val).value_or(1), 8);
                    for (std::uint64_t i = 0; i < n; ++i)
                        m_items.push_back(
                            {ci, v->name + "[" + kn + "]" + (n > 1 ? "." + std::to_string(i) : ""),
                             s + vm::U256{i}});
                }
                continue;
            }
            if (ty.kind == check::TypeKind::array && !ty.length) {
                m_items.push_back({ci, v->name + ".length", slot, true});
                continue;
            }
            const std::uint64_t n =
                std::min<std::uint64_t>(lang::codegen::storage_slots(ty).value_or(1), 16);
            for (std::uint64_t i = 0; i < n; ++i)
                m_items.push_back(
                    {ci, n > 1 ? v->name + "." + std::to_string(i) : v->name, slot + vm::U256{i}});
        }
    }
}

std::uint64_t Observer::hash(vm::State& state) const {
    std::uint64_t h = 0x1234567;
    for (const Item& it : m_items) {
        const vm::Address& a = m_accounts.contracts[it.contract].second;
        const vm::U256 v = state.peek_storage(a, it.slot);
        h = mix(h, v);
        if (it.dynamic_array) {
            std::uint8_t buf[32];
            vm::store_be(buf, it.slot);
            const vm::U256 base = vm::keccak256_word(vm::BytesView{buf, 32});
            const std::uint64_t n = v.fits64() ? std::min<std::uint64_t>(v.w[0], 8) : 8;
            for (std::uint64_t i = 0; i < n; ++i)
                h = mix(h, state.peek_storage(a, base + vm::U256{i}));
        }
    }
    for (const vm::Address& a : m_accounts.known)
        h = mix(h, state.balance(a));
    return h;
}

std::vector<std::pair<std::string, vm::U256>> Observer::values(vm::State& state,
                                                               const std::string& contract) const {
    std::vector<std::pair<std::string, vm::U256>> out;
    for (const Item& it : m_items) {
        if (m_accounts.contracts[it.contract].first != contract) continue;
        const vm::U256 v = state.peek_storage(m_accounts.contracts[it.contract].second, it.slot);
        if (!v.is_zero()) out.emplace_back(it.label, v);
    }
    return out;
}

// ---- deployment ----------------------------------------------------------------------------

namespace {

/// The integer chosen for the k-th integer parameter in each variant: small distinct values
/// (0), one apart from 1 (1), whole ether amounts (2), all ones (3).
vm::U256 ctor_integer(std::size_t k, int variant) {
    static const std::uint64_t small[] = {10, 4, 3, 2, 5, 6, 7, 8};
    switch (variant) {
    case 0:
        return vm::U256{small[std::min<std::size_t>(k, 7)]};
    case 1:
        return vm::U256{k + 1};
    case 2:
        return vm::U256{k + 1} * one_ether;
    default:
        return vm::U256{1};
    }
}

/// The address for an `address`/contract parameter: the latest earlier target that fits, else
/// the deployer (variant 0, all the same); in the other variants the k-th plain address gets
/// the k-th distinct trusted account (that pick, the deployer, the honest users), so that
/// `require(a != b)` holds. Never the adversary (see the trusted-deployment note above).
vm::Address ctor_address(const Target& t, const check::Type& ty, std::size_t k, int variant,
                         const Accounts& accounts, const Program& program) {
    vm::Address pick = accounts.deployer;
    for (const auto& [name, addr] : accounts.contracts) {
        if (name == t.name()) break;
        const Target* other = program.target(name);
        if (ty.kind == check::TypeKind::address ||
            (other && other->info->derives_from(ty.contract)) || ty.contract->is_interface())
            pick = addr;
    }
    if (variant == 0 || ty.kind != check::TypeKind::address) return pick;
    std::vector<vm::Address> distinct{pick, accounts.deployer};
    for (const auto& [name, addr] : accounts.users)
        distinct.push_back(addr);
    distinct.erase(std::unique(distinct.begin(), distinct.end()), distinct.end());
    return distinct[k % distinct.size()];
}

/// Why a deployment failed, and what the user can do about it (the arguments tried first).
std::string deploy_failure(const Target& t, const Deployment& d, const vm::Result& r) {
    std::string out = fmt::format("deploying {} failed: {}", t.name(), vm::to_string(r.status));
    if (r.status == vm::Status::Revert) {
        const std::string reason = chain::decode_revert(r.output);
        if (!reason.empty()) out += fmt::format(" ({})", reason);
    }
    if (d.args.empty()) return out;
    std::string args;
    for (const vm::U256& a : d.args)
        args += (args.empty() ? "" : ",") + vm::to_dec(a);
    if (t.ctor_args)
        return out + fmt::format(" with the constructor arguments given by --args ({})", args);
    return out + fmt::format("; constructor arguments tried: ({}) and {} other choices; pass "
                             "working ones with --args '{}:v1,v2,...'",
                             args, ctor_variants - 1, t.name());
}

} // namespace

std::vector<vm::U256> choose_ctor_args(const Target& t, const Accounts& accounts,
                                       const Program& program, int variant) {
    if (t.ctor_args) return *t.ctor_args;
    std::vector<vm::U256> out;
    if (!t.info->constructor) return out;
    std::size_t ints = 0, addresses = 0;
    for (const check::TypePtr& ty : t.info->constructor->parameter_types) {
        switch (ty->kind) {
        case check::TypeKind::integer:
            out.push_back(ctor_integer(ints++, variant));
            break;
        case check::TypeKind::boolean:
            out.push_back(vm::U256{variant == 3 ? 0u : 1u});
            break;
        case check::TypeKind::address:
        case check::TypeKind::contract:
            out.push_back(ctor_address(t, *ty, addresses++, variant, accounts, program).to_word());
            break;
        default:
            out.push_back(vm::U256{});
            break;
        }
    }
    return out;
}

vm::U256 ctor_value(const Target& t) {
    const check::FunctionInfo* c = t.info->constructor;
    return c && c->mutability == lang::ast::Mutability::payable ? vm::U256{10} * one_ether
                                                                : vm::U256{};
}

World::World(const Program& program)
    : m_program(program), m_accounts(Accounts::make(program)), m_exec(m_state),
      m_adversary(program, m_accounts), m_observer(program, m_accounts) {
    const chain::GenesisConfig genesis;
    for (const vm::Address& a : m_accounts.known)
        m_state.set_balance(a, vm::U256{});
    m_state.set_balance(m_accounts.deployer, genesis.dev_balance);
    m_state.set_balance(m_accounts.adversary, genesis.dev_balance);
    for (const auto& [n, a] : m_accounts.users)
        m_state.set_balance(a, genesis.dev_balance);
    m_exec.bind_native(m_accounts.adversary, m_adversary.handler());
    m_state.set_code(m_accounts.adversary, adversary_code, nullptr);
    m_exec.block().coinbase = genesis.coinbase;
}

vm::Result World::run(const TxStep& step, std::uint64_t block_number) {
    const chain::GenesisConfig genesis;
    m_exec.block().number = block_number;
    m_exec.block().timestamp = genesis.timestamp + block_time * block_number;
    const vm::Address from = m_accounts.address_of_account(step.sender);
    m_exec.tx() =
        vm::TxContext{from == m_accounts.adversary ? m_accounts.adversary_owner : from, vm::U256{}};
    m_adversary.arm(&step.choices);
    const vm::Bytes data = calldata_of(step.call);
    vm::Message msg;
    msg.kind = vm::CallKind::Call;
    msg.gas = tx_gas;
    msg.sender = from;
    msg.recipient = msg.code_address = m_accounts.address_of_contract(step.call.contract);
    msg.value = step.call.value;
    msg.input = data;
    ++m_txs;
    vm::Result r = m_exec.execute(msg);
    m_adversary.disarm();
    return r;
}

vm::Result World::create(const Target& t, const Deployment& d) {
    vm::Bytes args;
    for (const vm::U256& w : d.args) {
        std::uint8_t b[32];
        vm::store_be(b, w);
        args.insert(args.end(), b, b + 32);
    }
    vm::Message msg;
    msg.kind = vm::CallKind::Create;
    msg.gas = tx_gas;
    msg.sender = m_accounts.deployer;
    msg.value = d.value;
    msg.init = t.compiled->code;
    msg.input = args;
    m_exec.tx() = vm::TxContext{m_accounts.deployer, vm::U256{}};
    m_exec.block().number = m_deployments.size() + 1;
    return m_exec.execute(msg);
}

bool World::deploy(std::string* error) {
    for (const Target& t : m_program.targets()) {
        // A constructor may reject the first choice (`require(a != b)`, `require(x > 10)`):
        // other choices are tried from the same state before the deployment counts as failed.
        const int variants =
            t.ctor_args || !t.info->constructor || t.info->constructor->parameter_types.empty()
                ? 1
                : ctor_variants;
        std::string why;
        bool deployed = false;
        for (int v = 0; v < variants && !deployed; ++v) {
            Deployment d{t.name(), choose_ctor_args(t, m_accounts, m_program, v), ctor_value(t)};
            const vm::Snapshot before = m_state.snapshot();
            const vm::Result r = create(t, d);
            deployed = r.success() && r.created == m_accounts.address_of_contract(t.name());
            if (deployed) {
                m_deployments.push_back(std::move(d));
                break;
            }
            m_state.revert_to(before);
            if (v == 0) why = deploy_failure(t, d, r);
        }
        if (!deployed) {
            if (error) *error = why;
            return false;
        }
    }
    return true;
}

void World::setup_honest() {
    static const std::uint64_t amounts[] = {5, 3};
    std::size_t ui = 0;
    for (const auto& [name, addr] : m_accounts.users) {
        const vm::U256 value = vm::U256{amounts[ui++ % 2]} * one_ether;
        bool done = false;
        for (const Target& t : m_program.targets()) {
            std::vector<const check::FunctionInfo*> candidates;
            for (const check::FunctionInfo* f : t.info->external_functions)
                if (f->mutability == lang::ast::Mutability::payable && f->parameter_types.empty())
                    candidates.push_back(f);
            // Source order: the first payable function is usually the deposit.
            std::sort(candidates.begin(), candidates.end(), [](auto* a, auto* b) {
                return a->span.file != b->span.file ? a->span.file < b->span.file
                                                    : a->span.begin < b->span.begin;
            });
            if (candidates.empty() && t.info->receive) candidates.push_back(t.info->receive);
            for (const check::FunctionInfo* f : candidates) {
                TxStep step{name, CallSpec{t.name(), f->signature, {}, value}, {}};
                const vm::Snapshot snap = m_state.snapshot();
                const vm::Result r = run(step, m_deployments.size() + m_setup.size() + 1);
                if (r.success()) {
                    m_setup.push_back(step);
                    done = true;
                    break;
                }
                m_state.revert_to(snap);
            }
            if (done) break;
        }
    }
}

// ---- re-entry shapes -----------------------------------------------------------------------

void CallLog::on_call_enter(const vm::Message& msg) {
    Entry e;
    e.depth = msg.depth;
    e.to = msg.recipient;
    e.code = msg.code_address;
    if (msg.input.size() >= 4)
        e.selector = (std::uint32_t{msg.input[0]} << 24) | (std::uint32_t{msg.input[1]} << 16) |
                     (std::uint32_t{msg.input[2]} << 8) | msg.input[3];
    e.is_static = msg.is_static;
    entries.push_back(e);
}

namespace {

struct Frame {
    std::string contract, function;
    bool view = false;
};

/// The target frame a log entry opens, or nullopt when it is not a call of a target.
std::optional<Frame> frame_of(const Program& p, const Accounts& a, const CallLog::Entry& e) {
    const std::string name = a.name_of(e.to);
    const Target* t = p.target(name);
    if (!t) return std::nullopt;
    Frame f{name, "", e.is_static};
    if (!e.selector) return f; // receive
    for (const check::FunctionInfo* fn : t->info->external_functions)
        if (fn->selector == *e.selector) {
            f.function = fn->signature;
            f.view |= fn->getter_of || fn->mutability == lang::ast::Mutability::view ||
                      fn->mutability == lang::ast::Mutability::pure;
        }
    return f;
}

/// Innermost frame of `contract` (and `function` when given) on the stack, or -1.
int innermost(const std::vector<Frame>& stack, const std::string& contract,
              const std::string* function) {
    for (int i = static_cast<int>(stack.size()) - 1; i >= 0; --i) {
        const Frame& f = stack[static_cast<std::size_t>(i)];
        if (f.contract == contract && (!function || f.function == *function)) return i;
    }
    return -1;
}

} // namespace

std::optional<ReentryShape> classify_reentry(const Program& p, const Accounts& a,
                                             const std::vector<CallLog::Entry>& log,
                                             const std::vector<CallbackEvent>& events) {
    const CallbackEvent* ev = nullptr;
    for (const CallbackEvent& e : events)
        if (e.choice.kind == ChoiceKind::reenter && !e.low_gas && e.status == vm::Status::Success) {
            ev = &e;
            break;
        }
    if (!ev) return std::nullopt;
    // The callback is the ev->index-th message to the adversary; the re-entry follows it.
    std::size_t cb = log.size();
    for (std::size_t i = 0, n = 0; i < log.size(); ++i)
        if (log[i].code == a.adversary && n++ == static_cast<std::size_t>(ev->index)) {
            cb = i;
            break;
        }
    if (cb + 1 >= log.size()) return std::nullopt;
    std::vector<Frame> stack; // outermost first
    for (int d = log[cb].depth - 1, i = static_cast<int>(cb) - 1; d >= 0 && i >= 0; --i) {
        const CallLog::Entry& e = log[static_cast<std::size_t>(i)];
        if (e.depth != d) continue;
        if (auto f = frame_of(p, a, e)) stack.insert(stack.begin(), *f);
        --d;
    }
    const auto reentered = frame_of(p, a, log[cb + 1]);
    if (!reentered || stack.empty()) return std::nullopt;
    ReentryShape s;
    s.reentered_contract = reentered->contract;
    s.reentered_function = reentered->function;
    auto relate = [&](int i, const char* kind) {
        s.interrupted_contract = stack[static_cast<std::size_t>(i)].contract;
        s.interrupted_function = stack[static_cast<std::size_t>(i)].function;
        s.kind = kind;
        return s;
    };
    if (int i = innermost(stack, s.reentered_contract, &s.reentered_function); i >= 0)
        return relate(i, "same-function");
    if (int i = innermost(stack, s.reentered_contract, nullptr); i >= 0)
        return relate(i, "cross-function");
    // Another contract: how does the re-entry's subtree touch the contracts on the stack?
    int read = -1;
    for (std::size_t k = cb + 2; k < log.size() && log[k].depth > log[cb + 1].depth; ++k) {
        const auto f = frame_of(p, a, log[k]);
        if (!f) continue;
        const int i = innermost(stack, f->contract, nullptr);
        if (i < 0) continue;
        if (!f->view) return relate(i, "cross-contract");
        if (read < 0) read = i;
    }
    if (read >= 0) return relate(read, "read-only");
    return relate(static_cast<int>(stack.size()) - 1, "cross-contract");
}

} // namespace mallory::analyzer
