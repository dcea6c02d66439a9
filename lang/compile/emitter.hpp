#pragma once
/// Emits Mallory bytecode for one contract: functions with labels, locals, constants and a
/// source map written with the code (every instruction records the span it came from).
///
/// The emitter tracks the operand-stack height from the instruction table (vm/opcodes.def), so
/// each function's `max_stack` is exact and the verifier's join-point check holds by
/// construction: a label's height is fixed by the first jump to it or by falling into it.

#include "lang/source.hpp"
#include "vm/code.hpp"
#include "vm/opcodes.hpp"
#include "vm/u256.hpp"

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace mallory::lang::codegen {

struct Label {
    std::uint32_t id = 0;
};

/// A limit of Mallory's code format exceeded (65,535 functions, locals, constants or stack
/// slots per function: 16-bit indices). Thrown with the span being compiled, which the
/// contract compiler reports as a located compile error.
struct CodeLimitExceeded {
    Span span;
    std::string what;
};

class Emitter {
public:
    /// Reserves a function index so calls can be emitted before the body exists.
    std::uint16_t declare_function(std::uint16_t inputs, std::uint16_t outputs);
    /// Starts emitting the body of a declared function; ends the previous one.
    void begin_function(std::uint16_t index);
    void end_function();

    /// A fresh local slot of the current function (zero at entry).
    std::uint16_t new_local();
    std::uint16_t inputs() const { return m_functions[m_current].inputs; }

    Label new_label();
    /// Places a label here. After a terminator the height comes from the jumps to it.
    void bind(Label label);

    void op(vm::Op op);
    void op_u8(vm::Op op, std::uint8_t imm);
    void op_local(vm::Op op, std::uint16_t slot);
    void op_local_u8(vm::Op op, std::uint16_t slot, std::uint8_t imm); ///< LADDI
    void jump(vm::Op op, Label target);                                ///< JUMP, JUMPI or JUMPZ
    void callf(std::uint16_t function);
    void retf();
    void create(std::uint16_t child);
    /// CREATE2 child: `value args arglen salt -- address`.
    void create2(std::uint16_t child);
    void push(const vm::U256& value);
    void dup(unsigned n) { op_u8(vm::Op::DUP, static_cast<std::uint8_t>(n)); }
    void swap(unsigned n) { op_u8(vm::Op::SWAP, static_cast<std::uint8_t>(n)); }
    void pop_n(unsigned n);
    void lget(std::uint16_t slot) { op_local(vm::Op::LGET, slot); }
    void lset(std::uint16_t slot) { op_local(vm::Op::LSET, slot); }

    /// The span that the next instructions come from (file index into `files`).
    void set_span(Span span);

    /// Current operand-stack height (above the frame's inputs and locals).
    int height() const { return m_height; }
    /// False after a terminator until the next bound label: code there is unreachable.
    bool reachable() const { return m_reachable; }

    /// Moves the finished code, functions, constants and source map into `out`.
    void finish(vm::ContractCode& out, const std::vector<std::string>& files);

private:
    struct PendingFunction {
        std::uint16_t inputs = 0;
        std::uint16_t outputs = 0;
        std::uint16_t locals = 0;
        int max_height = 0;
        std::vector<std::uint8_t> code;
        std::vector<vm::SourceMapEntry> map; ///< offsets relative to the function start
        std::vector<std::uint32_t> targets;  ///< positions of jump targets (relocated at finish)
        bool emitted = false;
        Span span; ///< the first span compiled into it: where a limit error points
    };
    struct LabelState {
        std::optional<std::uint32_t> offset; ///< within the function
        std::optional<int> height;
        std::vector<std::uint32_t> fixups; ///< positions of 4-byte targets to patch
    };

    void begin_instruction(vm::Op op);
    void adjust_height(int in, int out);
    void emit_bytes(std::uint64_t value, unsigned bytes);
    PendingFunction& current() { return m_functions[m_current]; }

    std::vector<PendingFunction> m_functions;
    std::vector<LabelState> m_labels;
    std::vector<vm::U256> m_constants;
    std::map<std::array<std::uint64_t, 4>, std::uint16_t> m_constant_index;
    std::uint16_t m_current = 0;
    bool m_open = false;
    int m_height = 0;
    bool m_reachable = true;
    Span m_span;
    bool m_span_dirty = true;
};

} // namespace mallory::lang::codegen
