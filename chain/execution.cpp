#include "chain/execution.hpp"

namespace mallory::chain {

namespace {

vm::BlockContext block_context(const BlockEnv& env) {
    vm::BlockContext b;
    b.coinbase = env.coinbase;
    b.number = env.number;
    b.timestamp = env.timestamp;
    b.chain_id = U256{env.chain_id};
    b.gas_limit = env.gas_limit;
    b.prevrandao = env.prevrandao; // base fee 0: the chain has no fee market
    b.hash_of = [ancestors = env.ancestors, number = env.number](std::uint64_t n) {
        const std::uint64_t back = number - 1 - n; // BlockContext asks only for n < number
        return ancestors && back < ancestors->size() ? hash_word((*ancestors)[back]) : U256{};
    };
    return b;
}

void bind(vm::Executor& exec, const NativeMap* natives) {
    if (!natives) return;
    for (const auto& [addr, handler] : *natives)
        exec.bind_native(addr, handler);
}

/// value + gasLimit * gasPrice, or nothing when it does not fit in 256 bits.
std::optional<U256> upfront_cost(const Transaction& tx) noexcept {
    const auto prod = vm::mul_full(tx.gas_price, U256{tx.gas_limit});
    for (int i = 4; i < 8; ++i)
        if (prod[static_cast<std::size_t>(i)] != 0) return std::nullopt;
    const U256 gas_cost{prod[0], prod[1], prod[2], prod[3]};
    bool carry = false;
    const U256 total = vm::add_carry(gas_cost, tx.value, carry);
    if (carry) return std::nullopt;
    return total;
}

} // namespace

std::optional<TxRejection> validate(WorldState& state, const Transaction& tx, const BlockEnv& env,
                                    bool check_signature, std::optional<NonceWindow> nonces) {
    using E = TxError;
    if (tx.chain_id != env.chain_id) return TxRejection{E::WrongChainId, env.chain_id, tx.chain_id};
    if (check_signature) {
        const auto signer = tx.recover_sender();
        if (!signer || *signer != tx.from) return TxRejection{E::BadSignature, {}, {}};
    }
    if (!state.exists(tx.from)) return TxRejection{E::UnknownSender, {}, {}};
    if (state.code_size(tx.from) != 0) return TxRejection{E::SenderNotEoa, {}, {}};
    const std::uint64_t expected = state.nonce(tx.from);
    const NonceWindow w = nonces.value_or(NonceWindow{expected, expected});
    if (tx.nonce < w.lowest) return TxRejection{E::NonceTooLow, w.lowest, tx.nonce};
    if (tx.nonce > w.highest) return TxRejection{E::NonceTooHigh, w.highest, tx.nonce};
    const vm::Gas intrinsic = intrinsic_gas(tx);
    if (tx.gas_limit < static_cast<std::uint64_t>(intrinsic))
        return TxRejection{E::IntrinsicGasTooLow, static_cast<std::uint64_t>(intrinsic),
                           tx.gas_limit};
    if (tx.gas_limit > env.gas_limit)
        return TxRejection{E::GasLimitAboveBlock, env.gas_limit, tx.gas_limit};
    const U256 balance = state.balance(tx.from);
    const auto cost = upfront_cost(tx);
    if (!cost || *cost > balance)
        return TxRejection{E::InsufficientFunds, cost.value_or(U256::max()), balance};
    return std::nullopt;
}

BlockBuilder::BlockBuilder(WorldState& state, const BlockEnv& env, const NativeMap* natives,
                           vm::Tracer* tracer)
    : m_state(state), m_env(env), m_exec(state, block_context(env)) {
    bind(m_exec, natives);
    m_exec.set_tracer(tracer);
}

std::optional<TxRejection> BlockBuilder::add(const Transaction& tx, bool check_signature) {
    if (auto r = validate(m_state, tx, m_env, check_signature)) return r;
    if (tx.gas_limit > gas_left())
        return TxRejection{TxError::GasLimitAboveBlock, gas_left(), tx.gas_limit};
    vm::Transaction vt;
    vt.from = tx.from;
    vt.to = tx.to;
    vt.value = tx.value;
    vt.data = tx.data;
    vt.gas_limit = static_cast<vm::Gas>(tx.gas_limit);
    vt.gas_price = tx.gas_price;
    vm::TxResult r = m_exec.transact(vt);
    if (r.validity != vm::TxValidity::Valid) // validate() above makes this unreachable
        return TxRejection{r.validity == vm::TxValidity::InsufficientFunds
                               ? TxError::InsufficientFunds
                               : TxError::IntrinsicGasTooLow,
                           {},
                           {}};
    m_gas_used += static_cast<std::uint64_t>(r.gas_used);
    Receipt rc;
    rc.tx_hash = tx.hash();
    rc.block_number = m_env.number;
    rc.index = static_cast<std::uint32_t>(m_receipts.size());
    rc.status = r.result.status;
    rc.gas_used = r.gas_used;
    rc.cumulative_gas = static_cast<vm::Gas>(m_gas_used);
    rc.logs = std::move(r.logs);
    if (tx.is_create() && r.result.success()) rc.created = r.result.created;
    rc.output = std::move(r.result.output);
    m_receipts.push_back(std::move(rc));
    m_txs.push_back(tx);
    return std::nullopt;
}

Block BlockBuilder::finish(const Hash& parent) {
    Block b;
    b.header.parent_hash = parent;
    b.header.number = m_env.number;
    b.header.timestamp = m_env.timestamp;
    b.header.coinbase = m_env.coinbase;
    b.header.gas_limit = m_env.gas_limit;
    b.header.gas_used = m_gas_used;
    b.header.difficulty = m_env.difficulty;
    b.transactions = std::move(m_txs);
    b.receipts = std::move(m_receipts);
    b.header.transactions_root = b.compute_transactions_root();
    b.header.receipts_root = b.compute_receipts_root();
    b.header.state_root = m_state.root();
    b.hash = b.header.hash();
    m_txs.clear();
    m_receipts.clear();
    m_gas_used = 0;
    return b;
}

std::string CallResult::revert_reason() const {
    if (success()) return {};
    if (status != vm::Status::Revert) return std::string(vm::to_string(status));
    return decode_revert(output);
}

CallResult call(WorldState& state, const BlockEnv& env, const Address& from, const Address& to,
                BytesView data, const U256& value, vm::Gas gas, const NativeMap* natives) {
    vm::Executor exec(state, block_context(env), vm::TxContext{from, U256{}});
    bind(exec, natives);
    state.begin_transaction();
    const vm::Snapshot snap = state.snapshot();
    vm::Message msg;
    msg.kind = vm::CallKind::Call;
    msg.gas = gas;
    msg.sender = from;
    msg.recipient = to;
    msg.code_address = to;
    msg.value = value;
    msg.input = data;
    vm::Result r = exec.execute(msg);
    state.revert_to(snap);
    state.begin_transaction();
    return CallResult{r.status, std::move(r.output), gas - r.gas_left};
}

} // namespace mallory::chain
