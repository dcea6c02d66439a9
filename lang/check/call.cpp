// Calls, conversions, `new`, member access and Solidity's builtins.
#include "lang/check/checker_impl.hpp"
#include "lang/parser/ast_util.hpp"

#include <algorithm>

namespace mallory::lang::check {

namespace {

using boost::multiprecision::denominator;

const ast::Identifier* as_identifier(const ast::Expression& e) {
    return boost::get<ast::Identifier>(&e.get());
}

const ast::MemberAccess* as_member(const ast::Expression& e) {
    const auto* m = boost::get<x3::forward_ast<ast::MemberAccess>>(&e.get());
    return m ? &m->get() : nullptr;
}

std::string args_text(const std::vector<TypePtr>& types) {
    std::string out;
    for (const TypePtr& t : types)
        out += (out.empty() ? "" : ", ") + type_text(t);
    return out;
}

TypePtr returns_type(const Type& fn) {
    if (fn.returns.size() == 1) return fn.returns[0];
    return tuple_type(fn.returns);
}

bool can_receive_ether(const ContractInfo* c) {
    if (!c) return false;
    if (c->receive) return true;
    return c->fallback && c->fallback->mutability == ast::Mutability::payable;
}

} // namespace

TypePtr Checker::type_expression(const ast::Expression& e) {
    TypePtr t = check_expr(e);
    if (is_error(t)) return t;
    if (t->kind != TypeKind::type || !t->element) {
        error(DiagCode::NotAType, span_of(e),
              fmt::format("a type is expected here, but '{}' is a value of type {}",
                          text_of(span_of(e)), to_string(*t)));
        return error_type();
    }
    return t->element;
}

TypePtr Checker::abi_decode_types(const ast::Expression& e) {
    std::vector<TypePtr> types;
    const auto* tuple = boost::get<x3::forward_ast<ast::TupleExpr>>(&e.get());
    auto add = [&](const ast::Expression& el) {
        TypePtr t = type_expression(el);
        if (!is_error(t) &&
            (contains_mapping(*t) ||
             (!is_value_type(*t) && t->kind != TypeKind::bytes && t->kind != TypeKind::string &&
              t->kind != TypeKind::array && t->kind != TypeKind::struct_))) {
            error(DiagCode::TypeMismatch, span_of(el),
                  fmt::format("{} cannot be decoded by abi.decode", to_string(*t)));
            t = error_type();
        }
        t = with_location(t, Location::memory);
        // solc 9611: the v1 decoder has no structs and no nested dynamic arrays, as its
        // encoder (solc 2056 in abi.encode).
        if (!is_error(t) && file_uses_abi_coder_v1(m_file) && !supported_by_abi_coder_v1(*t)) {
            error(DiagCode::TypeMismatch, span_of(el),
                  fmt::format("Decoding type {} not supported.", to_string(*t)))
                .hint = "ABI coder v1 has no structs and no nested dynamic arrays: use pragma "
                        "abicoder v2";
            t = error_type();
        }
        types.push_back(t);
    };
    if (tuple) {
        for (const auto& el : tuple->get().elements)
            if (el) add(*el);
        set_type(tuple->get().id, tuple_type(types));
    } else {
        // solc requires the parentheses even for one type: `abi.decode(data, (uint256))`.
        auto& d = error(DiagCode::TypeMismatch, span_of(e),
                        "the second argument to 'abi.decode' must be a tuple of types");
        d.hint = fmt::format("write '({})'", text_of(span_of(e)));
        add(e);
    }
    return tuple_type(std::move(types));
}

TypePtr Checker::check_call(const ast::Call& c, bool in_emit, bool in_revert) {
    const ast::Expression& callee = c.callee.get().which() >= 0 ? c.callee : c.callee;
    // new C(...) / new T[](n)
    if (const auto* nw = boost::get<x3::forward_ast<ast::NewExpr>>(&callee.get())) {
        TypePtr ft = check_new(nw->get());
        if (is_error(ft) || !order_named_arguments(c, *ft)) {
            for (const auto& a : c.arguments)
                check_expr(a);
            return set_type(c.id, error_type());
        }
        return set_type(c.id, call_function(c, ft));
    }
    // uint8(x), address(x), payable(x)
    if (const auto* et = boost::get<ast::ElementaryTypeExpr>(&callee.get())) {
        if (c.named) {
            error(DiagCode::ArgumentCount, c.span, "Type conversion cannot allow named arguments.");
            for (const auto& a : c.arguments)
                check_expr(a);
            return set_type(c.id, error_type());
        }
        if (et->type.name == "payable") {
            set_type(et->id, error_type());
            info(c.id).call.kind = CallKind::conversion;
            if (c.arguments.size() != 1) {
                error(DiagCode::ArgumentCount, c.span, "payable(...) takes exactly one argument");
                for (const auto& a : c.arguments)
                    check_expr(a);
                return set_type(c.id, error_type());
            }
            TypePtr t = check_expr(c.arguments[0]);
            if (is_error(t)) return set_type(c.id, address_type(true));
            // solc makes one exception among numbers: payable(0), the zero address.
            bool ok = (t->kind == TypeKind::address && !t->user_value) ||
                      (t->kind == TypeKind::contract && can_receive_ether(t->contract)) ||
                      (t->kind == TypeKind::rational && t->value == 0);
            if (!ok) {
                auto& d =
                    error(DiagCode::InvalidConversion, c.span,
                          fmt::format("payable(...) needs an address, not {}", to_string(*t)));
                if (t->kind == TypeKind::contract)
                    d.hint = fmt::format("'{}' has no receive or payable fallback function; "
                                         "write payable(address(x)) to convert anyway",
                                         t->contract ? t->contract->name : "?");
                else if (t->kind == TypeKind::rational)
                    d.hint = "write payable(address(...))";
            }
            return set_type(c.id, address_type(true));
        }
        TypePtr target = check_expr(callee);
        if (is_error(target)) {
            for (const auto& a : c.arguments)
                check_expr(a);
            return set_type(c.id, error_type());
        }
        return set_type(c.id, check_conversion(c, target->element));
    }
    // type(T)
    if (const auto* id = as_identifier(callee);
        id && id->name == "type" && lookup("type").empty()) {
        set_type(id->id, error_type());
        if (c.arguments.size() != 1) {
            error(DiagCode::ArgumentCount, c.span, "type(...) takes exactly one type");
            return set_type(c.id, error_type());
        }
        TypePtr t = type_expression(c.arguments[0]);
        if (is_error(t)) return set_type(c.id, error_type());
        if (t->user_value) {
            error(DiagCode::UnsupportedMember, span_of(c.arguments[0]),
                  fmt::format("Invalid type for argument in the function call. An enum type, "
                              "contract type or an integer type is required, but {} provided.",
                              type_text(type_type(t))));
            return set_type(c.id, error_type());
        }
        if (t->kind != TypeKind::integer && t->kind != TypeKind::contract &&
            t->kind != TypeKind::enum_) {
            error(DiagCode::UnsupportedMember, span_of(c.arguments[0]),
                  fmt::format("type(...) is supported for integer, enum and contract types "
                              "only in Mallory's subset, not {}",
                              to_string(*t)));
            return set_type(c.id, error_type());
        }
        return set_type(c.id, magic_type("type", t));
    }
    // Specification-only functions of `///` annotations (LANGUAGE.md §7).
    if (const auto* id = as_identifier(callee); id && m_body && m_body->in_annotation &&
                                                (id->name == "sum" || id->name == "old") &&
                                                lookup(id->name).empty()) {
        set_type(id->id, error_type());
        if (c.arguments.size() != 1) {
            error(DiagCode::ArgumentCount, c.span,
                  fmt::format("'{}' takes exactly one argument", id->name));
            for (const auto& a : c.arguments)
                check_expr(a);
            return set_type(c.id, error_type());
        }
        TypePtr t = check_expr(c.arguments[0]);
        if (id->name == "old") return set_type(c.id, t);
        if (!is_error(t) && (t->kind != TypeKind::mapping || !t->element ||
                             t->element->kind != TypeKind::integer)) {
            error(
                DiagCode::TypeMismatch, span_of(c.arguments[0]),
                fmt::format("sum(...) needs a mapping with integer values, not {}", to_string(*t)));
            return set_type(c.id, error_type());
        }
        return set_type(c.id, is_error(t) ? t : uint_type());
    }
    TypePtr ft = check_expr(callee);
    auto check_all_args = [&]() {
        for (const auto& a : c.arguments)
            check_expr(a);
        for (const auto& o : c.options)
            check_expr(o.value);
    };
    // An overloaded event is picked by its arguments, which that checks, before named
    // arguments are put in the order of its parameters.
    bool arguments_checked = false;
    const ast::NodeId callee_id = id_of(ast::unparenthesized(callee));
    if (auto ov = m_event_overloads.find(callee_id);
        !is_error(ft) && ft->kind == TypeKind::event && ov != m_event_overloads.end()) {
        const EventInfo* picked = pick_event(c, ov->second);
        arguments_checked = true;
        if (!picked) return set_type(c.id, error_type());
        Type copy = *ft;
        copy.event = picked;
        ft = std::make_shared<const Type>(std::move(copy));
        info(callee_id).type = ft;
        info(callee_id).decl = picked;
    }
    if (is_error(ft) || !order_named_arguments(c, *ft)) {
        if (!arguments_checked) check_all_args();
        return set_type(c.id, error_type());
    }
    if (in_emit && ft->kind != TypeKind::event) {
        error(DiagCode::EmitNeedsEvent, span_of(callee),
              fmt::format("'emit' needs an event, but '{}' is {}", text_of(span_of(callee)),
                          to_string(*ft)));
        check_all_args();
        return set_type(c.id, error_type());
    }
    if (in_revert && ft->kind != TypeKind::error_def) {
        error(DiagCode::RevertNeedsError, span_of(callee),
              fmt::format("'revert X(...)' needs a custom error, but '{}' is {}",
                          text_of(span_of(callee)), to_string(*ft)))
            .hint = "for a message write revert(\"message\")";
        check_all_args();
        return set_type(c.id, error_type());
    }
    switch (ft->kind) {
    case TypeKind::type: {
        const TypePtr& target = ft->element;
        if (target && target->kind == TypeKind::struct_) {
            const StructInfo* s = target->struct_info;
            info(c.id).call = {CallKind::struct_ctor, Builtin::none, nullptr, s, false, false};
            std::vector<TypePtr> fields;
            for (const auto& f : s->fields)
                if (f.type && f.type->kind != TypeKind::mapping)
                    fields.push_back(with_location(f.type, Location::memory));
            check_args_against(c.arguments, fields, c.span,
                               fmt::format("struct constructor '{}'", s->name));
            if (!c.options.empty())
                error(DiagCode::CallOptionInvalid, c.span,
                      "call options can only be used on external calls and 'new'");
            return set_type(c.id, with_location(target, Location::memory));
        }
        return set_type(c.id, check_conversion(c, target));
    }
    case TypeKind::function:
        if (ft->call_kind == CallKind::builtin) return set_type(c.id, call_builtin(c, ft));
        if (ft->call_kind == CallKind::conversion)
            return set_type(c.id, check_value_type_call(c, ft));
        return set_type(c.id, call_function(c, ft));
    case TypeKind::event: {
        if (!in_emit) {
            error(DiagCode::EmitNeedsEvent, c.span,
                  fmt::format("event '{}' can only be used with 'emit'", ft->event->name))
                .hint = fmt::format("write 'emit {}(...);'", ft->event->name);
        }
        const std::vector<TypePtr>& params = ft->event->parameter_types;
        if (!arguments_checked)
            check_args_against(c.arguments, params, c.span,
                               fmt::format("event '{}'", ft->event->name));
        else if (c.arguments.size() != params.size()) // one candidate, through several bases
            error(DiagCode::ArgumentCount, c.span,
                  fmt::format("event '{}' takes {} argument{}, but {} {} given", ft->event->name,
                              params.size(), params.size() == 1 ? "" : "s", c.arguments.size(),
                              c.arguments.size() == 1 ? "was" : "were"));
        else
            for (std::size_t i = 0; i < c.arguments.size(); ++i)
                expect_checked(c.arguments[i], info(id_of(c.arguments[i])).type, params[i],
                               "argument");
        if (file_uses_abi_coder_v1(m_file)) check_arguments_abi_coder_v1(c, params);
        info(c.id).call = {CallKind::event, Builtin::none, nullptr, ft->event, false, false};
        note_effect(Effect::write, c.span);
        return set_type(c.id, empty_tuple());
    }
    case TypeKind::error_def: {
        if (!in_revert) {
            error(DiagCode::RevertNeedsError, c.span,
                  fmt::format("custom error '{}' can only be used with 'revert'", ft->error->name))
                .hint = fmt::format("write 'revert {}(...);'", ft->error->name);
        }
        check_args_against(c.arguments, ft->error->parameter_types, c.span,
                           fmt::format("error '{}'", ft->error->name));
        info(c.id).call = {CallKind::error, Builtin::none, nullptr, ft->error, false, false};
        return set_type(c.id, empty_tuple());
    }
    default:
        error(DiagCode::NotCallable, span_of(callee),
              fmt::format("'{}' is not a function: it is of type {}", text_of(span_of(callee)),
                          to_string(*ft)));
        check_all_args();
        return set_type(c.id, error_type());
    }
}

TypePtr Checker::check_conversion(const ast::Call& c, const TypePtr& target) {
    info(c.id).call.kind = CallKind::conversion;
    if (c.arguments.size() != 1) {
        error(DiagCode::ArgumentCount, c.span,
              fmt::format("a conversion to {} takes exactly one argument", type_text(target)));
        for (const auto& a : c.arguments)
            check_expr(a);
        return error_type();
    }
    if (!c.options.empty())
        error(DiagCode::CallOptionInvalid, c.span, "call options cannot be used on a conversion");
    TypePtr from = check_expr(c.arguments[0]);
    if (is_error(from) || is_error(target)) return target ? target : error_type();
    // As solc, a conversion of calldata (`bytes(s[:3])`, `uint256[](x[a:b])`) stays in calldata
    // and one of storage (`bytes(s)` of a `string` state variable) is a storage pointer to the
    // same data: `bytes(s)[i] = c`, `bytes(s).push(c)` change `s`. Any other reference value
    // converts to memory.
    const Location kept = from->location == Location::calldata  ? Location::calldata
                          : from->location == Location::storage ? Location::storage
                                                                : Location::memory;
    TypePtr to = is_reference_type(*target) ? with_location(target, kept) : target;
    if (to->kind == TypeKind::contract && from->kind == TypeKind::contract &&
        !from->contract->derives_from(to->contract)) {
        error(DiagCode::InvalidConversion, c.span,
              fmt::format("explicit conversion from {} to {} is not allowed", to_string(*from),
                          to_string(*to)))
            .hint = fmt::format("convert through the address: {}(address(x))",
                                to->contract ? to->contract->name : "C");
        return to;
    }
    if (to->kind == TypeKind::contract && from->kind == TypeKind::address && !from->payable &&
        !from->user_value && can_receive_ether(to->contract)) { // solc 7398
        error(DiagCode::InvalidConversion, c.span,
              fmt::format("Explicit type conversion not allowed from non-payable \"address\" to "
                          "\"{}\", which has a payable fallback function.",
                          to_string(*to)))
            .hint = "convert a payable address: C(payable(a))";
        return to;
    }
    if (!explicitly_convertible(*from, *to)) {
        auto& d = error(DiagCode::InvalidConversion, c.span,
                        fmt::format("explicit conversion from {} to {} is not allowed",
                                    to_string(*from), to_string(*to)));
        if (from->kind == TypeKind::integer && to->kind == TypeKind::integer)
            d.hint = "Solidity changes size and signedness in separate steps, e.g. "
                     "int256(int8(x)) or uint256(uint8(x))";
        else if (from->kind == TypeKind::address && to->kind == TypeKind::integer)
            d.hint = "convert through uint160: uint256(uint160(a))";
        else if (from->kind == TypeKind::integer && to->kind == TypeKind::address)
            d.hint = "convert through uint160: address(uint160(x))";
        else if (from->kind == TypeKind::rational && to->kind == TypeKind::integer)
            d.hint = fmt::format("the value is outside the range of {} ({})", to_string(*to),
                                 range_text(*to));
        return to;
    }
    // A constant stays constant through a conversion to an integer or an address, truncated
    // to the target as the EVM would (uint8(type(uint256).max) is 255). A bytesN constant is
    // left-aligned, so only a conversion of the same size keeps its number.
    const ExprInfo& ai = info(id_of(c.arguments[0]));
    const bool numeric_source = from->kind != TypeKind::fixed_bytes ||
                                (to->kind == TypeKind::integer && to->bits == 8 * from->byte_size);
    if (ai.constant && numeric_source && denominator(*ai.constant) == 1) {
        const BigInt n = boost::multiprecision::numerator(*ai.constant);
        if (to->kind == TypeKind::integer)
            info(c.id).constant = Rational(wrap_integer(n, to->bits, to->is_signed));
        else if (to->kind == TypeKind::address)
            info(c.id).constant = Rational(wrap_integer(n, 160, false));
    }
    return to;
}

TypePtr Checker::check_new(const ast::NewExpr& n) {
    struct V {
        Checker& ck;
        const ast::NewExpr& n;
        TypePtr operator()(const ast::UserDefinedTypeName& u) const {
            const Declaration* d =
                ck.lookup_type_path(u.path, ck.m_contract, ck.m_file, u.span, true);
            if (!d) return error_type();
            const auto* c = dynamic_cast<const ContractInfo*>(d);
            if (!c || c->builtin_console) {
                ck.error(DiagCode::NotAContract, u.span,
                         fmt::format("'new' needs a contract or an array type; '{}' is neither",
                                     d->name));
                return error_type();
            }
            if (c->contract_kind != ast::ContractKind::contract || !c->unimplemented.empty()) {
                ck.error(DiagCode::AbstractInstantiation, n.span,
                         fmt::format("cannot create an instance of {} '{}'",
                                     c->is_interface() ? "interface"
                                     : c->is_library() ? "library"
                                                       : "abstract contract",
                                     c->name));
                return error_type();
            }
            if (ck.m_contract && c->derives_from(ck.m_contract)) {
                ck.error(DiagCode::AbstractInstantiation, n.span,
                         fmt::format("'{}' cannot create '{}': circular reference to its own "
                                     "bytecode",
                                     ck.m_contract->name, c->name));
                return error_type();
            }
            ck.note_creation(c, n.span);
            Type t;
            t.kind = TypeKind::function;
            t.call_kind = CallKind::creation;
            t.function = c->constructor;
            if (c->constructor) {
                t.components = c->constructor->parameter_types;
                t.mutability = c->constructor->mutability;
            }
            Type ct;
            ct.kind = TypeKind::contract;
            ct.contract = c;
            t.returns.push_back(std::make_shared<const Type>(std::move(ct)));
            t.text = c->name;
            return std::make_shared<const Type>(std::move(t));
        }
        TypePtr operator()(const x3::forward_ast<ast::ArrayTypeName>& a) const {
            TypePtr at = ck.resolve_type(ast::TypeName{a}, ck.m_contract, ck.m_file);
            if (is_error(at)) return at;
            if (at->length) {
                ck.error(DiagCode::TypeMismatch, n.span,
                         "'new' creates dynamic memory arrays only; a fixed-size array needs no "
                         "'new'");
                return error_type();
            }
            return allocation(with_location(at, Location::memory));
        }
        /// `new T[](n)`, `new bytes(n)`, `new string(n)`: a pure function of the length.
        static TypePtr allocation(TypePtr memory_type) {
            Type t;
            t.kind = TypeKind::function;
            t.call_kind = CallKind::new_array;
            t.components = {uint_type()};
            t.returns = {std::move(memory_type)};
            t.mutability = ast::Mutability::pure;
            return std::make_shared<const Type>(std::move(t));
        }
        TypePtr bad() const {
            ck.error(DiagCode::TypeMismatch, n.span,
                     "'new' needs a contract or a dynamic array type");
            return error_type();
        }
        TypePtr operator()(const ast::ElementaryTypeName& e) const {
            if (e.name == "bytes") return allocation(bytes_type(Location::memory));
            if (e.name == "string") return allocation(string_type(Location::memory));
            return bad();
        }
        TypePtr operator()(const x3::forward_ast<ast::MappingTypeName>&) const { return bad(); }
        TypePtr operator()(const x3::forward_ast<ast::FunctionTypeName>&) const { return bad(); }
    };
    TypePtr t = boost::apply_visitor(V{*this, n}, n.type.get());
    return set_type(n.id, t);
}

const FunctionInfo* Checker::pick_overload(const ast::Call& c,
                                           const std::vector<const FunctionInfo*>& candidates,
                                           bool external) {
    std::vector<TypePtr> args;
    for (const auto& a : c.arguments)
        args.push_back(info(id_of(a)).type);
    std::vector<const FunctionInfo*> ok;
    for (const FunctionInfo* f : candidates) {
        if (f->parameter_types.size() != args.size()) continue;
        bool all = true;
        for (std::size_t i = 0; i < args.size() && all; ++i) {
            TypePtr want = f->parameter_types[i];
            // An external call ABI-encodes its arguments: a `bytes calldata` parameter takes
            // any `bytes` (as check_call does for a single candidate).
            if (external && want && is_reference_type(*want))
                want = with_location(want, Location::memory);
            if (args[i] && !is_error(args[i]) && want && !implicitly_convertible(*args[i], *want))
                all = false;
        }
        if (all) ok.push_back(f);
    }
    if (ok.size() == 1) return ok.front();
    auto& d =
        error(DiagCode::AmbiguousOverload, c.span,
              ok.empty() ? fmt::format("no overload of '{}' accepts arguments ({})",
                                       candidates.front()->name, args_text(args))
                         : fmt::format("the call of '{}' with arguments ({}) matches {} overloads",
                                       candidates.front()->name, args_text(args), ok.size()));
    for (const FunctionInfo* f : ok.empty() ? candidates : ok)
        d.notes.push_back(
            {f->span, fmt::format("candidate: {}", f->signature.empty() ? f->name : f->signature)});
    return nullptr;
}

void Checker::check_call_options(const ast::Call& c, const TypePtr& fn) {
    if (c.options.empty()) return;
    std::set<std::string> seen;
    bool value_ok = false, gas_ok = false;
    std::string target;
    switch (fn->call_kind) {
    case CallKind::external:
        value_ok = fn->mutability == ast::Mutability::payable;
        gas_ok = true;
        target = fn->function ? fmt::format("function '{}'", fn->function->name)
                              : std::string("this function value");
        break;
    case CallKind::creation:
        value_ok = fn->mutability == ast::Mutability::payable;
        target = fmt::format("the constructor of '{}'", fn->text);
        break;
    case CallKind::builtin:
        value_ok = fn->builtin == Builtin::address_call;
        gas_ok = fn->builtin == Builtin::address_call ||
                 fn->builtin == Builtin::address_staticcall ||
                 fn->builtin == Builtin::address_delegatecall;
        target = "this call";
        break;
    default:
        break;
    }
    for (const ast::CallOption& o : c.options) {
        // Only 'value' and 'gas' take a uint256; other options are reported below, without a
        // second, cascading type error about their value.
        if (o.name == "value" || o.name == "gas")
            expect(o.value, uint_type(), fmt::format("call option '{}'", o.name));
        else if (o.name == "salt")
            expect(o.value, fixed_bytes_type(32), "call option 'salt'");
        else
            check_expr(o.value);
        if (!seen.insert(o.name).second) {
            error(DiagCode::CallOptionInvalid, o.span,
                  fmt::format("call option '{}' is given twice", o.name));
            continue;
        }
        if (o.name == "value") {
            if (!value_ok && (gas_ok || fn->call_kind == CallKind::creation)) {
                auto& d = error(DiagCode::PayableRule, o.span,
                                fmt::format("cannot send value to {}: it is not payable", target));
                if (fn->function && fn->function->ast)
                    d.notes.push_back({fn->function->span, "declared here"});
                d.hint = "declare it 'payable', or remove '{value: ...}'";
            } else if (!value_ok) {
                error(DiagCode::CallOptionInvalid, o.span,
                      "'{value: ...}' can only be used on external calls, low-level 'call' and "
                      "'new'");
            } else {
                note_effect(Effect::write, o.span);
            }
        } else if (o.name == "gas") {
            if (!gas_ok)
                error(DiagCode::CallOptionInvalid, o.span,
                      fmt::format("'{{gas: ...}}' cannot be used on {}",
                                  fn->call_kind == CallKind::creation ? "'new'" : "this call"));
        } else if (o.name == "salt") {
            if (fn->call_kind != CallKind::creation)
                error(DiagCode::CallOptionInvalid, o.span,
                      "'{salt: ...}' can only be used with 'new'");
        } else {
            error(DiagCode::CallOptionInvalid, o.span,
                  fmt::format("unknown call option '{}'; the options are 'value', 'gas' and 'salt'",
                              o.name));
        }
    }
}

TypePtr Checker::call_function(const ast::Call& c, const TypePtr& fn_in) {
    TypePtr fn = fn_in;
    std::vector<TypePtr> arg_types;
    for (const auto& a : c.arguments)
        arg_types.push_back(check_expr(a));
    ast::NodeId callee_id = id_of(ast::unparenthesized(c.callee));
    auto bound = m_bound_members.find(callee_id);
    if (bound != m_bound_members.end() && bound->second.size() > 1) {
        const FunctionInfo* f = pick_bound(c, bound->second, arg_types);
        if (!f) return error_type();
        Type copy = *function_value(f, CallKind::internal);
        copy.components.erase(copy.components.begin());
        fn = std::make_shared<const Type>(std::move(copy));
        info(callee_id).type = fn;
        info(callee_id).decl = f;
    }
    auto ov = m_overloads.find(callee_id);
    if (bound == m_bound_members.end() && ov != m_overloads.end() && ov->second.size() > 1) {
        if (c.named && named_matches(c, ov->second) > 1) {
            error(DiagCode::AmbiguousOverload, span_of(c.callee),
                  "No unique declaration found after argument-dependent lookup.");
            return error_type();
        }
        const FunctionInfo* f = pick_overload(c, ov->second, fn->call_kind == CallKind::external);
        if (!f) return error_type();
        fn = function_value(f, fn->call_kind);
        info(callee_id).type = fn;
        info(callee_id).decl = f;
    }
    const FunctionInfo* f = fn->function;
    CallInfo& ci = info(c.id).call;
    ci.kind = fn->call_kind;
    ci.function = f;
    const ast::MemberAccess* via = as_member(ast::unparenthesized(c.callee));
    const ast::Identifier* object =
        via ? as_identifier(ast::unparenthesized(via->object)) : nullptr;
    bool via_super = object && object->name == "super"; // `((super).f)()` is `super.f()`
    ci.is_super = via_super;
    ci.virtual_dispatch = fn->call_kind == CallKind::internal && !via;
    ci.bound = bound != m_bound_members.end();
    // solc 6700: `x.g()` bound to a public or external function of a library is a delegatecall
    // into that library; one from inside the library itself would call its own address.
    if (ci.bound && f && f->contract && f->contract->is_library() && f->contract == m_contract &&
        (f->visibility == ast::Visibility::public_ || f->visibility == ast::Visibility::external))
        error(DiagCode::LibrarySelfCall, c.span,
              "Libraries cannot call their own functions externally.")
            .hint = f->visibility == ast::Visibility::public_
                        ? fmt::format("call it by name, {}(x, ...), an internal call", f->name)
                        : fmt::format("make '{}' internal, or public and call it by name", f->name);
    if (fn->text == "typename") {
        error(
            DiagCode::NotCallable, c.span,
            fmt::format("'{}' cannot be called through the contract type name", f ? f->name : "?"))
            .hint = "call it on a contract value, e.g. I(addr).f(...), or use I.f.selector";
        return error_type();
    }
    // `B.f()` names one function and runs no override of it: one without a body has no code.
    if (fn->call_kind == CallKind::internal && via && !via_super && !ci.bound && f &&
        !f->implemented && !f->getter_of) {
        error(
            DiagCode::UnimplementedCall, span_of(c.callee),
            fmt::format("'{}' has no body and cannot be called through the contract name", f->name))
            .hint = "call it without the contract name to run the implementation that overrides it";
        return error_type();
    }
    // A library's external function is called through the library's name (`L.f()`, which
    // Mallory compiles inline) or attached by `using for`, never by its bare name: solc does
    // not see it there (7576), in the library itself as in a contract.
    const bool library_member = f && f->contract && f->contract->is_library() && (via || ci.bound);
    if (fn->call_kind == CallKind::internal && f && f->visibility == ast::Visibility::external &&
        !library_member) {
        error(DiagCode::ExternalCallInternally, c.span,
              fmt::format("'{}' is external and cannot be called internally", f->name))
            .hint = f->contract && f->contract->is_library()
                        ? fmt::format("make '{}' public or internal to call it inside '{}'",
                                      f->name, f->contract->name)
                        : fmt::format("call it as this.{}(...) (an external call), or make it "
                                      "public",
                                      f->name);
    }
    if (fn->call_kind == CallKind::internal && !c.options.empty())
        error(DiagCode::CallOptionInvalid, c.span,
              "call options '{value:, gas:}' can only be used on external calls");
    else
        check_call_options(c, fn);
    std::string what = fn->call_kind == CallKind::creation
                           ? fmt::format("the constructor of '{}'", fn->text)
                       : f ? fmt::format("function '{}'", f->name)
                           : std::string("the function");
    if (arg_types.size() != fn->components.size()) {
        auto& d = error(DiagCode::ArgumentCount, c.span,
                        fmt::format("{} takes {} argument{}, but {} {} given", what,
                                    fn->components.size(), fn->components.size() == 1 ? "" : "s",
                                    arg_types.size(), arg_types.size() == 1 ? "was" : "were"));
        if (f && f->ast) d.notes.push_back({f->span, "declared here"});
    } else {
        for (std::size_t i = 0; i < arg_types.size(); ++i) {
            if (arg_types[i] && arg_types[i]->kind == TypeKind::tuple &&
                arg_types[i]->components.empty()) {
                error(DiagCode::ExpressionNoValue, span_of(c.arguments[i]),
                      "this expression has no value and cannot be an argument");
                continue;
            }
            TypePtr want = fn->components[i];
            if (fn->call_kind == CallKind::external && want && is_reference_type(*want))
                want = with_location(want, Location::memory);
            if (want && want->location == Location::storage && is_reference_type(*want))
                expect_storage_pointer(c.arguments[i], arg_types[i], want);
            else
                expect_convertible(arg_types[i], want, span_of(c.arguments[i]), "argument");
        }
    }
    check_call_abi_coder_v1(c, *fn);
    // solc 8349: a constant's value is computed without running code of the program, so no
    // function of it may be called (even a pure one); built-ins and `new T[](n)` may.
    if (m_body && m_body->constant_init &&
        (fn->call_kind == CallKind::internal || fn->call_kind == CallKind::external ||
         fn->call_kind == CallKind::creation))
        error(DiagCode::NotConstant, c.span,
              fmt::format("the initial value of constant '{}' must be a compile-time constant, "
                          "but this calls a function",
                          m_body->constant_init->name));
    if (fn->call_kind == CallKind::creation)
        note_effect(Effect::write, c.span);
    else if (fn->call_kind != CallKind::new_array)
        note_call_effect(fn->mutability, c.span);
    return returns_type(*fn);
}

/// solc 2443: under `pragma abicoder v1`, arguments that travel ABI-encoded (to an external
/// function, a constructor, an event's data) must have types the v1 coder encodes, even when
/// the callee is declared in a file with ABI coder v2.
void Checker::check_arguments_abi_coder_v1(const ast::Call& c, const std::vector<TypePtr>& params) {
    if (c.arguments.size() != params.size()) return;
    for (std::size_t i = 0; i < params.size(); ++i) {
        const TypePtr& p = params[i];
        // A library's storage parameter travels as a slot number, not ABI-encoded.
        if (!p || is_error(p) || p->location == Location::storage || supported_by_abi_coder_v1(*p))
            continue;
        error(DiagCode::TypeMismatch, span_of(c.arguments[i]),
              fmt::format("The type of this parameter, {}, is only supported in ABI coder v2. "
                          "Use \"pragma abicoder v2;\" to enable the feature.",
                          type_text(with_location(p, Location::memory))));
    }
}

void Checker::check_call_abi_coder_v1(const ast::Call& c, const Type& fn) {
    const FunctionInfo* f = fn.function;
    bool library_abi =
        f && f->contract && f->contract->is_library() &&
        (f->visibility == ast::Visibility::external || f->visibility == ast::Visibility::public_);
    // A constructor's arguments are ABI-encoded after the creation code, as an external call's.
    bool through_abi =
        fn.call_kind == CallKind::external || fn.call_kind == CallKind::creation || library_abi;
    if (!through_abi || !file_uses_abi_coder_v1(m_file)) return;
    check_arguments_abi_coder_v1(c, fn.components);
    const std::vector<TypePtr>& returns = fn.returns;
    for (std::size_t i = 0; i < returns.size(); ++i) {
        const TypePtr& r = returns[i];
        if (!r || is_error(r) || r->location == Location::storage || supported_by_abi_coder_v1(*r))
            continue;
        error(DiagCode::TypeMismatch, c.span,
              fmt::format("The type of return parameter {}, {}, is only supported in ABI coder "
                          "v2. Use \"pragma abicoder v2;\" to enable the feature.",
                          i + 1, type_text(r)));
    }
}

namespace {

// string.concat takes strings (solc 9977), bytes.concat bytes and bytesN (solc 8015); both take
// string literals, which are packed as written.
TypePtr check_concat(Checker& ck, const ast::Call& c, bool is_string) {
    for (const ast::Expression& e : c.arguments) {
        TypePtr t = ck.check_expr(e);
        if (is_error(t) || t->kind == TypeKind::string_literal) continue;
        if (is_string ? t->kind == TypeKind::string
                      : t->kind == TypeKind::bytes || t->kind == TypeKind::fixed_bytes)
            continue;
        ck.error(DiagCode::TypeMismatch, span_of(e),
                 fmt::format("Invalid type for argument in the {}.concat function call. {} type "
                             "is required, but {} provided.",
                             is_string ? "string" : "bytes",
                             is_string ? "string" : "bytes or fixed bytes", to_string(*t)));
    }
    return is_string ? string_type() : bytes_type();
}

} // namespace

TypePtr Checker::call_builtin(const ast::Call& c, const TypePtr& fn) {
    CallInfo& ci = info(c.id).call;
    ci.kind = CallKind::builtin;
    ci.builtin = fn->builtin;
    const Builtin b = fn->builtin;
    if (b != Builtin::address_call && b != Builtin::address_staticcall &&
        b != Builtin::address_delegatecall && !c.options.empty())
        error(DiagCode::CallOptionInvalid, c.span,
              "call options '{value:, gas:}' cannot be used on this call");
    else
        check_call_options(c, fn);
    auto count = [&](std::size_t lo, std::size_t hi, std::string_view name) {
        if (c.arguments.size() >= lo && c.arguments.size() <= hi) return true;
        error(DiagCode::ArgumentCount, c.span,
              lo == hi ? fmt::format("'{}' takes {} argument{}, but {} {} given", name, lo,
                                     lo == 1 ? "" : "s", c.arguments.size(),
                                     c.arguments.size() == 1 ? "was" : "were")
                       : fmt::format("'{}' takes {} to {} arguments, but {} {} given", name, lo, hi,
                                     c.arguments.size(), c.arguments.size() == 1 ? "was" : "were"));
        for (const auto& a : c.arguments)
            check_expr(a);
        return false;
    };
    auto expect_string = [&](const ast::Expression& e, std::string_view what) {
        TypePtr t = check_expr(e);
        if (is_error(t) || t->kind == TypeKind::string_literal || t->kind == TypeKind::string)
            return;
        error(DiagCode::TypeMismatch, span_of(e),
              fmt::format("{} must be a string, not {}", what, to_string(*t)));
    };
    auto expect_bytes = [&](const ast::Expression& e, std::string_view name) {
        TypePtr t = check_expr(e);
        if (is_error(t) || t->kind == TypeKind::string_literal || t->kind == TypeKind::bytes)
            return;
        auto& d = error(DiagCode::TypeMismatch, span_of(e),
                        fmt::format("'{}' needs bytes memory, not {}", name, to_string(*t)));
        if (t->kind == TypeKind::string)
            d.hint = "convert with bytes(s) or abi.encodePacked(s)";
        else
            d.hint = "encode the values with abi.encodePacked(...) or abi.encode(...)";
    };
    auto encodable = [&](const ast::Expression& e, bool packed) {
        TypePtr t = check_expr(e);
        if (is_error(t)) return;
        if (t->kind == TypeKind::rational) {
            if (packed) {
                error(DiagCode::TypeMismatch, span_of(e),
                      "abi.encodePacked cannot encode a literal number: its type is ambiguous")
                    .hint = "convert it to a type first, e.g. uint256(1)";
                return;
            }
            materialize(t, span_of(e));
            return;
        }
        if (packed && (t->kind == TypeKind::struct_ ||
                       (t->kind == TypeKind::array && is_reference_type(*t->element)))) {
            error(DiagCode::TypeMismatch, span_of(e),
                  fmt::format("abi.encodePacked cannot encode {}: solc does not support structs "
                              "and nested arrays in packed mode",
                              to_string(*t)))
                .hint = "use abi.encode(...), or pass the fields one by one";
            return;
        }
        if (file_uses_abi_coder_v1(m_file) && !supported_by_abi_coder_v1(*t)) { // solc 2056
            error(DiagCode::TypeMismatch, span_of(e), "This type cannot be encoded.").hint =
                "ABI coder v1 has no structs and no nested dynamic arrays: use pragma abicoder v2";
            return;
        }
        bool ok = is_value_type(*t) || t->kind == TypeKind::string_literal ||
                  t->kind == TypeKind::string || t->kind == TypeKind::bytes ||
                  ((t->kind == TypeKind::array || t->kind == TypeKind::struct_) &&
                   !contains_mapping(*t) && !abi_name(*t).empty());
        if (!ok)
            error(DiagCode::TypeMismatch, span_of(e),
                  fmt::format("{} cannot be ABI-encoded", to_string(*t)));
    };
    switch (b) {
    case Builtin::require: {
        if (!count(1, 2, "require")) return empty_tuple();
        expect(c.arguments[0], bool_type(), "require condition");
        if (c.arguments.size() == 2) {
            const auto* call = boost::get<x3::forward_ast<ast::Call>>(&c.arguments[1].get());
            if (call) {
                TypePtr ct = check_expr(call->get().callee);
                if (ct && ct->kind == TypeKind::error_def) {
                    // `require(cond, Err(args))` (Solidity 0.8.26): checked like `revert Err(...)`.
                    check_call(call->get(), false, true);
                    return empty_tuple();
                }
                info(id_of(call->get().callee)) = ExprInfo{};
            }
            expect_string(c.arguments[1], "the message of require");
        }
        return empty_tuple();
    }
    case Builtin::assert_:
        if (count(1, 1, "assert")) expect(c.arguments[0], bool_type(), "assert condition");
        return empty_tuple();
    case Builtin::revert:
        if (count(0, 1, "revert") && c.arguments.size() == 1)
            expect_string(c.arguments[0], "the message of revert");
        return empty_tuple();
    case Builtin::keccak256:
    case Builtin::sha256:
        if (count(1, 1, b == Builtin::keccak256 ? "keccak256" : "sha256"))
            expect_bytes(c.arguments[0], b == Builtin::keccak256 ? "keccak256" : "sha256");
        return fixed_bytes_type(32);
    case Builtin::ripemd160:
        if (count(1, 1, "ripemd160")) expect_bytes(c.arguments[0], "ripemd160");
        return fixed_bytes_type(20);
    case Builtin::ecrecover:
        if (count(4, 4, "ecrecover"))
            for (std::size_t i = 0; i < 4; ++i)
                expect(c.arguments[i], fn->components[i], "argument");
        return address_type();
    case Builtin::addmod:
    case Builtin::mulmod:
        if (count(3, 3, b == Builtin::addmod ? "addmod" : "mulmod")) {
            for (const auto& a : c.arguments)
                expect(a, uint_type(), "argument");
            const auto& modulus = info(id_of(c.arguments[2])).constant;
            if (modulus && *modulus == 0) // solc 4195: a constant zero modulus
                error(DiagCode::DivisionByZero, c.span, "Arithmetic modulo zero.");
        }
        return uint_type();
    case Builtin::gasleft:
        count(0, 0, "gasleft");
        note_effect(Effect::read, c.span);
        return uint_type();
    case Builtin::blockhash:
        if (count(1, 1, "blockhash")) expect(c.arguments[0], uint_type(), "argument");
        note_effect(Effect::read, c.span);
        return fixed_bytes_type(32);
    case Builtin::selfdestruct:
        if (count(1, 1, "selfdestruct")) expect(c.arguments[0], address_type(true), "argument");
        note_effect(Effect::write, c.span);
        return empty_tuple();
    case Builtin::abi_encode:
    case Builtin::abi_encode_packed:
        if (fn->text == "string.concat" || fn->text == "bytes.concat")
            return check_concat(*this, c, fn->text == "string.concat");
        for (const auto& a : c.arguments)
            encodable(a, b == Builtin::abi_encode_packed);
        return bytes_type();
    case Builtin::abi_encode_with_signature:
        if (c.arguments.empty()) return count(1, 1000, "abi.encodeWithSignature"), bytes_type();
        expect_string(c.arguments[0], "the signature");
        for (std::size_t i = 1; i < c.arguments.size(); ++i)
            encodable(c.arguments[i], false);
        return bytes_type();
    case Builtin::abi_encode_with_selector:
        if (c.arguments.empty()) return count(1, 1000, "abi.encodeWithSelector"), bytes_type();
        expect(c.arguments[0], fixed_bytes_type(4), "the selector");
        for (std::size_t i = 1; i < c.arguments.size(); ++i)
            encodable(c.arguments[i], false);
        return bytes_type();
    case Builtin::abi_encode_call: {
        if (!count(2, 2, "abi.encodeCall")) return bytes_type();
        TypePtr ft = check_expr(c.arguments[0]);
        if (is_error(ft)) {
            check_expr(c.arguments[1]);
            return bytes_type();
        }
        if (ft->kind != TypeKind::function || !ft->function || !ft->function->has_selector()) {
            error(DiagCode::TypeMismatch, span_of(c.arguments[0]),
                  "the first argument of abi.encodeCall must be an external function, e.g. "
                  "IBank.deposit");
            check_expr(c.arguments[1]);
            return bytes_type();
        }
        const auto* tuple = boost::get<x3::forward_ast<ast::TupleExpr>>(&c.arguments[1].get());
        std::vector<ast::Expression> single;
        const std::vector<std::optional<ast::Expression>>* elems =
            tuple ? &tuple->get().elements : nullptr;
        std::vector<ast::Expression> args;
        if (elems) {
            for (const auto& e : *elems)
                if (e) args.push_back(*e);
            if (elems->size() > 1 && args.size() < elems->size()) { // solc 8381
                error(DiagCode::TupleArity, tuple->get().span, "Tuple component cannot be empty.");
                return bytes_type();
            }
            set_type(tuple->get().id, empty_tuple());
        } else {
            args.push_back(c.arguments[1]);
        }
        std::vector<TypePtr> params;
        for (const TypePtr& p : ft->components)
            params.push_back(with_location(p, Location::memory));
        check_args_against(args, params, span_of(c.arguments[1]),
                           fmt::format("function '{}'", ft->function->name));
        return bytes_type();
    }
    case Builtin::abi_decode: {
        if (!count(2, 2, "abi.decode")) return error_type();
        expect_bytes(c.arguments[0], "abi.decode");
        TypePtr types = abi_decode_types(c.arguments[1]);
        const auto* tuple = boost::get<x3::forward_ast<ast::TupleExpr>>(&c.arguments[1].get());
        for (std::size_t i = 0; i < types->components.size(); ++i) {
            const TypePtr& t = types->components[i];
            // solc 6118: a static array whose memory image (a word per element) does not fit
            // in 32 bits cannot be decoded into memory.
            if (!t || t->kind != TypeKind::array || !t->length ||
                *t->length < std::uint64_t{0xffffffff} / 32)
                continue;
            Span at = span_of(c.arguments[1]);
            if (tuple && i < tuple->get().elements.size() && tuple->get().elements[i])
                at = span_of(*tuple->get().elements[i]);
            error(DiagCode::TypeMismatch, at, "Type too large for memory.");
        }
        if (types->components.size() == 1) return types->components[0];
        return types;
    }
    case Builtin::address_transfer:
    case Builtin::address_send:
        if (count(1, 1, b == Builtin::address_transfer ? "transfer" : "send"))
            expect(c.arguments[0], uint_type(), "amount");
        note_effect(Effect::write, c.span);
        return b == Builtin::address_send ? bool_type() : empty_tuple();
    case Builtin::address_call:
    case Builtin::address_staticcall:
    case Builtin::address_delegatecall: {
        const char* name = b == Builtin::address_call         ? "call"
                           : b == Builtin::address_staticcall ? "staticcall"
                                                              : "delegatecall";
        if (count(1, 1, name)) expect_bytes(c.arguments[0], name);
        note_effect(b == Builtin::address_staticcall ? Effect::read : Effect::write, c.span);
        return tuple_type({bool_type(), bytes_type()});
    }
    case Builtin::array_push: {
        if (!count(0, 1, "push")) return error_type();
        note_effect(Effect::write, c.span);
        if (c.arguments.empty()) {
            info(c.id).lvalue = true;
            return fn->returns.empty() ? error_type() : fn->returns[0];
        }
        const TypePtr element = fn->components.empty() ? error_type() : fn->components[0];
        if (!is_error(element) && contains_mapping(*element)) { // solc 8871
            check_expr(c.arguments[0]);
            error(DiagCode::TypeMismatch, c.span,
                  "storage arrays with nested mappings do not support .push(<arg>)")
                .hint = "push an empty element with .push() and set its members";
            return empty_tuple();
        }
        expect(c.arguments[0], element, "pushed value");
        return empty_tuple();
    }
    case Builtin::array_pop:
        count(0, 0, "pop");
        note_effect(Effect::write, c.span);
        return empty_tuple();
    case Builtin::console_log_value: {
        const auto* member = ast::get_if<ast::MemberAccess>(ast::unparenthesized(c.callee));
        if (count(1, 1, "console." + (member ? member->member : std::string("log"))))
            expect(c.arguments[0], fn->components[0], "value");
        return empty_tuple();
    }
    case Builtin::console_log: {
        if (!count(0, 4, "console.log")) return empty_tuple();
        for (const auto& a : c.arguments) {
            TypePtr t = check_expr(a);
            if (is_error(t)) continue;
            bool ok = t->kind == TypeKind::string_literal || t->kind == TypeKind::string ||
                      t->kind == TypeKind::integer || t->kind == TypeKind::address ||
                      t->kind == TypeKind::boolean ||
                      (t->kind == TypeKind::rational && mobile_type(*t));
            if (!ok)
                error(DiagCode::TypeMismatch, span_of(a),
                      fmt::format("console.log prints string, uint, int, address and bool "
                                  "values, not {}",
                                  to_string(*t)));
        }
        return empty_tuple();
    }
    default:
        break;
    }
    for (const auto& a : c.arguments)
        check_expr(a);
    return error_type();
}

} // namespace mallory::lang::check
