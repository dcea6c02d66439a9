#pragma once
// vm.recordLogs() / vm.getRecordedLogs() (LANGUAGE.md §7): the logs emitted since recording
// started, in order, by any contract (the test included, anonymous events too).
//
// The recorder does not watch LOG instructions: it reads the world state's log list, which the
// executor already keeps as the EVM does (a reverted frame's logs are rolled back with it, and
// the list is emptied when a transaction starts). So a log of a call that reverted is never
// recorded, and a transaction's logs are copied out when it ends, which keeps a recording
// started in setUp() alive into the test function (a later transaction), as in Foundry.
// Foundry itself appends at each LOG instruction and so also keeps a reverted call's logs;
// Mallory follows the EVM there (LANGUAGE.md §7).

#include "vm/state.hpp"

#include <cstddef>
#include <vector>

namespace mallory::chain::foundry {

class LogRecorder {
public:
    /// vm.recordLogs(): forgets what was recorded and records from the state's next log on.
    /// `tx_logs` is the state's log list of the running transaction.
    void start(const std::vector<vm::Log>& tx_logs);
    /// vm.getRecordedLogs(): the logs recorded since start() or the last take(), which it
    /// forgets; empty when recording never started.
    std::vector<vm::Log> take(const std::vector<vm::Log>& tx_logs);
    /// A transaction starts (its log list is empty).
    void begin_transaction() noexcept { m_cursor = 0; }
    /// The transaction ends with `tx_logs`; a failed transaction left none of its own.
    void end_transaction(const std::vector<vm::Log>& tx_logs, bool success);
    /// Stops recording and forgets everything (between tests).
    void reset() noexcept;

    [[nodiscard]] bool recording() const noexcept { return m_recording; }

private:
    /// Moves the transaction's logs from the cursor on into m_logs.
    void collect(const std::vector<vm::Log>& tx_logs);

    bool m_recording = false;
    std::vector<vm::Log> m_logs; ///< recorded in earlier transactions or before the cursor moved
    std::size_t m_cursor = 0;    ///< first log of the running transaction not yet collected
};

/// abi.encode(Vm.Log[]) of `logs`, forge-std's `struct Log { bytes32[] topics; bytes data;
/// address emitter; }`: the return data of getRecordedLogs().
vm::Bytes encode_logs(const std::vector<vm::Log>& logs);

} // namespace mallory::chain::foundry
