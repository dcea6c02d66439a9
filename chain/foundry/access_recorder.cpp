#include "chain/foundry/access_recorder.hpp"

namespace mallory::chain::foundry {

namespace {

/// A dynamic array of words: its length, then the words.
void append_array(Bytes& out, const std::vector<U256>& words) {
    append_word(out, U256{words.size()});
    for (const U256& w : words)
        append_word(out, w);
}

} // namespace

void AccessRecorder::start() {
    m_slots.clear();
    m_recording = true;
}

void AccessRecorder::on_access(const Address& account, const U256& slot, bool write) {
    Slots& s = m_slots[account];
    s.reads.push_back(slot);
    if (write) s.writes.push_back(slot);
}

Bytes AccessRecorder::encode_accesses(const Address& target) const {
    static const Slots none;
    const auto it = m_slots.find(target);
    const Slots& s = it == m_slots.end() ? none : it->second;
    Bytes out;
    append_word(out, U256{64});                             // offset of reads
    append_word(out, U256{64 + 32 * (1 + s.reads.size())}); // offset of writes
    append_array(out, s.reads);
    append_array(out, s.writes);
    return out;
}

} // namespace mallory::chain::foundry
