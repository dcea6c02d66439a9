#include "chain/foundry/log_recorder.hpp"

#include "chain/foundry/abi.hpp"

#include <algorithm>
#include <utility>

namespace mallory::chain::foundry {

namespace {

/// One Log tuple: head (offset of topics, offset of data, emitter), then the two tails.
vm::Bytes encode_log(const vm::Log& log) {
    vm::Bytes out;
    const std::size_t topics_size = 32 * (1 + log.topics.size());
    append_word(out, vm::U256{3 * 32});
    append_word(out, vm::U256{3 * 32 + topics_size});
    append_word(out, log.address.to_word());
    append_word(out, vm::U256{log.topics.size()});
    for (const vm::U256& t : log.topics)
        append_word(out, t);
    append_padded(out, log.data);
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
    append_word(out, vm::U256{32}); // offset of the array
    append_word(out, vm::U256{logs.size()});
    std::size_t offset = 32 * logs.size(); // tuple offsets count from after the length word
    for (const vm::Bytes& t : tuples) {
        append_word(out, vm::U256{offset});
        offset += t.size();
    }
    for (const vm::Bytes& t : tuples)
        out.insert(out.end(), t.begin(), t.end());
    return out;
}

} // namespace mallory::chain::foundry
