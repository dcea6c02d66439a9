#include "chain/mempool.hpp"

#include <algorithm>

namespace mallory::chain {

bool Mempool::has(const Address& sender, std::uint64_t nonce) const {
    return find(sender, nonce) != nullptr;
}

std::uint64_t Mempool::next_nonce(const Address& sender, std::uint64_t state_nonce) const {
    const auto it = m_by_sender.find(sender);
    std::uint64_t n = state_nonce;
    if (it == m_by_sender.end()) return n;
    for (auto e = it->second.lower_bound(n); e != it->second.end() && e->first == n; ++e)
        ++n;
    return n;
}

void Mempool::add(Transaction tx, const Hash& h) {
    m_hashes.insert(h);
    const Address from = tx.from;
    const std::uint64_t nonce = tx.nonce;
    m_by_sender[from][nonce] = Entry{std::move(tx), h, m_seq++};
}

const Mempool::Entry* Mempool::find(const Address& sender, std::uint64_t nonce) const {
    const auto it = m_by_sender.find(sender);
    if (it == m_by_sender.end()) return nullptr;
    const auto e = it->second.find(nonce);
    return e == it->second.end() ? nullptr : &e->second;
}

void Mempool::remove(const Address& sender, std::uint64_t nonce) {
    const auto it = m_by_sender.find(sender);
    if (it == m_by_sender.end()) return;
    const auto e = it->second.find(nonce);
    if (e == it->second.end()) return;
    m_hashes.erase(e->second.hash);
    it->second.erase(e);
    if (it->second.empty()) m_by_sender.erase(it);
}

void Mempool::prune(const Address& sender, std::uint64_t state_nonce) {
    const auto it = m_by_sender.find(sender);
    if (it == m_by_sender.end()) return;
    while (!it->second.empty() && it->second.begin()->first < state_nonce) {
        m_hashes.erase(it->second.begin()->second.hash);
        it->second.erase(it->second.begin());
    }
    if (it->second.empty()) m_by_sender.erase(it);
}

std::vector<Address> Mempool::senders() const {
    std::vector<Address> out;
    out.reserve(m_by_sender.size());
    for (const auto& kv : m_by_sender)
        out.push_back(kv.first);
    std::sort(out.begin(), out.end());
    return out;
}

std::vector<Transaction> Mempool::ordered() const {
    std::vector<const Entry*> all;
    for (const auto& [sender, by_nonce] : m_by_sender)
        for (const auto& [nonce, e] : by_nonce)
            all.push_back(&e);
    std::sort(all.begin(), all.end(),
              [](const Entry* a, const Entry* b) { return a->seq < b->seq; });
    std::vector<Transaction> out;
    out.reserve(all.size());
    for (const Entry* e : all)
        out.push_back(e->tx);
    return out;
}

} // namespace mallory::chain
