#include "chain/foundry/reentrant_sender.hpp"

namespace mallory::chain::foundry {

Address ReentrantSender::address() {
    return *parse_address("0x00000000000000000000000000000000Adc0FFEE");
}

void ReentrantSender::install(vm::Executor& ex) {
    ex.bind_native(address(),
                   [this](vm::Executor& e, const vm::Message& msg) { return handle(e, msg); });
    // an INVALID byte, as the analyzer's adversary: it has code, and is never run
    ex.state().set_code(address(), Bytes{0xfe}, nullptr);
}

vm::Result ReentrantSender::handle(vm::Executor& ex, const vm::Message& msg) {
    vm::Result out{vm::Status::Success, msg.gas, 0, {}, {}};
    if (!m_pending || msg.is_static || msg.gas < min_reentry_gas) return out;
    const Reentry r = *std::exchange(m_pending, std::nullopt); // once per step
    vm::Message m;
    m.kind = vm::CallKind::Call;
    m.depth = msg.depth + 1;
    m.gas = msg.gas - msg.gas / 64; // what CALL would forward (EIP-150)
    m.sender = address();
    m.recipient = m.code_address = r.target;
    m.input = r.calldata; // `r` outlives the message that views it
    const vm::Result inner = ex.execute(m);
    m_fired = true;
    // the callback itself succeeds whatever the re-entered call did, as an attacker's
    // fallback that ignores the result of its call
    out.gas_left = msg.gas - (m.gas - inner.gas_left);
    return out;
}

} // namespace mallory::chain::foundry
