#pragma once
// Tracing hooks. Every call is reported to a tracer; every instruction only to one that asks
// for steps (StepHook::on). The interpreter is instantiated twice (vm/interpreter.cpp): the
// traced loop, which reports each instruction, runs only for a step tracer, so call-level
// observers (cheatcodes, call trees, the analyzer's call log) cost nothing per instruction.

#include "vm/message.hpp"
#include "vm/opcodes.hpp"

#include <cstdint>
#include <span>

namespace mallory::vm {

struct Log; // vm/state.hpp

struct StepInfo {
    const ContractCode* code;
    std::uint32_t pc; ///< offset in code->code
    Op op;
    Gas gas_left;                ///< before the instruction is charged
    std::span<const U256> stack; ///< whole stack of the message frame, top last
    std::size_t memory_size;
    int depth;
};

/// Whether a tracer observes each instruction (on_step) or only calls.
enum class StepHook : std::uint8_t { off, on };

class Tracer {
public:
    explicit Tracer(StepHook steps = StepHook::off) noexcept : m_steps(steps) {}
    virtual ~Tracer() = default;
    [[nodiscard]] bool observes_steps() const noexcept { return m_steps == StepHook::on; }
    virtual void on_call_enter(const Message& /*msg*/) {}
    virtual void on_call_exit(const Message& /*msg*/, const Result& /*result*/) {}
    /// A LOG instruction emitted `log`. Called as it is emitted, so a tracer also sees the logs
    /// of a frame that later reverts (the state's log list loses them; Foundry's "Logs:"
    /// shows them, as a failing test's diagnostics).
    virtual void on_log(const Log& /*log*/) {}
    /// Called before each instruction, for a tracer constructed with StepHook::on only.
    virtual void on_step(const StepInfo& /*step*/) {}

protected:
    /// Starts or stops observing instructions. The executor asks at the start of each message
    /// frame, so the change applies from the next call on (a frame already running keeps its
    /// loop).
    void observe_steps(StepHook steps) noexcept { m_steps = steps; }

private:
    StepHook m_steps;
};

} // namespace mallory::vm
