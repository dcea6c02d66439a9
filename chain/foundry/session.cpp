#include "chain/foundry/session.hpp"

#include "vm/serialize.hpp"

#include <fmt/format.h>

namespace mallory::chain::foundry {

Address default_sender() {
    return *parse_address("0x1804c8AB1F12E6bbf3894d4083f33e07309d1f38");
}

U256 initial_balance() {
    return vm::shl(U256{1}, 96) - U256{1};
}

vm::BlockContext script_block() {
    vm::BlockContext b;
    b.number = 1;
    b.timestamp = default_timestamp;
    b.hash_of = simulated_block_hash;
    return b;
}

vm::BlockContext test_block() {
    vm::BlockContext b;
    b.number = 1;
    b.timestamp = 1;
    b.hash_of = simulated_block_hash;
    return b;
}

void FoundryTracer::on_call_enter(const vm::Message& msg) {
    // The executor's message is a mutable object (see cheatcodes.hpp): a prank rewrites it.
    m_cheats.before_call(m_ex, const_cast<vm::Message&>(msg));
    if (m_recorder) m_recorder->enter(msg);
    m_storage_of.push_back(msg.recipient);
    observe_steps(m_cheats.access_recorder().recording() ? vm::StepHook::on : vm::StepHook::off);
}

void FoundryTracer::on_call_exit(const vm::Message& msg, const vm::Result& result) {
    if (!m_storage_of.empty()) m_storage_of.pop_back();
    if (m_recorder) m_recorder->exit(msg, result);
    m_cheats.after_call(m_ex, msg, const_cast<vm::Result&>(result));
}

void FoundryTracer::on_step(const vm::StepInfo& step) {
    if (step.op != vm::Op::SLOAD && step.op != vm::Op::SSTORE) return;
    AccessRecorder& accesses = m_cheats.access_recorder();
    const bool write = step.op == vm::Op::SSTORE;
    // vm/opcodes.def: SLOAD takes "k --", SSTORE "k v --" (the value on top, the slot below).
    const std::size_t operands = write ? 2 : 1;
    if (!accesses.recording() || m_storage_of.empty() || step.stack.size() < operands) return;
    accesses.on_access(m_storage_of.back(), step.stack[step.stack.size() - operands], write);
}

Session::Session(bool record_traces, vm::BlockContext block)
    : m_exec(m_state, block), m_tracer(m_exec, m_cheats, m_console) {
    m_exec.bind_native(cheatcode_address(), [this](vm::Executor& ex, const vm::Message& msg) {
        return m_cheats.handle(ex, msg);
    });
    m_exec.bind_native(console_address(), [this](vm::Executor& ex, const vm::Message& msg) {
        return m_console.handle(ex, msg);
    });
    // Solidity checks that a called account has code: give the cheatcode account one byte, as
    // Foundry does.
    m_state.set_code(cheatcode_address(), Bytes{0x00}, nullptr);
    m_state.set_balance(default_sender(), initial_balance());
    if (record_traces) m_recorder = std::make_unique<TraceRecorder>(m_state);
    m_tracer.set_recorder(m_recorder.get());
    m_exec.set_tracer(&m_tracer);
}

namespace {
void collect(const std::shared_ptr<const vm::ContractCode>& code,
             std::vector<std::shared_ptr<const vm::ContractCode>>& out) {
    if (!code || std::find(out.begin(), out.end(), code) != out.end()) return;
    out.push_back(code);
    for (const auto& child : code->children)
        collect(child, out);
}
} // namespace

TxOutcome Session::deploy_test(const std::shared_ptr<const vm::ContractCode>& code) {
    if (m_state.nonce(default_sender()) == 0) m_state.set_nonce(default_sender(), 1);
    return deploy(code, {}, default_sender());
}

TxOutcome Session::deploy(const std::shared_ptr<const vm::ContractCode>& code, BytesView args,
                          const Address& from, const U256& value, vm::Gas gas_limit) {
    collect(code, m_codes);
    vm::Transaction tx;
    tx.from = from;
    tx.value = value;
    tx.data = vm::serialize(*code);
    tx.data.insert(tx.data.end(), args.begin(), args.end());
    tx.gas_limit = gas_limit;
    TxOutcome out{m_exec.transact(tx), {}};
    out.created = out.tx.result.created;
    return out;
}

void Session::limit(const RunLimits& limits) {
    m_limits = limits;
    m_exec.set_memory_limit(limits.memory_bytes);
    m_watchdog.reset();
    m_exec.clear_interrupt();
    m_watchdog = std::make_unique<vm::Watchdog>(limits.timeout, [this] { m_exec.interrupt(); });
}

std::optional<std::string> Session::limit_failure() const {
    switch (m_exec.limit_hit()) {
    case vm::Status::Timeout:
        return fmt::format("timeout: did not finish within {} s (--timeout)",
                           static_cast<double>(m_limits.timeout.count()) / 1000.0);
    case vm::Status::OutOfMemory:
        return fmt::format("out of memory: would hold more than {} MiB (--memory-limit)",
                           m_limits.memory_bytes >> 20);
    default:
        return std::nullopt;
    }
}

TxOutcome Session::call(const Address& from, const Address& to, Bytes data, const U256& value,
                        vm::Gas gas_limit) {
    vm::Transaction tx;
    tx.from = from;
    tx.to = to;
    tx.value = value;
    tx.data = std::move(data);
    tx.gas_limit = gas_limit;
    return TxOutcome{m_exec.transact(tx), {}};
}

const vm::ContractCode* Session::code_of(const Address& a) {
    if (m_exec.is_native(a)) return nullptr;
    return m_state.code(a).get();
}

std::vector<const vm::ContractCode*> Session::codes() const {
    std::vector<const vm::ContractCode*> out;
    for (const auto& c : m_codes)
        out.push_back(c.get());
    return out;
}

TraceNames Session::names(const ParamNames* params) {
    TraceNames n;
    n.labels = &m_cheats.labels();
    n.params = params;
    n.codes = codes();
    n.code_of = [this](const Address& a) { return code_of(a); };
    return n;
}

const vm::AbiEntry* find_function(const vm::ContractCode& code, std::string_view sig,
                                  std::string& why) {
    const bool bare = sig.find('(') == std::string_view::npos;
    std::string canonical;
    if (!bare) {
        auto parsed = parse_signature(sig, &why);
        if (!parsed) return nullptr;
        canonical = parsed->canonical();
    }
    const vm::AbiEntry* found = nullptr;
    for (const vm::AbiEntry& e : code.abi) {
        if (e.kind != vm::AbiKind::Function) continue;
        if (bare ? e.name == sig : e.signature == canonical) {
            if (found) {
                why = fmt::format("'{}' is overloaded in {}: give the full signature", sig,
                                  code.name);
                return nullptr;
            }
            found = &e;
        }
    }
    if (!found)
        why = fmt::format("no function '{}' in {}", bare ? std::string(sig) : canonical, code.name);
    return found;
}

std::optional<Bytes> calldata(const vm::AbiEntry& entry, const std::vector<std::string>& args,
                              const AddressResolver& resolve, std::string& error) {
    auto encoded = encode_arguments(entry.inputs, args, resolve, error);
    if (!encoded) return std::nullopt;
    const auto sel = entry.selector();
    Bytes out(sel.begin(), sel.end());
    out.insert(out.end(), encoded->begin(), encoded->end());
    return out;
}

} // namespace mallory::chain::foundry
