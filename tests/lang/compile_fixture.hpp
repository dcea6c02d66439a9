#pragma once
// Compiles Solidity source with the whole front end and runs it on the VM with a journaled
// in-memory state: the harness of the compiler's language-feature tests.

#include "lang/compiler.hpp"
#include "lang/frontend.hpp"
#include "vm/executor.hpp"
#include "vm/keccak.hpp"
#include "vm/memory_state.hpp"
#include "vm/serialize.hpp"

#include <gtest/gtest.h>
#include <string>
#include <vector>

namespace mallory::lang::testing {

/// ABI words for calls: uint/int/bool/address values as 32-byte big-endian words.
inline vm::Bytes word(const vm::U256& v) {
    vm::Bytes out(32);
    vm::store_be(out.data(), v);
    return out;
}

inline vm::Bytes calldata(std::string_view signature, const std::vector<vm::U256>& args = {}) {
    auto s = vm::selector_of(signature);
    vm::Bytes out(s.begin(), s.end());
    for (const vm::U256& a : args) {
        vm::Bytes w = word(a);
        out.insert(out.end(), w.begin(), w.end());
    }
    return out;
}

inline vm::U256 ether(std::uint64_t n) {
    return vm::U256{n} * vm::U256{1'000'000'000'000'000'000ull};
}

class CompiledProgram {
public:
    explicit CompiledProgram(const std::string& source)
        : CompiledProgram(std::vector<std::pair<std::string, std::string>>{{"test.sol", source}}) {}
    /// Several files as (path, text) pairs, importing one another by those paths.
    explicit CompiledProgram(const std::vector<std::pair<std::string, std::string>>& files)
        : m_front(check_sources(files)) {
        if (!m_front.ok()) {
            ADD_FAILURE() << render_all(m_front.sources, m_front.diagnostics.sorted(), false);
            return;
        }
        Diagnostics diagnostics;
        m_output = compile(m_front.sources, *m_front.model, diagnostics);
        if (diagnostics.has_errors())
            ADD_FAILURE() << render_all(m_front.sources, diagnostics.sorted(), false);
    }
    const CompiledContract* find(std::string_view name) const { return m_output.find(name); }

private:
    FrontendResult m_front;
    CompileOutput m_output;
};

/// A tiny chain: funded accounts, deployments and calls through vm::Executor::transact.
class VmWorld {
public:
    VmWorld() : m_exec(m_state) {
        m_state.set_balance(alice, ether(1000));
        m_state.set_balance(bob, ether(1000));
    }

    static inline const vm::Address alice = vm::Address::from_u64(0xA11CE);
    static inline const vm::Address bob = vm::Address::from_u64(0xB0B);

    vm::TxResult deploy(const CompiledContract& c, const vm::Bytes& args = {},
                        const vm::U256& value = {}, const vm::Address& from = alice) {
        vm::Transaction tx;
        tx.from = from;
        tx.data = vm::serialize(*c.code);
        tx.data.insert(tx.data.end(), args.begin(), args.end());
        tx.value = value;
        tx.gas_limit = 30'000'000;
        return m_exec.transact(tx);
    }

    vm::TxResult call(const vm::Address& to, const vm::Bytes& data, const vm::U256& value = {},
                      const vm::Address& from = alice) {
        vm::Transaction tx;
        tx.from = from;
        tx.to = to;
        tx.data = data;
        tx.value = value;
        tx.gas_limit = 30'000'000;
        return m_exec.transact(tx);
    }

    /// Calls and returns the first word of the output (fails the test on revert).
    vm::U256 call_word(const vm::Address& to, const vm::Bytes& data) {
        vm::TxResult r = call(to, data);
        EXPECT_EQ(r.result.status, vm::Status::Success) << vm::to_string(r.result.status);
        if (r.result.output.size() < 32) return {};
        return vm::load_be(r.result.output.data());
    }

    vm::MemoryState& state() { return m_state; }
    vm::Executor& executor() { return m_exec; }

private:
    vm::MemoryState m_state;
    vm::Executor m_exec;
};

/// Revert data of Error(string) for a message.
inline vm::Bytes error_string(const std::string& message) {
    vm::Bytes out{0x08, 0xc3, 0x79, 0xa0};
    auto append = [&](const vm::Bytes& b) { out.insert(out.end(), b.begin(), b.end()); };
    append(word(32));
    append(word(message.size()));
    vm::Bytes data(message.begin(), message.end());
    data.resize((message.size() + 31) / 32 * 32);
    append(data);
    return out;
}

} // namespace mallory::lang::testing
