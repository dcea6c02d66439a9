#include "vm/transient_storage.hpp"

namespace mallory::vm {

namespace {

void put(std::map<std::pair<Address, U256>, U256>& slots, const std::pair<Address, U256>& k,
         const U256& v) {
    if (v.is_zero())
        slots.erase(k);
    else
        slots.insert_or_assign(k, v);
}

} // namespace

U256 TransientStorage::load(const Address& a, const U256& key) const {
    const auto it = m_slots.find(Key{a, key});
    return it == m_slots.end() ? U256{} : it->second;
}

void TransientStorage::store(const Address& a, const U256& key, const U256& value) {
    const Key k{a, key};
    m_undo.push_back(Undo{k, load(a, key)});
    put(m_slots, k, value);
}

void TransientStorage::undo_last() {
    if (m_undo.empty()) return; // a journal entry without its record: nothing to restore
    put(m_slots, m_undo.back().key, m_undo.back().prev);
    m_undo.pop_back();
}

std::size_t TransientStorage::clear_journaled() {
    std::vector<Key> keys;
    keys.reserve(m_slots.size());
    for (const auto& [k, v] : m_slots)
        keys.push_back(k);
    for (const Key& k : keys)
        store(k.first, k.second, U256{});
    return keys.size();
}

void TransientStorage::reset() {
    m_slots.clear();
    m_undo.clear();
}

bool TransientStorage::empty() const {
    return m_slots.empty();
}

} // namespace mallory::vm
