#pragma once
// vm.record() / vm.accesses(target) / vm.stopRecord(): the storage slots each account's code
// read (SLOAD) and wrote (SSTORE) since record(), in order, repeats included; a write counts
// as a read too, as in Foundry. forge-std's stdstore finds a variable's slot this way, and so
// does Test's deal(token, to, amount): it records a balanceOf call's reads and tries them.
//
// The FoundryTracer (session.hpp) feeds it from the instructions, which it observes only while
// recording, from the call after vm.record() on (the frame that called record() keeps the
// executor's fast loop: its own accesses are not recorded).

#include "chain/foundry/abi.hpp"

#include <map>
#include <vector>

namespace mallory::chain::foundry {

class AccessRecorder {
public:
    /// vm.record(): forgets what was recorded and records from the next call on.
    void start();
    /// vm.stopRecord(): keeps what was recorded, records nothing more.
    void stop() noexcept { m_recording = false; }
    [[nodiscard]] bool recording() const noexcept { return m_recording; }
    /// The code running for `account` (its storage) read or wrote `slot`.
    void on_access(const Address& account, const U256& slot, bool write);
    /// vm.accesses(target)'s return data: abi.encode(bytes32[] reads, bytes32[] writes).
    [[nodiscard]] Bytes encode_accesses(const Address& target) const;

private:
    struct Slots {
        std::vector<U256> reads, writes;
    };
    bool m_recording = false;
    std::map<Address, Slots> m_slots;
};

} // namespace mallory::chain::foundry
