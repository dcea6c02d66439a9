#include "vm/verify.hpp"

#include "vm/opcodes.hpp"

#include <algorithm>
#include <vector>

namespace mallory::vm {

std::string_view to_string(VerifyError e) noexcept {
    switch (e) {
#define X(name, text)                                                                              \
    case VerifyError::name:                                                                        \
        return text;
        MALLORY_VERIFY_ERRORS(X)
#undef X
    }
    return "unknown verify error";
}

namespace {

std::uint32_t read_imm(const std::uint8_t* p, std::size_t n) noexcept {
    std::uint32_t v = 0;
    for (std::size_t i = 0; i < n && i < 4; ++i)
        v |= std::uint32_t{p[i]} << (8 * i);
    return v;
}

struct Failure {
    VerifyError error;
    std::uint32_t offset;
};

/// Verifies one function; on success stores the computed max_stack in `max_stack`.
class FunctionVerifier {
public:
    FunctionVerifier(const ContractCode& c, std::size_t index)
        : m_code(c), m_fn(c.functions[index]), m_starts(m_fn.size, false),
          m_heights(m_fn.size, -1) {}

    VerifyError run(std::uint32_t& offset, int& max_stack) noexcept {
        if (auto e = decode(offset); e != VerifyError::Ok) return e;
        if (auto e = flow(offset); e != VerifyError::Ok) return e;
        max_stack = static_cast<int>(m_fn.frame_slots()) + m_max_height;
        return VerifyError::Ok;
    }

private:
    /// Pass 1: opcodes and immediates, in order; records instruction starts.
    VerifyError decode(std::uint32_t& at) noexcept {
        const std::uint8_t* code = m_code.code.data() + m_fn.offset;
        for (std::uint32_t pc = 0; pc < m_fn.size;) {
            at = m_fn.offset + pc;
            const OpInfo* op = op_info(code[pc]);
            if (op == nullptr) return VerifyError::UnknownOpcode;
            if (pc + 1 + op->imm_bytes > m_fn.size) return VerifyError::TruncatedImmediate;
            m_starts[pc] = true;
            std::uint32_t ipos = pc + 1;
            for (Imm k : op->imms) {
                if (auto e = check_imm(k, code + ipos); e != VerifyError::Ok) return e;
                ipos += static_cast<std::uint32_t>(imm_size(k));
            }
            if (static_cast<Op>(code[pc]) == Op::DUP || static_cast<Op>(code[pc]) == Op::SWAP)
                if (code[pc + 1] == 0) return VerifyError::BadStackIndex;
            pc += 1 + op->imm_bytes;
        }
        return VerifyError::Ok;
    }

    VerifyError check_imm(Imm k, const std::uint8_t* p) const noexcept {
        const std::uint32_t v = read_imm(p, imm_size(k));
        switch (k) {
        case Imm::Type:
            return IntType::valid(p[0]) ? VerifyError::Ok : VerifyError::BadTypeImmediate;
        case Imm::Width:
            return v >= 1 && v <= 32 ? VerifyError::Ok : VerifyError::BadTypeImmediate;
        case Imm::Local:
            return v < m_fn.frame_slots() ? VerifyError::Ok : VerifyError::BadLocalIndex;
        case Imm::Func:
            return v < m_code.functions.size() ? VerifyError::Ok : VerifyError::BadFunctionIndex;
        case Imm::Const:
            return v < m_code.constants.size() ? VerifyError::Ok : VerifyError::BadConstantIndex;
        case Imm::Child:
            return v < m_code.children.size() ? VerifyError::Ok : VerifyError::BadChildIndex;
        case Imm::Target:
            if (v < m_fn.offset || v - m_fn.offset >= m_fn.size)
                return VerifyError::JumpOutOfFunction;
            return VerifyError::Ok; // instruction-start check needs all starts: done in flow()
        default:
            return VerifyError::Ok;
        }
    }

    /// Stack effect of the instruction at relative pc; returns false on underflow.
    bool effect(const std::uint8_t* ins, int height, int& in, int& out) const noexcept {
        const Op op = static_cast<Op>(ins[0]);
        const OpInfo& inf = info(op);
        in = inf.in;
        out = inf.out;
        switch (op) {
        case Op::DUP:
            in = ins[1], out = ins[1] + 1;
            break;
        case Op::SWAP:
            in = out = ins[1] + 1;
            break;
        case Op::CALLF: {
            const FunctionInfo& callee = m_code.functions[read_imm(ins + 1, 2)];
            in = callee.inputs, out = callee.outputs;
            break;
        }
        case Op::RETF:
            in = out = 0;
            break;
        default:
            break;
        }
        return height >= in;
    }

    /// Pass 2: stack heights along every path from the entry.
    VerifyError flow(std::uint32_t& at) noexcept {
        const std::uint8_t* code = m_code.code.data() + m_fn.offset;
        std::vector<std::uint32_t> work{0};
        m_heights[0] = 0;
        while (!work.empty()) {
            const std::uint32_t pc = work.back();
            work.pop_back();
            at = m_fn.offset + pc;
            const int h = m_heights[pc];
            const Op op = static_cast<Op>(code[pc]);
            int in = 0, out = 0;
            if (!effect(code + pc, h, in, out)) return VerifyError::StackUnderflow;
            const int nh = h - in + out;
            if (m_fn.frame_slots() + static_cast<std::uint32_t>(nh) > kStackLimit)
                return VerifyError::StackOverflow;
            m_max_height = std::max(m_max_height, nh);
            if (op == Op::RETF && h != m_fn.outputs) return VerifyError::BadRetfHeight;
            const OpInfo& inf = info(op);
            std::uint32_t ipos = pc + 1;
            for (Imm k : inf.imms) {
                if (k == Imm::Target) {
                    const std::uint32_t t = read_imm(code + ipos, 4) - m_fn.offset;
                    if (!m_starts[t]) return VerifyError::JumpIntoImmediate;
                    if (auto e = join(t, nh, work); e != VerifyError::Ok) return e;
                }
                ipos += static_cast<std::uint32_t>(imm_size(k));
            }
            if (is_terminator(op)) continue;
            const std::uint32_t next = pc + 1 + inf.imm_bytes;
            if (next >= m_fn.size) return VerifyError::FallsOffEnd;
            if (auto e = join(next, nh, work); e != VerifyError::Ok) return e;
        }
        return VerifyError::Ok;
    }

    VerifyError join(std::uint32_t target, int height, std::vector<std::uint32_t>& work) noexcept {
        if (m_heights[target] == -1) {
            m_heights[target] = height;
            work.push_back(target);
            return VerifyError::Ok;
        }
        return m_heights[target] == height ? VerifyError::Ok : VerifyError::StackHeightMismatch;
    }

    const ContractCode& m_code;
    const FunctionInfo& m_fn;
    std::vector<bool> m_starts;
    std::vector<int> m_heights;
    int m_max_height = 0;
};

VerifyResult check_layout(const ContractCode& c) noexcept {
    if (c.functions.empty()) return {VerifyError::NoFunctions, 0, -1};
    std::uint64_t expect = 0;
    for (std::size_t i = 0; i < c.functions.size(); ++i) {
        const FunctionInfo& f = c.functions[i];
        if (f.offset != expect || f.size == 0)
            return {VerifyError::BadFunctionLayout, f.offset, static_cast<int>(i)};
        expect += f.size;
        if (f.max_stack > kStackLimit)
            return {VerifyError::StackLimitExceeded, f.offset, static_cast<int>(i)};
    }
    if (expect != c.code.size()) return {VerifyError::BadFunctionLayout, 0, -1};
    if (c.functions[0].inputs != 0 || c.functions[0].outputs != 0)
        return {VerifyError::BadEntryFunction, 0, 0};
    if (c.constructor) {
        if (*c.constructor >= c.functions.size()) return {VerifyError::BadConstructor, 0, -1};
        const FunctionInfo& f = c.functions[*c.constructor];
        if (f.inputs != 0 || f.outputs != 0)
            return {VerifyError::BadConstructor, f.offset, *c.constructor};
    }
    return {};
}

} // namespace

int compute_max_stack(const ContractCode& code, std::size_t index) noexcept {
    if (index >= code.functions.size()) return -1;
    const FunctionInfo& f = code.functions[index];
    if (std::uint64_t{f.offset} + f.size > code.code.size() || f.size == 0) return -1;
    FunctionVerifier v(code, index);
    std::uint32_t at = 0;
    int max_stack = -1;
    return v.run(at, max_stack) == VerifyError::Ok ? max_stack : -1;
}

VerifyResult verify(const ContractCode& c) noexcept {
    if (VerifyResult r = check_layout(c); !r.ok()) return r;
    for (std::size_t i = 0; i < c.functions.size(); ++i) {
        FunctionVerifier v(c, i);
        std::uint32_t at = 0;
        int max_stack = 0;
        if (VerifyError e = v.run(at, max_stack); e != VerifyError::Ok)
            return {e, at, static_cast<int>(i)};
        if (max_stack != c.functions[i].max_stack)
            return {VerifyError::MaxStackMismatch, c.functions[i].offset, static_cast<int>(i)};
    }
    for (const auto& child : c.children)
        if (!child || !verify(*child).ok()) return {VerifyError::BadChild, 0, -1};
    return {};
}

} // namespace mallory::vm
