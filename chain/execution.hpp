#pragma once
// The transaction layer around the VM: validation with a TxError per rejection, and a block
// builder that applies validated transactions one after the other through vm::Executor.
// The message-call semantics and the fee rules (gas purchase, nonce increment, EIP-3529 refund
// cap, payment of gasUsed * gasPrice to the coinbase) are the executor's (vm::Executor::transact);
// this file adds what a chain checks before that: signature, chain id, nonce, intrinsic gas,
// the block's gas limit, funds.

#include "chain/block.hpp"
#include "chain/state.hpp"
#include "vm/executor.hpp"

#include <memory>
#include <optional>
#include <unordered_map>

namespace mallory::chain {

/// What a block's transactions see of the block.
struct BlockEnv {
    Address coinbase;
    std::uint64_t number = 0;
    std::uint64_t timestamp = 0;
    std::uint64_t gas_limit = 30'000'000;
    U256 difficulty{1};
    std::uint64_t chain_id = default_chain_id;
    U256 prevrandao{}; ///< prevrandao_after(the parent's hash)
    /// The hashes of the blocks before this one, the parent first (at most 256: BLOCKHASH);
    /// shared, so that each executor of the block's transactions holds them without a copy.
    std::shared_ptr<const std::vector<Hash>> ancestors;
};

/// Native (C++) accounts bound to every executor the chain creates.
using NativeMap = std::unordered_map<Address, vm::NativeHandler>;

/// The nonces a check accepts: [lowest, highest]. Blocks accept exactly the state's nonce;
/// the mempool also the nonces after the sender's pending transactions.
struct NonceWindow {
    std::uint64_t lowest = 0;
    std::uint64_t highest = 0;
};

/// Checks `tx` against `state` (not modified). `check_signature` false skips the recovery
/// (the mempool already verified it); the signature is then trusted to match `tx.from`.
/// Without a window, the nonce must equal the sender's.
std::optional<TxRejection> validate(WorldState& state, const Transaction& tx, const BlockEnv& env,
                                    bool check_signature = true,
                                    std::optional<NonceWindow> nonces = std::nullopt);

/// Applies transactions to `state` for one block.
class BlockBuilder {
public:
    /// `tracer` (optional) observes every message of the block's transactions.
    BlockBuilder(WorldState& state, const BlockEnv& env, const NativeMap* natives = nullptr,
                 vm::Tracer* tracer = nullptr);

    /// Validates and executes `tx`; a rejected transaction changes nothing (not even the block).
    std::optional<TxRejection> add(const Transaction& tx, bool check_signature = true);

    [[nodiscard]] std::uint64_t gas_used() const noexcept { return m_gas_used; }
    [[nodiscard]] std::uint64_t gas_left() const noexcept { return m_env.gas_limit - m_gas_used; }
    [[nodiscard]] const std::vector<Receipt>& receipts() const noexcept { return m_receipts; }
    [[nodiscard]] std::size_t size() const noexcept { return m_txs.size(); }

    /// Seals the block on `parent`: roots, header, hash; moves the transactions out. The state
    /// keeps the block's changes (take its diff afterwards).
    Block finish(const Hash& parent);

private:
    WorldState& m_state;
    BlockEnv m_env;
    vm::Executor m_exec;
    std::vector<Transaction> m_txs;
    std::vector<Receipt> m_receipts;
    std::uint64_t m_gas_used = 0;
};

/// The outcome of a read-only call.
struct CallResult {
    vm::Status status = vm::Status::Success;
    Bytes output;
    vm::Gas gas_used = 0;
    [[nodiscard]] bool success() const noexcept { return status == vm::Status::Success; }
    /// Decoded revert reason ("" on success).
    [[nodiscard]] std::string revert_reason() const;
};

/// Runs a message from `from` to `to` and undoes everything it did (an eth_call).
CallResult call(WorldState& state, const BlockEnv& env, const Address& from, const Address& to,
                BytesView data, const U256& value, vm::Gas gas, const NativeMap* natives = nullptr);

} // namespace mallory::chain
