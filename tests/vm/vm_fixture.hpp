#pragma once
// Shared test scaffolding: a MemoryState + Executor, code installation, one-message runs, and
// a fixture parameterised over the backends (plain and traced interpreter).

#include "vm/builder.hpp"
#include "vm/executor.hpp"
#include "vm/memory_state.hpp"
#include "vm/serialize.hpp"

#include <functional>
#include <gtest/gtest.h>

namespace mallory::vm::test {

enum class Backend { Plain, Traced };

inline std::string backend_name(const ::testing::TestParamInfo<Backend>& i) {
    return i.param == Backend::Plain ? "Plain" : "Traced";
}

/// Counts steps and checks that call enter/exit pair up.
class CountingTracer final : public Tracer {
public:
    CountingTracer() : Tracer(StepHook::on) {}
    void on_call_enter(const Message&) override { ++enters; }
    void on_call_exit(const Message&, const Result&) override { ++exits; }
    void on_step(const StepInfo& s) override {
        ++steps;
        last_op = s.op;
    }
    std::size_t enters = 0, exits = 0, steps = 0;
    Op last_op = Op::STOP;
};

inline const Address kSender = Address::from_u64(0x5E4DE2);
inline const Address kContract = Address::from_u64(0xC0DE);

/// Builds a one-function contract (function 0) from a body-emitting lambda.
inline ContractCode single(const std::function<void(FunctionBuilder&)>& body,
                           std::uint16_t locals = 0) {
    Builder b;
    body(b.function(0, 0, locals));
    return b.build();
}

/// Emits `store the top word at memory 0 and RETURN it` (the value must be on top).
inline void return_top(FunctionBuilder& f) {
    f.emit(Op::PUSH0).emit(Op::SWAP, {1}).emit(Op::MSTORE);
    f.emit(Op::PUSH0).emit(Op::PUSH1, {32}).emit(Op::RETURN);
}

class VmTest : public ::testing::TestWithParam<Backend> {
protected:
    void SetUp() override {
        if (GetParam() == Backend::Traced) ex.set_tracer(&tracer);
        state.begin_transaction();
        state.set_balance(kSender, U256{1'000'000'000});
    }

    void install(const Address& a, const ContractCode& c) {
        const auto loaded = load(serialize(c));
        ASSERT_TRUE(loaded.ok()) << loaded.message();
        state.install(a, c);
    }

    Result call(const Address& to, BytesView input = {}, Gas gas = 1'000'000, U256 value = {},
                const Address& from = kSender) {
        Message m;
        m.gas = gas;
        m.sender = from;
        m.recipient = m.code_address = to;
        m.input = input;
        m.value = value;
        return ex.execute(m);
    }

    /// Installs `code` at kContract and calls it.
    Result run(const ContractCode& code, BytesView input = {}, Gas gas = 1'000'000) {
        install(kContract, code);
        return call(kContract, input, gas);
    }

    static U256 word(const Result& r) {
        return r.output.size() >= 32 ? load_be(r.output.data()) : U256{};
    }

    MemoryState state;
    Executor ex{state};
    CountingTracer tracer;
};

} // namespace mallory::vm::test
