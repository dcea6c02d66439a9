#include "lang/compile/emitter.hpp"

#include <algorithm>
#include <stdexcept>

namespace mallory::lang::codegen {

using vm::Op;

std::uint16_t Emitter::declare_function(std::uint16_t inputs, std::uint16_t outputs) {
    if (m_functions.size() >= 0xFFFF)
        throw CodeLimitExceeded{m_span, "more than 65,535 functions in one contract (the limit "
                                        "of Mallory's code format)"};
    PendingFunction f;
    f.inputs = inputs;
    f.outputs = outputs;
    m_functions.push_back(std::move(f));
    return static_cast<std::uint16_t>(m_functions.size() - 1);
}

void Emitter::begin_function(std::uint16_t index) {
    if (m_open) end_function();
    m_current = index;
    m_open = true;
    m_height = 0;
    m_reachable = true;
    m_span_dirty = true;
    m_labels.clear();
}

void Emitter::end_function() {
    if (!m_open) return;
    for (const LabelState& label : m_labels)
        if (!label.fixups.empty() && !label.offset)
            throw std::logic_error("compiler bug: jump to a label that was never bound");
    current().emitted = true;
    m_open = false;
}

std::uint16_t Emitter::new_local() {
    PendingFunction& f = current();
    if (std::uint32_t{f.inputs} + f.locals >= 0xFFFF)
        throw CodeLimitExceeded{m_span, "more than 65,535 local variables and parameters in one "
                                        "function (the limit of Mallory's code format)"};
    return static_cast<std::uint16_t>(f.inputs + f.locals++);
}

Label Emitter::new_label() {
    m_labels.emplace_back();
    return Label{static_cast<std::uint32_t>(m_labels.size() - 1)};
}

void Emitter::bind(Label label) {
    LabelState& state = m_labels.at(label.id);
    auto offset = static_cast<std::uint32_t>(current().code.size());
    state.offset = offset;
    if (m_reachable) {
        if (state.height && *state.height != m_height)
            throw std::logic_error("compiler bug: inconsistent stack height at a label");
        state.height = m_height;
    } else {
        m_height = state.height.value_or(0);
        state.height = m_height;
    }
    m_reachable = true;
    m_span_dirty = true;
    for (std::uint32_t at : state.fixups)
        for (unsigned i = 0; i < 4; ++i)
            current().code[at + i] = static_cast<std::uint8_t>(offset >> (8 * i));
    state.fixups.clear();
}

void Emitter::set_span(Span span) {
    if (m_open && current().span.end == 0) current().span = span;
    if (span == m_span) return;
    m_span = span;
    m_span_dirty = true;
}

void Emitter::begin_instruction(Op op) {
    PendingFunction& f = current();
    if (m_span_dirty && m_span.end > 0) {
        auto offset = static_cast<std::uint32_t>(f.code.size());
        if (!f.map.empty() && f.map.back().offset == offset) f.map.pop_back();
        f.map.push_back({offset, {m_span.file, m_span.begin, m_span.end}});
        m_span_dirty = false;
    }
    f.code.push_back(static_cast<std::uint8_t>(op));
}

void Emitter::adjust_height(int in, int out) {
    m_height -= in;
    if (m_height < 0) throw std::logic_error("compiler bug: operand stack underflow");
    m_height += out;
    current().max_height = std::max(current().max_height, m_height);
}

void Emitter::emit_bytes(std::uint64_t value, unsigned bytes) {
    for (unsigned i = 0; i < bytes; ++i)
        current().code.push_back(static_cast<std::uint8_t>(value >> (8 * i)));
}

void Emitter::op(Op op) {
    const vm::OpInfo& info = vm::info(op);
    begin_instruction(op);
    adjust_height(info.in, info.out);
    if (vm::is_terminator(op)) m_reachable = false;
}

void Emitter::op_u8(Op op, std::uint8_t imm) {
    const vm::OpInfo& info = vm::info(op);
    begin_instruction(op);
    current().code.push_back(imm);
    if (op == Op::DUP) {
        if (imm == 0 || imm > m_height) throw std::logic_error("compiler bug: DUP out of range");
        adjust_height(0, 1);
    } else if (op == Op::SWAP) {
        if (imm == 0 || imm >= m_height) throw std::logic_error("compiler bug: SWAP out of range");
    } else {
        adjust_height(info.in, info.out);
    }
    if (vm::is_terminator(op)) m_reachable = false;
}

void Emitter::op_local(Op op, std::uint16_t slot) {
    const vm::OpInfo& info = vm::info(op);
    begin_instruction(op);
    emit_bytes(slot, 2);
    adjust_height(info.in, info.out);
}

void Emitter::op_local_u8(Op op, std::uint16_t slot, std::uint8_t imm) {
    const vm::OpInfo& info = vm::info(op);
    begin_instruction(op);
    emit_bytes(slot, 2);
    emit_bytes(imm, 1);
    adjust_height(info.in, info.out);
}

void Emitter::jump(Op op, Label target) {
    const vm::OpInfo& info = vm::info(op);
    begin_instruction(op);
    adjust_height(info.in, info.out);
    LabelState& state = m_labels.at(target.id);
    if (state.height && *state.height != m_height)
        throw std::logic_error("compiler bug: inconsistent stack height at a jump");
    state.height = m_height;
    current().targets.push_back(static_cast<std::uint32_t>(current().code.size()));
    if (state.offset) {
        emit_bytes(*state.offset, 4);
    } else {
        state.fixups.push_back(static_cast<std::uint32_t>(current().code.size()));
        emit_bytes(0, 4);
    }
    if (op == Op::JUMP) m_reachable = false;
}

void Emitter::callf(std::uint16_t function) {
    const PendingFunction& callee = m_functions.at(function);
    begin_instruction(Op::CALLF);
    emit_bytes(function, 2);
    adjust_height(callee.inputs, callee.outputs);
}

void Emitter::retf() {
    if (m_height != current().outputs)
        throw std::logic_error("compiler bug: RETF with the wrong stack height");
    begin_instruction(Op::RETF);
    m_height = 0;
    m_reachable = false;
}

void Emitter::create(std::uint16_t child) {
    begin_instruction(Op::CREATE);
    emit_bytes(child, 2);
    adjust_height(3, 1);
}

void Emitter::create2(std::uint16_t child) {
    begin_instruction(Op::CREATE2);
    emit_bytes(child, 2);
    adjust_height(4, 1);
}

void Emitter::push(const vm::U256& value) {
    if (value.is_zero()) return op(Op::PUSH0);
    if (value.fits64() && value.low() <= 0xFF)
        return op_u8(Op::PUSH1, static_cast<std::uint8_t>(value.low()));
    if (value.fits64()) {
        begin_instruction(Op::PUSH8);
        emit_bytes(value.low(), 8);
        adjust_height(0, 1);
        return;
    }
    std::array<std::uint64_t, 4> key{value.w[0], value.w[1], value.w[2], value.w[3]};
    auto [it, inserted] = m_constant_index.try_emplace(key, 0);
    if (inserted) {
        if (m_constants.size() >= 0xFFFF)
            throw CodeLimitExceeded{m_span, "more than 65,535 distinct wide constants in one "
                                            "contract (the limit of Mallory's code format)"};
        it->second = static_cast<std::uint16_t>(m_constants.size());
        m_constants.push_back(value);
    }
    begin_instruction(Op::PUSHK);
    emit_bytes(it->second, 2);
    adjust_height(0, 1);
}

void Emitter::pop_n(unsigned n) {
    for (unsigned i = 0; i < n; ++i)
        op(Op::POP);
}

namespace {

/// Jump targets are emitted relative to their function and made absolute once the function's
/// place in the code section is known.
void relocate_target(std::vector<std::uint8_t>& code, std::size_t at, std::uint32_t base) {
    std::uint32_t target = 0;
    for (unsigned i = 0; i < 4; ++i)
        target |= std::uint32_t{code[at + i]} << (8 * i);
    target += base;
    for (unsigned i = 0; i < 4; ++i)
        code[at + i] = static_cast<std::uint8_t>(target >> (8 * i));
}

/// Gives `out` the files its source map refers to, in first-use order, and renumbers the map:
/// a contract's code (and so its deployment cost) must not depend on unrelated files compiled
/// beside it (forge-std's console2.sol, StdError.sol, ...).
void keep_mapped_files(vm::ContractCode& out, const std::vector<std::string>& files) {
    std::vector<std::uint32_t> renumbered(files.size(), UINT32_MAX);
    out.files.clear();
    for (vm::SourceMapEntry& entry : out.source_map) {
        std::uint32_t& to = renumbered.at(entry.span.file);
        if (to == UINT32_MAX) {
            to = static_cast<std::uint32_t>(out.files.size());
            out.files.push_back(files[entry.span.file]);
        }
        entry.span.file = to;
    }
}

} // namespace

void Emitter::finish(vm::ContractCode& out, const std::vector<std::string>& files) {
    if (m_open) end_function();
    out.functions.clear();
    out.code.clear();
    out.source_map.clear();
    for (const PendingFunction& f : m_functions) {
        if (!f.emitted) throw std::logic_error("compiler bug: a declared function has no body");
        vm::FunctionInfo info;
        info.offset = static_cast<std::uint32_t>(out.code.size());
        info.size = static_cast<std::uint32_t>(f.code.size());
        info.inputs = f.inputs;
        info.outputs = f.outputs;
        info.locals = f.locals;
        int max_stack = f.inputs + f.locals + std::max(f.max_height, int{f.outputs});
        if (max_stack > 0xFFFF)
            throw CodeLimitExceeded{f.span, "a function that needs more than 65,535 stack slots "
                                            "(the limit of Mallory's code format)"};
        info.max_stack = static_cast<std::uint16_t>(max_stack);
        for (vm::SourceMapEntry entry : f.map) {
            entry.offset += info.offset;
            out.source_map.push_back(entry);
        }
        std::size_t base = out.code.size();
        out.code.insert(out.code.end(), f.code.begin(), f.code.end());
        for (std::uint32_t at : f.targets)
            relocate_target(out.code, base + at, info.offset);
        out.functions.push_back(info);
    }
    out.constants = m_constants;
    keep_mapped_files(out, files);
}

} // namespace mallory::lang::codegen
