#pragma once
// Tracing hooks. The interpreter is instantiated twice (vm/interpreter.cpp): without a tracer
// the hooks compile away; with one, every call and every instruction is reported.

#include "vm/message.hpp"
#include "vm/opcodes.hpp"

#include <cstdint>
#include <span>

namespace mallory::vm {

struct StepInfo {
    const ContractCode* code;
    std::uint32_t pc; ///< offset in code->code
    Op op;
    Gas gas_left;                ///< before the instruction is charged
    std::span<const U256> stack; ///< whole stack of the message frame, top last
    std::size_t memory_size;
    int depth;
};

class Tracer {
public:
    virtual ~Tracer() = default;
    virtual void on_call_enter(const Message& /*msg*/) {}
    virtual void on_call_exit(const Message& /*msg*/, const Result& /*result*/) {}
    virtual void on_step(const StepInfo& /*step*/) {}
};

} // namespace mallory::vm
