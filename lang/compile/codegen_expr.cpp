// Expressions: values, operators, conversions and storage/memory locations.
#include "lang/compile/codegen.hpp"
#include "lang/parser/ast_util.hpp"
#include "vm/serialize.hpp"

#include <boost/variant/apply_visitor.hpp>

namespace mallory::lang::codegen {

using vm::Op;

namespace {

/// Two's-complement 256-bit word of an integral rational.
vm::U256 word_of(const check::Rational& value) {
    check::BigInt n = boost::multiprecision::numerator(value);
    if (n < 0) n += check::BigInt(1) << 256;
    n &= (check::BigInt(1) << 256) - 1;
    vm::U256 out;
    for (int limb = 0; limb < 4; ++limb) {
        check::BigInt part = (n >> (64 * limb)) & check::BigInt(0xFFFFFFFFFFFFFFFFull);
        out.w[limb] = part.convert_to<std::uint64_t>();
    }
    return out;
}

bool is_integer(const Type& t) {
    return t.kind == TypeKind::integer;
}

vm::IntType int_type(const Type& t) {
    return vm::IntType{static_cast<std::uint8_t>(t.bits / 8), t.is_signed};
}

/// Mask keeping the high `bytes` bytes of a word (bytesN values are left-aligned).
vm::U256 high_mask(unsigned bytes) {
    vm::U256 mask;
    for (unsigned i = 0; i < bytes; ++i) {
        unsigned bit = 255 - 8 * i; // top bit of byte i from the left
        for (unsigned b = 0; b < 8; ++b) {
            unsigned k = bit - b;
            mask.w[k / 64] |= std::uint64_t{1} << (k % 64);
        }
    }
    return mask;
}

/// The state variable `C.x` names, where `C` is a contract (the current one or a base): a
/// local or a return value named `x` hides the plain name. Null for any other member.
const check::VariableInfo* named_through_contract(const check::SemanticModel& model,
                                                  const ast::MemberAccess& m) {
    const check::ExprInfo* info = model.expr(m.id);
    const check::TypePtr object = model.type_of(ast::expr_node(m.object).id);
    if (!info || !info->decl || info->decl->kind != check::DeclKind::variable || !object ||
        object->kind != TypeKind::type)
        return nullptr;
    const auto* var = static_cast<const check::VariableInfo*>(info->decl);
    return var->var_kind == check::VarKind::state && !var->constant ? var : nullptr;
}

bool is_comparison(ast::BinaryOp op) {
    using B = ast::BinaryOp;
    return op == B::lt || op == B::gt || op == B::le || op == B::ge || op == B::eq || op == B::ne;
}

} // namespace

vm::U256 constant_word(const check::Rational& value) {
    return word_of(value);
}

TypePtr FunctionCompiler::type_of(const ast::Expression& e) const {
    const check::ExprInfo& info = info_of(e);
    return info.type ? info.type : check::error_type();
}

const check::ExprInfo& FunctionCompiler::info_of(const ast::Expression& e) const {
    const check::ExprInfo* info = m_model.expr(ast::expr_node(e).id);
    if (!info || !info->type)
        unsupported(ast::span_of(e), "an expression the checker did not type");
    return *info;
}

void FunctionCompiler::unsupported(Span at, std::string what) const {
    throw Unsupported{at, std::move(what)};
}

bool FunctionCompiler::push_constant(ast::NodeId id, const TypePtr& target) {
    const check::ExprInfo* info = m_model.expr(id);
    if (!info) return false;
    if (info->constant_bool) {
        m_out.push(*info->constant_bool ? 1 : 0);
        return true;
    }
    if (!info->constant) return false;
    if (boost::multiprecision::denominator(*info->constant) != 1) return false;
    check::BigInt n = boost::multiprecision::numerator(*info->constant);
    const Type* own = info->type.get();
    if (target && target->kind == TypeKind::fixed_bytes) {
        // The constant of a bytesN expression (a selector, a bytesN constant) is its number:
        // left-align it by its own width, so bytes32(bytes4 x) pads on the right; a literal
        // (bytes4(0x12345678)) is aligned by the target's width.
        unsigned width =
            own && own->kind == TypeKind::fixed_bytes ? own->byte_size : target->byte_size;
        n = check::wrap_integer(n, 8 * width, false) << (8 * (32 - width));
        if (width > target->byte_size) { // narrowing keeps the leftmost bytes
            const unsigned dropped = 8 * (32 - target->byte_size);
            n = (n >> dropped) << dropped;
        }
    } else if (target && target->kind == TypeKind::integer) {
        n = check::wrap_integer(n, target->bits, target->is_signed); // uint8(2**256 - 1) is 255
    }
    m_out.push(word_of(check::Rational(n)));
    return true;
}

// ---- dispatch over expression kinds ------------------------------------------------------------

int FunctionCompiler::expression(const ast::Expression& e) {
    span(ast::span_of(e));
    const check::ExprInfo& info = info_of(e);
    if (info.type->kind != TypeKind::tuple && constant_expression(e, info.type)) return 1;
    if (info.enum_value) {
        m_out.push(*info.enum_value);
        return 1;
    }
    return evaluate(e);
}

int FunctionCompiler::evaluate(const ast::Expression& e) {
    struct Visitor {
        FunctionCompiler& self;
        int operator()(const ast::Identifier& n) const { return self.identifier(n), 1; }
        int operator()(const ast::NumberLiteral& n) const {
            self.unsupported(n.span, "a number literal that is not a constant");
        }
        int operator()(const ast::BoolLiteral& n) const {
            self.m_out.push(n.value ? 1 : 0);
            return 1;
        }
        int operator()(const ast::StringLiteral& n) const {
            self.literal_string(n, check::bytes_type());
            return 1;
        }
        int operator()(const ast::ElementaryTypeExpr& n) const {
            self.unsupported(n.span, "a type used as a value");
        }
        int operator()(const ast::x3::forward_ast<ast::TupleExpr>& n) const {
            return self.tuple(n.get());
        }
        int operator()(const ast::x3::forward_ast<ast::Unary>& n) const {
            return self.unary(n.get(), true), 1;
        }
        int operator()(const ast::x3::forward_ast<ast::Binary>& n) const {
            return self.binary(n.get()), 1;
        }
        int operator()(const ast::x3::forward_ast<ast::Assignment>& n) const {
            self.assignment(n.get(), true);
            return 1;
        }
        int operator()(const ast::x3::forward_ast<ast::Conditional>& n) const {
            return self.conditional(n.get());
        }
        int operator()(const ast::x3::forward_ast<ast::Call>& n) const {
            return self.call(n.get());
        }
        int operator()(const ast::x3::forward_ast<ast::MemberAccess>& n) const {
            return self.member_access(n.get()), 1;
        }
        int operator()(const ast::x3::forward_ast<ast::IndexAccess>& n) const {
            return self.index_access(n.get()), 1;
        }
        int operator()(const ast::x3::forward_ast<ast::IndexRangeAccess>& n) const {
            return self.index_range_access(n.get()), 1;
        }
        int operator()(const ast::x3::forward_ast<ast::NewExpr>& n) const {
            self.unsupported(n.get().span, "'new' without a call");
        }
        int operator()(const ast::x3::forward_ast<ast::InlineArray>& n) const {
            return self.inline_array(n.get(), nullptr), 1;
        }
    };
    return boost::apply_visitor(Visitor{*this}, e.get());
}

void FunctionCompiler::expression_as(const ast::Expression& e, const TypePtr& target) {
    span(ast::span_of(e));
    if (target && target->kind != TypeKind::tuple && constant_expression(e, target)) return;
    if (auto literal = ast::get_if<ast::StringLiteral>(e)) {
        if (target && target->kind == TypeKind::fixed_bytes) {
            vm::U256 word;
            std::uint8_t bytes[32] = {};
            for (std::size_t i = 0; i < literal->value.size() && i < 32; ++i)
                bytes[i] = static_cast<std::uint8_t>(literal->value[i]);
            word = vm::load_be(bytes);
            m_out.push(word);
            return;
        }
        literal_string(*literal, target);
        return;
    }
    if (auto array = ast::get_if<ast::InlineArray>(e);
        array && target && target->kind == TypeKind::array)
        return inline_array(*array, target);
    TypePtr from = type_of(e);
    expression(e);
    if (target) convert(from, target);
}

void FunctionCompiler::expression_for_effect(const ast::Expression& e) {
    if (auto assign = ast::get_if<ast::Assignment>(e)) return assignment(*assign, false);
    if (auto u = ast::get_if<ast::Unary>(e)) {
        using U = ast::UnaryOp;
        if (u->op == U::pre_inc || u->op == U::pre_dec || u->op == U::post_inc ||
            u->op == U::post_dec || u->op == U::del)
            return unary(*u, false);
    }
    // A type or an import alias (`M.C;`, `((b = f()) ? M : N).C;`) has no value: only the
    // effects of the expression that names it run.
    if (const TypePtr t = type_of(e); t->kind == TypeKind::type || t->kind == TypeKind::module)
        return effects_only(e);
    // A member function named but not called (`data.pop;`, `payable(a).transfer;`): only the
    // object's effects run, as in solc; a built-in one has no value to push.
    if (ast::get_if<ast::MemberAccess>(e) && type_of(e)->kind == TypeKind::function)
        return effects_only(e);
    int pushed = expression(e);
    m_out.pop_n(static_cast<unsigned>(pushed));
}

void FunctionCompiler::literal_string(const ast::StringLiteral& s, const TypePtr&) {
    // bytes/string memory: [length][data padded to 32]
    std::size_t n = s.value.size();
    std::size_t words = (n + 31) / 32;
    alloc(32 + 32 * words);
    m_out.dup(1);
    m_out.push(n);
    m_out.op(Op::MSTORE);
    for (std::size_t w = 0; w < words; ++w) {
        std::uint8_t bytes[32] = {};
        for (std::size_t i = 0; i < 32 && 32 * w + i < n; ++i)
            bytes[i] = static_cast<std::uint8_t>(s.value[32 * w + i]);
        m_out.dup(1);
        m_out.push(32 + 32 * w);
        m_out.op(Op::ADD);
        m_out.push(vm::load_be(bytes));
        m_out.op(Op::MSTORE);
    }
}

std::uint16_t FunctionCompiler::slot_of(const VariableInfo* v) {
    auto it = m_locals.find(v);
    if (it == m_locals.end())
        unsupported(v ? v->span : Span{}, "a variable that is not in scope of this code");
    return it->second;
}

void FunctionCompiler::identifier(const ast::Identifier& id) {
    const check::ExprInfo* info = m_model.expr(id.id);
    if (id.name == "this" && (!info->decl || info->decl->kind != check::DeclKind::variable)) {
        m_out.op(Op::ADDRESS);
        return;
    }
    if (info->decl && info->decl->kind == check::DeclKind::function)
        return function_reference(ast::Expression{id},
                                  *static_cast<const FunctionInfo*>(info->decl));
    if (!info->decl || info->decl->kind != check::DeclKind::variable)
        unsupported(id.span, "the name '" + id.name + "' used as a value");
    const auto* var = static_cast<const VariableInfo*>(info->decl);
    if (var->var_kind != check::VarKind::state) return load_local(var);
    if (var->constant) {
        if (var->constant_value) {
            m_out.push(word_of(*var->constant_value));
            return;
        }
        if (var->ast_state && var->ast_state->initial_value) {
            expression_as(*var->ast_state->initial_value, var->type);
            return;
        }
        unsupported(id.span, "a constant without a value");
    }
    state_variable(*var);
}

void FunctionCompiler::state_variable(const VariableInfo& var) {
    const StorageLocation at = m_contract.layout().location_of(&var);
    m_out.push(at.slot);
    if (!check::is_reference_type(*var.type)) load_state_variable(var, at.offset);
}

int FunctionCompiler::tuple(const ast::TupleExpr& t) {
    int count = 0;
    for (const auto& element : t.elements) {
        if (!element) unsupported(t.span, "an empty tuple component used as a value");
        count += expression(*element);
    }
    return count;
}

// ---- operators
// -----------------------------------------------------------------------------------

void FunctionCompiler::cleanup(const Type& type) {
    const Type& t = check::value_representation(type);
    if (t.kind == TypeKind::integer && t.bits < 256) {
        m_out.op_u8(t.is_signed ? Op::SEXT : Op::TRUNC, static_cast<std::uint8_t>(t.bits / 8));
    } else if (t.kind == TypeKind::fixed_bytes && t.byte_size < 32) {
        m_out.push(high_mask(t.byte_size));
        m_out.op(Op::AND);
    }
}

void FunctionCompiler::load_packed(const Type& type, std::uint8_t offset, bool transient) {
    load_packed_with(transient ? Op::TLOAD : Op::SLOAD, type, offset);
}

void FunctionCompiler::load_state_variable(const VariableInfo& var, std::uint8_t offset) {
    // An immutable lives with the code (solc embeds it in the runtime code): read from the
    // code's account, so that a proxy's DELEGATECALL into it sees the value its deployment set.
    if (var.immutable) return load_packed_with(Op::CSLOAD, *var.type, offset);
    load_packed(*var.type, offset, var.transient);
}

void FunctionCompiler::load_packed_with(vm::Op load, const Type& type, std::uint8_t offset) {
    const Type& t = check::value_representation(type);
    m_out.op(load);
    const std::uint8_t size = storage_bytes(t);
    if (size == 32) return;
    if (offset > 0) {
        m_out.push(8 * offset);
        m_out.op(Op::SHR);
    }
    const bool is_signed = t.kind == TypeKind::integer && t.is_signed;
    m_out.op_u8(is_signed ? Op::SEXT : Op::TRUNC, size);
    if (t.kind == TypeKind::fixed_bytes) { // stored right-aligned, used left-aligned
        m_out.push(256 - 8 * size);
        m_out.op(Op::SHL);
    }
}

void FunctionCompiler::store_packed(const Type& type, std::uint8_t offset, bool transient) {
    const Type& t = check::value_representation(type);
    const Op store = transient ? Op::TSTORE : Op::SSTORE;
    const std::uint8_t size = storage_bytes(t);
    if (size == 32) return m_out.op(store);
    if (t.kind == TypeKind::fixed_bytes) {
        m_out.push(256 - 8 * size);
        m_out.op(Op::SHR);
    } else {
        m_out.op_u8(Op::TRUNC, size); // a negative intN keeps only its own bytes
    }
    if (offset > 0) {
        m_out.push(8 * offset);
        m_out.op(Op::SHL);
    }
    m_out.dup(2); // slot value' slot
    m_out.op(transient ? Op::TLOAD : Op::SLOAD);
    m_out.push(~vm::shl(vm::low_mask(8u * size), 8u * offset));
    m_out.op(Op::AND);
    m_out.op(Op::OR);
    m_out.op(store);
}

void FunctionCompiler::arithmetic(ast::BinaryOp op, const Type& t, bool checked, Span at) {
    using B = ast::BinaryOp;
    const bool integer = is_integer(t);
    const std::uint8_t type = integer ? int_type(t).encode() : vm::uint256_t.encode();
    switch (op) {
    case B::add:
    case B::sub:
    case B::mul:
    case B::exp:
        if (checked && integer) {
            Op c = op == B::add   ? Op::CADD
                   : op == B::sub ? Op::CSUB
                   : op == B::mul ? Op::CMUL
                                  : Op::CEXP;
            m_out.op_u8(c, type);
        } else {
            m_out.op(op == B::add   ? Op::ADD
                     : op == B::sub ? Op::SUB
                     : op == B::mul ? Op::MUL
                                    : Op::EXP);
            cleanup(t);
        }
        return;
    case B::div:
        if (checked || !t.is_signed) return m_out.op_u8(Op::CDIV, type);
        { // unchecked signed division: zero still panics, MIN / -1 wraps
            m_out.dup(1);
            panic_unless(vm::panic::division_by_zero);
            m_out.op(Op::SDIV);
            cleanup(t);
        }
        return;
    case B::mod:
        return m_out.op_u8(Op::CMOD, type);
    case B::shl:
        m_out.op(Op::SHL);
        cleanup(t);
        return;
    case B::shr:
        m_out.op(is_integer(t) && t.is_signed ? Op::SAR : Op::SHR);
        // A bytesN value is left-aligned: bits shifted below its width must go.
        if (t.kind == TypeKind::fixed_bytes) cleanup(t);
        return;
    case B::bit_and:
        return m_out.op(Op::AND);
    case B::bit_or:
        return m_out.op(Op::OR);
    case B::bit_xor:
        return m_out.op(Op::XOR);
    default:
        unsupported(at, "this operator");
    }
}

void FunctionCompiler::compare(ast::BinaryOp op, const Type& operand) {
    using B = ast::BinaryOp;
    const bool s = is_integer(operand) && operand.is_signed;
    switch (op) {
    case B::eq:
        return m_out.op(Op::EQ);
    case B::ne:
        m_out.op(Op::EQ);
        return m_out.op(Op::ISZERO);
    case B::lt:
        return m_out.op(s ? Op::SLT : Op::LT);
    case B::gt:
        return m_out.op(s ? Op::SGT : Op::GT);
    case B::le:
        m_out.op(s ? Op::SGT : Op::GT);
        return m_out.op(Op::ISZERO);
    case B::ge:
        m_out.op(s ? Op::SLT : Op::LT);
        return m_out.op(Op::ISZERO);
    default:
        return;
    }
}

namespace {

/// The type both operands of a comparison are converted to.
TypePtr operand_type(const TypePtr& lhs, const TypePtr& rhs) {
    if (lhs->kind == TypeKind::rational) {
        if (rhs->kind == TypeKind::rational) return check::mobile_type(*lhs);
        return operand_type(rhs, lhs);
    }
    // A literal the other operand's type cannot hold widens the comparison to the literal's
    // mobile type, as solc's commonType does (`x < 256` with `uint8 x` compares as uint16).
    if (rhs->kind == TypeKind::rational) {
        if (check::implicitly_convertible(*rhs, *lhs)) return lhs;
        TypePtr mobile = check::mobile_type(*rhs);
        return mobile ? mobile : lhs;
    }
    if (lhs->kind == TypeKind::integer && rhs->kind == TypeKind::integer)
        return lhs->bits >= rhs->bits ? lhs : rhs;
    if (lhs->kind == TypeKind::fixed_bytes && rhs->kind == TypeKind::fixed_bytes)
        return lhs->byte_size >= rhs->byte_size ? lhs : rhs; // bytes1 < bytes2: widen, never cut
    return lhs;
}

} // namespace

bool FunctionCompiler::constant_expression(const ast::Expression& e, const TypePtr& target) {
    const ast::NodeId id = ast::expr_node(e).id;
    const check::ExprInfo* info = m_model.expr(id);
    const bool constant =
        info && (info->constant_bool ||
                 (info->constant && boost::multiprecision::denominator(*info->constant) == 1));
    if (!constant) return false;
    // A constant outside an enum's members (E(type(uint256).max)) converts at run time, where
    // it panics 0x21 as solc's code does.
    if (target && target->kind == TypeKind::enum_ && info->constant &&
        (*info->constant < 0 || *info->constant >= target->enum_info->values.size()))
        return false;
    effects_only(e);
    return push_constant(id, target);
}

void FunctionCompiler::effects_only(const ast::Expression& e) {
    if (!has_effects(e)) return;
    if (const auto* m = ast::get_if<ast::MemberAccess>(e)) return effects_only(m->object);
    if (const auto* t = ast::get_if<ast::TupleExpr>(e)) { // parentheses, or a tuple
        for (const auto& element : t->elements)
            if (element) effects_only(*element);
        return;
    }
    if (const auto* c = ast::get_if<ast::Conditional>(e)) {
        expression_as(c->condition, check::bool_type());
        const Label otherwise = m_out.new_label();
        const Label end = m_out.new_label();
        m_out.jump(Op::JUMPZ, otherwise);
        effects_only(c->when_true);
        m_out.jump(Op::JUMP, end);
        m_out.bind(otherwise);
        effects_only(c->when_false);
        m_out.bind(end);
        return;
    }
    span(ast::span_of(e));
    m_out.pop_n(static_cast<unsigned>(evaluate(e))); // not folded again: its value is unused
}

bool FunctionCompiler::has_effects(const ast::Expression& e) const {
    struct Visitor {
        const FunctionCompiler& self;
        bool operator()(const ast::x3::forward_ast<ast::TupleExpr>& n) const {
            for (const auto& element : n.get().elements)
                if (element && self.has_effects(*element)) return true;
            return false;
        }
        bool operator()(const ast::x3::forward_ast<ast::InlineArray>& n) const {
            for (const auto& element : n.get().elements)
                if (self.has_effects(element)) return true;
            return false;
        }
        bool operator()(const ast::x3::forward_ast<ast::Unary>& n) const {
            using U = ast::UnaryOp;
            const U op = n.get().op;
            if (op == U::pre_inc || op == U::pre_dec || op == U::post_inc || op == U::post_dec ||
                op == U::del)
                return true;
            return self.has_effects(n.get().operand);
        }
        bool operator()(const ast::x3::forward_ast<ast::Binary>& n) const {
            return self.has_effects(n.get().lhs) || self.has_effects(n.get().rhs);
        }
        bool operator()(const ast::x3::forward_ast<ast::Conditional>& n) const {
            const auto& c = n.get();
            return self.has_effects(c.condition) || self.has_effects(c.when_true) ||
                   self.has_effects(c.when_false);
        }
        bool operator()(const ast::x3::forward_ast<ast::Call>& n) const {
            const check::ExprInfo* info = self.m_model.expr(n.get().id);
            if (info && info->type && info->type->kind == TypeKind::magic) return false; // type(T)
            if (!info || info->call.kind != check::CallKind::conversion) return true;
            for (const auto& argument : n.get().arguments)
                if (self.has_effects(argument)) return true;
            return false;
        }
        bool operator()(const ast::x3::forward_ast<ast::MemberAccess>& n) const {
            return self.has_effects(n.get().object);
        }
        bool operator()(const ast::x3::forward_ast<ast::IndexAccess>& n) const {
            const auto& i = n.get();
            return self.has_effects(i.object) || (i.index && self.has_effects(*i.index));
        }
        bool operator()(const ast::x3::forward_ast<ast::IndexRangeAccess>& n) const {
            const auto& r = n.get();
            return self.has_effects(r.object) || (r.start && self.has_effects(*r.start)) ||
                   (r.end && self.has_effects(*r.end));
        }
        bool operator()(const ast::x3::forward_ast<ast::Assignment>&) const { return true; }
        bool operator()(const ast::x3::forward_ast<ast::NewExpr>&) const { return true; }
        bool operator()(const ast::Identifier&) const { return false; }
        bool operator()(const ast::NumberLiteral&) const { return false; }
        bool operator()(const ast::BoolLiteral&) const { return false; }
        bool operator()(const ast::StringLiteral&) const { return false; }
        bool operator()(const ast::ElementaryTypeExpr&) const { return false; }
    };
    return boost::apply_visitor(Visitor{*this}, e.get());
}

void FunctionCompiler::operands(const ast::Binary& b, const TypePtr& lhs, const TypePtr& rhs) {
    // solc (legacy code generator) evaluates the right operand first: in `f() - g()` g's
    // effects and events come before f's. When neither operand has effects the order cannot
    // be observed, and left first needs no swap.
    if (!has_effects(b.lhs) && !has_effects(b.rhs)) {
        expression_as(b.lhs, lhs);
        expression_as(b.rhs, rhs);
        return;
    }
    expression_as(b.rhs, rhs);
    expression_as(b.lhs, lhs);
    m_out.swap(1); // lhs rhs
}

void FunctionCompiler::binary(const ast::Binary& b) {
    using B = ast::BinaryOp;
    if (b.op == B::logical_and || b.op == B::logical_or) return logical(b);
    if (user_operator(b.id, {&b.lhs, &b.rhs})) return;
    TypePtr result = m_model.type_of(b.id);
    TypePtr lhs_type = type_of(b.lhs);
    TypePtr rhs_type = type_of(b.rhs);
    if (is_comparison(b.op)) {
        TypePtr common = operand_type(lhs_type, rhs_type);
        operands(b, common, common);
        span(b.span);
        return compare(b.op, *common);
    }
    if (b.op == B::shl || b.op == B::shr || b.op == B::exp) {
        TypePtr amount =
            rhs_type->kind == TypeKind::rational ? check::mobile_type(*rhs_type) : rhs_type;
        if (!amount) amount = check::uint_type();
        operands(b, result, amount);
    } else {
        operands(b, result, result);
    }
    span(b.span);
    const check::ExprInfo* info = m_model.expr(b.id);
    arithmetic(b.op, *result, info->checked, b.span);
}

void FunctionCompiler::logical(const ast::Binary& b) {
    Label end = m_out.new_label();
    expression_as(b.lhs, check::bool_type());
    m_out.dup(1);
    m_out.jump(b.op == ast::BinaryOp::logical_and ? Op::JUMPZ : Op::JUMPI, end);
    m_out.op(Op::POP);
    expression_as(b.rhs, check::bool_type());
    m_out.bind(end);
}

int FunctionCompiler::conditional(const ast::Conditional& c) {
    TypePtr result = m_model.type_of(c.id);
    Label otherwise = m_out.new_label(), end = m_out.new_label();
    expression_as(c.condition, check::bool_type());
    m_out.jump(Op::JUMPZ, otherwise);
    int count = 1;
    if (result->kind == TypeKind::tuple) { // `c ? (a, b) : (b, a)`: each branch pushes a tuple
        count = expression(c.when_true);
        m_out.jump(Op::JUMP, end);
        m_out.bind(otherwise);
        expression(c.when_false);
    } else {
        expression_as(c.when_true, result);
        m_out.jump(Op::JUMP, end);
        m_out.bind(otherwise);
        expression_as(c.when_false, result);
    }
    m_out.bind(end);
    return count;
}

void FunctionCompiler::unary(const ast::Unary& u, bool keep) {
    using U = ast::UnaryOp;
    TypePtr type = m_model.type_of(u.id);
    const check::ExprInfo* info = m_model.expr(u.id);
    if (user_operator(u.id, {&u.operand})) return;
    switch (u.op) {
    case U::negate:
        expression_as(u.operand, type);
        if (info->checked) return m_out.op_u8(Op::CNEG, int_type(*type).encode());
        m_out.push(0);
        m_out.swap(1);
        m_out.op(Op::SUB);
        return cleanup(*type);
    case U::logical_not:
        expression_as(u.operand, check::bool_type());
        return m_out.op(Op::ISZERO);
    case U::bit_not:
        expression_as(u.operand, type);
        m_out.op(Op::NOT);
        return cleanup(*type);
    case U::del: {
        TypePtr target = type_of(u.operand);
        if (check::is_reference_type(*target) && target->location == check::Location::storage) {
            expression(u.operand);
            return clear_storage(*target);
        }
        LValue lv = lvalue(u.operand);
        if (check::is_reference_type(*target))
            zero_memory_value(*target);
        else
            m_out.push(0);
        return store(lv);
    }
    default:
        break;
    }
    // ++ and --: read, add or subtract one (checked unless in `unchecked`), write back.
    LValue lv = lvalue(u.operand);
    load(lv);
    bool post = u.op == U::post_inc || u.op == U::post_dec;
    if (post && keep) m_out.dup(1);
    m_out.push(1);
    bool inc = u.op == U::pre_inc || u.op == U::post_inc;
    arithmetic(inc ? ast::BinaryOp::add : ast::BinaryOp::sub, *type, info->checked, u.span);
    if (!post && keep) m_out.dup(1);
    store(lv);
}

namespace {

/// The targets of a tuple on the left of '=' in order, nested tuples and parentheses
/// flattened: `((x, y), b)` is x, y, b and `((a), b)` is a, b; a gap is nullptr.
void assignment_leaves(const ast::Expression& e, std::vector<const ast::Expression*>& out) {
    if (auto t = ast::get_if<ast::TupleExpr>(e)) {
        for (const auto& element : t->elements)
            if (element)
                assignment_leaves(*element, out);
            else
                out.push_back(nullptr);
        return;
    }
    out.push_back(&e);
}

} // namespace

void FunctionCompiler::assignment(const ast::Assignment& a, bool keep) {
    TypePtr target = type_of(a.lhs);
    if (ast::get_if<ast::TupleExpr>(a.lhs)) { // (a, b) = (b, a) / f()
        if (keep) unsupported(a.span, "a tuple assignment used as a value");
        return tuple_assignment(a);
    }
    if (check::is_reference_type(*target)) {
        if (a.op != ast::AssignOp::assign)
            unsupported(a.span, "compound assignment to a reference");
        if (!keep) return assign_reference(a.lhs, a.rhs, target);
        if (target->location == check::Location::storage) {
            // The value is the target itself, a storage reference (`(m = m2)[2] = 21`, `a = b
            // = msg.data`): copy or repoint first, then read the target's reference, which is
            // only the same reference if naming it again has no effects.
            if (has_effects(a.lhs))
                unsupported(a.span, "an assignment to storage with effects in its target, "
                                    "used as a value");
            assign_reference(a.lhs, a.rhs, target);
            expression(a.lhs);
            return;
        }
        LValue lv = lvalue(a.lhs); // memory: the pointer is both stored and the value
        expression_as(a.rhs, target);
        m_out.dup(1);
        return store(lv);
    }
    // As in solc, the right-hand side is evaluated before the target's location (`xs[i++] = i`
    // stores the old i), and a compound assignment reads the target after it.
    // Whether solc's order (right-hand side first) can be observed: a named target's location
    // does not depend on anything the right-hand side does, but an indexed one may, and a
    // compound assignment reads the target, which the right-hand side may change.
    const bool named = ast::get_if<ast::Identifier>(a.lhs) != nullptr;
    const bool in_order =
        has_effects(a.lhs) || (has_effects(a.rhs) && (!named || a.op != ast::AssignOp::assign));
    if (!in_order) { // the order cannot be observed: the target's location first, no temp
        LValue lv = lvalue(a.lhs);
        if (a.op != ast::AssignOp::assign) load(lv);
        compound_operand(a, target);
        if (a.op != ast::AssignOp::assign) {
            span(a.span);
            arithmetic(compound_op(a.op), *target, m_model.expr(a.id)->checked, a.span);
        }
        if (keep) m_out.dup(1);
        return store(lv);
    }
    if (a.op == ast::AssignOp::assign) {
        expression_as(a.rhs, target);
        std::uint16_t value = to_temp();
        LValue lv = lvalue(a.lhs);
        m_out.lget(value);
        if (keep) m_out.dup(1);
        return store(lv);
    }
    compound_operand(a, target);
    std::uint16_t operand = to_temp();
    LValue lv = lvalue(a.lhs);
    load(lv);
    m_out.lget(operand);
    span(a.span);
    arithmetic(compound_op(a.op), *target, m_model.expr(a.id)->checked, a.span);
    if (keep) m_out.dup(1);
    store(lv);
}

void FunctionCompiler::tuple_values(const ast::TupleExpr& rhs,
                                    const std::vector<const ast::Expression*>& leaves,
                                    std::vector<std::uint16_t>& values,
                                    std::vector<bool>& from_storage) {
    for (const auto& element : rhs.elements) {
        if (!element) unsupported(rhs.span, "an empty component on the right of '='");
        if (auto inner = ast::get_if<ast::TupleExpr>(*element)) {
            tuple_values(*inner, leaves, values, from_storage);
            continue;
        }
        const ast::Expression* lhs =
            values.size() < leaves.size() ? leaves[values.size()] : nullptr;
        const TypePtr from = type_of(*element);
        if (from && from->kind == TypeKind::tuple) { // a call's values, as they are
            const int n = expression(*element);
            std::vector<std::uint16_t> these;
            for (int k = 0; k < n; ++k)
                these.insert(these.begin(), to_temp());
            values.insert(values.end(), these.begin(), these.end());
            from_storage.resize(values.size(), false);
            continue;
        }
        const TypePtr to = lhs ? copy_target(*lhs) : nullptr;
        const bool storage_copy = lhs && to && check::is_reference_type(*to) &&
                                  to->location == check::Location::memory &&
                                  type_of(*lhs)->location == check::Location::storage &&
                                  from->location == check::Location::storage;
        if (storage_copy)
            expression(*element); // its slot
        else
            expression_as(*element, to);
        values.push_back(to_temp());
        from_storage.push_back(storage_copy);
    }
}

void FunctionCompiler::tuple_assignment(const ast::Assignment& a) {
    std::vector<const ast::Expression*> leaves;
    assignment_leaves(a.lhs, leaves);
    std::vector<std::uint16_t> values;
    // Components copied from storage to storage: solc reads them through their storage
    // references when it stores them, not before (see the stores below).
    std::vector<bool> from_storage;
    if (auto rhs = ast::get_if<ast::TupleExpr>(a.rhs)) {
        tuple_values(*rhs, leaves, values, from_storage);
    } else {
        const int n = expression(a.rhs);
        for (int i = 0; i < n; ++i)
            values.insert(values.begin(), to_temp());
    }
    // As in solc, the targets' locations are computed left to right and the values stored
    // right to left: `(y, y) = (1, 2)` leaves y == 1, and `(x, y) = (y, x)` of two storage
    // structs copies x into y first, then the new y into x. A nested tuple is stored the same
    // way, so its leaves keep that order flattened.
    const std::size_t n = std::min(leaves.size(), values.size());
    std::vector<std::optional<LValue>> targets;
    for (std::size_t i = 0; i < n; ++i)
        targets.push_back(leaves[i] ? std::optional(lvalue(*leaves[i])) : std::nullopt);
    from_storage.resize(n, false);
    for (std::size_t i = n; i-- > 0;) {
        if (!targets[i]) continue;
        if (from_storage[i]) {
            m_out.lget(targets[i]->slot);
            m_out.lget(values[i]);
            copy_storage_to_storage(*targets[i]->type);
            continue;
        }
        m_out.lget(values[i]);
        store(*targets[i]);
    }
}

ast::BinaryOp FunctionCompiler::compound_op(ast::AssignOp op) {
    using B = ast::BinaryOp;
    static constexpr B binary_of[] = {B::add,    B::add,     B::sub,     B::mul, B::div, B::mod,
                                      B::bit_or, B::bit_and, B::bit_xor, B::shl, B::shr};
    return binary_of[static_cast<int>(op)];
}

void FunctionCompiler::compound_operand(const ast::Assignment& a, const TypePtr& target) {
    const ast::BinaryOp op = compound_op(a.op);
    if (a.op == ast::AssignOp::assign || (op != ast::BinaryOp::shl && op != ast::BinaryOp::shr))
        return expression_as(a.rhs, target);
    TypePtr amount = type_of(a.rhs); // a shift amount keeps its own type
    if (amount->kind == TypeKind::rational) amount = check::mobile_type(*amount);
    expression_as(a.rhs, amount ? amount : check::uint_type());
}

TypePtr FunctionCompiler::copy_target(const ast::Expression& lhs) {
    TypePtr t = type_of(lhs);
    if (!t || !check::is_reference_type(*t) || t->location != check::Location::storage) return t;
    if (auto id = ast::get_if<ast::Identifier>(lhs)) { // a storage pointer variable: a slot
        const check::ExprInfo* info = m_model.expr(id->id);
        if (info->decl && info->decl->kind == check::DeclKind::variable &&
            static_cast<const VariableInfo*>(info->decl)->var_kind != check::VarKind::state)
            return t;
    }
    // A copy into storage goes through memory (the store copies memory to storage), unless
    // its source is in storage too (see assignment()).
    return check::with_location(t, check::Location::memory);
}

void FunctionCompiler::assign_reference(const ast::Expression& lhs, const ast::Expression& rhs,
                                        const TypePtr& target) {
    TypePtr source = type_of(rhs);
    const bool lhs_is_pointer_variable = [&] {
        auto id = ast::get_if<ast::Identifier>(lhs);
        if (!id) return false;
        const check::ExprInfo* info = m_model.expr(id->id);
        return info->decl && info->decl->kind == check::DeclKind::variable &&
               static_cast<const VariableInfo*>(info->decl)->var_kind != check::VarKind::state;
    }();
    if (target->location != check::Location::storage || lhs_is_pointer_variable) {
        LValue lv = lvalue(lhs);
        expression_as(rhs, target);
        return store(lv);
    }
    expression(lhs); // the destination slot
    // An inline array, or an array whose elements convert, is first built in the target's
    // memory shape (`uint8[2]` into `uint256[]`: a length word and widened elements).
    if (source->location != check::Location::storage &&
        (ast::get_if<ast::InlineArray>(rhs) || needs_array_conversion(*source, *target)))
        expression_as(rhs, target);
    else
        expression(rhs);
    // A storage array of another length or element type (`uint256[4] = uint256[2]`, `uint256[]
    // = uint256[4]`): read in its own shape, then converted to the target's, as from memory.
    if (source->location == check::Location::storage && source->kind == TypeKind::array &&
        !check::same_base_type(*source, *target)) {
        copy_storage_to_memory(*source);
        convert_array(*source, *target);
        return copy_memory_to_storage(*target);
    }
    if (source->location == check::Location::storage) return copy_storage_to_storage(*target);
    if (source->location == check::Location::calldata) check_calldata_value(*source);
    copy_memory_to_storage(*target);
}

void FunctionCompiler::convert(const TypePtr& from, const TypePtr& to) {
    if (!from || !to) return;
    const Type& f = *from;
    const Type& t = *to;
    if (t.kind == TypeKind::integer && f.kind == TypeKind::integer) {
        if (t.bits < f.bits || t.is_signed != f.is_signed) cleanup(t);
        return;
    }
    if (t.kind == TypeKind::fixed_bytes && f.kind == TypeKind::fixed_bytes) {
        if (t.byte_size < f.byte_size) cleanup(t);
        return;
    }
    if (t.kind == TypeKind::fixed_bytes && f.kind == TypeKind::bytes) // bytes4(msg.data[:4])
        return bytes_to_fixed_bytes(f, t.byte_size);
    if (t.kind == TypeKind::fixed_bytes && f.kind == TypeKind::integer) { // bytes4(uint32)
        m_out.push(8 * (32 - t.byte_size));
        m_out.op(Op::SHL);
        return;
    }
    if (t.kind == TypeKind::integer && f.kind == TypeKind::fixed_bytes) { // uint32(bytes4)
        m_out.push(8 * (32 - f.byte_size));
        m_out.op(Op::SHR);
        return;
    }
    if (t.kind == TypeKind::integer &&
        (f.kind == TypeKind::address || f.kind == TypeKind::contract)) {
        if (t.bits < 160) cleanup(t);
        return;
    }
    if ((t.kind == TypeKind::address || t.kind == TypeKind::contract) &&
        f.kind == TypeKind::integer) {
        if (f.bits > 160) cleanup(*check::uint_type(160));
        return;
    }
    if (t.kind == TypeKind::fixed_bytes && f.kind == TypeKind::address) { // bytes20(address)
        m_out.push(96);
        m_out.op(Op::SHL);
        return;
    }
    if (t.kind == TypeKind::address && f.kind == TypeKind::fixed_bytes) { // address(bytes20)
        m_out.push(96);
        m_out.op(Op::SHR);
        return;
    }
    if (t.kind == TypeKind::enum_ && f.kind == TypeKind::integer) {
        m_out.dup(1);
        m_out.push(t.enum_info->values.size());
        m_out.op(Op::LT);
        panic_unless(vm::panic::enum_conversion);
        return;
    }
    if (needs_array_conversion(f, t)) return convert_array(f, t);
    // A storage value passed where calldata is expected (an external call's `uint256[]
    // calldata` parameter, abi.encodeCall) is encoded from a memory copy: calldata values live
    // in memory.
    if (check::is_reference_type(t) &&
        (t.location == check::Location::memory || t.location == check::Location::calldata) &&
        f.location == check::Location::storage && f.kind != TypeKind::mapping) {
        copy_storage_to_memory(f);
        return;
    }
    if (check::is_reference_type(t) && t.location == check::Location::memory &&
        f.location == check::Location::calldata) {
        check_calldata_value(f);
        copy_memory_to_memory(f); // calldata lives in memory: the copy keeps it read-only
        return;
    }
}

// ---- locations ---------------------------------------------------------------------------------

std::size_t FunctionCompiler::field_index(const check::StructInfo& s, const std::string& field) {
    for (std::size_t i = 0; i < s.fields.size(); ++i)
        if (s.fields[i].name == field) return i;
    unsupported(s.span, "unknown struct field '" + field + "'");
}

StorageLocation FunctionCompiler::field_location(const check::StructInfo& s,
                                                 const std::string& field) {
    if (auto at = struct_field_location(s, field)) return *at;
    unsupported(s.span, "unknown struct field '" + field + "'");
}

void FunctionCompiler::mapping_slot(const Type& mapping, const ast::Expression& key) {
    std::uint16_t slot = to_temp();
    if (is_byte_array(*mapping.key)) { // keccak256(key bytes . slot), as solc
        m_out.lget(slot);
        expression_as(key, check::with_location(mapping.key, check::Location::memory));
        return bytes_key_slot();
    }
    expression_as(key, mapping.key);
    m_out.lget(slot);
    keccak_of_words(2);
}

void FunctionCompiler::index_location(const Type& base, const ast::Expression& index) {
    std::uint16_t location = to_temp();
    expression_as(index, check::uint_type());
    std::uint16_t i = to_temp();
    // bounds check: i < length
    m_out.lget(i);
    if (base.length) {
        m_out.push(*base.length);
    } else {
        m_out.lget(location);
        m_out.op(base.location == check::Location::storage ? Op::SLOAD : Op::MLOAD);
    }
    m_out.op(Op::LT);
    panic_unless(vm::panic::index_out_of_bounds);
    if (base.location == check::Location::storage) {
        m_out.lget(location);
        if (!base.length) keccak_of_words(1);
        m_out.lget(i);
        std::uint64_t element_slots = storage_slots(*base.element).value_or(1);
        if (element_slots != 1) {
            m_out.push(element_slots);
            m_out.op(Op::MUL);
        }
        m_out.op(Op::ADD);
        return;
    }
    m_out.lget(location);
    if (!base.length) {
        m_out.push(32);
        m_out.op(Op::ADD);
    }
    m_out.lget(i);
    m_out.push(5);
    m_out.op(Op::SHL);
    m_out.op(Op::ADD);
}

LValue FunctionCompiler::lvalue(const ast::Expression& e) {
    span(ast::span_of(e));
    TypePtr type = type_of(e);
    if (auto id = ast::get_if<ast::Identifier>(e)) {
        const check::ExprInfo& info = info_of(e);
        if (info.decl && info.decl->kind == check::DeclKind::variable) {
            const auto* var = static_cast<const VariableInfo*>(info.decl);
            if (var->var_kind != check::VarKind::state) {
                LValue lv{LValue::Kind::local, slot_of(var), type};
                lv.raw = m_raw_locals.contains(var);
                return lv;
            }
            return state_variable_lvalue(*var, type);
        }
        unsupported(id->span, "assignment to '" + id->name + "'");
    }
    if (auto member = ast::get_if<ast::MemberAccess>(e)) {
        if (const VariableInfo* var = named_through_contract(m_model, *member))
            return state_variable_lvalue(*var, type);
        TypePtr object = type_of(member->object);
        if (object->kind != TypeKind::struct_)
            unsupported(member->span, "assignment to this member");
        expression(member->object);
        if (object->location == check::Location::storage) {
            const StorageLocation at = field_location(*object->struct_info, member->member);
            m_out.push(at.slot);
            m_out.op(Op::ADD);
            LValue lv{LValue::Kind::storage, to_temp(), type};
            lv.offset = at.offset;
            return lv;
        }
        m_out.push(32 * field_index(*object->struct_info, member->member));
        m_out.op(Op::ADD);
        return LValue{LValue::Kind::memory, to_temp(), type};
    }
    if (auto index = ast::get_if<ast::IndexAccess>(e)) {
        TypePtr object = type_of(index->object);
        if (!index->index) unsupported(index->span, "an index access without an index");
        expression(index->object);
        if (object->kind == TypeKind::mapping) {
            mapping_slot(*object, *index->index);
            return LValue{LValue::Kind::storage, to_temp(), type};
        }
        if (object->kind == TypeKind::array) {
            index_location(*object, *index->index);
            return LValue{object->location == check::Location::storage ? LValue::Kind::storage
                                                                       : LValue::Kind::memory,
                          to_temp(), type};
        }
        if (object->kind == TypeKind::bytes) {
            expression_as(*index->index, check::uint_type());
            if (object->location == check::Location::storage) {
                storage_byte_location();
                std::uint16_t position = to_temp();
                LValue lv{LValue::Kind::storage_byte, to_temp(), type};
                lv.byte = position;
                return lv;
            }
            memory_byte_location();
            return LValue{LValue::Kind::memory_byte, to_temp(), type};
        }
        unsupported(index->span, "assignment to an element of this type");
    }
    if (auto call = ast::get_if<ast::Call>(e);
        call && info_of(e).call.builtin == check::Builtin::array_push && call->arguments.empty())
        return pushed_element(*call);
    unsupported(ast::span_of(e), "assignment to this expression");
}

LValue FunctionCompiler::state_variable_lvalue(const VariableInfo& var, const TypePtr& type) {
    const StorageLocation at = m_contract.layout().location_of(&var);
    m_out.push(at.slot);
    LValue lv{var.transient ? LValue::Kind::transient : LValue::Kind::storage, to_temp(), type};
    lv.offset = at.offset;
    return lv;
}

void FunctionCompiler::load(const LValue& lv) {
    if (lv.kind == LValue::Kind::storage_byte) return load_storage_byte(lv.slot, lv.byte);
    m_out.lget(lv.slot);
    if (lv.kind == LValue::Kind::memory_byte) {
        m_out.op(Op::MLOAD);
        return cleanup(*check::fixed_bytes_type(1));
    }
    if (lv.kind == LValue::Kind::local) {
        if (lv.raw) clean_word(*lv.type);
        return;
    }
    if (lv.kind == LValue::Kind::transient) return load_packed(*lv.type, lv.offset, true);
    if (check::is_reference_type(*lv.type) && lv.kind == LValue::Kind::storage) return;
    if (lv.kind == LValue::Kind::storage) return load_packed(*lv.type, lv.offset);
    m_out.op(Op::MLOAD);
}

void FunctionCompiler::store(const LValue& lv) {
    if (lv.kind == LValue::Kind::local) return m_out.lset(lv.slot);
    if (lv.kind == LValue::Kind::storage_byte) return store_storage_byte(lv.slot, lv.byte);
    if (lv.kind == LValue::Kind::memory_byte) { // bytes1 -- : its leading byte
        m_out.push(248);
        m_out.op(Op::SHR);
        m_out.lget(lv.slot);
        m_out.swap(1);
        m_out.op(Op::MSTORE8);
        return;
    }
    if (lv.kind == LValue::Kind::storage && check::is_reference_type(*lv.type)) {
        std::uint16_t value = to_temp();
        m_out.lget(lv.slot);
        m_out.lget(value);
        copy_memory_to_storage(*lv.type); // the value was converted by copy_target
        return;
    }
    m_out.lget(lv.slot);
    m_out.swap(1);
    if (lv.kind == LValue::Kind::transient) return store_packed(*lv.type, lv.offset, true);
    if (lv.kind == LValue::Kind::storage) return store_packed(*lv.type, lv.offset);
    m_out.op(Op::MSTORE);
}

void FunctionCompiler::reference(const ast::Expression& e) {
    expression(e);
}

void FunctionCompiler::member_access(const ast::MemberAccess& m) {
    TypePtr object = type_of(m.object);
    TypePtr result = m_model.type_of(m.id);
    const std::string& name = m.member;
    if (const check::ExprInfo* info = m_model.expr(m.id);
        info && info->decl && info->decl->kind == check::DeclKind::function &&
        result->kind == TypeKind::function && result->call_kind == check::CallKind::internal)
        return function_reference(ast::Expression{m},
                                  *static_cast<const FunctionInfo*>(info->decl));
    if (const check::ExprInfo* info = m_model.expr(m.id);
        info && info->decl && info->decl->kind == check::DeclKind::function &&
        result->kind == TypeKind::function && result->call_kind == check::CallKind::external &&
        result->text != "typename")
        return external_function_reference(m, *static_cast<const FunctionInfo*>(info->decl));
    if (external_function_member(m)) return;
    if (object->kind == TypeKind::magic) return magic_member(m, *object);
    if (object->kind == TypeKind::struct_) {
        expression(m.object);
        if (object->location == check::Location::storage) {
            const StorageLocation at = field_location(*object->struct_info, name);
            m_out.push(at.slot);
            m_out.op(Op::ADD);
            if (!check::is_reference_type(*result)) load_packed(*result, at.offset);
            return;
        }
        m_out.push(32 * field_index(*object->struct_info, name));
        m_out.op(Op::ADD);
        m_out.op(Op::MLOAD);
        return;
    }
    if (name == "length" && object->kind == TypeKind::array) {
        if (object->length) {
            m_out.push(*object->length);
            return;
        }
        expression(m.object);
        m_out.op(object->location == check::Location::storage ? Op::SLOAD : Op::MLOAD);
        return;
    }
    if (name == "length" && (object->kind == TypeKind::bytes || object->kind == TypeKind::string)) {
        if (auto code = ast::get_if<ast::MemberAccess>(m.object); code && code->member == "code") {
            expression(code->object);
            m_out.op(Op::EXTCODESIZE);
            return;
        }
        expression(m.object);
        if (object->location == check::Location::storage) return storage_bytes_length();
        m_out.op(Op::MLOAD);
        return;
    }
    if (object->kind == TypeKind::address || object->kind == TypeKind::contract) {
        if (name == "balance" || name == "codehash") {
            expression(m.object);
            m_out.op(name == "balance" ? Op::BALANCE : Op::EXTCODEHASH);
            return;
        }
        if (name == "code") // EXTCODESIZE only: a copy would be Mallory's code, not EVM bytecode
            unsupported(m.span, "'address.code' as bytes: Mallory's code is not EVM bytecode, "
                                "so only 'address.code.length' is supported");
    }
    if (name == "selector" && object->kind == TypeKind::function && object->function) {
        m_out.push(vm::shl(vm::U256{object->function->selector}, 224));
        return;
    }
    if (const VariableInfo* var = named_through_contract(m_model, m))
        return state_variable(*var); // `C.x` where a local or a return value hides `x`
    if (const check::ExprInfo* info = m_model.expr(m.id);
        info && info->decl && info->decl->kind == check::DeclKind::variable) {
        // `C.constant`
        const auto* var = static_cast<const VariableInfo*>(info->decl);
        if (var->constant && var->constant_value) return m_out.push(word_of(*var->constant_value));
        // A string or bytes constant (forge-std's `stdError.arithmeticError`): its initializer
        // names only constants and built-ins, so it compiles here as at its own uses.
        if (var->constant && var->ast_state && var->ast_state->initial_value)
            return expression_as(*var->ast_state->initial_value, var->type);
    }
    unsupported(m.span, "the member '" + name + "' here");
}

void FunctionCompiler::zero_while_constructing() { // v -- v, or 0 in a creation frame
    // On the EVM a constructor's arguments follow the init code and its calldata is empty;
    // Mallory passes them as the creation frame's input. Only a creation frame runs code at
    // an address without code yet (CODESIZE is the executing account's), so CODESIZE == 0
    // tells the constructor, and the functions it calls, that msg.data is empty.
    m_out.op(Op::CODESIZE);
    m_out.op(Op::ISZERO);
    m_out.op(Op::ISZERO);
    m_out.op(Op::MUL);
}

void FunctionCompiler::magic_member(const ast::MemberAccess& m, const Type& object) {
    span(m.span);
    const check::ExprInfo* info = m_model.expr(m.id);
    if (Magic magic = info ? info->magic : Magic::none; magic != Magic::none) {
        if (std::optional<Op> op = lang::magic_member(magic).op) return m_out.op(*op);
        if (magic == Magic::msg_sig) return msg_sig();
        if (magic == Magic::msg_data) return msg_data();
        unsupported(m.span, "'" + magic_name(magic) + "'");
    }
    const std::string& name = m.member;
    if (object.text == "type" && object.element) {
        const Type& t = *object.element;
        if (t.kind == TypeKind::integer && (name == "max" || name == "min")) {
            check::BigInt v = name == "max" ? check::integer_max(t) : check::integer_min(t);
            return m_out.push(word_of(check::Rational(v)));
        }
        if (t.kind == TypeKind::enum_ && t.enum_info && (name == "max" || name == "min"))
            return m_out.push(name == "max" ? t.enum_info->values.size() - 1 : 0);
        if (t.kind == TypeKind::contract && t.contract && name == "name") {
            ast::StringLiteral text;
            text.value = t.contract->name;
            return literal_string(text, m_model.type_of(m.id));
        }
        if (t.kind == TypeKind::contract && t.contract && name == "creationCode") {
            // What `new C` deploys: C's serialized code (the init code of CREATE2's address,
            // before the constructor arguments).
            const vm::Bytes code = vm::serialize(*m_contract.compiled_code(*t.contract, m.span));
            ast::StringLiteral bytes;
            bytes.value.assign(code.begin(), code.end());
            return literal_string(bytes, m_model.type_of(m.id));
        }
    }
    unsupported(m.span, "'" + object.text + "." + name + "'");
}

void FunctionCompiler::msg_sig() { // -- sig
    m_out.push(0);
    m_out.op(Op::CALLDATALOAD);
    cleanup(*check::fixed_bytes_type(4));
    zero_while_constructing();
}

void FunctionCompiler::msg_data() { // -- p: a memory copy of the calldata
    m_out.op(Op::CALLDATASIZE);
    zero_while_constructing();
    std::uint16_t n = to_temp();
    alloc_length_prefixed(n, n);
    std::uint16_t p = to_temp();
    m_out.lget(p);
    m_out.push(32);
    m_out.op(Op::ADD);
    m_out.push(0);
    m_out.lget(n);
    m_out.op(Op::CALLDATACOPY);
    m_out.lget(p);
}

void FunctionCompiler::index_access(const ast::IndexAccess& i) {
    TypePtr object = type_of(i.object);
    TypePtr result = m_model.type_of(i.id);
    if (!i.index) unsupported(i.span, "an index access without an index");
    expression(i.object);
    if (object->kind == TypeKind::mapping) {
        mapping_slot(*object, *i.index);
        if (!check::is_reference_type(*result)) load_packed(*result, 0);
        return;
    }
    if (object->kind == TypeKind::array) {
        index_location(*object, *i.index);
        bool storage = object->location == check::Location::storage;
        if (!check::is_reference_type(*result) && storage) return load_packed(*result, 0);
        if (storage) return;
        m_out.op(Op::MLOAD);
        if (object->location == check::Location::calldata && abi_is_dynamic(*object->element))
            check_lazy_element(); // solc checks the element's tail when it is read
        return;
    }
    if (object->kind == TypeKind::bytes) { // b[i]: bytes1
        expression_as(*i.index, check::uint_type());
        if (object->location == check::Location::storage) {
            storage_byte_location();
            std::uint16_t position = to_temp();
            return load_storage_byte(to_temp(), position);
        }
        memory_byte_location();
        m_out.op(Op::MLOAD);
        return cleanup(*check::fixed_bytes_type(1));
    }
    if (object->kind == TypeKind::fixed_bytes) { // b[i]: bytes1
        expression_as(*i.index, check::uint_type());
        std::uint16_t index = to_temp();
        m_out.lget(index);
        m_out.push(object->byte_size);
        m_out.op(Op::LT);
        panic_unless(vm::panic::index_out_of_bounds);
        m_out.lget(index);
        m_out.op(Op::BYTE);
        m_out.push(248);
        m_out.op(Op::SHL);
        return;
    }
    unsupported(i.span, "indexing a value of type " + check::to_string(*object));
}

} // namespace mallory::lang::codegen
