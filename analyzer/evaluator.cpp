#include "analyzer/evaluator.hpp"

#include "analyzer/ast_util.hpp"

#include <array>
#include <fmt/format.h>

namespace mallory::analyzer {

namespace {

namespace ast = lang::ast;
using astutil::as;
using astutil::strip;
using vm::U256;

/// A storage location and the type stored there.
struct Loc {
    U256 slot;
    check::TypePtr type;
    std::uint8_t offset = 0; ///< byte offset of a packed value type inside `slot`
};

/// The layout's mapping_entry_slot, memoised: `sum(m)` hashes every known key at every
/// evaluation, and the explorer evaluates invariants at every callback (the hashing dominated
/// its profile).
U256 mapping_slot(const U256& key, const U256& slot) {
    struct Entry {
        U256 key, slot, out;
        bool used = false;
    };
    thread_local std::array<Entry, 1024> cache;
    std::uint64_t h = slot.w[0] * 0x9E3779B97F4A7C15ULL;
    for (std::uint64_t w : key.w)
        h = (h ^ w) * 0xff51afd7ed558ccdULL;
    Entry& e = cache[(h >> 32) & 1023];
    if (e.used && e.key == key && e.slot == slot) return e.out;
    e = Entry{key, slot, lang::codegen::mapping_entry_slot(slot, key), true};
    return e.out;
}

const check::VariableInfo* state_var(const Target& t, const std::string& name) {
    for (const check::ContractInfo* c : t.info->linearization)
        for (const check::VariableInfo* v : c->state_variables)
            if (v->name == name) return v;
    return nullptr;
}

class Evaluator {
public:
    explicit Evaluator(const EvalContext& ctx) : m_ctx(ctx) {}

    std::optional<U256> eval(const ast::Expression& raw) {
        const ast::Expression& e = strip(raw);
        return astutil::visit(e, [&](const auto& n) { return node(n); });
    }
    std::string error;

    std::optional<Loc> locate(const ast::Expression& raw) {
        const ast::Expression& e = strip(raw);
        if (const auto* id = as<ast::Identifier>(e)) return locate_node(*id);
        if (const auto* ix = as<ast::IndexAccess>(e)) return locate_node(*ix);
        if (const auto* m = as<ast::MemberAccess>(e)) return locate_node(*m);
        return std::nullopt;
    }
    std::optional<Loc> locate_node(const ast::Identifier& id) {
        const check::VariableInfo* v = state_var(*m_ctx.target, id.name);
        if (!v || v->constant || !m_ctx.target->layout->has(v)) return std::nullopt;
        const lang::codegen::StorageLocation at = m_ctx.target->layout->location_of(v);
        return Loc{U256{at.slot}, v->type, at.offset};
    }
    std::optional<Loc> locate_node(const ast::IndexAccess& ix) {
        auto base = locate(ix.object);
        if (!base || !ix.index) return std::nullopt;
        auto key = eval(*ix.index);
        if (!key) return std::nullopt;
        if (base->type->kind == check::TypeKind::mapping)
            return Loc{mapping_slot(*key, base->slot), base->type->element};
        if (base->type->kind == check::TypeKind::array) {
            const U256 len = base->type->length ? U256{*base->type->length}
                                                : m_ctx.state->peek_storage(m_ctx.self, base->slot);
            if (!(*key < len)) return fail("index out of bounds");
            return Loc{lang::codegen::array_element_slot(base->slot, *base->type, *key),
                       base->type->element};
        }
        return std::nullopt;
    }
    std::optional<Loc> locate_node(const ast::MemberAccess& m) {
        auto base = locate(m.object);
        if (!base || base->type->kind != check::TypeKind::struct_) return std::nullopt;
        const auto at = lang::codegen::struct_field_location(*base->type->struct_info, m.member);
        if (!at) return std::nullopt;
        for (const auto& f : base->type->struct_info->fields)
            if (f.name == m.member) return Loc{base->slot + U256{at->slot}, f.type, at->offset};
        return std::nullopt;
    }

private:
    std::nullopt_t fail(std::string why) {
        if (error.empty()) error = std::move(why);
        return std::nullopt;
    }

    std::optional<U256> load(const Loc& l) {
        const U256 word = m_ctx.state->peek_storage(m_ctx.self, l.slot);
        if (check::is_reference_type(*l.type)) return word; // a dynamic array: its length
        return lang::codegen::unpack_storage_value(word, l.offset, *l.type);
    }

    std::optional<U256> node(const ast::Identifier& n) {
        if (n.name == "this") return m_ctx.self.to_word();
        if (m_ctx.function) {
            const auto& ps = m_ctx.function->parameters;
            for (std::size_t i = 0; i < ps.size() && i < m_ctx.params.size(); ++i)
                if (ps[i]->name == n.name) return m_ctx.params[i];
            const auto& rs = m_ctx.function->returns;
            for (std::size_t i = 0; i < rs.size() && i < m_ctx.returns.size(); ++i)
                if (rs[i]->name == n.name) return m_ctx.returns[i];
        }
        const check::VariableInfo* v = state_var(*m_ctx.target, n.name);
        if (!v) return fail("unknown name '" + n.name + "'");
        if (v->constant && v->constant_value) return rational_word(*v->constant_value);
        if (!m_ctx.target->layout->has(v)) return fail("'" + n.name + "' has no storage slot");
        const lang::codegen::StorageLocation at = m_ctx.target->layout->location_of(v);
        return load(Loc{U256{at.slot}, v->type, at.offset});
    }
    std::optional<U256> node(const ast::NumberLiteral& n) {
        if (const check::ExprInfo* info = m_ctx.model->expr(n.id); info && info->constant)
            return rational_word(*info->constant);
        U256 v{};
        if (!vm::parse_u256(n.text, v)) return fail("number '" + n.text + "'");
        return v;
    }
    std::optional<U256> node(const ast::BoolLiteral& n) { return U256{n.value ? 1u : 0u}; }
    std::optional<U256> node(const ast::StringLiteral&) { return fail("string"); }
    std::optional<U256> node(const ast::ElementaryTypeExpr&) { return fail("type"); }
    std::optional<U256> node(const ast::NewExpr&) { return fail("new"); }
    std::optional<U256> node(const ast::InlineArray&) { return fail("inline array"); }
    std::optional<U256> node(const ast::IndexRangeAccess&) { return fail("index range"); }
    std::optional<U256> node(const ast::Assignment&) { return fail("assignment"); }
    std::optional<U256> node(const ast::TupleExpr& n) {
        if (n.elements.size() == 1 && n.elements[0]) return eval(*n.elements[0]);
        return fail("tuple");
    }
    std::optional<U256> node(const ast::Conditional& n) {
        auto c = eval(n.condition);
        if (!c) return std::nullopt;
        return eval(c->is_zero() ? n.when_false : n.when_true);
    }
    std::optional<U256> node(const ast::Unary& n) {
        auto v = eval(n.operand);
        if (!v) return std::nullopt;
        switch (n.op) {
        case ast::UnaryOp::logical_not:
            return U256{v->is_zero() ? 1u : 0u};
        case ast::UnaryOp::negate:
            return U256{} - *v;
        case ast::UnaryOp::bit_not:
            return ~*v;
        default:
            return fail("side effect in a specification");
        }
    }
    std::optional<U256> node(const ast::Binary& n) {
        if (n.op == ast::BinaryOp::logical_and || n.op == ast::BinaryOp::logical_or) {
            auto a = eval(n.lhs);
            if (!a) return std::nullopt;
            const bool av = !a->is_zero();
            if (n.op == ast::BinaryOp::logical_and && !av) return U256{0};
            if (n.op == ast::BinaryOp::logical_or && av) return U256{1};
            auto b = eval(n.rhs);
            if (!b) return std::nullopt;
            return U256{b->is_zero() ? 0u : 1u};
        }
        auto a = eval(n.lhs);
        auto b = eval(n.rhs);
        if (!a || !b) return std::nullopt;
        return binary(n.op, *a, *b);
    }
    std::optional<U256> binary(ast::BinaryOp op, const U256& a, const U256& b) {
        using B = ast::BinaryOp;
        switch (op) {
        case B::add: {
            bool carry = false;
            U256 r = vm::add_carry(a, b, carry);
            if (carry) return fail("overflow");
            return r;
        }
        case B::sub:
            if (a < b) return fail("underflow");
            return a - b;
        case B::mul: {
            if (a.is_zero() || b.is_zero()) return U256{};
            U256 r = a * b;
            if (vm::udiv(r, b) != a) return fail("overflow");
            return r;
        }
        case B::div:
            if (b.is_zero()) return fail("division by zero");
            return vm::udiv(a, b);
        case B::mod:
            if (b.is_zero()) return fail("division by zero");
            return vm::umod(a, b);
        case B::exp:
            return vm::exp(a, b);
        case B::shl:
            return vm::shl(a, b.fits64() ? b.w[0] : 256);
        case B::shr:
            return vm::shr(a, b.fits64() ? b.w[0] : 256);
        case B::bit_and:
            return a & b;
        case B::bit_or:
            return a | b;
        case B::bit_xor:
            return a ^ b;
        case B::lt:
            return U256{a < b ? 1u : 0u};
        case B::gt:
            return U256{b < a ? 1u : 0u};
        case B::le:
            return U256{b < a ? 0u : 1u};
        case B::ge:
            return U256{a < b ? 0u : 1u};
        case B::eq:
            return U256{a == b ? 1u : 0u};
        case B::ne:
            return U256{a == b ? 0u : 1u};
        default:
            return fail("operator");
        }
    }
    std::optional<U256> node(const ast::MemberAccess& n) {
        if (n.member == "balance") {
            auto a = eval(n.object);
            if (!a) return std::nullopt;
            return m_ctx.state->balance(vm::Address::from_word(*a));
        }
        if (const check::ExprInfo* info = m_ctx.model->expr(n.id)) {
            if (info->magic == lang::Magic::msg_sender) return m_ctx.sender.to_word();
            if (info->magic == lang::Magic::msg_value) return m_ctx.value;
        }
        if (n.member == "length") {
            if (auto l = locate(n.object)) return load(*l);
        }
        if (auto l = locate_node(n)) return load(*l);
        return fail("member '" + n.member + "'");
    }
    std::optional<U256> node(const ast::IndexAccess& n) {
        auto l = locate_node(n);
        if (!l) return fail(error.empty() ? "index" : error);
        return load(*l);
    }
    std::optional<U256> node(const ast::Call& n) {
        const ast::Expression& callee = strip(n.callee);
        if (const auto* t = as<ast::ElementaryTypeExpr>(callee)) {
            if (n.arguments.size() != 1) return fail("conversion");
            auto v = eval(n.arguments[0]);
            if (!v) return std::nullopt;
            const std::string& name = t->type.name;
            if (name == "address" || name == "payable") return *v & vm::low_mask(160);
            return v;
        }
        const auto* id = as<ast::Identifier>(callee);
        if (id && id->name == "old") {
            if (m_ctx.olds) {
                auto it = m_ctx.olds->find(n.id);
                if (it != m_ctx.olds->end()) return it->second;
            }
            if (n.arguments.size() == 1) return eval(n.arguments[0]); // at entry: now
            return fail("old");
        }
        if (id && id->name == "sum" && n.arguments.size() == 1) {
            auto l = locate(n.arguments[0]);
            if (!l || l->type->kind != check::TypeKind::mapping || !m_ctx.keys)
                return fail("sum() needs a mapping");
            U256 total{};
            for (const vm::Address& k : *m_ctx.keys) {
                bool carry = false;
                total = vm::add_carry(
                    total,
                    m_ctx.state->peek_storage(m_ctx.self, mapping_slot(k.to_word(), l->slot)),
                    carry);
                if (carry) return fail("overflow in sum()");
            }
            return total;
        }
        if (id) {
            // Contract conversions `IBank(a)` keep the value.
            if (n.arguments.size() == 1 && m_ctx.model->find_contract(id->name))
                return eval(n.arguments[0]);
        }
        if (const auto* m = as<ast::MemberAccess>(callee)) return external_view(n, *m);
        return fail("calls are not evaluated in specifications");
    }
    /// `c.f(args)` of an external view/pure function or getter: a static call on the VM whose
    /// first return word is the value (static argument and return types only).
    std::optional<U256> external_view(const ast::Call& n, const ast::MemberAccess& m) {
        const check::ExprInfo* info = m_ctx.model->expr(n.id);
        const check::FunctionInfo* f = info ? info->call.function : nullptr;
        if (!f || info->call.kind != check::CallKind::external || !f->has_selector())
            return fail("calls other than external view functions are not evaluated");
        if (!f->getter_of && f->mutability != ast::Mutability::view &&
            f->mutability != ast::Mutability::pure)
            return fail("'" + f->name + "' is not a view function");
        if (!m_ctx.static_call) return fail("external calls are not evaluated here");
        if (f->return_types.empty() || !is_static_word(*f->return_types[0]))
            return fail("'" + f->name + "' returns no value type");
        vm::Bytes input(4 + 32 * n.arguments.size());
        for (int i = 0; i < 4; ++i)
            input[static_cast<std::size_t>(i)] =
                static_cast<std::uint8_t>(f->selector >> (24 - 8 * i));
        for (std::size_t i = 0; i < n.arguments.size(); ++i) {
            if (i >= f->parameter_types.size() || !is_static_word(*f->parameter_types[i]))
                return fail("'" + f->name + "' takes a dynamic argument");
            auto v = eval(n.arguments[i]);
            if (!v) return std::nullopt;
            vm::store_be(input.data() + 4 + 32 * i, *v);
        }
        auto callee = eval(m.object);
        if (!callee) return std::nullopt;
        const auto out = (*m_ctx.static_call)(vm::Address::from_word(*callee), input);
        if (!out || out->size() < 32) return fail("the call to '" + f->name + "' failed");
        return vm::load_be(out->data());
    }
    /// Whether a value of type `t` is one ABI word.
    static bool is_static_word(const check::Type& t) {
        using K = check::TypeKind;
        return t.kind == K::integer || t.kind == K::boolean || t.kind == K::address ||
               t.kind == K::contract || t.kind == K::fixed_bytes || t.kind == K::enum_;
    }
    std::optional<U256> node(const ast::Expression&) { return fail("expression"); }

    const EvalContext& m_ctx;
};

template <typename F> void walk_calls(const ast::Expression& e, F&& f) {
    astutil::visit(e, [&](const auto& n) {
        using T = std::decay_t<decltype(n)>;
        if constexpr (std::is_same_v<T, ast::Call>) {
            if (f(n)) return;
            walk_calls(n.callee, f);
            for (const auto& a : n.arguments)
                walk_calls(a, f);
        } else if constexpr (std::is_same_v<T, ast::Binary>) {
            walk_calls(n.lhs, f);
            walk_calls(n.rhs, f);
        } else if constexpr (std::is_same_v<T, ast::Unary>) {
            walk_calls(n.operand, f);
        } else if constexpr (std::is_same_v<T, ast::Conditional>) {
            walk_calls(n.condition, f);
            walk_calls(n.when_true, f);
            walk_calls(n.when_false, f);
        } else if constexpr (std::is_same_v<T, ast::TupleExpr>) {
            for (const auto& x : n.elements)
                if (x) walk_calls(*x, f);
        } else if constexpr (std::is_same_v<T, ast::InlineArray>) {
            for (const auto& x : n.elements)
                walk_calls(x, f);
        } else if constexpr (std::is_same_v<T, ast::MemberAccess>) {
            walk_calls(n.object, f);
        } else if constexpr (std::is_same_v<T, ast::IndexAccess>) {
            walk_calls(n.object, f);
            if (n.index) walk_calls(*n.index, f);
        } else if constexpr (std::is_same_v<T, ast::IndexRangeAccess>) {
            walk_calls(n.object, f);
            if (n.start) walk_calls(*n.start, f);
            if (n.end) walk_calls(*n.end, f);
        }
    });
}

bool is_named_call(const ast::Call& c, const char* name) {
    const auto* id = as<ast::Identifier>(strip(c.callee));
    return id && id->name == name;
}

/// The state-reading leaves worth showing: identifiers of state variables, sum(...),
/// x.balance, index accesses, calls of other contracts' views.
template <typename F> void walk_leaves(const ast::Expression& raw, F&& f) {
    const ast::Expression& e = strip(raw);
    astutil::visit(e, [&](const auto& n) {
        using T = std::decay_t<decltype(n)>;
        if constexpr (std::is_same_v<T, ast::Identifier> || std::is_same_v<T, ast::IndexAccess>) {
            f(e);
        } else if constexpr (std::is_same_v<T, ast::MemberAccess>) {
            f(e);
        } else if constexpr (std::is_same_v<T, ast::Call>) {
            // A call of another contract's view (`token.balanceOf(x)`) is a value worth
            // showing as a whole.
            if (is_named_call(n, "sum") || is_named_call(n, "old") ||
                as<ast::MemberAccess>(strip(n.callee)))
                f(e);
            else
                for (const auto& a : n.arguments)
                    walk_leaves(a, f);
        } else if constexpr (std::is_same_v<T, ast::Binary>) {
            walk_leaves(n.lhs, f);
            walk_leaves(n.rhs, f);
        } else if constexpr (std::is_same_v<T, ast::Unary>) {
            walk_leaves(n.operand, f);
        } else if constexpr (std::is_same_v<T, ast::Conditional>) {
            walk_leaves(n.condition, f);
            walk_leaves(n.when_true, f);
            walk_leaves(n.when_false, f);
        }
    });
}

} // namespace

StaticCall make_static_call(vm::State& state, BlockSource block,
                            std::function<void(vm::Executor&)> bind) {
    return [&state, block = std::move(block), bind = std::move(bind)](
               const vm::Address& to, const vm::Bytes& input) -> std::optional<vm::Bytes> {
        vm::Executor exec(state, block ? block() : vm::BlockContext{});
        exec.set_large_stack(false); // a view call is shallow
        if (bind) bind(exec);
        vm::Message msg;
        msg.kind = vm::CallKind::Call;
        msg.is_static = true;
        msg.gas = 1'000'000;
        msg.recipient = msg.code_address = to;
        msg.input = input;
        const vm::Snapshot snap = state.snapshot();
        vm::Result r = exec.execute(msg);
        state.revert_to(snap);
        if (!r.success()) return std::nullopt;
        return std::move(r.output);
    };
}

std::optional<vm::U256> evaluate(const ast::Expression& e, const EvalContext& ctx,
                                 std::string* why) {
    Evaluator ev(ctx);
    auto v = ev.eval(e);
    if (!v && why) *why = ev.error;
    return v;
}

void capture_olds(const ast::Expression& e, const EvalContext& ctx,
                  std::map<ast::NodeId, vm::U256>& out) {
    walk_calls(e, [&](const ast::Call& c) {
        if (!is_named_call(c, "old") || c.arguments.size() != 1) return false;
        EvalContext now = ctx;
        now.olds = nullptr;
        if (auto v = evaluate(c.arguments[0], now)) out[c.id] = *v;
        return true;
    });
}

bool mentions_old(const ast::Expression& e) {
    bool found = false;
    walk_calls(e, [&](const ast::Call& c) {
        if (is_named_call(c, "old")) found = true;
        return found;
    });
    return found;
}

std::string explain(const ast::Expression& e, const EvalContext& ctx,
                    const lang::SourceManager& sources) {
    std::vector<std::string> parts;
    walk_leaves(e, [&](const ast::Expression& leaf) {
        const std::string text{sources.text(astutil::span_of(leaf))};
        if (text == "this" || text == "msg.sender" || text == "msg.value") return;
        auto v = evaluate(leaf, ctx);
        if (!v) return;
        std::string item = fmt::format("{} = {}", text, vm::to_dec(*v));
        for (const auto& p : parts)
            if (p == item) return;
        parts.push_back(std::move(item));
    });
    std::string out;
    for (const auto& p : parts)
        out += (out.empty() ? "" : ", ") + p;
    return out;
}

} // namespace mallory::analyzer
