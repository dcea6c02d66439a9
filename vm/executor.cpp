#include "vm/executor.hpp"

#include "vm/execution_stack.hpp"
#include "vm/interpreter.hpp"
#include "vm/keccak.hpp"
#include "vm/precompiles.hpp"
#include "vm/serialize.hpp"

#include <algorithm>

namespace mallory::vm {

std::string_view to_string(Status s) noexcept {
    switch (s) {
#define X(name, text)                                                                              \
    case Status::name:                                                                             \
        return text;
        MALLORY_STATUSES(X)
#undef X
    }
    return "unknown status";
}

std::string_view to_string(TxValidity v) noexcept {
    switch (v) {
    case TxValidity::Valid:
        return "valid";
    case TxValidity::IntrinsicGasTooLow:
        return "gas limit below the intrinsic gas";
    case TxValidity::InsufficientFunds:
        return "sender cannot pay gas limit * price + value";
    case TxValidity::NonceOverflow:
        return "sender nonce overflow";
    }
    return "unknown";
}

Bytes panic_data(std::uint8_t code) {
    Bytes out(36, 0);
    out[0] = 0x4e;
    out[1] = 0x48;
    out[2] = 0x7b;
    out[3] = 0x71;
    out[35] = code;
    return out;
}

Executor::Executor(State& state, BlockContext block, TxContext tx)
    : m_state(state), m_block(block), m_tx(tx) {}

Executor::~Executor() = default;

Executor::StackSpace& Executor::stack_space(int depth) {
    const auto d = static_cast<std::size_t>(depth);
    while (m_stacks.size() <= d)
        m_stacks.push_back(std::make_unique<StackSpace>());
    return *m_stacks[d];
}

void Executor::transfer(const Address& from, const Address& to, const U256& value) {
    if (value.is_zero()) return;
    m_state.set_balance(from, m_state.balance(from) - value);
    m_state.set_balance(to, m_state.balance(to) + value);
}

Result Executor::execute(const Message& msg) noexcept {
    // 1024 nested calls need more C++ stack than a default thread has (execution_stack.hpp).
    if (m_large_stack && !on_execution_stack()) {
        Result r;
        run_on_execution_stack([&] { r = execute(msg); });
        return r;
    }
    if (m_tracer) m_tracer->on_call_enter(msg);
    const std::size_t created = m_created.size();
    const std::size_t destructed = m_destructed.size();
    Result r;
    if (interrupted()) {
        r.status = Status::Timeout;
    } else if (msg.depth > kMaxDepth) {
        r.status = Status::CallDepthExceeded;
        r.gas_left = msg.gas;
    } else {
        r = msg.kind == CallKind::Create ? execute_create(msg) : execute_call(msg);
    }
    if (!r.success()) { // rolled back: so are its creations and self-destructions
        m_created.resize(created);
        m_destructed.resize(destructed);
    }
    if (msg.depth == 0) finish_transaction(r);
    if (m_tracer) m_tracer->on_call_exit(msg, r);
    return r;
}

void Executor::self_destruct(const Address& a, const Address& beneficiary) {
    if (beneficiary != a) transfer(a, beneficiary, m_state.balance(a));
    const bool created_now = std::find(m_created.begin(), m_created.end(), a) != m_created.end();
    // An account created in this transaction holds nothing from now on (what it sent itself is
    // burned, as geth's and ethereumjs's SelfDestruct6780 do), and is deleted at the end.
    if (created_now) m_state.set_balance(a, U256{});
    if (created_now && std::find(m_destructed.begin(), m_destructed.end(), a) == m_destructed.end())
        m_destructed.push_back(a);
}

void Executor::finish_transaction(const Result& r) noexcept {
    if (r.success())
        for (const Address& a : m_destructed)
            m_state.destroy_account(a);
    m_created.clear();
    m_destructed.clear();
}

Result Executor::run_code(const Message& msg) noexcept {
    if (std::optional<Result> r = run_precompile(msg)) return *std::move(r);
    if (!m_natives.empty()) {
        if (auto it = m_natives.find(msg.code_address); it != m_natives.end()) {
            const NativeHandler handler = it->second; // a copy: the handler may rebind natives
            return handler(*this, msg);
        }
    }
    const std::shared_ptr<const ContractCode> code = m_state.code(msg.code_address);
    if (!code) return Result{Status::Success, msg.gas, 0, {}, {}};
    return interpret(*this, msg, *code, 0);
}

U256 BlockContext::block_hash(const U256& n) const {
    if (!hash_of || !n.fits64() || n.w[0] >= number || number - n.w[0] > 256) return {};
    return hash_of(n.w[0]);
}

/// Rolls back a failed frame: only Revert keeps its unused gas and output.
static void settle_failure(State& state, Snapshot snap, Result& r) {
    if (r.success()) return;
    state.revert_to(snap);
    r.gas_refund = 0;
    if (r.status != Status::Revert) {
        r.gas_left = 0;
        r.output.clear();
    }
}

Result Executor::execute_call(const Message& msg) noexcept {
    const bool moves_value = msg.kind == CallKind::Call && !msg.value.is_zero();
    if (moves_value && m_state.balance(msg.sender) < msg.value)
        return Result{Status::InsufficientBalance, msg.gas, 0, {}, {}};
    const Snapshot snap = m_state.snapshot();
    if (moves_value) transfer(msg.sender, msg.recipient, msg.value);
    Result r = run_code(msg);
    settle_failure(m_state, snap, r);
    return r;
}

Result Executor::execute_create(const Message& msg) noexcept {
    if (!msg.value.is_zero() && m_state.balance(msg.sender) < msg.value)
        return Result{Status::InsufficientBalance, msg.gas, 0, {}, {}};
    const std::uint64_t nonce = m_state.nonce(msg.sender);
    if (nonce == UINT64_MAX) return Result{Status::NonceOverflow, msg.gas, 0, {}, {}};
    if (!msg.init) return Result{Status::InvalidCode, 0, 0, {}, {}};
    m_state.set_nonce(msg.sender, nonce + 1);
    // The code's serialized form: what CREATE2 hashes (with the constructor arguments) and
    // what a successful creation deposits. Plain CREATE needs it only once the constructor
    // has succeeded.
    std::optional<Bytes> code;
    if (msg.salt) code = serialize(*msg.init);
    Gas gas = msg.gas;
    Address addr;
    if (msg.salt) {
        // CREATE2 hashes its init code (the serialized child, then the constructor arguments);
        // the hashing is paid from the gas given to the creation.
        Bytes init = *code;
        init.insert(init.end(), msg.input.begin(), msg.input.end());
        gas -= gas::keccak_word * static_cast<Gas>(num_words(init.size()));
        if (gas < 0) return Result{Status::OutOfGas, 0, 0, {}, {}};
        addr = create2_address(msg.sender, *msg.salt, keccak256(init));
    } else {
        addr = create_address(msg.sender, nonce);
    }
    m_state.access_account(addr);
    if (m_state.nonce(addr) != 0 || m_state.code_size(addr) != 0)
        return Result{Status::CreateCollision, 0, 0, {}, {}};

    const Snapshot snap = m_state.snapshot();
    m_created.push_back(addr);
    m_state.set_nonce(addr, 1); // EIP-161
    transfer(msg.sender, addr, msg.value);
    Message m = msg;
    m.recipient = addr;
    m.code_address = addr;
    m.gas = gas;
    Result r = msg.init->constructor ? interpret(*this, m, *msg.init, *msg.init->constructor)
                                     : Result{Status::Success, gas, 0, {}, {}};
    if (r.success()) {
        Bytes bytes = code ? std::move(*code) : serialize(*msg.init);
        const Gas deposit = gas::code_deposit_byte * static_cast<Gas>(bytes.size());
        if (r.gas_left < deposit) {
            r.status = Status::OutOfGas;
        } else {
            r.gas_left -= deposit;
            m_state.set_code(addr, std::move(bytes), msg.init);
            r.output.clear();
            r.created = addr;
        }
    }
    settle_failure(m_state, snap, r);
    return r;
}

TxResult Executor::transact(const Transaction& tx) {
    TxResult out;
    m_state.begin_transaction();
    m_budget.reset();
    Gas intrinsic = gas::tx_base + calldata_cost(tx.data.data(), tx.data.size());
    if (!tx.to) intrinsic += gas::tx_create;
    if (tx.gas_limit < intrinsic) {
        out.validity = TxValidity::IntrinsicGasTooLow;
        return out;
    }
    const U256 upfront = U256{static_cast<std::uint64_t>(tx.gas_limit)} * tx.gas_price;
    bool carry = false;
    const U256 need = add_carry(upfront, tx.value, carry);
    if (carry || m_state.balance(tx.from) < need) {
        out.validity = TxValidity::InsufficientFunds;
        return out;
    }
    if (m_state.nonce(tx.from) == UINT64_MAX) {
        out.validity = TxValidity::NonceOverflow;
        return out;
    }
    m_tx = TxContext{tx.from, tx.gas_price};
    m_state.set_balance(tx.from, m_state.balance(tx.from) - upfront);
    m_state.access_account(tx.from);
    m_state.access_account(m_block.coinbase);
    for (const auto& [addr, handler] : m_natives)
        m_state.access_account(addr);

    Message msg;
    msg.depth = 0;
    msg.gas = tx.gas_limit - intrinsic;
    msg.sender = tx.from;
    msg.value = tx.value;
    LoadResult loaded;
    if (tx.to) {
        m_state.access_account(*tx.to);
        m_state.set_nonce(tx.from, m_state.nonce(tx.from) + 1);
        msg.kind = CallKind::Call;
        msg.recipient = msg.code_address = *tx.to;
        msg.input = tx.data;
        out.result = execute(msg);
    } else {
        loaded = load_prefix(tx.data);
        msg.kind = CallKind::Create;
        msg.init = loaded.code;
        if (loaded.ok()) msg.input = BytesView{tx.data}.subspan(loaded.consumed);
        out.result = execute(msg); // executes nothing but the nonce bump when the code is bad
    }
    const Gas used_before_refund = tx.gas_limit - out.result.gas_left;
    out.gas_refunded = out.result.success()
                           ? std::clamp(out.result.gas_refund, Gas{0},
                                        used_before_refund / gas::max_refund_quotient)
                           : 0;
    out.gas_used = used_before_refund - out.gas_refunded;
    const U256 price = tx.gas_price;
    m_state.set_balance(tx.from,
                        m_state.balance(tx.from) +
                            U256{static_cast<std::uint64_t>(tx.gas_limit - out.gas_used)} * price);
    m_state.set_balance(m_block.coinbase,
                        m_state.balance(m_block.coinbase) +
                            U256{static_cast<std::uint64_t>(out.gas_used)} * price);
    if (out.result.success()) out.logs = m_state.logs();
    m_state.end_transaction();
    return out;
}

} // namespace mallory::vm
