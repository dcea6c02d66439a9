#include "chain/state.hpp"

#include "chain/merkle.hpp"
#include "chain/rlp.hpp"
#include "vm/keccak.hpp"
#include "vm/serialize.hpp"
#include "vm/slot_table.hpp"

#include <algorithm>
#include <cstring>

namespace mallory::chain {

namespace {

struct Slot {
    U256 key;
    U256 value;
    U256 original;  ///< value at the start of the transaction (valid when orig_gen is current)
    U256 block_pre; ///< value before the block's first write (valid when block_gen is current)
    std::uint32_t orig_gen = 0;
    std::uint32_t warm_gen = 0;
    std::uint32_t block_gen = 0;
    std::uint32_t journal_epoch = 0; ///< WorldState::m_epoch of its last Storage journal entry
};
using Storage = vm::SlotTable<Slot>;

/// (key, value) of every non-zero slot, by key: the order roots and listings use.
std::vector<std::pair<U256, U256>> nonzero_slots(const Storage& storage) {
    std::vector<std::pair<U256, U256>> out;
    for (std::uint32_t i = 0; i < storage.size(); ++i)
        if (!storage.at(i).value.is_zero())
            out.emplace_back(storage.at(i).key, storage.at(i).value);
    std::sort(out.begin(), out.end(),
              [](const auto& x, const auto& y) { return x.first < y.first; });
    return out;
}

bool empty_fields(const AccountFields& f) noexcept {
    return f.nonce == 0 && f.balance.is_zero() && !f.code;
}

} // namespace

bool operator==(const AccountFields& a, const AccountFields& b) noexcept {
    const Hash ha = a.code ? a.code->hash : Hash{}, hb = b.code ? b.code->hash : Hash{};
    return a.nonce == b.nonce && a.balance == b.balance && ha == hb;
}

std::shared_ptr<const Code> Code::make(Bytes bytes,
                                       std::shared_ptr<const vm::ContractCode> contract) {
    auto c = std::make_shared<Code>();
    c->hash = vm::keccak256(BytesView{bytes});
    c->bytes = std::move(bytes);
    c->contract = std::move(contract);
    return c;
}

std::shared_ptr<const Code> Code::load(Bytes bytes) {
    auto loaded = vm::load(BytesView{bytes});
    return make(std::move(bytes), std::move(loaded.code));
}

struct WorldState::Account {
    Address address;
    AccountFields f;
    Storage storage;
    std::uint32_t warm_gen = 0;
    std::uint32_t block_gen = 0; ///< block_pre and block_slots are current
    AccountFields block_pre;
    std::vector<U256> block_slots;
    bool in_dirty = false;
    bool storage_dirty = false;
    Hash storage_root = empty_root();
};

WorldState::WorldState() = default;
WorldState::~WorldState() = default;

std::uint32_t WorldState::index_of(const Address& a) {
    if (m_last_index != UINT32_MAX && a == m_last_address) return m_last_index;
    auto [it, inserted] = m_index.try_emplace(a, static_cast<std::uint32_t>(m_accounts.size()));
    if (inserted) {
        m_accounts.push_back(std::make_unique<Account>());
        m_accounts.back()->address = a;
    }
    m_last_address = a;
    m_last_index = it->second;
    return it->second;
}

const WorldState::Account* WorldState::find(const Address& a) const {
    const auto it = m_index.find(a);
    return it == m_index.end() ? nullptr : m_accounts[it->second].get();
}

WorldState::Account& WorldState::touch_fields(std::uint32_t i) {
    Account& acc = *m_accounts[i];
    if (acc.block_gen != m_block_gen) {
        acc.block_gen = m_block_gen;
        acc.block_pre = acc.f;
        acc.block_slots.clear();
        m_diff_accounts.push_back(i);
    }
    if (!acc.in_dirty) {
        acc.in_dirty = true;
        m_dirty.push_back(i);
    }
    return acc;
}

// ---- vm::State ------------------------------------------------------------------------------

bool WorldState::is_empty(const Address& a) {
    const Account* acc = find(a);
    return acc == nullptr || empty_fields(acc->f);
}

U256 WorldState::balance(const Address& a) {
    const Account* acc = find(a);
    return acc ? acc->f.balance : U256{};
}

void WorldState::set_balance(const Address& a, const U256& v) {
    const std::uint32_t i = index_of(a);
    Account& acc = touch_fields(i);
    m_journal.push_back({Kind::Balance, i, {}, acc.f.balance});
    acc.f.balance = v;
}

std::uint64_t WorldState::nonce(const Address& a) {
    const Account* acc = find(a);
    return acc ? acc->f.nonce : 0;
}

void WorldState::set_nonce(const Address& a, std::uint64_t v) {
    const std::uint32_t i = index_of(a);
    Account& acc = touch_fields(i);
    m_journal.push_back({Kind::Nonce, i, {}, U256{acc.f.nonce}});
    acc.f.nonce = v;
}

std::shared_ptr<const vm::ContractCode> WorldState::code(const Address& a) {
    const Account* acc = find(a);
    return acc && acc->f.code ? acc->f.code->contract : nullptr;
}

std::size_t WorldState::code_size(const Address& a) {
    const Account* acc = find(a);
    return acc && acc->f.code ? acc->f.code->bytes.size() : 0;
}

vm::U256 WorldState::code_hash(const Address& a) {
    if (is_empty(a)) return vm::U256{};
    const Account* acc = find(a);
    return acc && acc->f.code ? vm::load_be(acc->f.code->hash.data())
                              : vm::keccak256_word(vm::BytesView{});
}

void WorldState::set_code(const Address& a, Bytes bytes,
                          std::shared_ptr<const vm::ContractCode> c) {
    set_code(a, Code::make(std::move(bytes), std::move(c)));
}

void WorldState::set_code(const Address& a, std::shared_ptr<const Code> c) {
    const std::uint32_t i = index_of(a);
    Account& acc = touch_fields(i);
    m_journal.push_back({Kind::Code, i, {}, U256{m_code_journal.size()}});
    m_code_journal.push_back(std::move(acc.f.code));
    acc.f.code = std::move(c);
}

vm::StorageRead WorldState::sload(const Address& a, const U256& key) {
    const std::uint32_t i = index_of(a);
    Slot& s = m_accounts[i]->storage[key];
    if (s.warm_gen == m_tx_gen) return {s.value, false};
    m_journal.push_back({Kind::SlotWarm, i, key, U256{s.warm_gen}});
    s.warm_gen = m_tx_gen;
    return {s.value, true};
}

vm::StorageWrite WorldState::sstore(const Address& a, const U256& key, const U256& value) {
    const std::uint32_t i = index_of(a);
    Account& acc = touch_fields(i);
    Slot& s = acc.storage[key];
    const bool cold = s.warm_gen != m_tx_gen;
    if (s.orig_gen != m_tx_gen) {
        s.orig_gen = m_tx_gen;
        s.original = s.value;
    }
    if (s.block_gen != m_block_gen) {
        s.block_gen = m_block_gen;
        s.block_pre = s.value;
        acc.block_slots.push_back(key);
    }
    vm::StorageWrite w{s.original, s.value, cold, true};
    // A cold slot is untouched in this transaction, so its last entry is from an older epoch:
    // one entry restores both its value and its coldness (any generation but the current one
    // is cold), half the journal of a write to a fresh slot.
    if (cold) {
        m_journal.push_back({Kind::StorageCold, i, key, s.value});
        s.warm_gen = m_tx_gen;
        s.journal_epoch = m_epoch;
    } else if (s.journal_epoch != m_epoch) {
        m_journal.push_back({Kind::Storage, i, key, s.value});
        s.journal_epoch = m_epoch;
    } else {
        w.journaled = false;
    }
    s.value = value;
    acc.storage_dirty = true;
    return w;
}

U256 WorldState::peek_storage(const Address& a, const U256& key) {
    const Account* acc = find(a);
    if (!acc) return {};
    const std::uint32_t i = acc->storage.find(key);
    return i == Storage::none ? U256{} : acc->storage.at(i).value;
}

bool WorldState::access_account(const Address& a) {
    const std::uint32_t i = index_of(a);
    Account& acc = *m_accounts[i];
    if (acc.warm_gen == m_tx_gen) return false;
    m_journal.push_back({Kind::AccountWarm, i, {}, U256{acc.warm_gen}});
    acc.warm_gen = m_tx_gen;
    return true;
}

void WorldState::tstore(const Address& a, const U256& key, const U256& value) {
    m_transient.store(a, key, value);
    m_journal.push_back({Kind::Transient, 0, {}, {}});
}

void WorldState::emit_log(vm::Log log) {
    m_journal.push_back({Kind::Log, 0, {}, {}});
    m_logs.push_back(std::move(log));
}

void WorldState::undo(const Entry& e) {
    // A transient entry names no account (a state may have none yet): its record is in
    // m_transient.
    if (e.kind == Kind::Transient) return m_transient.undo_last();
    Account& acc = *m_accounts[e.account];
    switch (e.kind) {
    case Kind::Balance:
        acc.f.balance = e.prev;
        break;
    case Kind::Nonce:
        acc.f.nonce = e.prev.low();
        break;
    case Kind::Code:
        acc.f.code = std::move(m_code_journal[e.prev.low()]);
        m_code_journal.pop_back();
        break;
    case Kind::Storage:
        acc.storage[e.key].value = e.prev;
        break;
    case Kind::StorageCold: {
        Slot& slot = acc.storage[e.key];
        slot.value = e.prev;
        slot.warm_gen = 0; // never a transaction's generation: cold again
        break;
    }
    case Kind::SlotWarm:
        acc.storage[e.key].warm_gen = static_cast<std::uint32_t>(e.prev.low());
        break;
    case Kind::AccountWarm:
        acc.warm_gen = static_cast<std::uint32_t>(e.prev.low());
        break;
    case Kind::Log:
        m_logs.pop_back();
        break;
    case Kind::Transient: // undone above
        break;
    }
}

void WorldState::revert_to(vm::Snapshot s) {
    ++m_epoch;
    while (m_journal.size() > s) {
        undo(m_journal.back());
        m_journal.pop_back();
    }
}

void WorldState::begin_transaction() {
    ++m_tx_gen;
    ++m_epoch;
    m_journal.clear();
    m_code_journal.clear();
    m_logs.clear();
    m_transient.reset();
}

void WorldState::end_transaction() {
    for (std::size_t n = m_transient.clear_journaled(); n > 0; --n)
        m_journal.push_back({Kind::Transient, 0, {}, {}});
}

// ---- chain-side access ------------------------------------------------------------------------

std::shared_ptr<const Code> WorldState::code_of(const Address& a) const {
    const Account* acc = find(a);
    return acc ? acc->f.code : nullptr;
}

void WorldState::destroy_account(const Address& a) {
    for (const auto& [key, value] : storage(a))
        sstore(a, key, U256{}); // journaled, and recorded in the block's diff
    set_code(a, std::shared_ptr<const Code>{});
    set_nonce(a, 0);
    set_balance(a, U256{});
}

bool WorldState::exists(const Address& a) const {
    const Account* acc = find(a);
    if (!acc) return false;
    if (!empty_fields(acc->f)) return true;
    for (std::uint32_t i = 0; i < acc->storage.size(); ++i)
        if (!acc->storage.at(i).value.is_zero()) return true;
    return false;
}

AccountInfo WorldState::info(const Address& a) const {
    AccountInfo r;
    r.code_hash = empty_root();
    const Account* acc = find(a);
    if (!acc) return r;
    r.nonce = acc->f.nonce;
    r.balance = acc->f.balance;
    if (acc->f.code) {
        r.code_hash = acc->f.code->hash;
        r.code_size = acc->f.code->bytes.size();
    }
    for (std::uint32_t i = 0; i < acc->storage.size(); ++i)
        r.storage_slots += acc->storage.at(i).value.is_zero() ? 0 : 1;
    return r;
}

std::vector<std::pair<U256, U256>> WorldState::storage(const Address& a) const {
    const Account* acc = find(a);
    return acc ? nonzero_slots(acc->storage) : std::vector<std::pair<U256, U256>>{};
}

std::vector<Address> WorldState::accounts() const {
    std::vector<Address> out;
    for (const auto& [addr, i] : m_index) {
        (void)i;
        if (exists(addr)) out.push_back(addr);
    }
    std::sort(out.begin(), out.end());
    return out;
}

// ---- roots ----------------------------------------------------------------------------------

namespace {

Hash storage_root_of(const Storage& storage) {
    const std::vector<std::pair<U256, U256>> slots = nonzero_slots(storage);
    std::vector<Hash> leaves;
    leaves.reserve(slots.size());
    std::uint8_t buf[64];
    for (const auto& [k, v] : slots) {
        vm::store_be(buf, k);
        vm::store_be(buf + 32, v);
        leaves.push_back(merkle_leaf(BytesView{buf, 64}));
    }
    return merkle_root(std::move(leaves));
}

/// The leaf of an account, or nothing when the account is empty (not in the tree).
std::optional<Hash> account_leaf(const Address& a, const AccountFields& f, const Hash& sroot) {
    if (empty_fields(f) && sroot == empty_root()) return std::nullopt;
    std::uint8_t buf[20 + 8 + 32 + 32 + 32];
    std::memcpy(buf, a.bytes.data(), 20);
    for (int i = 0; i < 8; ++i)
        buf[20 + i] = static_cast<std::uint8_t>(f.nonce >> (56 - 8 * i));
    vm::store_be(buf + 28, f.balance);
    const Hash& ch = f.code ? f.code->hash : empty_root();
    std::memcpy(buf + 60, ch.data(), 32);
    std::memcpy(buf + 92, sroot.data(), 32);
    return merkle_leaf(BytesView{buf, sizeof buf});
}

} // namespace

Hash WorldState::root() {
    // Nothing changed since the last root (an empty block): the leaves are those it hashed.
    if (m_dirty.empty() && m_root) return *m_root;
    for (const std::uint32_t i : m_dirty) {
        Account& acc = *m_accounts[i];
        acc.in_dirty = false;
        if (acc.storage_dirty) {
            acc.storage_root = storage_root_of(acc.storage);
            acc.storage_dirty = false;
        }
        if (auto leaf = account_leaf(acc.address, acc.f, acc.storage_root))
            m_leaves[acc.address] = *leaf;
        else
            m_leaves.erase(acc.address);
    }
    m_dirty.clear();
    std::vector<Hash> leaves;
    leaves.reserve(m_leaves.size());
    for (const auto& kv : m_leaves)
        leaves.push_back(kv.second);
    m_root = merkle_root(std::move(leaves));
    return *m_root;
}

Hash WorldState::root_uncached() const {
    std::vector<std::pair<Address, Hash>> leaves;
    for (const auto& acc : m_accounts)
        if (auto leaf = account_leaf(acc->address, acc->f, storage_root_of(acc->storage)))
            leaves.emplace_back(acc->address, *leaf);
    std::sort(leaves.begin(), leaves.end(),
              [](const auto& x, const auto& y) { return x.first < y.first; });
    std::vector<Hash> hs;
    for (auto& kv : leaves)
        hs.push_back(kv.second);
    return merkle_root(std::move(hs));
}

// ---- block diffs ------------------------------------------------------------------------------

StateDiff WorldState::take_diff() {
    StateDiff d;
    for (const std::uint32_t i : m_diff_accounts) {
        Account& acc = *m_accounts[i];
        if (!(acc.block_pre == acc.f)) d.accounts.push_back({acc.address, acc.block_pre, acc.f});
        for (const U256& k : acc.block_slots) {
            const Slot& s = acc.storage[k];
            if (!(s.block_pre == s.value))
                d.slots.push_back({acc.address, k, s.block_pre, s.value});
        }
        acc.block_slots.clear();
        acc.block_slots.shrink_to_fit();
    }
    m_diff_accounts.clear();
    ++m_block_gen;
    begin_transaction();
    std::sort(d.accounts.begin(), d.accounts.end(),
              [](const auto& x, const auto& y) { return x.address < y.address; });
    std::sort(d.slots.begin(), d.slots.end(), [](const auto& x, const auto& y) {
        return x.address != y.address ? x.address < y.address : x.key < y.key;
    });
    return d;
}

void WorldState::set_fields(const Address& a, const AccountFields& f) {
    const std::uint32_t i = index_of(a);
    Account& acc = *m_accounts[i];
    acc.f = f;
    if (!acc.in_dirty) {
        acc.in_dirty = true;
        m_dirty.push_back(i);
    }
}

void WorldState::apply(const StateDiff& d, bool forward) {
    for (const auto& c : d.accounts)
        set_fields(c.address, forward ? c.post : c.pre);
    for (const auto& c : d.slots) {
        const std::uint32_t i = index_of(c.address);
        Account& acc = *m_accounts[i];
        acc.storage[c.key].value = forward ? c.post : c.pre;
        acc.storage_dirty = true;
        if (!acc.in_dirty) {
            acc.in_dirty = true;
            m_dirty.push_back(i);
        }
    }
    begin_transaction();
}

// ---- diff encoding ------------------------------------------------------------------------------

namespace {

void encode_fields(rlp::Encoder& e, const AccountFields& f) {
    const auto m = e.begin_list();
    e.uint(f.nonce);
    e.uint(f.balance);
    e.bytes(f.code ? BytesView{f.code->bytes} : BytesView{});
    e.uint(std::uint64_t{f.code ? 1u : 0u});
    e.end_list(m);
}

bool decode_fields(rlp::Reader& r, AccountFields& f) {
    rlp::Reader l{{}};
    BytesView code;
    std::uint64_t has_code = 0;
    if (!(l = rlp::Reader{{}}, r.list(l)) || !l.uint(f.nonce) || !l.uint(f.balance) ||
        !l.bytes(code) || !l.uint(has_code) || !l.finish() || has_code > 1)
        return false;
    f.code = has_code ? Code::load(Bytes(code.begin(), code.end())) : nullptr;
    return true;
}

} // namespace

Bytes StateDiff::encode() const {
    rlp::Encoder e;
    const auto top = e.begin_list();
    auto m = e.begin_list();
    for (const auto& c : accounts) {
        const auto cm = e.begin_list();
        e.address(c.address);
        encode_fields(e, c.pre);
        encode_fields(e, c.post);
        e.end_list(cm);
    }
    e.end_list(m);
    m = e.begin_list();
    for (const auto& c : slots) {
        const auto cm = e.begin_list();
        e.address(c.address);
        e.uint(c.key);
        e.uint(c.pre);
        e.uint(c.post);
        e.end_list(cm);
    }
    e.end_list(m);
    e.end_list(top);
    return std::move(e).take();
}

bool StateDiff::decode(BytesView in, StateDiff& out) {
    out = {};
    rlp::Reader top{in}, body{{}}, accs{{}}, slots{{}};
    if (!top.list(body) || !top.finish() || !body.list(accs) || !body.list(slots) || !body.finish())
        return false;
    while (!accs.at_end()) {
        rlp::Reader c{{}};
        AccountChange ch;
        if (!accs.list(c) || !c.address(ch.address) || !decode_fields(c, ch.pre) ||
            !decode_fields(c, ch.post) || !c.finish())
            return false;
        out.accounts.push_back(std::move(ch));
    }
    while (!slots.at_end()) {
        rlp::Reader c{{}};
        SlotChange ch;
        if (!slots.list(c) || !c.address(ch.address) || !c.uint(ch.key) || !c.uint(ch.pre) ||
            !c.uint(ch.post) || !c.finish())
            return false;
        out.slots.push_back(ch);
    }
    return true;
}

} // namespace mallory::chain
