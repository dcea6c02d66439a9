#include "vm/memory_state.hpp"

#include "vm/keccak.hpp"
#include "vm/serialize.hpp"
#include "vm/slot_table.hpp"

namespace mallory::vm {

namespace {

constexpr std::uint32_t kWarm = 1u << 31;  ///< slot accessed in this transaction
constexpr std::uint32_t kDirty = 1u << 30; ///< slot written in this transaction: original recorded
constexpr std::uint32_t kOrigMask = kDirty - 1;

struct Slot {
    U256 key;
    U256 value;
    std::uint32_t gen = 0;  ///< transaction generation of `meta`; stale generation = cold, clean
    std::uint32_t meta = 0; ///< kWarm | kDirty | index into m_originals (0 = original is zero)
};
static_assert(sizeof(Slot) == 72);

std::uint64_t pack(const Slot& s) noexcept {
    return (std::uint64_t{s.gen} << 32) | s.meta;
}
void unpack(Slot& s, std::uint64_t v) noexcept {
    s.gen = static_cast<std::uint32_t>(v >> 32);
    s.meta = static_cast<std::uint32_t>(v);
}

} // namespace

struct MemoryState::Account {
    U256 balance;
    std::uint64_t nonce = 0;
    Bytes code_bytes;
    std::shared_ptr<const ContractCode> code;
    std::uint32_t warm_gen = 0;
    SlotTable<Slot> storage;
    std::uint64_t digest = 0; ///< storage_digest(), kept by every write and undo
};

MemoryState::MemoryState() : m_originals(1) {}
MemoryState::~MemoryState() = default;

std::uint32_t MemoryState::account_index(const Address& a) {
    if (m_last_index != UINT32_MAX && a == m_last_address) return m_last_index;
    auto [it, inserted] = m_index.try_emplace(a, static_cast<std::uint32_t>(m_accounts.size()));
    if (inserted) m_accounts.push_back(std::make_unique<Account>());
    m_last_address = a;
    m_last_index = it->second;
    return it->second;
}

void MemoryState::record(Kind k, std::uint32_t acct, std::uint32_t slot, std::uint64_t aux,
                         const U256* prev_value) {
    const bool has_value = prev_value != nullptr && !prev_value->is_zero();
    if (has_value) m_journal_values.push_back(*prev_value);
    m_journal.push_back(JournalEntry{k, has_value, acct, slot, aux});
}

bool MemoryState::is_empty(const Address& a) {
    const Account& acc = account(a);
    return acc.nonce == 0 && acc.balance.is_zero() && acc.code_bytes.empty();
}

U256 MemoryState::balance(const Address& a) {
    return account(a).balance;
}

void MemoryState::set_balance(const Address& a, const U256& v) {
    const std::uint32_t i = account_index(a);
    Account& acc = *m_accounts[i];
    record(Kind::Balance, i, 0, 0, &acc.balance);
    acc.balance = v;
}

std::uint64_t MemoryState::nonce(const Address& a) {
    return account(a).nonce;
}

void MemoryState::set_nonce(const Address& a, std::uint64_t v) {
    const std::uint32_t i = account_index(a);
    record(Kind::Nonce, i, 0, m_accounts[i]->nonce, nullptr);
    m_accounts[i]->nonce = v;
}

std::shared_ptr<const ContractCode> MemoryState::code(const Address& a) {
    return account(a).code;
}

std::size_t MemoryState::code_size(const Address& a) {
    return account(a).code_bytes.size();
}

U256 MemoryState::code_hash(const Address& a) {
    if (is_empty(a)) return U256{};
    return keccak256_word(account(a).code_bytes);
}

void MemoryState::set_code(const Address& a, Bytes bytes, std::shared_ptr<const ContractCode> c) {
    const std::uint32_t i = account_index(a);
    record(Kind::Code, i, 0, 0, nullptr);
    m_accounts[i]->code_bytes = std::move(bytes);
    m_accounts[i]->code = std::move(c);
}

StorageRead MemoryState::sload(const Address& a, const U256& key) {
    const std::uint32_t ai = account_index(a);
    SlotTable<Slot>& t = m_accounts[ai]->storage;
    const std::uint32_t si = t.find_or_insert(key);
    Slot& s = t.at(si);
    if (s.gen == m_tx_gen && (s.meta & kWarm) != 0) return {s.value, false};
    record(Kind::SlotMeta, ai, si, pack(s), nullptr);
    s.meta = s.gen == m_tx_gen ? (s.meta | kWarm) : kWarm;
    s.gen = m_tx_gen;
    return {s.value, true};
}

StorageWrite MemoryState::sstore(const Address& a, const U256& key, const U256& value) {
    const std::uint32_t ai = account_index(a);
    SlotTable<Slot>& t = m_accounts[ai]->storage;
    const std::uint32_t si = t.find_or_insert(key);
    Slot& s = t.at(si);
    const bool fresh = s.gen != m_tx_gen;
    const bool cold = fresh || (s.meta & kWarm) == 0;
    StorageWrite w{s.value, s.value, cold, true};
    record(Kind::SlotWrite, ai, si, pack(s), &s.value);
    if (!fresh && (s.meta & kDirty) != 0) {
        const std::uint32_t oi = s.meta & kOrigMask;
        w.original = oi == 0 ? U256{} : m_originals[oi];
    } else {
        std::uint32_t oi = 0;
        if (!s.value.is_zero()) {
            oi = static_cast<std::uint32_t>(m_originals.size());
            m_originals.push_back(s.value);
        }
        s.meta = kDirty | oi;
    }
    s.meta |= kWarm;
    s.gen = m_tx_gen;
    m_accounts[ai]->digest ^= storage_entry_digest(key, s.value) ^ storage_entry_digest(key, value);
    s.value = value;
    return w;
}

U256 MemoryState::peek_storage(const Address& a, const U256& key) {
    SlotTable<Slot>& t = account(a).storage;
    const std::uint32_t si = t.find(key);
    return si == UINT32_MAX ? U256{} : t.at(si).value;
}

std::uint64_t MemoryState::storage_digest(const Address& a) {
    return account(a).digest;
}

bool MemoryState::access_account(const Address& a) {
    const std::uint32_t i = account_index(a);
    Account& acc = *m_accounts[i];
    if (acc.warm_gen == m_tx_gen) return false;
    record(Kind::AccountWarm, i, 0, acc.warm_gen, nullptr);
    acc.warm_gen = m_tx_gen;
    return true;
}

void MemoryState::tstore(const Address& a, const U256& key, const U256& value) {
    m_transient.store(a, key, value);
    record(Kind::Transient, 0, 0, 0, nullptr);
}

void MemoryState::emit_log(Log log) {
    record(Kind::Log, 0, 0, 0, nullptr);
    m_logs.push_back(std::move(log));
}

void MemoryState::undo(const JournalEntry& e) {
    U256 prev;
    if (e.has_value) {
        prev = m_journal_values.back();
        m_journal_values.pop_back();
    }
    // A transient entry names no account (a state may have none yet): its record is in
    // m_transient.
    if (e.kind == Kind::Transient) return m_transient.undo_last();
    Account& acc = *m_accounts[e.account];
    switch (e.kind) {
    case Kind::Balance:
        acc.balance = prev;
        break;
    case Kind::Nonce:
        acc.nonce = e.aux;
        break;
    case Kind::Code:
        acc.code_bytes.clear();
        acc.code.reset();
        break;
    case Kind::SlotMeta:
        unpack(acc.storage.at(e.slot), e.aux);
        break;
    case Kind::SlotWrite: {
        Slot& s = acc.storage.at(e.slot);
        unpack(s, e.aux);
        acc.digest ^= storage_entry_digest(s.key, s.value) ^ storage_entry_digest(s.key, prev);
        s.value = prev;
        break;
    }
    case Kind::AccountWarm:
        acc.warm_gen = static_cast<std::uint32_t>(e.aux);
        break;
    case Kind::Log:
        m_logs.pop_back();
        break;
    case Kind::Transient: // undone above
        break;
    }
}

void MemoryState::revert_to(Snapshot s) {
    while (m_journal.size() > s) {
        undo(m_journal.back());
        m_journal.pop_back();
    }
}

void MemoryState::begin_transaction() {
    ++m_tx_gen;
    m_journal.clear();
    m_journal_values.clear();
    m_originals.resize(1);
    m_logs.clear();
    m_transient.reset();
}

void MemoryState::end_transaction() {
    for (std::size_t n = m_transient.clear_journaled(); n > 0; --n)
        record(Kind::Transient, 0, 0, 0, nullptr);
}

void MemoryState::install(const Address& a, const ContractCode& c) {
    auto bytes = serialize(c);
    auto loaded = load(bytes);
    set_code(a, std::move(bytes), loaded.code);
}

void MemoryState::destroy_account(const Address& a) {
    std::vector<U256> keys;
    const SlotTable<Slot>& t = account(a).storage;
    for (std::uint32_t i = 0; i < t.size(); ++i)
        if (!t.at(i).value.is_zero()) keys.push_back(t.at(i).key);
    for (const U256& k : keys)
        sstore(a, k, U256{}); // journaled, and the digest follows
    set_code(a, {}, nullptr);
    set_nonce(a, 0);
    set_balance(a, U256{});
}

std::size_t MemoryState::storage_count(const Address& a) {
    SlotTable<Slot>& t = account(a).storage;
    std::size_t n = 0;
    for (std::uint32_t i = 0; i < t.size(); ++i)
        n += t.at(i).value.is_zero() ? 0 : 1;
    return n;
}

} // namespace mallory::vm
