// try/catch. The guarded call jumps to the catch clauses when it fails (a revert of the callee,
// or a creation that returns no address); everything else that fails (evaluating the
// arguments, a target without code, return data that does not decode) reverts the caller, as
// in solc. The clauses are chosen from the return data as solc's code does: `Panic(uint)` when
// its selector and a full word follow, `Error(string)` when its selector and a well-formed
// string follow, else the low-level clause, else the revert is re-raised.
#include "lang/compile/codegen.hpp"
#include "lang/parser/ast_util.hpp"

namespace mallory::lang::codegen {

using vm::Op;

namespace {

constexpr std::uint32_t error_selector = 0x08c379a0; // Error(string)
constexpr std::uint32_t panic_selector = 0x4e487b71; // Panic(uint256)
constexpr std::uint64_t max_abi_offset = 0xffffffffffffffffull;

const ast::CatchClause* clause_named(const ast::TryStatement& s, std::string_view name) {
    for (const ast::CatchClause& c : s.clauses)
        if (c.name == name) return &c;
    return nullptr;
}

} // namespace

void FunctionCompiler::try_statement(const ast::TryStatement& s) {
    const auto* call = ast::get_if<ast::Call>(s.call);
    if (!call) unsupported(s.span, "'try' without a call");
    const check::ExprInfo& info = *m_model.expr(call->id);
    Label failure = m_out.new_label(), end = m_out.new_label();
    span(call->span);
    const int results = info.call.kind == check::CallKind::creation
                            ? creation(*call, info, failure)
                            : external_call(*call, info, failure);
    for (int i = results - 1; i >= 0; --i) { // the last result is on top
        const auto index = static_cast<std::size_t>(i);
        const VariableInfo* v =
            index < s.returns.size() ? m_model.variable_of(&s.returns[index]) : nullptr;
        if (!v) {
            m_out.op(Op::POP);
            continue;
        }
        m_locals[v] = m_out.new_local();
        m_out.lset(m_locals[v]);
    }
    block(s.body);
    if (m_out.reachable()) m_out.jump(Op::JUMP, end);
    m_out.bind(failure);
    span(s.span);
    catch_clauses(s, end);
    m_out.bind(end);
}

void FunctionCompiler::catch_clauses(const ast::TryStatement& s, Label end) {
    const ast::CatchClause* panic = clause_named(s, "Panic");
    const ast::CatchClause* error = clause_named(s, "Error");
    const ast::CatchClause* low_level = clause_named(s, "");
    return_data_as_bytes();
    const std::uint16_t data = to_temp();
    std::uint16_t selector = 0;
    if (panic || error) { // the first four bytes, or 0 when there are fewer (solc)
        m_out.lget(data);
        m_out.push(32);
        m_out.op(Op::ADD);
        m_out.op(Op::MLOAD);
        m_out.push(224);
        m_out.op(Op::SHR);
        m_out.lget(data);
        m_out.op(Op::MLOAD);
        m_out.push(3);
        m_out.op(Op::GT);
        m_out.op(Op::MUL);
        selector = to_temp();
    }
    if (panic) {
        Label next = m_out.new_label();
        m_out.lget(selector);
        m_out.push(panic_selector);
        m_out.op(Op::EQ);
        m_out.jump(Op::JUMPZ, next);
        m_out.op(Op::RETURNDATASIZE); // the code needs a full word after the selector
        m_out.push(36);
        m_out.op(Op::LT);
        m_out.jump(Op::JUMPI, next);
        m_out.lget(data);
        m_out.push(36);
        m_out.op(Op::ADD);
        m_out.op(Op::MLOAD);
        catch_body(*panic, end, true);
        m_out.bind(next);
    }
    if (error) {
        Label next = m_out.new_label();
        m_out.lget(selector);
        m_out.push(error_selector);
        m_out.op(Op::EQ);
        m_out.jump(Op::JUMPZ, next);
        decode_error_message(data, next);
        catch_body(*error, end, true);
        m_out.bind(next);
    }
    if (!low_level) return bubble_revert();
    const bool takes_data = !low_level->parameters.empty();
    if (takes_data) m_out.lget(data);
    catch_body(*low_level, end, takes_data);
}

void FunctionCompiler::catch_body(const ast::CatchClause& c, Label end, bool value_on_stack) {
    if (value_on_stack) {
        const VariableInfo* v =
            c.parameters.empty() ? nullptr : m_model.variable_of(&c.parameters[0]);
        if (v) {
            m_locals[v] = m_out.new_local();
            m_out.lset(m_locals[v]);
        } else {
            m_out.op(Op::POP);
        }
    }
    block(c.body);
    if (m_out.reachable()) m_out.jump(Op::JUMP, end);
}

void FunctionCompiler::decode_error_message(std::uint16_t data, Label no_match) {
    // `data` holds the whole return data; solc's checks are on the part after the selector,
    // which starts at data + 36: an offset and a length that stay inside it.
    m_out.op(Op::RETURNDATASIZE);
    m_out.push(0x44);
    m_out.op(Op::LT);
    m_out.jump(Op::JUMPI, no_match);
    m_out.lget(data);
    m_out.push(36);
    m_out.op(Op::ADD);
    m_out.op(Op::MLOAD);
    const std::uint16_t offset = to_temp();
    m_out.lget(offset);
    m_out.push(max_abi_offset);
    m_out.op(Op::GT);
    m_out.jump(Op::JUMPI, no_match);
    m_out.lget(offset);
    m_out.push(0x24);
    m_out.op(Op::ADD);
    m_out.op(Op::RETURNDATASIZE);
    m_out.op(Op::GT);
    m_out.jump(Op::JUMPI, no_match);
    m_out.lget(data);
    m_out.push(36);
    m_out.op(Op::ADD);
    m_out.lget(offset);
    m_out.op(Op::ADD);
    const std::uint16_t message = to_temp();
    m_out.lget(message);
    m_out.op(Op::MLOAD);
    m_out.push(max_abi_offset);
    m_out.op(Op::GT);
    m_out.jump(Op::JUMPI, no_match);
    m_out.lget(offset); // offset + 32 + length must not pass the end of the data
    m_out.push(32);
    m_out.op(Op::ADD);
    m_out.lget(message);
    m_out.op(Op::MLOAD);
    m_out.op(Op::ADD);
    m_out.op(Op::RETURNDATASIZE);
    m_out.push(4);
    m_out.op(Op::SUB);
    m_out.op(Op::GT);
    m_out.jump(Op::JUMPI, no_match);
    m_out.lget(message);
}

} // namespace mallory::lang::codegen
