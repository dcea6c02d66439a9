#include "chain/chain.hpp"

#include "chain/merkle.hpp"

#include <fmt/format.h>
#include <nlohmann/json.hpp>
#include <queue>
#include <stdexcept>

namespace mallory::chain {

struct Chain::Node {
    Block block;
    StateDiff diff;
    U256 total_work;
};

namespace {

bool better(const U256& work_a, const Hash& a, const U256& work_b, const Hash& b) {
    return work_a > work_b || (work_a == work_b && a < b);
}

} // namespace

// ---- genesis config -----------------------------------------------------------------------------

std::string GenesisConfig::to_json() const {
    nlohmann::json j;
    j["chain_id"] = chain_id;
    j["gas_limit"] = gas_limit;
    j["timestamp"] = timestamp;
    j["block_time"] = block_time;
    j["gas_price"] = vm::to_dec(gas_price);
    j["coinbase"] = to_checksum(coinbase);
    j["dev_accounts"] = dev_accounts;
    j["dev_balance"] = vm::to_dec(dev_balance);
    nlohmann::json alloc_j = nlohmann::json::array();
    for (const auto& [a, v] : alloc)
        alloc_j.push_back({to_checksum(a), vm::to_dec(v)});
    j["alloc"] = alloc_j;
    return j.dump();
}

GenesisConfig GenesisConfig::from_json(const std::string& text) {
    const auto j = nlohmann::json::parse(text);
    auto u256 = [](const std::string& s) {
        U256 v;
        if (!vm::parse_u256(s, v))
            throw std::invalid_argument("bad number in genesis config: " + s);
        return v;
    };
    GenesisConfig c;
    c.chain_id = j.at("chain_id").get<std::uint64_t>();
    c.gas_limit = j.at("gas_limit").get<std::uint64_t>();
    c.timestamp = j.at("timestamp").get<std::uint64_t>();
    c.block_time = j.at("block_time").get<std::uint64_t>();
    c.gas_price = u256(j.at("gas_price").get<std::string>());
    c.coinbase = parse_address(j.at("coinbase").get<std::string>());
    c.dev_accounts = j.at("dev_accounts").get<std::vector<std::string>>();
    c.dev_balance = u256(j.at("dev_balance").get<std::string>());
    for (const auto& e : j.at("alloc"))
        c.alloc.emplace_back(parse_address(e.at(0).get<std::string>()),
                             u256(e.at(1).get<std::string>()));
    return c;
}

// ---- construction
// ---------------------------------------------------------------------------------

Chain::Chain(GenesisConfig config) : m_config(std::move(config)) {}
Chain::~Chain() = default;

std::unique_ptr<Chain> Chain::in_memory(GenesisConfig config) {
    std::unique_ptr<Chain> c{new Chain(std::move(config))};
    c->init_genesis();
    return c;
}

std::unique_ptr<Chain> Chain::open(const std::string& path, GenesisConfig config) {
    auto store = Store::open(path);
    if (auto stored = store->get_meta("config")) {
        try {
            config = GenesisConfig::from_json(*stored);
        } catch (const std::exception& e) {
            throw StoreError(fmt::format("{}: corrupt genesis config ({})", path, e.what()));
        }
    }
    std::unique_ptr<Chain> c{new Chain(std::move(config))};
    auto blocks = store->load_blocks();
    c->m_store = std::move(store);
    if (blocks.empty())
        c->init_genesis();
    else
        c->load(std::move(blocks));
    return c;
}

void Chain::init_genesis() {
    for (const auto& name : m_config.dev_accounts)
        m_state.set_balance(dev_address(name),
                            m_state.balance(dev_address(name)) + m_config.dev_balance);
    for (const auto& [a, v] : m_config.alloc)
        m_state.set_balance(a, m_state.balance(a) + v);
    StateDiff diff = m_state.take_diff();
    Block g;
    g.header.number = 0;
    g.header.timestamp = m_config.timestamp;
    g.header.coinbase = m_config.coinbase;
    g.header.gas_limit = m_config.gas_limit;
    g.header.difficulty = U256{1};
    g.header.transactions_root = empty_root();
    g.header.receipts_root = empty_root();
    g.header.state_root = m_state.root();
    g.hash = g.header.hash();
    const Hash h = g.hash;
    if (m_store) {
        const std::string cfg = m_config.to_json();
        m_store->put_block(g, diff, h, &cfg);
    }
    auto node = std::make_unique<Node>(Node{std::move(g), std::move(diff), U256{1}});
    m_nodes.emplace(h, std::move(node));
    m_head = m_state_at = h;
    rebuild_canonical();
}

void Chain::load(std::vector<StoredBlock> blocks) {
    const std::string& path = m_store->path();
    for (auto& sb : blocks) {
        const Hash h = sb.block.hash;
        U256 work = sb.block.header.difficulty;
        if (sb.block.header.number == 0) {
            if (!m_nodes.empty())
                throw StoreError(fmt::format("{}: more than one genesis block", path));
        } else {
            const auto p = m_nodes.find(sb.block.header.parent_hash);
            if (p == m_nodes.end() || p->second->block.header.number + 1 != sb.block.header.number)
                throw StoreError(
                    fmt::format("{}: block {} has no valid parent", path, sb.block.header.number));
            work = work + p->second->total_work;
        }
        if (sb.block.compute_transactions_root() != sb.block.header.transactions_root ||
            sb.block.compute_receipts_root() != sb.block.header.receipts_root)
            throw StoreError(
                fmt::format("{}: block {} does not match its roots", path, sb.block.header.number));
        for (std::uint32_t i = 0; i < sb.block.receipts.size(); ++i)
            m_tx_index[sb.block.receipts[i].tx_hash].emplace_back(h, i);
        const bool genesis = m_nodes.empty();
        if (genesis) m_state.apply(sb.diff, true);
        auto node = std::make_unique<Node>(Node{std::move(sb.block), std::move(sb.diff), work});
        if (genesis)
            m_head = m_state_at = h;
        else if (better(work, h, m_nodes.at(m_head)->total_work, m_head))
            m_head = h;
        m_nodes.emplace(h, std::move(node));
    }
    if (m_nodes.empty()) throw StoreError(fmt::format("{}: no genesis block", path));
    move_state_to(m_head);
    rebuild_canonical();
    if (m_state.root() != head().header.state_root)
        throw StoreError(
            fmt::format("{}: recomputed state root {} differs from the stored head's {}", path,
                        vm::to_hex(BytesView{m_state.root()}),
                        vm::to_hex(BytesView{head().header.state_root})));
}

// ---- the tree -----------------------------------------------------------------------------------

void Chain::rebuild_canonical() {
    m_canonical.assign(m_nodes.at(m_head)->block.header.number + 1, Hash{});
    for (Hash h = m_head;;) {
        const Node& n = *m_nodes.at(h);
        m_canonical[n.block.header.number] = h;
        if (n.block.header.number == 0) break;
        h = n.block.header.parent_hash;
    }
}

void Chain::move_state_to(const Hash& target) {
    if (target == m_state_at) return;
    if (!m_state.take_diff().empty()) throw std::logic_error("state changed outside a block");
    Hash a = m_state_at, b = target;
    std::vector<const Node*> forward;
    auto number = [&](const Hash& h) { return m_nodes.at(h)->block.header.number; };
    auto rewind = [&](Hash& h) {
        const Node& n = *m_nodes.at(h);
        m_state.apply(n.diff, false);
        h = n.block.header.parent_hash;
    };
    auto descend = [&](Hash& h) {
        const Node& n = *m_nodes.at(h);
        forward.push_back(&n);
        h = n.block.header.parent_hash;
    };
    while (number(a) > number(b))
        rewind(a);
    while (number(b) > number(a))
        descend(b);
    while (a != b) {
        rewind(a);
        descend(b);
    }
    for (auto it = forward.rbegin(); it != forward.rend(); ++it)
        m_state.apply((*it)->diff, true);
    m_state_at = target;
}

BlockEnv Chain::env_on(const Block& parent, const BlockOptions& opts) const {
    BlockEnv env;
    env.number = parent.header.number + 1;
    env.timestamp = opts.timestamp.value_or(parent.header.timestamp + m_config.block_time);
    env.coinbase = opts.coinbase.value_or(m_config.coinbase);
    env.gas_limit = m_config.gas_limit;
    env.difficulty = opts.difficulty.is_zero() ? U256{1} : opts.difficulty;
    env.chain_id = m_config.chain_id;
    env.prevrandao = prevrandao_after(parent.hash);
    env.ancestors = ancestors_from(parent);
    return env;
}

std::shared_ptr<const std::vector<Hash>> Chain::ancestors_from(const Block& parent) const {
    constexpr std::size_t readable = 256; // BLOCKHASH reads the last 256 blocks
    if (m_ancestors && m_ancestors_of == parent.hash) return m_ancestors;
    auto ancestors = std::make_shared<std::vector<Hash>>();
    ancestors->reserve(readable);
    ancestors->push_back(parent.hash);
    if (m_ancestors && parent.header.number > 0 && m_ancestors_of == parent.header.parent_hash) {
        ancestors->insert(ancestors->end(), m_ancestors->begin(),
                          m_ancestors->begin() + static_cast<std::ptrdiff_t>(
                                                     std::min(m_ancestors->size(), readable - 1)));
    } else {
        for (const Block* b = &parent; b->header.number > 0 && ancestors->size() < readable;) {
            const auto up = m_nodes.find(b->header.parent_hash);
            if (up == m_nodes.end()) break;
            b = &up->second->block;
            ancestors->push_back(b->hash);
        }
    }
    m_ancestors_of = parent.hash;
    m_ancestors = ancestors;
    return ancestors;
}

const Block& Chain::insert(Block b, StateDiff diff) {
    const Hash h = b.hash;
    const Hash parent = b.header.parent_hash;
    const U256 work = m_nodes.at(parent)->total_work + b.header.difficulty;
    const bool new_head = better(work, h, m_nodes.at(m_head)->total_work, m_head);
    if (m_store) {
        try {
            m_store->put_block(b, diff, new_head ? h : m_head);
        } catch (...) {
            m_state.apply(diff, false); // the block never happened
            m_state_at = parent;
            move_state_to(m_head);
            throw;
        }
    }
    for (std::uint32_t i = 0; i < b.receipts.size(); ++i)
        m_tx_index[b.receipts[i].tx_hash].emplace_back(h, i);
    auto node = std::make_unique<Node>(Node{std::move(b), std::move(diff), work});
    const Block& ref = node->block;
    m_nodes.emplace(h, std::move(node));
    m_state_at = h;
    const Hash old_head = m_head;
    if (new_head) m_head = h;
    move_state_to(m_head);
    // The common case, a block on the head, extends the canonical index; walking the whole
    // chain for it made a long sequence of blocks (a witness replay) quadratic.
    if (new_head && parent == old_head && m_canonical.size() == ref.header.number)
        m_canonical.push_back(h);
    else
        rebuild_canonical();
    if (new_head && parent != old_head) return_abandoned(old_head);
    for (const auto& sender : m_pool.senders())
        m_pool.prune(sender, m_state.nonce(sender));
    return ref;
}

bool Chain::on_canonical(const Hash& tx_hash) const {
    const auto it = m_tx_index.find(tx_hash);
    if (it == m_tx_index.end()) return false;
    for (const auto& [block_hash, index] : it->second) {
        const std::uint64_t n = m_nodes.at(block_hash)->block.header.number;
        if (n < m_canonical.size() && m_canonical[n] == block_hash) return true;
    }
    return false;
}

void Chain::return_abandoned(const Hash& old_head) {
    // The blocks a reorg took off the canonical chain, newest first.
    std::vector<const Block*> abandoned;
    for (Hash h = old_head;;) {
        const Block& b = m_nodes.at(h)->block;
        if (b.header.number < m_canonical.size() && m_canonical[b.header.number] == h) break;
        abandoned.push_back(&b);
        h = b.header.parent_hash;
    }
    // Their transactions that the new branch did not include go back to the pool, as on
    // Ethereum nodes; a nonce the new branch already used makes one void.
    for (auto it = abandoned.rbegin(); it != abandoned.rend(); ++it)
        for (const Transaction& tx : (*it)->transactions) {
            const Hash th = tx.hash();
            if (on_canonical(th) || m_pool.contains(th) || m_pool.has(tx.from, tx.nonce)) continue;
            if (tx.nonce < m_state.nonce(tx.from)) continue;
            m_pool.add(tx, th);
        }
}

const Block& Chain::build_block(const Hash& parent, const std::vector<Transaction>& txs,
                                BlockOptions opts) {
    const auto p = m_nodes.find(parent);
    if (p == m_nodes.end()) throw std::invalid_argument("build_block: unknown parent block");
    move_state_to(parent);
    BlockBuilder builder(m_state, env_on(p->second->block, opts), &m_natives, m_tracer);
    for (const auto& tx : txs) {
        if (auto r = builder.add(tx)) {
            m_state.apply(m_state.take_diff(), false);
            m_state_at = parent;
            move_state_to(m_head);
            throw std::invalid_argument("build_block: transaction rejected: " + r->message());
        }
    }
    Block b = builder.finish(parent);
    StateDiff diff = m_state.take_diff();
    return insert(std::move(b), std::move(diff));
}

// ---- transactions -------------------------------------------------------------------------------

Transaction Chain::prepare(const PrivateKey& key, std::optional<Address> to, const U256& value,
                           Bytes data, std::uint64_t gas_limit) const {
    Transaction tx;
    const Address from = key.address();
    tx.nonce = m_pool.next_nonce(from, m_state.info(from).nonce);
    tx.gas_price = m_config.gas_price;
    tx.gas_limit = gas_limit;
    tx.to = to;
    tx.value = value;
    tx.data = std::move(data);
    tx.chain_id = m_config.chain_id;
    tx.sign(key);
    return tx;
}

SubmitResult Chain::submit(Transaction tx, bool check_signature) {
    SubmitResult r;
    r.hash = tx.hash();
    if (m_pool.contains(r.hash)) {
        r.error = TxRejection{TxError::AlreadyKnown, {}, {}};
        return r;
    }
    BlockEnv env = env_on(head(), {});
    const std::uint64_t state_nonce = m_state.nonce(tx.from);
    const NonceWindow window{state_nonce, m_pool.next_nonce(tx.from, state_nonce)};
    r.error = validate(m_state, tx, env, check_signature, window);
    if (!r.error && m_pool.has(tx.from, tx.nonce))
        r.error = TxRejection{TxError::AlreadyKnown, {}, {}};
    if (!r.error) m_pool.add(std::move(tx), r.hash);
    return r;
}

const Block& Chain::mine(BlockOptions opts) {
    move_state_to(m_head);
    const Hash parent = m_head;
    BlockBuilder builder(m_state, env_on(head(), opts), &m_natives, m_tracer);
    // Candidates: each sender's next executable transaction, best gas price first.
    struct Candidate {
        U256 price;
        std::uint64_t seq;
        Address sender;
        std::uint64_t nonce;
        bool operator<(const Candidate& o) const { // priority_queue: "less" is worse
            return price != o.price ? price < o.price : seq > o.seq;
        }
    };
    std::priority_queue<Candidate> queue;
    auto push_next = [&](const Address& sender) {
        if (const auto* e = m_pool.find(sender, m_state.nonce(sender)))
            queue.push({e->tx.gas_price, e->seq, sender, e->tx.nonce});
    };
    for (const auto& sender : m_pool.senders())
        push_next(sender);
    while (!queue.empty() && builder.gas_left() >= static_cast<std::uint64_t>(vm::gas::tx_base)) {
        const Candidate c = queue.top();
        queue.pop();
        const Mempool::Entry* e = m_pool.find(c.sender, c.nonce);
        if (!e) continue;
        if (e->tx.gas_limit > builder.gas_left())
            continue; // does not fit: stays for the next block
        const auto rejected = builder.add(e->tx, false);
        m_pool.remove(c.sender, c.nonce); // mined, or invalid now (dropped)
        if (!rejected) push_next(c.sender);
    }
    Block b = builder.finish(parent);
    StateDiff diff = m_state.take_diff();
    return insert(std::move(b), std::move(diff));
}

CallResult Chain::call(const Address& from, const Address& to, BytesView data, const U256& value) {
    move_state_to(m_head);
    const CallResult r = chain::call(m_state, env_on(head(), {}), from, to, data, value,
                                     static_cast<vm::Gas>(m_config.gas_limit), &m_natives);
    (void)m_state.take_diff(); // only no-op entries: every write was reverted
    return r;
}

// ---- queries
// --------------------------------------------------------------------------------------

const Block& Chain::head() const {
    return m_nodes.at(m_head)->block;
}

const Block* Chain::block(std::uint64_t number) const {
    return number < m_canonical.size() ? &m_nodes.at(m_canonical[number])->block : nullptr;
}

const Block* Chain::block_by_hash(const Hash& h) const {
    const auto it = m_nodes.find(h);
    return it == m_nodes.end() ? nullptr : &it->second->block;
}

U256 Chain::total_work(const Hash& h) const {
    const auto it = m_nodes.find(h);
    return it == m_nodes.end() ? U256{} : it->second->total_work;
}

std::optional<Receipt> Chain::receipt(const Hash& tx_hash) const {
    const auto it = m_tx_index.find(tx_hash);
    if (it == m_tx_index.end()) return std::nullopt;
    for (const auto& [bh, i] : it->second) {
        const Block& b = m_nodes.at(bh)->block;
        if (b.header.number < m_canonical.size() && m_canonical[b.header.number] == bh)
            return b.receipts[i];
    }
    return std::nullopt;
}

bool Chain::verify_state_root() {
    return m_state.root_uncached() == head().header.state_root &&
           m_state.root() == head().header.state_root;
}

} // namespace mallory::chain
