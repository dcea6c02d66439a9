// The symbolic executor's expressions (see symbolic_executor.hpp) and the evaluation of
// specification expressions over a symbolic state (mirroring analyzer/evaluator.cpp).
#include "analyzer/ast_util.hpp"
#include "analyzer/symbolic_executor.hpp"

#include <fmt/format.h>

namespace mallory::analyzer::sym {

namespace {

namespace ast = lang::ast;
using astutil::as;
using astutil::strip;
using check::TypeKind;
using lang::Magic;
using lang::magic_name;

z3::expr from_bool(z3::context& ctx, const z3::expr& b) {
    return z3::ite(b, ctx.int_val(1), ctx.int_val(0));
}

/// Exact bitwise operators through bit-vectors of `bits` bits (operands in range).
z3::expr bitwise(ast::BinaryOp op, const z3::expr& a, const z3::expr& b, unsigned bits) {
    const z3::expr x = z3::int2bv(bits, a);
    const z3::expr y = z3::int2bv(bits, b);
    switch (op) {
    case ast::BinaryOp::bit_and:
        return z3::bv2int(x & y, false);
    case ast::BinaryOp::bit_or:
        return z3::bv2int(x | y, false);
    case ast::BinaryOp::bit_xor:
        return z3::bv2int(x ^ y, false);
    case ast::BinaryOp::shl:
        return z3::bv2int(z3::shl(x, y), false);
    default:
        return z3::bv2int(z3::lshr(x, y), false);
    }
}

/// `v mod 2^bits`.
z3::expr truncate(Env& env, const z3::expr& v, unsigned bits) {
    if (bits >= word_bits) return v;
    return z3::mod(v, env.max_value(bits) + 1);
}

bool is_this(const ast::Expression& raw) {
    const ast::Expression& e = strip(raw);
    if (const auto* id = as<ast::Identifier>(e)) return id->name == "this";
    if (const auto* c = as<ast::Call>(e)) // address(this), payable(address(this))
        return c->arguments.size() == 1 && as<ast::ElementaryTypeExpr>(strip(c->callee)) &&
               is_this(c->arguments[0]);
    return false;
}

const check::VariableInfo* state_var(const Target& t, const std::string& name) {
    for (const check::ContractInfo* c : t.info->linearization)
        for (const check::VariableInfo* v : c->state_variables)
            if (v->name == name) return v;
    return nullptr;
}

std::optional<z3::expr> constant_of(Env& env, const check::ExprInfo* i) {
    if (!i) return std::nullopt;
    if (i->constant_bool) return env.word(*i->constant_bool ? 1 : 0);
    if (i->constant)
        if (auto w = rational_word(*i->constant)) return env.word(*w);
    if (i->enum_value) return env.word(*i->enum_value);
    return std::nullopt;
}

unsigned width_of(const check::Type& t) {
    if (t.kind == TypeKind::integer) return t.bits;
    if (t.kind == TypeKind::address || t.kind == TypeKind::contract) return 160;
    return word_bits;
}

/// Specification expressions: (value, defined). Checked arithmetic at 256 bits, as the
/// concrete evaluator: an overflow makes the expression undefined.
class SpecEval {
public:
    SpecEval(Env& env, const State& st, const Executor::CallContext* call)
        : m_env(env), m_st(st), m_call(call) {}

    std::pair<z3::expr, z3::expr> eval(const ast::Expression& raw) {
        const ast::Expression& e = strip(raw);
        return astutil::visit(e, [&](const auto& n) { return node(n); });
    }

private:
    using R = std::pair<z3::expr, z3::expr>;
    z3::expr yes() { return m_env.ctx.bool_val(true); }
    [[noreturn]] void fail(const std::string& what, lang::Span span) {
        throw Unsupported{fmt::format("{} in a specification at {}", what, m_env.where(span))};
    }

    R node(const ast::Identifier& n) {
        if (n.name == "this") return {m_env.self, yes()};
        if (m_call)
            if (auto it = m_call->names.find(n.name); it != m_call->names.end())
                return {it->second, yes()};
        const check::VariableInfo* v = state_var(m_env.target, n.name);
        if (!v) fail("'" + n.name + "'", n.span);
        if (v->constant) {
            if (v->constant_value)
                if (auto w = rational_word(*v->constant_value)) return {m_env.word(*w), yes()};
            fail("constant '" + n.name + "'", n.span);
        }
        if (auto it = m_env.immutables.find(v); it != m_env.immutables.end())
            return {it->second, yes()};
        if (auto it = m_st.vars.find(v); it != m_st.vars.end()) return {it->second, yes()};
        fail("'" + n.name + "'", n.span);
    }
    R node(const ast::NumberLiteral& n) {
        if (auto c = constant_of(m_env, m_env.program.model().expr(n.id))) return {*c, yes()};
        vm::U256 v{};
        if (!vm::parse_u256(n.text, v)) fail("number '" + n.text + "'", n.span);
        return {m_env.word(v), yes()};
    }
    R node(const ast::BoolLiteral& n) { return {m_env.word(n.value ? 1 : 0), yes()}; }
    R node(const ast::TupleExpr& n) {
        if (n.elements.size() == 1 && n.elements[0]) return eval(*n.elements[0]);
        fail("a tuple", n.span);
    }
    R node(const ast::Conditional& n) {
        auto [c, dc] = eval(n.condition);
        auto [a, da] = eval(n.when_true);
        auto [b, db] = eval(n.when_false);
        const z3::expr t = c != m_env.word(0);
        return {z3::ite(t, a, b), dc && z3::ite(t, da, db)};
    }
    R node(const ast::Unary& n) {
        auto [v, d] = eval(n.operand);
        switch (n.op) {
        case ast::UnaryOp::logical_not:
            return {from_bool(m_env.ctx, v == m_env.word(0)), d};
        case ast::UnaryOp::negate:
            return {z3::ite(v == 0, v, m_env.max_value(word_bits) + 1 - v), d};
        case ast::UnaryOp::bit_not:
            return {m_env.max_value(word_bits) - v, d};
        default:
            fail("a side effect", n.span);
        }
    }
    R node(const ast::Binary& n) {
        using B = ast::BinaryOp;
        auto [a, da] = eval(n.lhs);
        auto [b, db] = eval(n.rhs);
        const z3::expr zero = m_env.word(0);
        if (n.op == B::logical_and)
            return {from_bool(m_env.ctx, a != zero && b != zero), da && (a == zero || db)};
        if (n.op == B::logical_or)
            return {from_bool(m_env.ctx, a != zero || b != zero), da && (a != zero || db)};
        const z3::expr d = da && db;
        auto cmp = [&](const z3::expr& x) { return R{from_bool(m_env.ctx, x), d}; };
        switch (n.op) {
        case B::add:
            return {a + b, d && a + b <= m_env.max_value(word_bits)};
        case B::sub:
            return {a - b, d && a >= b};
        case B::mul:
            return {a * b, d && a * b <= m_env.max_value(word_bits)};
        case B::div:
            return {a / b, d && b != zero};
        case B::mod:
            return {z3::mod(a, b), d && b != zero};
        case B::shl:
        case B::shr:
        case B::bit_and:
        case B::bit_or:
        case B::bit_xor:
            return {bitwise(n.op, a, b, word_bits), d};
        case B::lt:
            return cmp(a < b);
        case B::gt:
            return cmp(a > b);
        case B::le:
            return cmp(a <= b);
        case B::ge:
            return cmp(a >= b);
        case B::eq:
            return cmp(a == b);
        case B::ne:
            return cmp(a != b);
        default:
            fail("operator", n.span);
        }
    }
    R node(const ast::MemberAccess& n) {
        if (n.member == "balance" && is_this(n.object)) return {*m_st.balance, yes()};
        if (const check::ExprInfo* info = m_env.program.model().expr(n.id); info && m_call) {
            if (info->magic == Magic::msg_sender && m_call->sender) return {*m_call->sender, yes()};
            if (info->magic == Magic::msg_value && m_call->value) return {*m_call->value, yes()};
        }
        fail("'" + n.member + "'", n.span);
    }
    R node(const ast::IndexAccess& n) {
        if (!n.index) fail("an index", n.span);
        auto [base, db] = eval(n.object);
        auto [key, dk] = eval(*n.index);
        if (!base.is_array()) fail("an index into a non-mapping", n.span);
        if (const auto* id = as<ast::Identifier>(strip(n.object)))
            if (const check::VariableInfo* v = state_var(m_env.target, id->name))
                m_env.touch_key(v, key);
        return {z3::select(base, key), db && dk};
    }
    R node(const ast::Call& n) {
        const ast::Expression& callee = strip(n.callee);
        if (const auto* t = as<ast::ElementaryTypeExpr>(callee); t && n.arguments.size() == 1) {
            auto [v, d] = eval(n.arguments[0]);
            if (t->type.name == "address" || t->type.name == "payable")
                return {truncate(m_env, v, 160), d};
            return {v, d};
        }
        const auto* id = as<ast::Identifier>(callee);
        if (id && id->name == "sum" && n.arguments.size() == 1) {
            const auto* m = as<ast::Identifier>(strip(n.arguments[0]));
            const check::VariableInfo* v = m ? state_var(m_env.target, m->name) : nullptr;
            auto it = v ? m_st.sums.find(v) : m_st.sums.end();
            if (it == m_st.sums.end())
                fail("sum() of something other than a mapping of values", n.span);
            const z3::expr& s = it->second;
            return {s, s <= m_env.max_value(word_bits)};
        }
        if (id && id->name == "old" && n.arguments.size() == 1 && m_call && m_call->entry) {
            Executor::CallContext at_entry = *m_call;
            at_entry.entry = nullptr; // old(old(e)) is not a thing
            SpecEval before(m_env, *m_call->entry, &at_entry);
            return before.eval(n.arguments[0]);
        }
        if (id && n.arguments.size() == 1 && m_env.program.model().find_contract(id->name))
            return eval(n.arguments[0]);
        fail(id && id->name == "old" ? "old()" : "a call", n.span);
    }
    template <typename T> R node(const T& n) {
        throw Unsupported{
            fmt::format("this expression in a specification at {}", m_env.where(n.span))};
    }

    Env& m_env;
    const State& m_st;
    const Executor::CallContext* m_call;
};

} // namespace

std::pair<z3::expr, z3::expr> Executor::spec(Env& env, const State& state, const ast::Expression& e,
                                             const CallContext* call) {
    SpecEval s(env, state, call);
    auto [v, d] = s.eval(e);
    return {v != env.word(0), d};
}

// ---- expressions of the executed code
// -------------------------------------------------------------

z3::expr Executor::eval(const ast::Expression& raw) {
    const ast::Expression& e = strip(raw);
    if (auto c = constant_of(m_env, m_env.program.model().expr(astutil::id_of(e)))) return *c;
    std::optional<z3::expr> out;
    astutil::visit(e, [&](const auto& n) {
        using T = std::decay_t<decltype(n)>;
        if constexpr (std::is_same_v<T, ast::Identifier>)
            out = identifier(n);
        else if constexpr (std::is_same_v<T, ast::BoolLiteral>)
            out = m_env.word(n.value ? 1 : 0);
        else if constexpr (std::is_same_v<T, ast::Binary>)
            out = binary(n);
        else if constexpr (std::is_same_v<T, ast::Unary>)
            out = unary(n);
        else if constexpr (std::is_same_v<T, ast::Assignment>)
            out = assignment(n);
        else if constexpr (std::is_same_v<T, ast::MemberAccess>)
            out = member(n, e);
        else if constexpr (std::is_same_v<T, ast::IndexAccess>)
            out = load(lvalue(e));
        else if constexpr (std::is_same_v<T, ast::Conditional>) {
            const z3::expr c = truth(n.condition);
            const z3::expr saved = m_cond;
            m_cond = saved && c;
            const z3::expr a = eval(n.when_true);
            m_cond = saved && !c;
            const z3::expr b = eval(n.when_false);
            m_cond = saved;
            out = z3::ite(c, a, b);
        } else if constexpr (std::is_same_v<T, ast::Call>) {
            std::vector<z3::expr> r = call(n);
            if (r.size() != 1) unsupported("a call used as one value", n.span);
            out = r[0];
        } else {
            unsupported("this expression", n.span);
        }
    });
    return *out;
}

std::vector<z3::expr> Executor::eval_multi(const ast::Expression& raw) {
    const ast::Expression& e = strip(raw);
    if (const auto* t = as<ast::TupleExpr>(e)) {
        std::vector<z3::expr> out;
        for (const auto& x : t->elements) {
            if (!x) unsupported("an empty tuple slot", t->span);
            out.push_back(eval(*x));
        }
        return out;
    }
    if (const auto* c = as<ast::Call>(e)) {
        if (!constant_of(m_env, m_env.program.model().expr(c->id))) return call(*c);
    }
    return {eval(e)};
}

z3::expr Executor::identifier(const ast::Identifier& id) {
    if (id.name == "this") return m_env.self;
    const check::ExprInfo& i = info_of(id);
    const auto* v = i.decl && i.decl->kind == check::DeclKind::variable
                        ? static_cast<const check::VariableInfo*>(i.decl)
                        : nullptr;
    if (!v) unsupported("'" + id.name + "'", id.span);
    if (v->var_kind != check::VarKind::state) {
        auto it = m_locals.find(v);
        if (it == m_locals.end()) unsupported("the local '" + id.name + "'", id.span);
        return it->second;
    }
    if (v->constant) {
        if (v->constant_value)
            if (auto w = rational_word(*v->constant_value)) return m_env.word(*w);
        unsupported("the constant '" + id.name + "'", id.span);
    }
    if (m_reads) m_reads->insert(v);
    if (auto it = m_env.immutables.find(v); it != m_env.immutables.end()) return it->second;
    auto it = m_state.vars.find(v);
    if (it == m_state.vars.end()) unsupported("the state variable '" + id.name + "'", id.span);
    return it->second;
}

z3::expr Executor::member(const ast::MemberAccess& m, const ast::Expression& e) {
    const check::ExprInfo* info = m_env.program.model().expr(m.id);
    switch (info ? info->magic : Magic::none) {
    case Magic::msg_sender:
        return m_sender;
    case Magic::msg_value:
        return m_value;
    case Magic::block_timestamp:
    case Magic::block_number:
        return m_env.fresh(magic_name(info->magic));
    case Magic::tx_origin: {
        z3::expr v = m_env.fresh(magic_name(info->magic));
        m_env.facts.push_back(v <= m_env.max_value(160));
        return v;
    }
    default: // the other members are not modelled: unsupported below
        break;
    }
    if (m.member == "balance" && is_this(m.object)) return *m_state.balance;
    // `a.code.length`: whether an account has code is the adversary's choice, any size.
    if (const auto* code = as<ast::MemberAccess>(strip(m.object));
        m.member == "length" && code && code->member == "code")
        return m_env.fresh("code.length");
    if (const check::ExprInfo* object = m_env.program.model().expr(astutil::id_of(m.object));
        object && object->type && flat_struct(*object->type))
        return load(lvalue(e)); // a field of a storage struct
    unsupported("the member '" + m.member + "'", m.span);
}

Executor::Lvalue Executor::lvalue(const ast::Expression& raw) {
    const ast::Expression& e = strip(raw);
    if (const auto* ix = as<ast::IndexAccess>(e)) {
        Lvalue base = lvalue(ix->object);
        if (!ix->index || base.type->kind != TypeKind::mapping)
            unsupported("an index into an array", ix->span);
        base.keys.push_back(eval(*ix->index));
        base.type = base.type->element;
        if (base.type->kind != TypeKind::mapping && !flat_struct(*base.type) &&
            !type_max(m_env, *base.type))
            unsupported(fmt::format("a mapping to {}", check::to_string(*base.type)), ix->span);
        return base;
    }
    if (const auto* m = as<ast::MemberAccess>(e)) {
        Lvalue base = lvalue(m->object);
        if (!flat_struct(*base.type)) unsupported("the member '" + m->member + "'", m->span);
        const auto& fields = base.type->struct_info->fields;
        const auto field = std::find_if(fields.begin(), fields.end(),
                                        [&](const auto& f) { return f.name == m->member; });
        if (field == fields.end()) unsupported("the member '" + m->member + "'", m->span);
        base.keys.push_back(m_env.word(static_cast<std::uint64_t>(field - fields.begin())));
        base.type = field->type;
        return base;
    }
    if (const auto* id = as<ast::Identifier>(e)) {
        const check::ExprInfo& i = info(e);
        const auto* v = i.decl && i.decl->kind == check::DeclKind::variable
                            ? static_cast<const check::VariableInfo*>(i.decl)
                            : nullptr;
        if (auto ref = v ? m_refs.find(v) : m_refs.end(); ref != m_refs.end()) return ref->second;
        if (!v || v->constant) unsupported("assignment to '" + id->name + "'", id->span);
        const bool local = v->var_kind != check::VarKind::state;
        if (local ? !m_locals.contains(v) : !m_state.vars.contains(v))
            unsupported("the variable '" + id->name + "'", id->span);
        return Lvalue{v, local, {}, v->type};
    }
    unsupported("this assignment target", astutil::span_of(e));
}

z3::expr Executor::load(const Lvalue& l) {
    if (!l.local && m_reads) m_reads->insert(l.var);
    z3::expr v = l.local ? m_locals.at(l.var) : m_state.vars.at(l.var);
    if (l.keys.size() == 1 && !l.local) m_env.touch_key(l.var, l.keys[0]);
    for (const z3::expr& k : l.keys)
        v = z3::select(v, k);
    if (!l.keys.empty())
        if (auto max = type_max(m_env, *l.type)) m_env.facts.push_back(in_range(v, *max));
    return v;
}

void Executor::store(const Lvalue& l, const z3::expr& value) {
    z3::expr& root = l.local ? m_locals.at(l.var) : m_state.vars.at(l.var);
    const z3::expr g = guard();
    if (l.keys.empty()) {
        root = z3::ite(g, value, root);
        return;
    }
    // arrays[i] is the array the i-th key indexes
    std::vector<z3::expr> arrays{root};
    for (std::size_t i = 0; i + 1 < l.keys.size(); ++i)
        arrays.push_back(z3::select(arrays.back(), l.keys[i]));
    const z3::expr old = z3::select(arrays.back(), l.keys.back());
    const z3::expr now = z3::ite(g, value, old);
    z3::expr inner = z3::store(arrays.back(), l.keys.back(), now);
    for (std::size_t i = l.keys.size() - 1; i-- > 0;)
        inner = z3::store(arrays[i], l.keys[i], inner);
    if (l.keys.size() == 1 && !l.local) {
        m_env.touch_key(l.var, l.keys[0]);
        if (auto s = m_state.sums.find(l.var); s != m_state.sums.end())
            s->second = s->second - old + now;
    }
    root = inner;
}

z3::expr Executor::assignment(const ast::Assignment& a) {
    const Lvalue l = lvalue(a.lhs);
    if (l.type->kind == TypeKind::mapping) unsupported("assignment of a mapping", a.span);
    // A struct copy, or a storage reference moved: neither is modelled.
    if (l.type->kind == TypeKind::struct_) unsupported("assignment of a struct", a.span);
    z3::expr v = eval(a.rhs);
    if (a.op != ast::AssignOp::assign) {
        static constexpr ast::BinaryOp ops[] = {
            ast::BinaryOp::add,    ast::BinaryOp::add,     ast::BinaryOp::sub,
            ast::BinaryOp::mul,    ast::BinaryOp::div,     ast::BinaryOp::mod,
            ast::BinaryOp::bit_or, ast::BinaryOp::bit_and, ast::BinaryOp::bit_xor,
            ast::BinaryOp::shl,    ast::BinaryOp::shr};
        v = arith(ops[static_cast<std::size_t>(a.op)], load(l), v, *l.type, info_of(a).checked,
                  a.span);
    }
    store(l, v);
    return v;
}

z3::expr Executor::unary(const ast::Unary& u) {
    using U = ast::UnaryOp;
    if (const check::FunctionInfo* f = info_of(u).call.function) // user-defined operator
        return user_operator(*f, {eval(u.operand)}, u.span);
    switch (u.op) {
    case U::logical_not:
        return from_bool(m_env.ctx, !truth(u.operand));
    case U::bit_not: {
        const check::Type& t = *info_of(u).type;
        if (t.kind != TypeKind::integer || t.is_signed) unsupported("'~' on this type", u.span);
        return m_env.max_value(t.bits) - eval(u.operand);
    }
    case U::pre_inc:
    case U::pre_dec:
    case U::post_inc:
    case U::post_dec: {
        const Lvalue l = lvalue(u.operand);
        const z3::expr old = load(l);
        const bool inc = u.op == U::pre_inc || u.op == U::post_inc;
        const z3::expr now = arith(inc ? ast::BinaryOp::add : ast::BinaryOp::sub, old,
                                   m_env.word(1), *l.type, info_of(u).checked, u.span);
        store(l, now);
        return u.op == U::pre_inc || u.op == U::pre_dec ? now : old;
    }
    case U::del: {
        const Lvalue l = lvalue(u.operand);
        if (l.type->kind == TypeKind::mapping) unsupported("delete of a mapping", u.span);
        if (l.type->kind == TypeKind::struct_) { // every field zero
            if (!flat_struct(*l.type)) unsupported("delete of this struct", u.span);
            store(l, z3::const_array(m_env.ctx.int_sort(), m_env.word(0)));
            return m_env.word(0);
        }
        store(l, m_env.word(0));
        return m_env.word(0);
    }
    case U::negate:
        break;
    }
    unsupported("signed negation", u.span);
}

z3::expr Executor::user_operator(const check::FunctionInfo& f, std::vector<z3::expr> args,
                                 lang::Span span) {
    const check::ContractInfo* saved = m_lexical;
    std::vector<z3::expr> r = call_internal(f, args, span);
    m_lexical = saved;
    if (r.size() != 1) unsupported("a user-defined operator without one result", span);
    return r.front();
}

z3::expr Executor::binary(const ast::Binary& b) {
    using B = ast::BinaryOp;
    if (b.op == B::logical_and || b.op == B::logical_or) {
        const z3::expr a = truth(b.lhs);
        const z3::expr saved = m_cond;
        m_cond = saved && (b.op == B::logical_and ? a : !a);
        const z3::expr r = truth(b.rhs);
        m_cond = saved;
        return from_bool(m_env.ctx, b.op == B::logical_and ? a && r : a || r);
    }
    if (const check::FunctionInfo* f = info_of(b).call.function) { // user-defined operator
        z3::expr lhs = eval(b.lhs); // left to right, as solc evaluates an operator's call
        return user_operator(*f, {lhs, eval(b.rhs)}, b.span);
    }
    for (const ast::Expression* side : {&b.lhs, &b.rhs}) {
        const check::Type& t = *info(*side).type;
        if (t.kind == TypeKind::integer && t.is_signed) unsupported("signed arithmetic", b.span);
        if (t.kind == TypeKind::fixed_bytes && t.byte_size != 32)
            unsupported("bytesN arithmetic", b.span);
    }
    const z3::expr x = eval(b.lhs);
    const z3::expr y = eval(b.rhs);
    switch (b.op) {
    case B::lt:
        return from_bool(m_env.ctx, x < y);
    case B::gt:
        return from_bool(m_env.ctx, x > y);
    case B::le:
        return from_bool(m_env.ctx, x <= y);
    case B::ge:
        return from_bool(m_env.ctx, x >= y);
    case B::eq:
        return from_bool(m_env.ctx, x == y);
    case B::ne:
        return from_bool(m_env.ctx, x != y);
    default:
        break;
    }
    return arith(b.op, x, y, *info_of(b).type, info_of(b).checked, b.span);
}

z3::expr Executor::arith(ast::BinaryOp op, const z3::expr& a, const z3::expr& b,
                         const check::Type& type, bool checked, lang::Span span) {
    using B = ast::BinaryOp;
    if (type.kind == TypeKind::integer && type.is_signed) unsupported("signed arithmetic", span);
    const unsigned bits = width_of(type);
    const z3::expr max = m_env.max_value(bits);
    const z3::expr zero = m_env.word(0);
    // The exact result `r`: checked code reverts when it is out of range, unchecked code wraps.
    auto finish = [&](const z3::expr& r) {
        if (checked) {
            revert_if(r < 0 || r > max);
            return r;
        }
        return z3::ite(r < 0, r + max + 1, z3::ite(r > max, z3::mod(r, max + 1), r));
    };
    auto uf = [&](const std::string& name, const z3::sort& range) {
        z3::sort w = m_env.ctx.int_sort();
        return m_env.ctx.function(name.c_str(), w, w, range)(a, b);
    };
    switch (op) {
    case B::add:
        return finish(a + b);
    case B::sub:
        return finish(a - b);
    case B::mul: {
        if (!m_env.abstract_arith) return finish(a * b);
        // Uninterpreted product with sound facts; its overflow is an uninterpreted flag.
        const z3::expr r = uf("mul", m_env.ctx.int_sort());
        const z3::expr ovf = uf(fmt::format("mul_overflow{}", bits), m_env.ctx.bool_sort());
        m_env.facts.push_back(r >= 0);
        m_env.facts.push_back(z3::implies(a == zero || b == zero, r == zero));
        m_env.facts.push_back(z3::implies(b == 1, r == a));
        m_env.facts.push_back(z3::implies(a == 1, r == b));
        m_env.facts.push_back(z3::implies(!ovf, r <= max));
        if (checked) {
            revert_if(ovf);
            return r;
        }
        return z3::ite(ovf, m_env.fresh("wrapped_product"), r);
    }
    case B::div:
    case B::mod: {
        const bool div = op == B::div;
        z3::expr r = div ? a / b : z3::mod(a, b);
        if (m_env.abstract_arith) {
            r = uf(div ? "div" : "mod", m_env.ctx.int_sort());
            m_env.facts.push_back(r >= 0 && r <= a);
            if (div)
                m_env.facts.push_back(z3::implies(b == 1, r == a));
            else
                m_env.facts.push_back(z3::implies(b != zero, r < b));
        }
        revert_if(b == zero); // division by zero reverts even in unchecked code
        return r;
    }
    case B::exp: {
        const z3::expr r = uf("exp", m_env.ctx.int_sort());
        m_env.facts.push_back(in_range(r, max));
        if (checked) revert_if(uf(fmt::format("exp_overflow{}", bits), m_env.ctx.bool_sort()));
        return r;
    }
    case B::shl:
        return truncate(m_env, bitwise(op, a, b, word_bits), bits);
    case B::shr:
    case B::bit_and:
    case B::bit_or:
    case B::bit_xor:
        return bitwise(op, a, b, word_bits);
    default:
        break;
    }
    unsupported("this operator", span);
}

z3::expr Executor::conversion(const ast::Call& c, const check::Type& to) {
    if (c.arguments.size() != 1) unsupported("a conversion", c.span);
    const check::Type& from = *info(c.arguments[0]).type;
    if ((from.kind == TypeKind::integer && from.is_signed) ||
        (to.kind == TypeKind::integer && to.is_signed))
        unsupported("a signed conversion", c.span);
    if ((from.kind == TypeKind::fixed_bytes && from.byte_size != 32) ||
        (to.kind == TypeKind::fixed_bytes && to.byte_size != 32))
        unsupported("a bytesN conversion", c.span);
    if (!type_max(m_env, to))
        unsupported(fmt::format("a conversion to {}", check::to_string(to)), c.span);
    const z3::expr v = eval(c.arguments[0]);
    if (width_of(to) >= width_of(from) && from.kind != TypeKind::rational)
        return v; // widening keeps the value
    return truncate(m_env, v, width_of(to));
}

std::optional<z3::expr> Executor::call_option(const ast::Call& c, const char* name) {
    for (const ast::CallOption& o : c.options)
        if (o.name == name) return eval(o.value);
    return std::nullopt;
}

std::vector<z3::expr> Executor::call(const ast::Call& c) {
    const check::ExprInfo& i = info_of(c);
    switch (i.call.kind) {
    case check::CallKind::builtin:
        return builtin(c, i.call);
    case check::CallKind::conversion:
        return {conversion(c, *i.type)};
    case check::CallKind::internal: {
        const check::FunctionInfo* f = i.call.function;
        if (f && i.call.is_super)
            f = m_env.target.info->resolve_super(f, m_lexical);
        else if (f && i.call.virtual_dispatch)
            f = m_env.target.info->resolve_virtual(f);
        if (!f) unsupported("an unresolved internal call", c.span);
        std::vector<z3::expr> args;
        for (const auto& a : c.arguments)
            args.push_back(eval(a));
        const check::ContractInfo* saved = m_lexical;
        auto r = call_internal(*f, args, c.span);
        m_lexical = saved;
        return r;
    }
    case check::CallKind::external:
    case check::CallKind::creation:
        return external(c, i.call);
    case check::CallKind::event:
        return {};
    case check::CallKind::error:
        revert_if(m_env.ctx.bool_val(true));
        return {};
    default:
        break;
    }
    unsupported("this kind of call", c.span);
}

std::vector<z3::expr> Executor::builtin(const ast::Call& c, const check::CallInfo& ci) {
    using check::Builtin;
    const z3::expr t = m_env.ctx.bool_val(true);
    switch (ci.builtin) {
    case Builtin::require:
    case Builtin::assert_:
        if (c.arguments.empty()) unsupported("require()", c.span);
        revert_if(!truth(c.arguments[0]));
        return {};
    case Builtin::revert:
        revert_if(t);
        return {};
    case Builtin::console_log:
        return {};
    case Builtin::gasleft:
        return {m_env.fresh("gasleft")};
    case Builtin::blockhash:
        return {m_env.fresh("blockhash")};
    case Builtin::address_transfer:
    case Builtin::address_send:
    case Builtin::address_call:
    case Builtin::address_staticcall: {
        const auto* m = as<ast::MemberAccess>(strip(c.callee));
        if (!m) unsupported("a call", c.span);
        (void)eval(m->object); // the receiver (its reverts)
        CallSite site;
        site.span = c.span;
        if (ci.builtin == Builtin::address_call) {
            site.value = call_option(c, "value");
            site.results = 1;
        } else if (ci.builtin == Builtin::address_staticcall) {
            site.kind = CallSite::static_call;
        } else {
            if (c.arguments.size() != 1) unsupported("transfer/send", c.span);
            site.kind = CallSite::stipend;
            site.value = eval(c.arguments[0]);
        }
        const z3::expr ok = m_hook(*this, site);
        if (ci.builtin == Builtin::address_transfer) {
            revert_if(!ok);
            return {};
        }
        if (ci.builtin == Builtin::address_send) return {from_bool(m_env.ctx, ok)};
        // (success, data): the data is never read (its members and abi.decode are unsupported).
        return {from_bool(m_env.ctx, ok), m_env.word(0)};
    }
    default:
        break;
    }
    unsupported("a call of a builtin the engine does not model", c.span);
}

std::vector<z3::expr> Executor::external(const ast::Call& c, const check::CallInfo& ci) {
    const check::FunctionInfo* f = ci.function;
    // A call through an external function value goes to an address and selector known only at
    // run time: reported as unknown, never taken for an internal call.
    if (!f && ci.kind == check::CallKind::external)
        unsupported("a call through an external function value", c.span);
    if (const auto* m = as<ast::MemberAccess>(strip(c.callee))) {
        if (is_this(m->object)) unsupported("an external call to this contract", c.span);
        (void)eval(m->object);
    }
    for (const auto& a : c.arguments)
        (void)eval(a); // their reverts; the callee is havoc
    CallSite site;
    site.span = c.span;
    site.value = call_option(c, "value");
    const bool is_view =
        f && (f->mutability == ast::Mutability::view || f->mutability == ast::Mutability::pure);
    if (is_view) site.kind = CallSite::static_call;
    const z3::expr ok = m_hook(*this, site);
    revert_if(!ok); // high-level calls re-raise the callee's revert
    std::vector<z3::expr> out;
    std::vector<check::TypePtr> types;
    if (f)
        types = f->return_types;
    else
        types.push_back(check::address_type()); // `new C(...)`
    for (const check::TypePtr& t : types) {
        auto max = type_max(m_env, *t);
        if (!max)
            unsupported(fmt::format("an external call returning {}", check::to_string(*t)), c.span);
        z3::expr r = m_env.fresh("returned");
        m_env.facts.push_back(r <= *max);
        out.push_back(r);
    }
    return out;
}

} // namespace mallory::analyzer::sym
