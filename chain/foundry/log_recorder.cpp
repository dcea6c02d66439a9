#include "chain/foundry/log_recorder.hpp"

#include <algorithm>
#include <utility>

namespace mallory::chain::foundry {

namespace {

void put_word(vm::Bytes& out, const vm::U256& w) {
    const auto b = vm::to_bytes(w);
    out.insert(out.end(), b.begin(), b.end());
}

void put_size(vm::Bytes& out, std::size_t n) {
    put_word(out, vm::U256{static_cast<std::uint64_t>(n)});
}

/// Bytes padded with zeros to a multiple of 32.
void put_padded(vm::Bytes& out, const vm::Bytes& data) {
    out.insert(out.end(), data.begin(), data.end());
    out.resize(out.size() + (32 - data.size() % 32) % 32, 0);
}

/// One Log tuple: head (offset of topics, offset of data, emitter), then the two tails.
vm::Bytes encode_log(const vm::Log& log) {
    vm::Bytes out;
    const std::size_t topics_size = 32 * (1 + log.topics.size());
    put_size(out, 3 * 32);
    put_size(out, 3 * 32 + topics_size);
    put_word(out, log.address.to_word());
    put_size(out, log.topics.size());
    for (const vm::U256& t : log.topics)
        put_word(out, t);
    put_size(out, log.data.size());
    put_padded(out, log.data);
    return out;
}

} // namespace

void LogRecorder::start(const std::vector<vm::Log>& tx_logs) {
    m_recording = true;
    m_logs.clear();
    m_cursor = tx_logs.size();
}

std::vector<vm::Log> LogRecorder::take(const std::vector<vm::Log>& tx_logs) {
    if (!m_recording) return {};
    collect(tx_logs);
    return std::exchange(m_logs, {});
}

void LogRecorder::end_transaction(const std::vector<vm::Log>& tx_logs, bool success) {
    if (m_recording && success) collect(tx_logs);
    m_cursor = 0;
}

void LogRecorder::reset() noexcept {
    m_recording = false;
    m_logs.clear();
    m_cursor = 0;
}

void LogRecorder::collect(const std::vector<vm::Log>& tx_logs) {
    // A frame that was running when the cursor moved may have reverted since, taking logs
    // below the cursor with it: nothing after the list's end is left to copy.
    const std::size_t from = std::min(m_cursor, tx_logs.size());
    m_logs.insert(m_logs.end(), tx_logs.begin() + static_cast<std::ptrdiff_t>(from), tx_logs.end());
    m_cursor = tx_logs.size();
}

vm::Bytes encode_logs(const std::vector<vm::Log>& logs) {
    std::vector<vm::Bytes> tuples;
    tuples.reserve(logs.size());
    for (const vm::Log& log : logs)
        tuples.push_back(encode_log(log));
    vm::Bytes out;
    put_size(out, 32); // offset of the array
    put_size(out, logs.size());
    std::size_t offset = 32 * logs.size(); // tuple offsets count from after the length word
    for (const vm::Bytes& t : tuples) {
        put_size(out, offset);
        offset += t.size();
    }
    for (const vm::Bytes& t : tuples)
        out.insert(out.end(), t.begin(), t.end());
    return out;
}

} // namespace mallory::chain::foundry
