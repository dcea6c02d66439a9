// Expressions: identifiers, literals (exact), operators, assignments, tuples, index access.
#include "lang/check/abi.hpp"
#include "lang/check/checker_impl.hpp"

#include <algorithm>

namespace mallory::lang::check {

namespace {

using boost::multiprecision::denominator;
using boost::multiprecision::numerator;

constexpr unsigned max_literal_bits = 4096;

bool is_integral(const Rational& r) {
    return denominator(r) == 1;
}

std::size_t bit_size(const BigInt& v) {
    return v == 0 ? 0 : msb(abs(v)) + 1;
}

bool too_large(const Rational& r) {
    return bit_size(numerator(r)) > max_literal_bits || bit_size(denominator(r)) > max_literal_bits;
}

const char* binary_op_text(ast::BinaryOp op) {
    switch (op) {
    case ast::BinaryOp::add:
        return "+";
    case ast::BinaryOp::sub:
        return "-";
    case ast::BinaryOp::mul:
        return "*";
    case ast::BinaryOp::div:
        return "/";
    case ast::BinaryOp::mod:
        return "%";
    case ast::BinaryOp::exp:
        return "**";
    case ast::BinaryOp::shl:
        return "<<";
    case ast::BinaryOp::shr:
        return ">>";
    case ast::BinaryOp::bit_and:
        return "&";
    case ast::BinaryOp::bit_or:
        return "|";
    case ast::BinaryOp::bit_xor:
        return "^";
    case ast::BinaryOp::lt:
        return "<";
    case ast::BinaryOp::gt:
        return ">";
    case ast::BinaryOp::le:
        return "<=";
    case ast::BinaryOp::ge:
        return ">=";
    case ast::BinaryOp::eq:
        return "==";
    case ast::BinaryOp::ne:
        return "!=";
    case ast::BinaryOp::logical_and:
        return "&&";
    case ast::BinaryOp::logical_or:
        return "||";
    }
    return "?";
}

bool is_comparison(ast::BinaryOp op) {
    return op == ast::BinaryOp::lt || op == ast::BinaryOp::gt || op == ast::BinaryOp::le ||
           op == ast::BinaryOp::ge || op == ast::BinaryOp::eq || op == ast::BinaryOp::ne;
}

ast::BinaryOp assign_to_binary(ast::AssignOp op) {
    switch (op) {
    case ast::AssignOp::add:
        return ast::BinaryOp::add;
    case ast::AssignOp::sub:
        return ast::BinaryOp::sub;
    case ast::AssignOp::mul:
        return ast::BinaryOp::mul;
    case ast::AssignOp::div:
        return ast::BinaryOp::div;
    case ast::AssignOp::mod:
        return ast::BinaryOp::mod;
    case ast::AssignOp::bit_or:
        return ast::BinaryOp::bit_or;
    case ast::AssignOp::bit_and:
        return ast::BinaryOp::bit_and;
    case ast::AssignOp::bit_xor:
        return ast::BinaryOp::bit_xor;
    case ast::AssignOp::shl:
        return ast::BinaryOp::shl;
    case ast::AssignOp::shr:
        return ast::BinaryOp::shr;
    default:
        return ast::BinaryOp::add;
    }
}

/// Two's complement over 4104 bits so that bit operations on negative literals match solc.
BigInt to_twos(const BigInt& v) {
    static const BigInt modulus = BigInt(1) << 4104;
    return v < 0 ? v + modulus : v;
}
BigInt from_twos(const BigInt& v) {
    static const BigInt modulus = BigInt(1) << 4104;
    static const BigInt half = BigInt(1) << 4103;
    return v >= half ? v - modulus : v;
}

std::optional<BigInt> parse_digits(std::string_view s, unsigned base) {
    BigInt v = 0;
    if (s.empty()) return std::nullopt;
    for (char ch : s) {
        int d;
        if (ch >= '0' && ch <= '9')
            d = ch - '0';
        else if (ch >= 'a' && ch <= 'f')
            d = ch - 'a' + 10;
        else if (ch >= 'A' && ch <= 'F')
            d = ch - 'A' + 10;
        else
            return std::nullopt;
        if (static_cast<unsigned>(d) >= base) return std::nullopt;
        v = v * base + d;
        if (bit_size(v) > max_literal_bits + 64) return std::nullopt;
    }
    return v;
}

template <typename T> Span node_span(const T& n) {
    if constexpr (requires { n.get(); })
        return n.get().span;
    else
        return n.span;
}
template <typename T> ast::NodeId node_id(const T& n) {
    if constexpr (requires { n.get(); })
        return n.get().id;
    else
        return n.id;
}

} // namespace

Span Checker::span_of(const ast::Expression& e) const {
    return boost::apply_visitor([](const auto& n) { return node_span(n); }, e.get());
}

ast::NodeId Checker::id_of(const ast::Expression& e) const {
    return boost::apply_visitor([](const auto& n) { return node_id(n); }, e.get());
}

bool Checker::names_overloads(const ast::Expression& e) const {
    const auto it = m_overloads.find(id_of(e));
    if (it == m_overloads.end()) return false;
    const std::vector<const FunctionInfo*>& fns = it->second;
    return std::any_of(fns.begin(), fns.end(), [&](const FunctionInfo* f) {
        return !same_base_signature(*f, *fns.front());
    });
}

TypePtr Checker::set_type(ast::NodeId id, TypePtr t) {
    ExprInfo& i = info(id);
    i.type = t ? t : error_type();
    i.checked = !(m_body && m_body->in_unchecked);
    return i.type;
}

TypePtr Checker::check_expr(const ast::Expression& e) {
    struct Visitor {
        Checker& ck;
        TypePtr operator()(const ast::Identifier& n) const { return ck.check_identifier(n); }
        TypePtr operator()(const ast::NumberLiteral& n) const { return ck.check_number(n); }
        TypePtr operator()(const ast::BoolLiteral& n) const {
            ck.info(n.id).constant_bool = n.value;
            return ck.set_type(n.id, bool_type());
        }
        TypePtr operator()(const ast::StringLiteral& n) const {
            return ck.set_type(n.id, string_literal_type(n.value));
        }
        TypePtr operator()(const ast::ElementaryTypeExpr& n) const {
            TypePtr t = ck.resolve_type(ast::TypeName{n.type}, ck.m_contract, ck.m_file);
            if (n.type.name == "payable") t = error_type();
            return ck.set_type(n.id, is_error(t) ? t : type_type(t));
        }
        TypePtr operator()(const x3::forward_ast<ast::TupleExpr>& n) const {
            return ck.check_tuple(n.get());
        }
        TypePtr operator()(const x3::forward_ast<ast::Unary>& n) const {
            return ck.check_unary(n.get());
        }
        TypePtr operator()(const x3::forward_ast<ast::Binary>& n) const {
            return ck.check_binary(n.get());
        }
        TypePtr operator()(const x3::forward_ast<ast::Assignment>& n) const {
            return ck.check_assignment(n.get());
        }
        TypePtr operator()(const x3::forward_ast<ast::Conditional>& n) const {
            return ck.check_conditional(n.get());
        }
        TypePtr operator()(const x3::forward_ast<ast::Call>& n) const {
            return ck.check_call(n.get());
        }
        TypePtr operator()(const x3::forward_ast<ast::MemberAccess>& n) const {
            return ck.check_member(n.get());
        }
        TypePtr operator()(const x3::forward_ast<ast::IndexAccess>& n) const {
            return ck.check_index(n.get());
        }
        TypePtr operator()(const x3::forward_ast<ast::IndexRangeAccess>& n) const {
            return ck.check_index_range(n.get());
        }
        TypePtr operator()(const x3::forward_ast<ast::NewExpr>& n) const {
            return ck.check_new(n.get());
        }
        TypePtr operator()(const x3::forward_ast<ast::InlineArray>& n) const {
            return ck.check_inline_array(n.get());
        }
    };
    return boost::apply_visitor(Visitor{*this}, e.get());
}

namespace {

/// Whether copying a calldata value of type `t` to storage copies an array whose elements are
/// dynamically sized (`uint[][]`, `bytes[]`, `uint[][2]`), which solc's default (legacy) code
/// generator does not implement (its error 1834); inside a struct it does.
bool copies_nested_calldata_array(const Type& t) {
    if (t.kind == TypeKind::array) {
        const Type& e = *t.element;
        if (e.kind == TypeKind::bytes || e.kind == TypeKind::string ||
            (e.kind == TypeKind::array && !e.length))
            return true;
        return copies_nested_calldata_array(e);
    }
    return false; // a struct is copied member by member, nested arrays too
}

} // namespace

bool Checker::expect_convertible(const TypePtr& from, const TypePtr& to, Span span,
                                 std::string_view what) {
    if (is_error(from) || is_error(to)) return true;
    if (implicitly_convertible(*from, *to)) {
        if (from->location == Location::calldata && to->location == Location::storage &&
            copies_nested_calldata_array(*from))
            error(DiagCode::NotInSubset, span,
                  "Copying nested calldata dynamic arrays to storage is not implemented in the "
                  "old code generator.")
                .hint = "copy the elements one by one, or copy to memory first";
        return true;
    }
    std::string prefix = what.empty() ? "" : std::string(what) + ": ";
    if (from->kind == TypeKind::rational && to->kind == TypeKind::integer && !to->user_value) {
        if (!is_integral(from->value)) {
            error(DiagCode::FractionalNumber, span,
                  fmt::format("{}{} is not an integer and cannot be converted to {}", prefix,
                              rational_text(from->value), to_string(*to)));
            return false;
        }
        error(DiagCode::LiteralOutOfRange, span,
              fmt::format("{}the value {} does not fit into {} (range {})", prefix,
                          rational_text(from->value), to_string(*to), range_text(*to)));
        return false;
    }
    auto& d = error(DiagCode::TypeMismatch, span,
                    fmt::format("{}{} is not implicitly convertible to expected type {}", prefix,
                                to_string(*from), to_string(*to)));
    if (from->kind == TypeKind::integer && to->kind == TypeKind::integer &&
        from->is_signed != to->is_signed)
        d.hint = fmt::format("Solidity changes size and signedness in separate steps, e.g. "
                             "{}({}{}(x))",
                             to_string(*to), from->is_signed ? "int" : "uint", to->bits);
    else if (from->kind == TypeKind::integer && to->kind == TypeKind::integer)
        d.hint = fmt::format("convert explicitly, e.g. {}(...), if the value is known to fit",
                             to_string(*to));
    else if (from->kind == TypeKind::address && to->kind == TypeKind::address)
        d.hint = "convert with payable(...)";
    else if (from->kind == TypeKind::contract && to->kind == TypeKind::address)
        d.hint = "convert with address(...)";
    else if (from->kind == TypeKind::tuple)
        d.hint = "the value has several components; destructure it with (a, b) = ...";
    return false;
}

TypePtr Checker::expect(const ast::Expression& e, const TypePtr& target, std::string_view what) {
    return expect_checked(e, check_expr(e), target, what);
}

TypePtr Checker::expect_checked(const ast::Expression& e, const TypePtr& got, const TypePtr& target,
                                std::string_view what) {
    if (got && got->kind == TypeKind::tuple && got->components.empty() && !is_error(target)) {
        error(DiagCode::ExpressionNoValue, span_of(e),
              fmt::format("this expression has no value, but {} is expected", to_string(*target)));
        return target;
    }
    expect_convertible(got, target, span_of(e), what);
    return target;
}

TypePtr Checker::materialize(const TypePtr& t, Span span) {
    if (!t) return error_type();
    if (t->kind == TypeKind::rational) {
        TypePtr m = mobile_type(*t);
        if (!m) {
            error(
                is_integral(t->value) ? DiagCode::LiteralOutOfRange : DiagCode::FractionalNumber,
                span,
                fmt::format("{} has no type that can hold it: it is {}", to_string(*t),
                            is_integral(t->value) ? "out of the 256-bit range" : "not an integer"));
            return error_type();
        }
        return m;
    }
    if (t->kind == TypeKind::string_literal) return string_type(Location::memory);
    if (t->kind == TypeKind::tuple) {
        std::vector<TypePtr> comps;
        for (const auto& c : t->components)
            comps.push_back(c ? materialize(c, span) : c);
        return tuple_type(std::move(comps));
    }
    return t;
}

// ---------------------------------------------------------------------------------------------
// Names
// ---------------------------------------------------------------------------------------------

std::vector<const Declaration*> Checker::lookup(const std::string& name) const {
    if (m_body) {
        for (auto it = m_body->scopes.rbegin(); it != m_body->scopes.rend(); ++it) {
            auto jt = it->names.find(name);
            if (jt != it->names.end()) return {jt->second};
        }
    }
    if (m_contract)
        if (auto* list = contract_members(m_contract, name); list && !list->empty()) {
            // Derived declarations replace base ones with the same signature: keep the
            // first-declared per distinct kind/params from the most derived contract.
            std::vector<const Declaration*> out;
            for (auto it = list->rbegin(); it != list->rend(); ++it) {
                const Declaration* d = *it;
                bool hidden = false;
                for (const Declaration* o : out) {
                    if (o->kind != d->kind) continue;
                    // Events overload as functions do (an emit picks one by its arguments).
                    if (d->kind == DeclKind::event) {
                        hidden = static_cast<const EventInfo*>(d)->signature ==
                                 static_cast<const EventInfo*>(o)->signature;
                        if (hidden) break;
                        continue;
                    }
                    if (d->kind != DeclKind::function) {
                        hidden = true;
                        break;
                    }
                    const auto* f = static_cast<const FunctionInfo*>(d);
                    const auto* g = static_cast<const FunctionInfo*>(o);
                    if (f->parameter_types.size() != g->parameter_types.size()) continue;
                    bool same = true;
                    for (std::size_t i = 0; i < f->parameter_types.size(); ++i)
                        if (!is_error(f->parameter_types[i]) && !is_error(g->parameter_types[i]) &&
                            !same_base_type(*f->parameter_types[i], *g->parameter_types[i]))
                            same = false;
                    if (same) {
                        hidden = true;
                        break;
                    }
                }
                if (!hidden) out.push_back(d);
            }
            return out;
        }
    auto fs = m_file_scopes.find(m_file);
    if (fs != m_file_scopes.end()) {
        auto it = fs->second.find(name);
        if (it != fs->second.end()) return free_function_overloads(it->second);
    }
    return {};
}

std::vector<std::string> Checker::visible_names() const {
    std::vector<std::string> names = {"msg",    "block",    "tx",     "abi",       "this",
                                      "super",  "require",  "assert", "revert",    "keccak256",
                                      "sha256", "gasleft",  "type",   "ecrecover", "addmod",
                                      "mulmod", "ripemd160"};
    if (m_body)
        for (const Scope& s : m_body->scopes)
            for (const auto& [n, d] : s.names)
                names.push_back(n);
    if (m_contract) {
        auto it = m_members.find(m_contract);
        if (it != m_members.end())
            for (const auto& [n, ds] : it->second)
                names.push_back(n);
    }
    auto fs = m_file_scopes.find(m_file);
    if (fs != m_file_scopes.end())
        for (const auto& [n, d] : fs->second)
            names.push_back(n);
    return names;
}

TypePtr Checker::as_overloaded(TypePtr value, const std::vector<const FunctionInfo*>& fns) {
    for (const FunctionInfo* f : fns)
        if (!same_base_signature(*f, *fns.front())) {
            Type copy = *value;
            copy.text = "overloaded";
            return std::make_shared<const Type>(std::move(copy));
        }
    return value;
}

TypePtr Checker::function_value(const FunctionInfo* f, CallKind kind) {
    note_function_reference(f);
    Type t;
    t.kind = TypeKind::function;
    t.call_kind = kind;
    t.function = f;
    t.mutability = f->mutability;
    t.components = f->parameter_types;
    // Results of external calls arrive in memory; an internal call can return a storage
    // pointer (`function at(bytes32 s) internal pure returns (S storage r)`).
    for (const TypePtr& r : f->return_types)
        t.returns.push_back(kind == CallKind::internal && r->location == Location::storage
                                ? r
                                : with_location(r, Location::memory));
    if (f->getter_of) t.returns.clear(), t.returns = f->return_types;
    return std::make_shared<const Type>(std::move(t));
}

TypePtr Checker::builtin_function(Builtin b, std::vector<TypePtr> params,
                                  std::vector<TypePtr> returns, ast::Mutability m, bool variadic) {
    Type t;
    t.kind = TypeKind::function;
    t.call_kind = CallKind::builtin;
    t.builtin = b;
    t.components = std::move(params);
    t.returns = std::move(returns);
    t.mutability = m;
    t.variadic = variadic;
    return std::make_shared<const Type>(std::move(t));
}

bool Checker::immutable_of_literal(const VariableInfo& v) const {
    if (!v.immutable || !v.ast_state || !v.ast_state->initial_value) return false;
    // The contract's initializers are checked before its functions (check_bodies), and a
    // base's before its derived contracts': an initializer not typed yet counts as a read.
    const ExprInfo* init = m_model.expr(id_of(*v.ast_state->initial_value));
    return init && init->type && init->type->kind == TypeKind::rational;
}

TypePtr Checker::declaration_type(const Declaration* d, Span span, ast::NodeId id) {
    ExprInfo& ei = info(id);
    ei.decl = d;
    switch (d->kind) {
    case DeclKind::variable: {
        const auto* v = static_cast<const VariableInfo*>(d);
        if (m_body) ++m_body->uses[v];
        if (v->var_kind == VarKind::state) {
            if (v->constant) {
                if (m_body && m_body->constant_init) {
                    auto& deps = m_constant_dependencies[m_body->constant_init];
                    if (std::find(deps.begin(), deps.end(), v) == deps.end()) deps.push_back(v);
                }
                ensure_constant(v);
                info(id).constant = v->constant_value;
            } else if (!immutable_of_literal(*v)) {
                note_effect(Effect::read, span);
            }
        }
        info(id).lvalue = !v->constant;
        return v->type ? v->type : error_type();
    }
    case DeclKind::function:
        return function_value(static_cast<const FunctionInfo*>(d), CallKind::internal);
    case DeclKind::contract: {
        const auto* c = static_cast<const ContractInfo*>(d);
        if (c->builtin_console) return magic_type("console");
        Type t;
        t.kind = TypeKind::contract;
        t.contract = c;
        return type_type(std::make_shared<const Type>(std::move(t)));
    }
    case DeclKind::struct_: {
        Type t;
        t.kind = TypeKind::struct_;
        t.struct_info = static_cast<const StructInfo*>(d);
        return type_type(std::make_shared<const Type>(std::move(t)));
    }
    case DeclKind::enum_: {
        Type t;
        t.kind = TypeKind::enum_;
        t.enum_info = static_cast<const EnumInfo*>(d);
        return type_type(std::make_shared<const Type>(std::move(t)));
    }
    case DeclKind::user_value_type: {
        TypePtr t = static_cast<const UserValueTypeInfo*>(d)->type;
        return t && !is_error(t) ? type_type(t) : error_type();
    }
    case DeclKind::event: {
        Type t;
        t.kind = TypeKind::event;
        t.event = static_cast<const EventInfo*>(d);
        return std::make_shared<const Type>(std::move(t));
    }
    case DeclKind::error_: {
        Type t;
        t.kind = TypeKind::error_def;
        t.error = static_cast<const ErrorInfo*>(d);
        note_error_use(t.error);
        return std::make_shared<const Type>(std::move(t));
    }
    case DeclKind::modifier:
        error(DiagCode::ModifierRule, span,
              fmt::format("modifier '{}' cannot be used in an expression", d->name));
        return error_type();
    case DeclKind::module: {
        Type t;
        t.kind = TypeKind::module;
        t.module = static_cast<const ModuleInfo*>(d);
        return std::make_shared<const Type>(std::move(t));
    }
    }
    return error_type();
}

TypePtr Checker::check_identifier(const ast::Identifier& id) {
    std::vector<const Declaration*> found = lookup(id.name);
    if (!found.empty()) {
        if (found.size() > 1) {
            std::vector<const FunctionInfo*> fns;
            for (const Declaration* d : found)
                if (d->kind == DeclKind::function)
                    fns.push_back(static_cast<const FunctionInfo*>(d));
            if (fns.size() == found.size()) m_overloads[id.id] = fns;
            std::vector<const EventInfo*> events;
            for (const Declaration* d : found)
                if (d->kind == DeclKind::event) events.push_back(static_cast<const EventInfo*>(d));
            if (events.size() == found.size()) m_event_overloads[id.id] = events;
        }
        TypePtr t = declaration_type(found.front(), id.span, id.id);
        note_pointer_read(found.front(), id.span);
        // A call picks an overload by its arguments, a value cannot (solc 2144).
        if (auto ov = m_overloads.find(id.id); ov != m_overloads.end())
            t = as_overloaded(t, ov->second);
        return set_type(id.id, t);
    }
    const std::string& n = id.name;
    if (is_magic_object(n) || n == "abi") return set_type(id.id, magic_type(n));
    if (n == "this") {
        if (!m_contract) return set_type(id.id, error_type());
        if (m_contract->is_file_level()) return set_type(id.id, this_outside_contract(id));
        if (!m_this_for_selector) note_effect(Effect::read, id.span);
        Type t;
        t.kind = TypeKind::contract;
        t.contract = m_contract;
        return set_type(id.id, std::make_shared<const Type>(std::move(t)));
    }
    if (n == "super") {
        if (m_contract && (m_contract->is_library() || m_contract->is_file_level())) {
            error(DiagCode::UndeclaredIdentifier, id.span,
                  "Undeclared identifier. \"super\" is not (or not yet) visible at this point.");
            return set_type(id.id, error_type());
        }
        return set_type(id.id, magic_type("super"));
    }
    if (n == "require")
        return set_type(id.id, builtin_function(Builtin::require, {bool_type()}, {}));
    if (n == "assert")
        return set_type(id.id, builtin_function(Builtin::assert_, {bool_type()}, {}));
    if (n == "revert") return set_type(id.id, builtin_function(Builtin::revert, {}, {}));
    if (n == "keccak256")
        return set_type(
            id.id, builtin_function(Builtin::keccak256, {bytes_type()}, {fixed_bytes_type(32)}));
    if (n == "sha256")
        return set_type(id.id,
                        builtin_function(Builtin::sha256, {bytes_type()}, {fixed_bytes_type(32)}));
    if (n == "ripemd160")
        return set_type(
            id.id, builtin_function(Builtin::ripemd160, {bytes_type()}, {fixed_bytes_type(20)}));
    if (n == "ecrecover")
        return set_type(id.id, builtin_function(Builtin::ecrecover,
                                                {fixed_bytes_type(32), uint_type(8),
                                                 fixed_bytes_type(32), fixed_bytes_type(32)},
                                                {address_type()}));
    if (n == "gasleft")
        return set_type(
            id.id, builtin_function(Builtin::gasleft, {}, {uint_type()}, ast::Mutability::view));
    if (n == "addmod" || n == "mulmod")
        return set_type(id.id, builtin_function(n == "addmod" ? Builtin::addmod : Builtin::mulmod,
                                                {uint_type(), uint_type(), uint_type()},
                                                {uint_type()}, ast::Mutability::pure));
    if (n == "blockhash")
        return set_type(id.id, builtin_function(Builtin::blockhash, {uint_type()},
                                                {fixed_bytes_type(32)}, ast::Mutability::view));
    if (n == "selfdestruct") { // solc 5159
        warning(DiagCode::DeprecatedBuiltin, id.span,
                "\"selfdestruct\" has been deprecated. Note that, starting from the Cancun hard "
                "fork, the underlying opcode no longer deletes the code and data associated with "
                "an account and only transfers its Ether to the beneficiary, unless executed in "
                "the same transaction in which the contract was created (see EIP-6780).");
        return set_type(id.id, builtin_function(Builtin::selfdestruct, {address_type(true)}, {},
                                                ast::Mutability::nonpayable));
    }
    if (n == "suicide" || n == "ripemd160") {
        error(DiagCode::UnsupportedBuiltin, id.span,
              fmt::format("'{}' is not supported by Mallory's subset (LANGUAGE.md §4)", n));
        return set_type(id.id, error_type());
    }
    if (n == "now") {
        error(DiagCode::UndeclaredIdentifier, id.span, "'now' was removed in Solidity 0.7").hint =
            "use 'block.timestamp'";
        return set_type(id.id, error_type());
    }
    auto& d = error(DiagCode::UndeclaredIdentifier, id.span,
                    fmt::format("undeclared identifier '{}'", n));
    if (auto best = closest_name(n, visible_names()))
        d.hint = fmt::format("did you mean '{}'?", *best);
    else if (m_contract) {
        for (std::size_t i = 1; i < m_contract->linearization.size(); ++i) {
            const ContractInfo* b = m_contract->linearization[i];
            for (const VariableInfo* v : b->state_variables)
                if (v->name == n) d.hint = fmt::format("'{}' is private in '{}'", n, b->name);
            for (const FunctionInfo* f : b->functions)
                if (f->name == n) d.hint = fmt::format("'{}' is private in '{}'", n, b->name);
        }
    }
    return set_type(id.id, error_type());
}

// ---------------------------------------------------------------------------------------------
// Literals
// ---------------------------------------------------------------------------------------------

TypePtr Checker::check_number(const ast::NumberLiteral& n) {
    std::string text;
    for (char c : n.text)
        if (c != '_') text += c;
    auto bad = [&](std::string why) {
        error(DiagCode::InvalidLiteral, n.span,
              fmt::format("invalid number literal '{}': {}", n.text, why));
        return set_type(n.id, error_type());
    };
    Rational value;
    int hex_digits = -1;
    if (text.size() > 2 && text[0] == '0' && (text[1] == 'x' || text[1] == 'X')) {
        std::string digits = text.substr(2);
        auto v = parse_digits(digits, 16);
        if (!v) return bad("not a hexadecimal number");
        if (!n.unit.empty()) return bad("hexadecimal numbers cannot have a unit");
        value = Rational(*v);
        hex_digits = static_cast<int>(digits.size());
        if (digits.size() == 40) {
            std::string sum = checksum_address(digits);
            if (sum != digits) {
                auto& d = error(DiagCode::AddressChecksum, n.span,
                                fmt::format("address literal '{}' has a wrong checksum", n.text));
                d.hint = fmt::format("the correctly checksummed address is '0x{}' (EIP-55)", sum);
                return set_type(n.id, error_type());
            }
            info(n.id).constant = value;
            return set_type(n.id, address_type(false));
        }
    } else {
        std::string mantissa = text, exponent;
        auto epos = text.find_first_of("eE");
        if (epos != std::string::npos) {
            mantissa = text.substr(0, epos);
            exponent = text.substr(epos + 1);
        }
        std::string int_part = mantissa, frac_part;
        auto dot = mantissa.find('.');
        if (dot != std::string::npos) {
            int_part = mantissa.substr(0, dot);
            frac_part = mantissa.substr(dot + 1);
        }
        if (int_part.empty()) int_part = "0";
        auto iv = parse_digits(int_part + frac_part, 10);
        if (!iv) return bad("not a decimal number");
        long exp10 = -static_cast<long>(frac_part.size());
        if (!exponent.empty()) {
            bool neg = exponent[0] == '-';
            std::string e = neg || exponent[0] == '+' ? exponent.substr(1) : exponent;
            if (e.empty() || e.size() > 6) return bad("exponent is too large");
            auto ev = parse_digits(e, 10);
            if (!ev) return bad("malformed exponent");
            long ex = static_cast<long>(*ev);
            exp10 += neg ? -ex : ex;
        }
        if (exp10 > 1300 || exp10 < -1300) return bad("exponent is too large");
        BigInt pow = 1;
        for (long i = 0; i < (exp10 < 0 ? -exp10 : exp10); ++i)
            pow *= 10;
        value = exp10 >= 0 ? Rational(*iv * pow) : Rational(*iv, pow);
    }
    static const std::map<std::string, long long> units = {
        {"wei", 1},      {"gwei", 1000000000LL}, {"ether", 1000000000000000000LL},
        {"seconds", 1},  {"minutes", 60},        {"hours", 3600},
        {"days", 86400}, {"weeks", 604800}};
    if (!n.unit.empty()) {
        auto it = units.find(n.unit);
        if (it == units.end()) return bad(fmt::format("unknown unit '{}'", n.unit));
        value *= it->second;
        hex_digits = -1;
    }
    if (too_large(value)) return bad("the number is too large");
    info(n.id).constant = value;
    return set_type(n.id, rational_type(value, hex_digits));
}

// ---------------------------------------------------------------------------------------------
// Operators
// ---------------------------------------------------------------------------------------------

namespace {

struct Folded {
    std::optional<Rational> value;
    std::string error; ///< non-empty: the operation is invalid on these literals
    bool division_by_zero = false;
};

Folded fold(ast::BinaryOp op, const Rational& a, const Rational& b) {
    Folded out;
    auto need_int = [&]() {
        if (!is_integral(a) || !is_integral(b)) {
            out.error = "requires integer operands";
            return false;
        }
        return true;
    };
    switch (op) {
    case ast::BinaryOp::add:
        out.value = a + b;
        break;
    case ast::BinaryOp::sub:
        out.value = a - b;
        break;
    case ast::BinaryOp::mul:
        out.value = a * b;
        break;
    case ast::BinaryOp::div:
        if (b == 0)
            out.division_by_zero = true;
        else
            out.value = a / b;
        break;
    case ast::BinaryOp::mod:
        if (!need_int()) break;
        if (b == 0)
            out.division_by_zero = true;
        else
            out.value = Rational(numerator(a) % numerator(b));
        break;
    case ast::BinaryOp::exp: {
        if (!is_integral(b)) {
            out.error = "requires an integer exponent";
            break;
        }
        BigInt e = numerator(b);
        bool neg = e < 0;
        if (neg) e = -e;
        std::size_t base_bits = std::max(bit_size(numerator(a)), bit_size(denominator(a)));
        if (base_bits > 1 && (e > max_literal_bits ||
                              base_bits * e.convert_to<std::size_t>() > max_literal_bits + 64)) {
            out.error = "has a result that is too large";
            break;
        }
        if (a == 0 && neg) {
            out.division_by_zero = true;
            break;
        }
        Rational r = 1;
        unsigned long count = e > 100000 ? 100000 : e.convert_to<unsigned long>();
        if (base_bits <= 1) {
            // 0, 1, -1 to any power
            if (a == 0)
                r = count == 0 ? 1 : 0;
            else if (a == 1)
                r = 1;
            else
                r = (e % 2 == 0) ? 1 : -1;
        } else {
            Rational base = a;
            unsigned long k = count;
            while (k) {
                if (k & 1) r *= base;
                k >>= 1;
                if (k) base *= base;
            }
        }
        out.value = neg ? Rational(1) / r : r;
        break;
    }
    case ast::BinaryOp::shl:
    case ast::BinaryOp::shr: {
        if (!need_int()) break;
        BigInt s = numerator(b);
        if (s < 0) {
            out.error = "cannot shift by a negative amount";
            break;
        }
        if (s > BigInt(0xFFFFFFFFu)) { // solc: no result type for a shift of 2^32 or more
            out.error = "cannot shift by 2^32 bits or more";
            break;
        }
        if (numerator(a) == 0) {
            out.value = Rational(0);
            break;
        }
        if (s > max_literal_bits) {
            if (op == ast::BinaryOp::shr)
                out.value = numerator(a) < 0 ? Rational(-1) : Rational(0);
            else
                out.error = "has a result that is too large";
            break;
        }
        unsigned shift = s.convert_to<unsigned>();
        BigInt v = numerator(a);
        if (op == ast::BinaryOp::shl) {
            out.value = Rational(v << shift);
        } else {
            BigInt d = BigInt(1) << shift;
            BigInt q = v / d;
            if (v < 0 && q * d != v) q -= 1; // round toward negative infinity
            out.value = Rational(q);
        }
        break;
    }
    case ast::BinaryOp::bit_and:
    case ast::BinaryOp::bit_or:
    case ast::BinaryOp::bit_xor: {
        if (!need_int()) break;
        BigInt x = to_twos(numerator(a)), y = to_twos(numerator(b));
        BigInt r = op == ast::BinaryOp::bit_and  ? BigInt(x & y)
                   : op == ast::BinaryOp::bit_or ? BigInt(x | y)
                                                 : BigInt(x ^ y);
        out.value = Rational(from_twos(r));
        break;
    }
    default:
        break;
    }
    if (out.value && too_large(*out.value)) {
        out.value.reset();
        out.error = "has a result that is too large";
    }
    return out;
}

} // namespace

TypePtr Checker::binary_result(ast::BinaryOp op, const TypePtr& l, const TypePtr& r, Span span,
                               ast::NodeId id) {
    if (is_error(l) || is_error(r)) return error_type();
    if (l->user_value || r->user_value) { // compound assignments: no user-defined operators
        error(DiagCode::OperatorTypes, span,
              fmt::format("Operator {} not compatible with types {} and {}.", binary_op_text(op),
                          to_string(*l), to_string(*r)));
        return error_type();
    }
    auto incompatible = [&](std::string extra = {}) {
        auto& d = error(DiagCode::OperatorTypes, span,
                        fmt::format("operator '{}' is not compatible with types {} and {}{}",
                                    binary_op_text(op), to_string(*l), to_string(*r), extra));
        if (l->kind == TypeKind::integer && r->kind == TypeKind::integer &&
            l->is_signed != r->is_signed && op != ast::BinaryOp::exp && op != ast::BinaryOp::shl &&
            op != ast::BinaryOp::shr)
            d.hint = "Solidity does not mix signed and unsigned integers implicitly; convert one "
                     "operand explicitly";
        return error_type();
    };
    if ((op == ast::BinaryOp::eq || op == ast::BinaryOp::ne) && l->kind == TypeKind::function &&
        r->kind == TypeKind::function && l->call_kind == CallKind::external &&
        r->call_kind == CallKind::external && (is_external_function_value(*l) || l->function) &&
        (is_external_function_value(*r) || r->function) &&
        !(l->function && l->function->getter_of) && !(r->function && r->function->getter_of))
        return bool_type(); // solc compares address and selector, whatever the signatures
    if ((op == ast::BinaryOp::eq || op == ast::BinaryOp::ne) && l->kind == TypeKind::function &&
        r->kind == TypeKind::function && l->call_kind == CallKind::internal &&
        r->call_kind == CallKind::internal) {
        // solc accepts it with a warning (3075), but its legacy result depends on whether a
        // value was stored while constructing: not a comparison Mallory reproduces.
        error(DiagCode::NotInSubset, span,
              "comparison of internal function values is not supported by Mallory's subset "
              "(LANGUAGE.md §3)");
        return error_type();
    }
    if (op == ast::BinaryOp::logical_and || op == ast::BinaryOp::logical_or) {
        if (l->kind != TypeKind::boolean || r->kind != TypeKind::boolean) return incompatible();
        return bool_type();
    }
    // Both literals: fold exactly.
    if (l->kind == TypeKind::rational && r->kind == TypeKind::rational) {
        if (is_comparison(op)) {
            bool v = false;
            switch (op) {
            case ast::BinaryOp::lt:
                v = l->value < r->value;
                break;
            case ast::BinaryOp::gt:
                v = l->value > r->value;
                break;
            case ast::BinaryOp::le:
                v = l->value <= r->value;
                break;
            case ast::BinaryOp::ge:
                v = l->value >= r->value;
                break;
            case ast::BinaryOp::eq:
                v = l->value == r->value;
                break;
            default:
                v = l->value != r->value;
                break;
            }
            info(id).constant_bool = v;
            return bool_type();
        }
        Folded f = fold(op, l->value, r->value);
        if (f.division_by_zero) {
            error(DiagCode::DivisionByZero, span, "division by zero");
            return error_type();
        }
        if (!f.value) {
            error(DiagCode::OperatorTypes, span,
                  fmt::format("operator {} on {} and {} {}", binary_op_text(op), to_string(*l),
                              to_string(*r), f.error));
            return error_type();
        }
        info(id).constant = *f.value;
        return rational_type(*f.value);
    }
    // A variable divided by a literal zero (`x / 0`, `a %= (2 - 2)`) is accepted, as solc
    // accepts it: the division panics 0x12 at run time. Only two literals fold (above).
    if (op == ast::BinaryOp::exp || op == ast::BinaryOp::shl || op == ast::BinaryOp::shr) {
        TypePtr base = l;
        if (l->kind == TypeKind::rational) {
            if (!is_integral(l->value)) return incompatible();
            base = l->value < 0 ? int_type() : uint_type();
        }
        bool base_ok = base->kind == TypeKind::integer ||
                       (op != ast::BinaryOp::exp && base->kind == TypeKind::fixed_bytes);
        if (!base_ok) return incompatible();
        bool exp_ok = (r->kind == TypeKind::integer && !r->is_signed) ||
                      (r->kind == TypeKind::rational && is_integral(r->value) && r->value >= 0);
        if (!exp_ok)
            return incompatible(op == ast::BinaryOp::exp ? ": the exponent must be unsigned"
                                                         : ": the shift amount must be unsigned");
        return base;
    }
    TypePtr common;
    if (implicitly_convertible(*r, *l) && l->kind != TypeKind::rational)
        common = l;
    else if (implicitly_convertible(*l, *r) && r->kind != TypeKind::rational)
        common = r;
    // solc's commonType goes through the literal's mobile type: `256 - n` with `uint8 n` is
    // uint16, the smallest type that holds both.
    else if (l->kind == TypeKind::integer && r->kind == TypeKind::rational) {
        if (TypePtr m = mobile_type(*r);
            m && m->kind == TypeKind::integer && implicitly_convertible(*l, *m))
            common = m;
    } else if (r->kind == TypeKind::integer && l->kind == TypeKind::rational) {
        if (TypePtr m = mobile_type(*l);
            m && m->kind == TypeKind::integer && implicitly_convertible(*r, *m))
            common = m;
    }
    if (!common) {
        if (l->kind == TypeKind::rational || r->kind == TypeKind::rational) {
            const TypePtr& lit = l->kind == TypeKind::rational ? l : r;
            const TypePtr& other = l->kind == TypeKind::rational ? r : l;
            if (other->kind == TypeKind::integer && is_integral(lit->value)) {
                error(DiagCode::LiteralOutOfRange, span,
                      fmt::format("operator '{}': the value {} does not fit into {} (range {})",
                                  binary_op_text(op), rational_text(lit->value), to_string(*other),
                                  range_text(*other)));
                return error_type();
            }
        }
        return incompatible();
    }
    const Type& c = *common;
    if (is_comparison(op)) {
        bool ordered = op != ast::BinaryOp::eq && op != ast::BinaryOp::ne;
        switch (c.kind) {
        case TypeKind::integer:
        case TypeKind::fixed_bytes:
        case TypeKind::address:
        case TypeKind::enum_: // ordered by ordinal, as in solc
            return bool_type();
        case TypeKind::boolean:
        case TypeKind::contract:
            if (ordered) return incompatible();
            return bool_type();
        default:
            return incompatible();
        }
    }
    switch (op) {
    case ast::BinaryOp::bit_and:
    case ast::BinaryOp::bit_or:
    case ast::BinaryOp::bit_xor:
        if (c.kind != TypeKind::integer && c.kind != TypeKind::fixed_bytes) return incompatible();
        return common;
    default:
        if (c.kind != TypeKind::integer) return incompatible();
        return common;
    }
}

namespace {

/// Whether the integer `v` is a value of integer type `t`.
bool fits_integer(const BigInt& v, const Type& t) {
    const BigInt low = t.is_signed ? -(BigInt(1) << (t.bits - 1)) : BigInt(0);
    const BigInt high = (BigInt(1) << (t.is_signed ? t.bits - 1 : t.bits)) - 1;
    return v >= low && v <= high;
}

/// `a op b` of integer type `t` as the EVM computes it (division and remainder truncate toward
/// zero, as boost's do), if it neither wraps nor divides by zero: solc's evaluator then has no
/// value either.
std::optional<BigInt> typed_integer_result(ast::BinaryOp op, const BigInt& a, const BigInt& b,
                                           const Type& t) {
    BigInt v;
    switch (op) {
    case ast::BinaryOp::add:
        v = a + b;
        break;
    case ast::BinaryOp::sub:
        v = a - b;
        break;
    case ast::BinaryOp::mul:
        v = a * b;
        break;
    case ast::BinaryOp::div:
    case ast::BinaryOp::mod:
        if (b == 0) return std::nullopt;
        v = op == ast::BinaryOp::div ? BigInt(a / b) : BigInt(a % b);
        break;
    case ast::BinaryOp::exp: {
        if (b < 0) return std::nullopt;
        v = 1;
        for (BigInt i = 0; i < b; ++i) {
            v *= a;
            if (!fits_integer(v, t)) return std::nullopt;
            if (v == 0 || v == 1) break; // further factors of 0 or 1 change nothing
        }
        if (v == 1 && a == -1 && b % 2 == 1) v = -1;
        break;
    }
    default:
        return std::nullopt;
    }
    if (!fits_integer(v, t)) return std::nullopt;
    return v;
}

/// The type two typed operands of an arithmetic operator share: the wider of two integers of
/// one signedness (the narrower converts implicitly); none otherwise.
TypePtr shared_integer_type(const TypePtr& l, const TypePtr& r) {
    if (!l) return r;
    if (!r) return l;
    if (l->kind != TypeKind::integer || r->kind != TypeKind::integer ||
        l->is_signed != r->is_signed)
        return nullptr;
    return l->bits >= r->bits ? l : r;
}

} // namespace

// Like solc's ConstantEvaluator: number literals, constant variables through their
// initializers, parentheses and arithmetic; not conversions or members (`uint(0)`, `L.C` and
// `type(uint).max` have no value here). Integer values only.
std::optional<Rational> Checker::evaluate_constant(const ast::Expression& e, int depth) {
    auto out = evaluate_typed_constant(e, depth);
    if (!out || !is_integral(out->value)) return std::nullopt;
    return out->value;
}

// A constant's value has the constant's type, as in solc since 0.8: `int constant c = 7 / 3`
// is 2 and `(-a) / b` truncates toward zero; literals alone fold exactly.
std::optional<Checker::EvaluatedConstant> Checker::evaluate_typed_constant(const ast::Expression& e,
                                                                           int depth) {
    constexpr int max_depth = 64; // a cycle of constants is reported elsewhere
    if (depth > max_depth) return std::nullopt;
    if (boost::get<ast::NumberLiteral>(&e.get())) {
        if (auto c = info(id_of(e)).constant) return EvaluatedConstant{*c, nullptr};
        return std::nullopt;
    }
    if (boost::get<ast::Identifier>(&e.get())) {
        const Declaration* d = info(id_of(e)).decl;
        const auto* v =
            d && d->kind == DeclKind::variable ? static_cast<const VariableInfo*>(d) : nullptr;
        if (!v || !v->constant || !v->ast_state || !v->ast_state->initial_value || !v->type ||
            v->type->kind != TypeKind::integer)
            return std::nullopt;
        auto value = evaluate_typed_constant(*v->ast_state->initial_value, depth + 1);
        if (!value || !is_integral(value->value) ||
            !fits_integer(numerator(value->value), *v->type))
            return std::nullopt;
        return EvaluatedConstant{value->value, v->type};
    }
    if (const auto* t = boost::get<x3::forward_ast<ast::TupleExpr>>(&e.get())) {
        const auto& elements = t->get().elements;
        if (elements.size() == 1 && elements[0])
            return evaluate_typed_constant(*elements[0], depth + 1);
        return std::nullopt;
    }
    if (const auto* fu = boost::get<x3::forward_ast<ast::Unary>>(&e.get())) {
        const ast::Unary& u = fu->get();
        if (u.op != ast::UnaryOp::negate) return std::nullopt;
        auto operand = evaluate_typed_constant(u.operand, depth + 1);
        if (!operand) return std::nullopt;
        if (!operand->type) return EvaluatedConstant{-operand->value, nullptr};
        if (!operand->type->is_signed || !fits_integer(-numerator(operand->value), *operand->type))
            return std::nullopt;
        return EvaluatedConstant{-operand->value, operand->type};
    }
    if (const auto* fb = boost::get<x3::forward_ast<ast::Binary>>(&e.get())) {
        const ast::Binary& b = fb->get();
        auto l = evaluate_typed_constant(b.lhs, depth + 1);
        auto r = l ? evaluate_typed_constant(b.rhs, depth + 1) : std::nullopt;
        if (!l || !r || is_comparison(b.op)) return std::nullopt;
        if (!l->type && !r->type) {
            if (auto v = fold(b.op, l->value, r->value).value)
                return EvaluatedConstant{*v, nullptr};
            return std::nullopt;
        }
        // `**` has its base's type; the other operators their operands' shared type.
        const TypePtr type = b.op == ast::BinaryOp::exp ? (l->type ? l->type : r->type)
                                                        : shared_integer_type(l->type, r->type);
        if (!type || !is_integral(l->value) || !is_integral(r->value)) return std::nullopt;
        auto v = typed_integer_result(b.op, numerator(l->value), numerator(r->value), *type);
        if (!v) return std::nullopt;
        return EvaluatedConstant{Rational(*v), type};
    }
    return std::nullopt;
}

TypePtr Checker::check_binary(const ast::Binary& b) {
    TypePtr l = check_expr(b.lhs);
    const bool short_circuit =
        b.op == ast::BinaryOp::logical_and || b.op == ast::BinaryOp::logical_or;
    if (short_circuit && m_body) ++m_body->conditional_depth; // the right side may not run
    TypePtr r = check_expr(b.rhs);
    if (short_circuit && m_body) --m_body->conditional_depth;
    // solc evaluates a constant's initializer: a divisor that evaluates to zero is its error
    // 1211 even when it is a typed constant (`7 / ZERO`); literal divisors are caught below.
    const bool division = b.op == ast::BinaryOp::div || b.op == ast::BinaryOp::mod;
    if (division && m_body && m_body->constant_init && !is_error(r) &&
        r->kind != TypeKind::rational) {
        if (auto divisor = evaluate_constant(b.rhs); divisor && *divisor == 0) {
            error(DiagCode::DivisionByZero, b.span,
                  b.op == ast::BinaryOp::div ? "Division by zero." : "Modulo zero.");
            return set_type(b.id, error_type());
        }
    }
    if (auto user = user_binary_operator(b, l, r)) return set_type(b.id, *user);
    return set_type(b.id, binary_result(b.op, l, r, b.span, b.id));
}

TypePtr Checker::check_unary(const ast::Unary& u) {
    TypePtr t = check_expr(u.operand);
    if (is_error(t)) return set_type(u.id, t);
    if (auto user = user_unary_operator(u, t)) return set_type(u.id, *user);
    Span sp = u.span;
    switch (u.op) {
    case ast::UnaryOp::negate:
        if (t->kind == TypeKind::rational) {
            info(u.id).constant = -t->value;
            return set_type(u.id, rational_type(-t->value));
        }
        if (t->kind == TypeKind::integer && t->is_signed) return set_type(u.id, t);
        error(DiagCode::OperatorTypes, sp,
              fmt::format("unary '-' is only allowed for signed integers, not {}", to_string(*t)))
            .hint = t->kind == TypeKind::integer ? "use '0 - x' or convert to a signed type" : "";
        return set_type(u.id, error_type());
    case ast::UnaryOp::logical_not:
        if (t->kind != TypeKind::boolean) {
            error(DiagCode::OperatorTypes, sp,
                  fmt::format("operator '!' needs a bool, not {}", to_string(*t)));
            return set_type(u.id, error_type());
        }
        if (auto cb = info(id_of(u.operand)).constant_bool) info(u.id).constant_bool = !*cb;
        return set_type(u.id, bool_type());
    case ast::UnaryOp::bit_not:
        if (t->kind == TypeKind::rational && is_integral(t->value)) {
            Rational v = -t->value - 1;
            info(u.id).constant = v;
            return set_type(u.id, rational_type(v));
        }
        if (t->kind == TypeKind::integer || t->kind == TypeKind::fixed_bytes)
            return set_type(u.id, t);
        error(DiagCode::OperatorTypes, sp,
              fmt::format("operator '~' needs an integer or bytesN, not {}", to_string(*t)));
        return set_type(u.id, error_type());
    case ast::UnaryOp::pre_inc:
    case ast::UnaryOp::pre_dec:
    case ast::UnaryOp::post_inc:
    case ast::UnaryOp::post_dec:
        if (boost::get<x3::forward_ast<ast::InlineArray>>(&u.operand.get())) {
            check_lvalue(u.operand, sp); // solc 3025, before the operand's type
            return set_type(u.id, error_type());
        }
        if (t->kind != TypeKind::integer) {
            error(DiagCode::OperatorTypes, sp,
                  fmt::format("operators '++' and '--' need an integer variable, not {}",
                              to_string(*t)));
            return set_type(u.id, error_type());
        }
        check_lvalue(u.operand, sp);
        return set_type(u.id, t);
    case ast::UnaryOp::del:
        if (t->kind == TypeKind::mapping) {
            error(DiagCode::OperatorTypes, sp,
                  "'delete' cannot be applied to a whole mapping; delete single entries");
            return set_type(u.id, error_type());
        }
        if (is_local_storage_pointer(u.operand)) { // solc 9767: it would not reset the data
            error(DiagCode::OperatorTypes, sp,
                  fmt::format("Built-in unary operator delete cannot be applied to type {} "
                              "pointer.",
                              to_string(*t)))
                .hint = "delete the storage the pointer refers to (the state variable or its "
                        "element), or assign the pointer another reference";
            return set_type(u.id, error_type());
        }
        check_lvalue(u.operand, sp, true);
        return set_type(u.id, empty_tuple());
    }
    return set_type(u.id, error_type());
}

namespace {

/// Whether writing through `e` writes contract storage.
struct WritesStorage {
    const SemanticModel& m;
    /// Whether `e` is the whole target: assigning a local storage pointer itself (`p = s`)
    /// only points it elsewhere; writing through it (`p.x = 1`) writes storage.
    bool whole = true;
    bool operator()(const ast::Identifier& id) const {
        const ExprInfo* i = m.expr(id.id);
        if (!i || !i->decl || i->decl->kind != DeclKind::variable) return false;
        const auto* v = static_cast<const VariableInfo*>(i->decl);
        if (v->var_kind == VarKind::state) return !v->constant;
        return !whole && v->type && v->type->location == Location::storage;
    }
    bool operator()(const x3::forward_ast<ast::MemberAccess>& ma) const {
        return boost::apply_visitor(WritesStorage{m, false}, ma.get().object.get());
    }
    bool operator()(const x3::forward_ast<ast::IndexAccess>& ia) const {
        return boost::apply_visitor(WritesStorage{m, false}, ia.get().object.get());
    }
    bool operator()(const x3::forward_ast<ast::TupleExpr>& t) const {
        for (const auto& el : t.get().elements)
            if (el && boost::apply_visitor(*this, el->get())) return true;
        return false;
    }
    bool operator()(const x3::forward_ast<ast::Call>& c) const {
        // `arr.push() = x`
        const ExprInfo* i = m.expr(c.get().id);
        if (i && i->call.builtin == Builtin::array_push) {
            if (const auto* ma =
                    boost::get<x3::forward_ast<ast::MemberAccess>>(&c.get().callee.get()))
                return boost::apply_visitor(WritesStorage{m, false}, ma->get().object.get());
        }
        // Through a storage pointer a call returns: `bytes(s)[0] = c` (a conversion keeps
        // the storage), `ref().x = 1` (an internal function returning one).
        return !whole && i && i->type && is_reference_type(*i->type) &&
               i->type->location == Location::storage;
    }
    template <typename T> bool operator()(const T&) const { return false; }
};

bool writes_storage(const SemanticModel& model, const ast::Expression& e) {
    return boost::apply_visitor(WritesStorage{model}, e.get());
}

} // namespace

bool Checker::read_only_calldata(const ast::Expression& e, Span at) {
    const ast::Expression* object = nullptr;
    if (const auto* ia = boost::get<x3::forward_ast<ast::IndexAccess>>(&e.get()))
        object = &ia->get().object;
    else if (const auto* ma = boost::get<x3::forward_ast<ast::MemberAccess>>(&e.get()))
        object = &ma->get().object;
    if (!object) return false;
    const TypePtr& base = info(id_of(*object)).type;
    if (!base || base->location != Location::calldata) return false;
    error(DiagCode::NotAnLvalue, at,
          base->kind == TypeKind::struct_ ? "Calldata structs are read-only."
                                          : "Calldata arrays are read-only.")
        .hint = "copy it to memory first";
    return true;
}

bool Checker::is_local_storage_pointer(const ast::Expression& e) {
    const auto* id = boost::get<ast::Identifier>(&e.get());
    if (!id) return false;
    const ExprInfo& ei = info(id->id);
    if (!ei.decl || ei.decl->kind != DeclKind::variable) return false;
    const auto* v = static_cast<const VariableInfo*>(ei.decl);
    return v->var_kind != VarKind::state && v->type && v->type->location == Location::storage;
}

void Checker::check_lvalue(const ast::Expression& e, Span span, bool is_delete) {
    if (boost::get<x3::forward_ast<ast::InlineArray>>(&e.get())) { // solc 3025
        error(DiagCode::NotAnLvalue, span_of(e), "Inline array type cannot be declared as LValue.");
        return;
    }
    if (const auto* t = boost::get<x3::forward_ast<ast::TupleExpr>>(&e.get())) {
        for (const auto& el : t->get().elements)
            if (el) check_lvalue(*el, span_of(*el), is_delete);
        return;
    }
    ast::NodeId id = id_of(e);
    const ExprInfo& ei = info(id);
    if (is_error(ei.type)) return;
    Span at = span_of(e);
    if (ei.decl && ei.decl->kind == DeclKind::variable) {
        const auto* v = static_cast<const VariableInfo*>(ei.decl);
        if (v->constant) {
            error(DiagCode::AssignConstant, at,
                  fmt::format("cannot assign to constant '{}'", v->name))
                .notes.push_back({v->span, "declared constant here"});
            return;
        }
        if (v->immutable) {
            // As in solc since 0.8.21, an immutable is written anywhere while the contract is
            // constructed: any constructor of the hierarchy (a derived one too), state
            // variable initializers, inheritance lists' and constructor modifiers' arguments;
            // any number of times, `delete` and `++` included. Never in a function or a
            // modifier's body, even one a constructor runs (solc 1581).
            const bool constructing =
                m_body && (m_body->is_constructor ||
                           (!m_body->function && !m_body->modifier && !m_body->in_annotation));
            if (!constructing) {
                auto& d = error(DiagCode::AssignConstant, at,
                                fmt::format("immutable '{}' can only be assigned while the "
                                            "contract is constructed, not in a function or a "
                                            "modifier",
                                            v->name));
                d.notes.push_back({v->span, "declared immutable here"});
                d.hint = "assign it in a constructor, its initializer or a base's arguments";
                return;
            }
        }
    }
    if (!ei.lvalue && read_only_calldata(e, at)) return;
    const auto* indexed = boost::get<x3::forward_ast<ast::IndexAccess>>(&e.get());
    const TypePtr indexed_base = indexed ? info(id_of(indexed->get().object)).type : nullptr;
    if (!ei.lvalue && indexed_base && indexed_base->kind == TypeKind::fixed_bytes) { // solc 4360
        error(DiagCode::NotAnLvalue, at, "Single bytes in fixed bytes arrays cannot be modified.")
            .hint = "build the new value with shifts and masks, or use a 'bytes' array";
        return;
    }
    if (!ei.lvalue) {
        std::string what = text_of(at);
        if (what.size() > 40) what = what.substr(0, 37) + "...";
        error(DiagCode::NotAnLvalue, at,
              fmt::format("'{}' cannot be assigned to: it is not a variable, array element or "
                          "struct member",
                          what));
        return;
    }
    if (writes_storage(m_model, e)) note_effect(Effect::write, span);
    if (boost::get<ast::Identifier>(&e.get()) && !is_delete && ei.decl &&
        ei.decl->kind == DeclKind::variable)
        note_pointer_assignment(static_cast<const VariableInfo*>(ei.decl), at);
}

bool Checker::expect_storage_pointer(const ast::Expression& value, const TypePtr& got,
                                     const TypePtr& target) {
    if (is_error(got) || is_error(target)) return true;
    if (got->location == Location::storage && same_base_type(*got, *target)) return true;
    const Span span = span_of(value);
    auto& d = error(DiagCode::TypeMismatch, span,
                    fmt::format("{} is not implicitly convertible to the storage pointer type {}",
                                to_string(*got), to_string(*target)));
    if (got->location == Location::memory)
        d.hint = "a storage reference must point to storage; declare the variable 'memory' for "
                 "a copy";
    return false;
}

namespace {

/// The storage pointer variable `e` names as a whole (`p` in `p = s`), or null: assigning
/// it points it elsewhere, so the value must be in storage.
const VariableInfo* storage_pointer_named(const SemanticModel& m, const ast::Expression& e) {
    const auto* id = boost::get<ast::Identifier>(&e.get());
    const ExprInfo* i = id ? m.expr(id->id) : nullptr;
    if (!i || !i->decl || i->decl->kind != DeclKind::variable) return nullptr;
    const auto* v = static_cast<const VariableInfo*>(i->decl);
    return v->var_kind != VarKind::state && v->type && v->type->location == Location::storage &&
                   is_reference_type(*v->type)
               ? v
               : nullptr;
}

} // namespace

namespace {

/// The tuple `e` destructures into, seen through parentheses (`(((a,),)) = ...` destructures
/// `((a,),)`), with the parentheses around it; none if `e` is not a tuple of targets.
const ast::TupleExpr* destructured_tuple(const ast::Expression& e,
                                         std::vector<const ast::TupleExpr*>& parentheses) {
    const auto* t = boost::get<x3::forward_ast<ast::TupleExpr>>(&e.get());
    while (t && t->get().elements.size() == 1 && t->get().elements[0]) {
        const auto* inner =
            boost::get<x3::forward_ast<ast::TupleExpr>>(&t->get().elements[0]->get());
        if (!inner) return nullptr; // `(x) = ...` assigns x
        parentheses.push_back(&t->get());
        t = inner;
    }
    return t ? &t->get() : nullptr;
}

} // namespace

TypePtr Checker::check_assignment_target(const ast::Expression& e) {
    std::vector<const ast::TupleExpr*> parentheses;
    const ast::TupleExpr* t = destructured_tuple(e, parentheses);
    if (!t) return check_expr(e);
    // A nested tuple of targets may leave components empty too: `(a, (, c)) = (1, (2, 3))`.
    std::vector<TypePtr> types;
    for (const auto& el : t->elements)
        types.push_back(el ? check_assignment_target(*el) : nullptr);
    for (const ast::TupleExpr* p : parentheses)
        set_type(p->id, tuple_type(types));
    return set_type(t->id, tuple_type(types));
}

void Checker::expect_assignable(const TypePtr& from, const TypePtr& to,
                                const ast::Expression& target) {
    std::vector<const ast::TupleExpr*> parentheses;
    const ast::TupleExpr* t = destructured_tuple(target, parentheses);
    if (!t) {
        expect_convertible(from, to, span_of(target));
        return;
    }
    const auto& elements = t->elements;
    if (from->kind != TypeKind::tuple || from->components.size() != elements.size()) {
        error(DiagCode::TupleArity, span_of(target),
              fmt::format("the left side has {} components, but the right side has {} ({})",
                          elements.size(),
                          from->kind == TypeKind::tuple ? from->components.size() : 1,
                          to_string(*from)));
        return;
    }
    for (std::size_t i = 0; i < elements.size(); ++i)
        if (elements[i] && to->components[i] && from->components[i])
            expect_assignable(from->components[i], to->components[i], *elements[i]);
}

TypePtr Checker::check_assignment(const ast::Assignment& a) {
    std::vector<const ast::TupleExpr*> parentheses;
    if (const ast::TupleExpr* destructured = destructured_tuple(a.lhs, parentheses)) {
        const ast::TupleExpr& lt = *destructured;
        std::vector<TypePtr> lhs_types;
        for (const auto& el : lt.elements)
            lhs_types.push_back(el ? check_assignment_target(*el) : nullptr);
        set_type(lt.id, tuple_type(lhs_types));
        for (const ast::TupleExpr* p : parentheses)
            set_type(p->id, tuple_type(lhs_types));
        TypePtr r = check_expr(a.rhs);
        if (a.op != ast::AssignOp::assign) {
            error(DiagCode::OperatorTypes, a.span,
                  "compound assignment cannot be used with a tuple on the left");
            return set_type(a.id, error_type());
        }
        check_lvalue(a.lhs, a.span);
        if (is_error(r)) return set_type(a.id, empty_tuple());
        std::size_t n = r->kind == TypeKind::tuple ? r->components.size() : 1;
        if (n != lhs_types.size()) {
            error(DiagCode::TupleArity, a.span,
                  fmt::format("the left side has {} components, but the right side has {} ({})",
                              lhs_types.size(), n, to_string(*r)));
            return set_type(a.id, empty_tuple());
        }
        for (std::size_t i = 0; i < n; ++i) {
            if (!lhs_types[i]) continue;
            TypePtr comp = r->kind == TypeKind::tuple ? r->components[i] : r;
            if (comp) expect_assignable(comp, lhs_types[i], *lt.elements[i]);
        }
        return set_type(a.id, empty_tuple());
    }
    TypePtr l = check_expr(a.lhs);
    TypePtr r = check_expr(a.rhs);
    check_lvalue(a.lhs, a.span);
    if (is_error(l) || is_error(r)) return set_type(a.id, is_error(l) ? l : l);
    // A local storage pointer (or a named return) is re-pointed, not copied into: solc allows
    // it whatever its type holds (`Pool storage p = pools[0]; p = pools[1];`, `m = other;`),
    // though not for a parameter (solc 9214).
    const VariableInfo* pointer = storage_pointer_named(m_model, a.lhs);
    const bool repoints =
        a.op == ast::AssignOp::assign && pointer && pointer->var_kind != VarKind::parameter;
    if ((l->kind == TypeKind::mapping || contains_mapping(*l)) && !repoints) {
        error(DiagCode::TypeMismatch, a.span,
              fmt::format("values of type {} (containing a mapping) cannot be assigned",
                          to_string(*l)));
        return set_type(a.id, error_type());
    }
    if (a.op == ast::AssignOp::assign) {
        if (r->kind == TypeKind::tuple && r->components.empty())
            error(DiagCode::ExpressionNoValue, span_of(a.rhs),
                  fmt::format("this expression has no value, but {} is expected", to_string(*l)));
        else if (storage_pointer_named(m_model, a.lhs))
            expect_storage_pointer(a.rhs, r, l);
        else if (r->location != Location::storage || !copies_into_storage_array(*r, *l))
            expect_convertible(r, l, span_of(a.rhs));
        return set_type(a.id, l);
    }
    TypePtr res = binary_result(assign_to_binary(a.op), l, r, a.span, a.id);
    info(a.id).constant.reset();
    if (!is_error(res)) expect_convertible(res, l, a.span);
    return set_type(a.id, l);
}

namespace {
bool has_mobile_type(const Type& t) {
    if (t.kind == TypeKind::function && t.call_kind == CallKind::builtin) return false; // solc
    if (t.kind == TypeKind::magic && t.text == "type") return false; // `type(X)`, a meta type
    return t.kind != TypeKind::type && t.kind != TypeKind::modifier && t.kind != TypeKind::event &&
           t.kind != TypeKind::error_def;
}
} // namespace

TypePtr Checker::check_conditional(const ast::Conditional& c) {
    expect(c.condition, bool_type(), "condition");
    // One branch runs, not both: a storage pointer assigned in both is assigned here.
    TypePtr a;
    TypePtr b;
    if (m_body) {
        auto& assigned = m_body->pointer_assignments;
        const std::size_t mark = assigned.size();
        a = check_expr(c.when_true);
        const std::vector<BodyContext::PointerUse> in_true(assigned.begin() + mark, assigned.end());
        assigned.resize(mark);
        b = check_expr(c.when_false);
        std::vector<const VariableInfo*> in_both;
        for (std::size_t i = mark; i < assigned.size(); ++i)
            if (std::any_of(in_true.begin(), in_true.end(),
                            [&](const auto& t) { return t.var == assigned[i].var; }))
                in_both.push_back(assigned[i].var);
        assigned.resize(mark);
        for (const VariableInfo* v : in_both)
            note_pointer_assignment(v, c.span);
    } else {
        a = check_expr(c.when_true);
        b = check_expr(c.when_false);
    }
    if (is_error(a) || is_error(b)) return set_type(c.id, error_type());
    // solc gives types, `type(X)`, modifiers, events, errors and built-in functions no "mobile
    // type": a branch cannot hold one.
    const bool true_immobile = !has_mobile_type(*a);
    const bool false_immobile = !has_mobile_type(*b);
    if (true_immobile)
        error(DiagCode::TypeMismatch, span_of(c.when_true),
              "Invalid mobile type in true expression.");
    if (false_immobile)
        error(DiagCode::TypeMismatch, span_of(c.when_false),
              "Invalid mobile type in false expression.");
    if (true_immobile || false_immobile) return set_type(c.id, error_type());
    if (a->kind == TypeKind::rational && b->kind == TypeKind::rational) {
        a = materialize(a, span_of(c.when_true));
        b = materialize(b, span_of(c.when_false));
        if (is_error(a) || is_error(b)) return set_type(c.id, error_type());
    }
    if (TypePtr value = external_function_value(*a)) a = value; // `this.f` as a value
    if (TypePtr value = external_function_value(*b)) b = value;
    if (TypePtr value = internal_function_value(*a)) a = value; // `add` as a value
    if (TypePtr value = internal_function_value(*b)) b = value;
    // solc compares the branches' mobile types: a literal's, or a tuple's of each component.
    if (a->kind == TypeKind::string_literal || a->kind == TypeKind::tuple)
        a = materialize(a, span_of(c.when_true));
    if (b->kind == TypeKind::string_literal || b->kind == TypeKind::tuple)
        b = materialize(b, span_of(c.when_false));
    if (is_error(a) || is_error(b)) return set_type(c.id, error_type());
    if (implicitly_convertible(*b, *a) && a->kind != TypeKind::rational) return set_type(c.id, a);
    if (implicitly_convertible(*a, *b) && b->kind != TypeKind::rational) return set_type(c.id, b);
    error(DiagCode::TypeMismatch, c.span,
          fmt::format("the branches of '?:' have incompatible types {} and {}", to_string(*a),
                      to_string(*b)));
    return set_type(c.id, error_type());
}

TypePtr Checker::check_tuple(const ast::TupleExpr& t) {
    if (t.elements.size() == 1 && t.elements[0]) {
        TypePtr inner = check_expr(*t.elements[0]);
        const ExprInfo copy = info(id_of(*t.elements[0]));
        ExprInfo& mine = info(t.id);
        mine.decl = copy.decl;
        mine.lvalue = copy.lvalue;
        mine.constant = copy.constant;
        mine.constant_bool = copy.constant_bool;
        return set_type(t.id, inner);
    }
    std::vector<TypePtr> comps;
    bool bad = false;
    for (const auto& el : t.elements) {
        if (!el) {
            error(DiagCode::TupleArity, t.span,
                  "tuple components can only be left empty on the left side of an assignment");
            bad = true;
            comps.push_back(error_type());
            continue;
        }
        TypePtr ct = check_expr(*el);
        if (ct->kind == TypeKind::tuple && ct->components.empty()) {
            error(DiagCode::ExpressionNoValue, span_of(*el), "this expression has no value");
            bad = true;
        }
        // A number no integer type holds cannot be a component: solc 3390, even when no
        // value is taken from it (`(x, ) = (1, 1e111)`).
        if (ct->kind == TypeKind::rational && boost::multiprecision::denominator(ct->value) == 1 &&
            !mobile_type(*ct)) {
            error(DiagCode::LiteralOutOfRange, span_of(*el), "Invalid rational number.").hint =
                "a tuple component must fit in uint256 or int256";
            bad = true;
        }
        comps.push_back(ct);
    }
    if (bad) return set_type(t.id, error_type());
    return set_type(t.id, tuple_type(std::move(comps)));
}

TypePtr Checker::check_index(const ast::IndexAccess& ia) {
    TypePtr base = check_expr(ia.object);
    if (is_error(base)) {
        if (ia.index) check_expr(*ia.index);
        return set_type(ia.id, error_type());
    }
    if (base->kind == TypeKind::type) {
        // `uint[]` / `uint[3]` as a type expression (abi.decode, new).
        Type t;
        t.kind = TypeKind::array;
        t.element = base->element;
        if (ia.index) {
            TypePtr lt = check_expr(*ia.index);
            if (is_error(lt)) return set_type(ia.id, error_type());
            auto c = lt->kind == TypeKind::rational ? info(id_of(*ia.index)).constant
                                                    : evaluate_constant(*ia.index);
            if (!c || !is_integral(*c) || *c <= 0 || *c > Rational(BigInt(1) << 32)) {
                error(DiagCode::InvalidArrayLength, span_of(*ia.index),
                      "array length must be a positive integer constant");
                return set_type(ia.id, error_type());
            }
            t.length = numerator(*c).convert_to<std::uint64_t>();
        }
        return set_type(ia.id, type_type(std::make_shared<const Type>(std::move(t))));
    }
    if (!ia.index) {
        error(DiagCode::IndexRule, ia.span, "the index expression cannot be omitted here");
        return set_type(ia.id, error_type());
    }
    Location loc = base->location;
    switch (base->user_value ? TypeKind::error : base->kind) { // a `bytes32` value type: no `[i]`
    case TypeKind::mapping: {
        expect(*ia.index, base->key, "mapping key");
        info(ia.id).lvalue = true;
        return set_type(ia.id, with_location(base->element, Location::storage));
    }
    case TypeKind::array: {
        TypePtr it = check_expr(*ia.index);
        if (!is_error(it)) {
            if (it->kind == TypeKind::rational) {
                if (!is_integral(it->value) || it->value < 0)
                    error(DiagCode::IndexRule, span_of(*ia.index),
                          fmt::format("array index must be a non-negative integer, not {}",
                                      to_string(*it)));
                else if (base->length && it->value >= Rational(BigInt(*base->length)))
                    error(DiagCode::IndexRule, span_of(*ia.index),
                          fmt::format("index {} is out of bounds for {} (length {})",
                                      rational_text(it->value), to_string(*base), *base->length));
            } else if (it->kind != TypeKind::integer || it->is_signed || it->user_value) {
                error(
                    DiagCode::IndexRule, span_of(*ia.index),
                    fmt::format("array index must be an unsigned integer, not {}", to_string(*it)));
            }
        }
        info(ia.id).lvalue = loc == Location::storage || loc == Location::memory;
        return set_type(ia.id, with_location(base->element, loc));
    }
    case TypeKind::bytes:
    case TypeKind::fixed_bytes: {
        TypePtr it = check_expr(*ia.index);
        if (!is_error(it) &&
            !(it->kind == TypeKind::integer && !it->is_signed && !it->user_value) &&
            !(it->kind == TypeKind::rational && is_integral(it->value) && it->value >= 0))
            error(DiagCode::IndexRule, span_of(*ia.index),
                  fmt::format("index must be an unsigned integer, not {}", to_string(*it)));
        else if (!is_error(it) && it->kind == TypeKind::rational &&
                 base->kind == TypeKind::fixed_bytes &&
                 it->value >= Rational(BigInt(base->byte_size))) // solc 1859
            error(DiagCode::IndexRule, span_of(*ia.index),
                  fmt::format("Out of bounds array access: index {} of {}",
                              rational_text(it->value), to_string(*base)));
        info(ia.id).lvalue =
            base->kind == TypeKind::bytes && (loc == Location::memory || loc == Location::storage);
        return set_type(ia.id, fixed_bytes_type(1));
    }
    default:
        check_expr(*ia.index);
        error(DiagCode::IndexRule, ia.span,
              fmt::format("{} cannot be indexed: only arrays, mappings and bytes can",
                          to_string(*base)));
        return set_type(ia.id, error_type());
    }
}

} // namespace mallory::lang::check
