#pragma once
// The Chain API: a world state at the head of a tree of blocks, a mempool, mining, read-only
// calls, queries, and optional persistence (store.hpp). A memory-only chain is the default.
//
// Blocks form a tree. Fork choice: the most cumulative work (sum of difficulty from genesis);
// ties go to the lowest block hash. Each block keeps its state diff, so the state moves to any
// block of the tree by undoing diffs down to the common ancestor and replaying them up the
// other branch (a reorg), never by re-executing or copying the state.

#include "chain/execution.hpp"
#include "chain/mempool.hpp"
#include "chain/store.hpp"

#include <memory>
#include <optional>
#include <string>
#include <unordered_map>
#include <variant>

namespace mallory::chain {

/// 1 ether in wei.
inline const U256 ether{1'000'000'000'000'000'000ULL};

struct GenesisConfig {
    std::uint64_t chain_id = default_chain_id;
    std::uint64_t gas_limit = 30'000'000;        ///< of every block
    std::uint64_t timestamp = default_timestamp; ///< of the genesis block (seconds)
    std::uint64_t block_time = 12; ///< seconds between mined blocks (deterministic timestamps)
    U256 gas_price{1'000'000'000}; ///< default for prepared transactions (1 gwei)
    Address coinbase = Address::from_u64(0xc0ffee);
    /// Named development accounts, each funded with dev_balance (key: PrivateKey::dev(name)).
    std::vector<std::string> dev_accounts{"alice", "bob", "carol", "dave", "eve", "mallory"};
    U256 dev_balance = U256{10000} * ether;
    std::vector<std::pair<Address, U256>> alloc; ///< further funded addresses

    [[nodiscard]] std::string to_json() const;
    static GenesisConfig from_json(const std::string& json);
};

/// Options of a hand-built block (tests, the multi-node simulation).
struct BlockOptions {
    std::optional<std::uint64_t> timestamp;
    std::optional<Address> coinbase;
    U256 difficulty{1};
};

struct SubmitResult {
    std::optional<TxRejection> error;
    Hash hash{};
    [[nodiscard]] bool ok() const noexcept { return !error; }
};

class Chain {
public:
    static std::unique_ptr<Chain> in_memory(GenesisConfig config = {});
    /// Opens the database at `path`, creating it with `config` when new (an existing database
    /// keeps its own config). Verifies that the replayed state root equals the head's.
    /// Throws StoreError naming the file on a foreign, corrupt or inconsistent database.
    static std::unique_ptr<Chain> open(const std::string& path, GenesisConfig config = {});
    ~Chain();

    [[nodiscard]] const GenesisConfig& config() const noexcept { return m_config; }
    [[nodiscard]] static PrivateKey dev_key(std::string_view name) { return PrivateKey::dev(name); }
    [[nodiscard]] static Address dev_address(std::string_view name) {
        return dev_key(name).address();
    }

    /// A signed transaction from `key` with the next pending nonce and the default gas price.
    [[nodiscard]] Transaction prepare(const PrivateKey& key, std::optional<Address> to,
                                      const U256& value, Bytes data = {},
                                      std::uint64_t gas_limit = 21000) const;
    /// Validates against the head state and the pool, then queues. Rejections change nothing.
    SubmitResult submit(Transaction tx, bool check_signature = true);
    /// Packs the pool into a block on the head, up to the gas limit (persisted when stored).
    const Block& mine(BlockOptions opts = {});

    /// Builds a block on any block of the tree from exactly `txs` (each must be valid, else
    /// StoreError-free std::invalid_argument naming the rejection), inserts it and applies fork
    /// choice: the head (and the state) may move to another branch.
    const Block& build_block(const Hash& parent, const std::vector<Transaction>& txs,
                             BlockOptions opts = {});

    /// A read-only call on the head state (nothing changes).
    CallResult call(const Address& from, const Address& to, BytesView data = {},
                    const U256& value = {});

    [[nodiscard]] const Block& head() const;
    [[nodiscard]] std::uint64_t height() const { return head().header.number; }
    /// Canonical block by number, or nullptr.
    [[nodiscard]] const Block* block(std::uint64_t number) const;
    [[nodiscard]] const Block* block_by_hash(const Hash& h) const;
    /// Total work of a block of the tree.
    [[nodiscard]] U256 total_work(const Hash& h) const;
    /// Receipt of a transaction on the canonical chain.
    [[nodiscard]] std::optional<Receipt> receipt(const Hash& tx_hash) const;
    [[nodiscard]] AccountInfo account(const Address& a) const { return m_state.info(a); }
    [[nodiscard]] U256 balance(const Address& a) { return m_state.balance(a); }
    [[nodiscard]] U256 storage_at(const Address& a, const U256& key) {
        return m_state.peek_storage(a, key);
    }
    [[nodiscard]] const Mempool& mempool() const noexcept { return m_pool; }

    /// The state at the head. Mutating it outside transactions breaks the chain's invariants.
    WorldState& state() noexcept { return m_state; }
    /// Native accounts bound to every execution (cheatcodes, console.log).
    void bind_native(const Address& a, vm::NativeHandler h) { m_natives[a] = std::move(h); }
    /// Observes every message of the transactions mined from now on (traces, the DAO tour);
    /// nullptr stops it. Read-only `call()`s are not traced.
    void set_tracer(vm::Tracer* t) noexcept { m_tracer = t; }
    /// Recomputes the state root from scratch and compares it with the head's.
    [[nodiscard]] bool verify_state_root();

private:
    struct Node;
    explicit Chain(GenesisConfig config);
    void init_genesis();
    const Block& insert(Block b, StateDiff diff); ///< adds to the tree, persists, fork choice
    void move_state_to(const Hash& target);
    BlockEnv env_on(const Block& parent, const BlockOptions& opts) const;
    /// The hashes BLOCKHASH may read in `parent`'s child: `parent`'s first, then its ancestors
    /// (at most 256).
    std::shared_ptr<const std::vector<Hash>> ancestors_from(const Block& parent) const;
    void load(std::vector<StoredBlock> blocks);
    void rebuild_canonical();
    /// After a reorg away from `old_head`: puts the abandoned blocks' transactions that are
    /// still executable back into the mempool.
    void return_abandoned(const Hash& old_head);
    [[nodiscard]] bool on_canonical(const Hash& tx_hash) const;

    GenesisConfig m_config;
    WorldState m_state;
    Mempool m_pool;
    NativeMap m_natives;
    vm::Tracer* m_tracer = nullptr;
    std::unique_ptr<Store> m_store;
    std::unordered_map<Hash, std::unique_ptr<Node>, HashHasher> m_nodes;
    Hash m_head{};                 ///< fork choice
    Hash m_state_at{};             ///< the block the state is at (== m_head between calls)
    std::vector<Hash> m_canonical; ///< by number, genesis to head
    std::unordered_map<Hash, std::vector<std::pair<Hash, std::uint32_t>>, HashHasher> m_tx_index;
    /// The last block env_on listed the ancestors of, and the list (its hash first): a child's
    /// list is its parent's shifted by one, so mining a run of blocks (a replay's empty blocks
    /// over a lock counted in blocks) costs one copy per block, not 256 lookups.
    mutable Hash m_ancestors_of{};
    mutable std::shared_ptr<const std::vector<Hash>> m_ancestors;
};

} // namespace mallory::chain
