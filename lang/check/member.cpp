// Member access: structs, arrays, addresses, contracts, type names, enums, magic objects.
#include "lang/check/abi.hpp"
#include "lang/check/checker_impl.hpp"
#include "lang/check/console_functions.hpp"
#include "lang/parser/ast_util.hpp"

#include <algorithm>

namespace mallory::lang::check {

namespace {

Diagnostic& not_found(Checker& ck, const ast::MemberAccess& m, const Type& t,
                      const std::vector<std::string>& members) {
    auto& d = ck.error(DiagCode::MemberNotFound, m.member_span,
                       fmt::format("{} has no member '{}'", to_string(t), m.member));
    if (auto best = closest_name(m.member, members))
        d.hint = fmt::format("did you mean '{}'?", *best);
    return d;
}

/// The members of a magic object Mallory supports, in table order: "did you mean" candidates.
std::vector<std::string> supported_members(std::string_view object) {
    std::vector<std::string> names;
    for (const MagicMember& row : magic_members)
        if (row.object == object && row.supported()) names.emplace_back(row.member);
    return names;
}

TypePtr type_of_magic(MagicType t) {
    switch (t) {
    case MagicType::address:
        return address_type();
    case MagicType::address_payable:
        return address_type(true);
    case MagicType::uint256:
        return uint_type();
    case MagicType::bytes_calldata:
        return bytes_type(Location::calldata);
    case MagicType::bytes4:
        return fixed_bytes_type(4);
    case MagicType::none:
        break;
    }
    return error_type();
}

} // namespace

TypePtr Checker::check_member(const ast::MemberAccess& m) {
    const auto* inner = ast::get_if<ast::MemberAccess>(m.object);
    const auto* self = inner ? ast::get_if<ast::Identifier>(inner->object) : nullptr;
    if (m.member == "selector" && self && self->name == "this") m_this_for_selector = true;
    TypePtr base = check_expr(m.object);
    m_this_for_selector = false;
    if (is_error(base)) return set_type(m.id, error_type());
    if (TypePtr bound = bound_member(m, base)) return set_type(m.id, bound);
    const Type& t = *base;
    if (t.kind == TypeKind::type && t.element && t.element->user_value)
        return set_type(m.id, value_type_member(m, t.element));
    if (t.slice) { // solc 9582: a slice has no members (not even `length`), only attached ones
        error(DiagCode::MemberNotFound, m.span,
              fmt::format("{} has no member '{}': array slices have no members", to_string(t),
                          m.member))
            .hint = fmt::format("assign it to a variable of type {} first",
                                to_string(*without_slice(base)));
        return set_type(m.id, error_type());
    }
    if (t.user_value) { // a value type's own members (`balance`, `length`) are not its
        not_found(*this, m, t, {});
        return set_type(m.id, error_type());
    }
    switch (t.kind) {
    case TypeKind::magic:
        if (t.text == "super") return set_type(m.id, member_of_super(m));
        return set_type(m.id, member_of_magic(m, t));
    case TypeKind::address:
        return set_type(m.id, member_of_address(m, t));
    case TypeKind::contract:
        return set_type(m.id, member_of_contract(m, t));
    case TypeKind::type:
        return set_type(m.id, member_of_type(m, t));
    case TypeKind::module:
        return set_type(m.id, member_of_module(m, t));
    case TypeKind::struct_: {
        const StructInfo* s = t.struct_info;
        std::vector<std::string> names;
        for (const auto& f : s->fields) {
            names.push_back(f.name);
            if (f.name != m.member) continue;
            ExprInfo& ei = info(m.id);
            ei.lvalue = t.location == Location::storage || t.location == Location::memory;
            Location loc = t.location == Location::none ? Location::memory : t.location;
            if (f.type && f.type->kind == TypeKind::mapping && loc != Location::storage) {
                error(
                    DiagCode::DataLocationInvalid, m.member_span,
                    fmt::format("member '{}' is a mapping and only accessible in storage", f.name));
                return set_type(m.id, error_type());
            }
            return set_type(m.id, with_location(f.type, loc));
        }
        not_found(*this, m, t, names);
        return set_type(m.id, error_type());
    }
    case TypeKind::array:
    case TypeKind::bytes: {
        if (m.member == "length") return set_type(m.id, uint_type());
        if (m.member == "push" || m.member == "pop") {
            if (t.length || t.location != Location::storage) {
                error(DiagCode::MemberNotFound, m.member_span,
                      fmt::format("'{}' is only available on dynamic storage arrays, not on {}",
                                  m.member, to_string(t)));
                return set_type(m.id, error_type());
            }
            TypePtr el = t.kind == TypeKind::bytes ? fixed_bytes_type(1)
                                                   : with_location(t.element, Location::storage);
            if (m.member == "push") {
                Type ft;
                ft.kind = TypeKind::function;
                ft.call_kind = CallKind::builtin;
                ft.builtin = Builtin::array_push;
                ft.components = {el};
                ft.returns = {el};
                ft.mutability = ast::Mutability::nonpayable;
                return set_type(m.id, std::make_shared<const Type>(std::move(ft)));
            }
            return set_type(
                m.id, builtin_function(Builtin::array_pop, {}, {}, ast::Mutability::nonpayable));
        }
        not_found(*this, m, t, {"length", "push", "pop"});
        return set_type(m.id, error_type());
    }
    case TypeKind::fixed_bytes:
        if (m.member == "length") { // bytesN.length is the constant N, a uint8 as in solc
            info(m.id).constant = Rational(BigInt(t.byte_size));
            return set_type(m.id, uint_type(8));
        }
        not_found(*this, m, t, {"length"});
        return set_type(m.id, error_type());
    case TypeKind::function: {
        if (names_overloads(m.object) && (m.member == "selector" || m.member == "address")) {
            // Which overload's? solc refuses to guess (9322).
            error(DiagCode::AmbiguousOverload, span_of(m.object),
                  fmt::format("'{}' names {} overloaded functions: '.{}' needs one; member "
                              "not unique after argument-dependent lookup",
                              text_of(span_of(m.object)), m_overloads.at(id_of(m.object)).size(),
                              m.member))
                .hint = "name one through an interface, or write its selector with "
                        "bytes4(keccak256(\"f(uint256)\"))";
            return set_type(m.id, error_type());
        }
        if (TypePtr member = external_function_member(t, m.member)) return set_type(m.id, member);
        // A function named bare (`f.selector` inside its contract) is an internal function
        // value, which has no selector in solc (9582); `C.f` and `this.f` have one.
        const bool bare_name = t.call_kind == CallKind::internal &&
                               boost::get<ast::Identifier>(&m.object.get()) != nullptr;
        if (m.member == "selector" && t.function && t.function->has_selector() && !bare_name &&
            (t.call_kind == CallKind::external || t.call_kind == CallKind::internal)) {
            info(m.id).constant = Rational(BigInt(t.function->selector));
            return set_type(m.id, fixed_bytes_type(4));
        }
        if (m.member == "selector" && bare_name) {
            error(DiagCode::MemberNotFound, m.member_span,
                  "'.selector' is not available on an internal function value")
                .hint = fmt::format("name it through `this` or its contract: this.{}.selector",
                                    text_of(span_of(m.object)));
            return set_type(m.id, error_type());
        }
        if (m.member == "selector") {
            error(DiagCode::MemberNotFound, m.member_span,
                  "'.selector' is only available on public and external functions");
            return set_type(m.id, error_type());
        }
        not_found(*this, m, t, {"selector"});
        return set_type(m.id, error_type());
    }
    case TypeKind::event:
        // `E.selector` (solc 0.8.15): topic 0, keccak256 of the signature; an anonymous event
        // has none.
        if (m.member == "selector" && t.event && t.event->ast && !t.event->ast->anonymous) {
            BigInt topic = 0;
            for (const std::uint8_t byte : t.event->topic)
                topic = (topic << 8) | byte;
            info(m.id).constant = Rational(topic);
            return set_type(m.id, fixed_bytes_type(32));
        }
        not_found(*this, m, t, {});
        return set_type(m.id, error_type());
    case TypeKind::error_def:
        if (m.member == "selector") {
            info(m.id).constant = Rational(BigInt(t.error->selector));
            return set_type(m.id, fixed_bytes_type(4));
        }
        not_found(*this, m, t, {"selector"});
        return set_type(m.id, error_type());
    default:
        break;
    }
    std::vector<std::string> none;
    not_found(*this, m, t, none);
    return set_type(m.id, error_type());
}

TypePtr Checker::environment_member(const ast::MemberAccess& m, const Type& t) {
    const MagicMember* row = find_magic(t.text, m.member);
    if (!row) {
        not_found(*this, m, t, supported_members(t.text));
        return error_type();
    }
    if (!row->supported()) {
        error(DiagCode::UnsupportedMember, m.span,
              fmt::format("'{}' is not supported by Mallory's subset {}", magic_name(row->magic),
                          row->unsupported));
        return error_type();
    }
    if (row->reads_environment) note_effect(Effect::read, m.span);
    check_magic_rules(m, row->magic);
    info(m.id).magic = row->magic;
    return type_of_magic(row->type);
}

void Checker::check_magic_rules(const ast::MemberAccess& m, Magic magic) {
    if (magic == Magic::msg_value && m_body && m_body->modifier)
        const_cast<ModifierInfo*>(m_body->modifier)->reads_msg_value = true;
    if (magic == Magic::msg_value && m_body && !m_body->msg_value_allowed && m_body->function) {
        error(DiagCode::MsgValueNonPayable, m.span,
              fmt::format("'msg.value' can only be used in payable public functions, and "
                          "'{}' is not payable",
                          m_body->function->name))
            .hint = "make the function 'payable', or read msg.value in an internal "
                    "function";
    }
    if ((magic == Magic::msg_data || magic == Magic::msg_sig) && in_public_library_function())
        error(DiagCode::NotInSubset, m.span,
              fmt::format("'{}' in a public or external library function is not in "
                          "Mallory's subset: solc calls the function by DELEGATECALL, with its "
                          "own calldata, and Mallory compiles it into the caller",
                          magic_name(magic)));
    if (magic == Magic::msg_data && m_body && m_body->function &&
        m_body->function->function_kind == ast::FunctionKind::receive) // solc 7139
        error(DiagCode::SpecialFunctionRule, m.span,
              "\"msg.data\" cannot be used inside of \"receive\" function.");
    if (magic == Magic::block_difficulty) // solc 8417
        warning(DiagCode::DeprecatedMember, m.span,
                "Since the VM version paris, \"difficulty\" was replaced by \"prevrandao\", "
                "which now returns a random number based on the beacon chain.");
}

TypePtr Checker::member_of_magic(const ast::MemberAccess& m, const Type& t) {
    const std::string& n = m.member;
    if (is_magic_object(t.text)) return environment_member(m, t);
    if (t.text == "abi") {
        auto variadic = [&](Builtin b) {
            return builtin_function(b, {}, {bytes_type()}, ast::Mutability::pure, true);
        };
        if (n == "encode") return variadic(Builtin::abi_encode);
        if (n == "encodePacked") return variadic(Builtin::abi_encode_packed);
        if (n == "encodeWithSignature") return variadic(Builtin::abi_encode_with_signature);
        if (n == "encodeWithSelector") return variadic(Builtin::abi_encode_with_selector);
        if (n == "encodeCall") return variadic(Builtin::abi_encode_call);
        if (n == "decode") return variadic(Builtin::abi_decode);
        not_found(*this, m, t,
                  {"encode", "encodePacked", "encodeWithSignature", "encodeWithSelector",
                   "encodeCall", "decode"});
        return error_type();
    }
    if (t.text == "console") {
        if (n == "log")
            return builtin_function(Builtin::console_log, {}, {}, ast::Mutability::pure, true);
        if (auto value = console_value_log(n))
            return builtin_function(Builtin::console_log_value, {value->parameter}, {},
                                    ast::Mutability::pure);
        not_found(*this, m, t,
                  {"log", "logUint", "logInt", "logString", "logBool", "logAddress", "logBytes",
                   "logBytes1", "logBytes32"});
        return error_type();
    }
    if (t.text == "type" && t.element) {
        const Type& of = *t.element;
        if (of.kind == TypeKind::integer && (n == "max" || n == "min")) {
            info(m.id).constant = Rational(n == "max" ? integer_max(of) : integer_min(of));
            return t.element;
        }
        if (of.kind == TypeKind::enum_ && of.enum_info && (n == "max" || n == "min"))
            return t.element; // its first or last value (codegen_expr.cpp)
        if (of.kind == TypeKind::contract && n == "interfaceId") return interface_id(m, of);
        if (of.kind == TypeKind::contract && n == "name") // a string literal (codegen_expr.cpp)
            return string_type(Location::memory);
        if (of.kind == TypeKind::contract && of.contract && n == "creationCode" &&
            (of.contract->contract_kind == ast::ContractKind::contract ||
             of.contract->is_abstract()))
            return creation_code(m, *of.contract);
        if (of.kind == TypeKind::contract && (n == "creationCode" || n == "runtimeCode")) {
            error(DiagCode::UnsupportedMember, m.span,
                  fmt::format("'type(C).{}' is not supported by Mallory's subset", n));
            return error_type();
        }
        not_found(*this, m, t, {"max", "min"});
        return error_type();
    }
    std::vector<std::string> none;
    not_found(*this, m, t, none);
    return error_type();
}

/// type(C).creationCode: the code `new C` deploys (Mallory's serialized form, codegen_expr.cpp),
/// as `bytes memory`. As in solc, not of an abstract contract, and not of the contract itself
/// or one that creates it (a cycle, reported with `new`'s).
TypePtr Checker::creation_code(const ast::MemberAccess& m, const ContractInfo& c) {
    if (c.is_abstract()) {
        error(DiagCode::MemberNotFound, m.span,
              fmt::format("Member \"creationCode\" not found or not visible after "
                          "argument-dependent lookup in type(contract {})",
                          c.name));
        return error_type();
    }
    note_creation(&c, m.span);
    return bytes_type(Location::memory);
}

TypePtr Checker::interface_id(const ast::MemberAccess& m, const Type& of) {
    const ContractInfo* c = of.contract;
    if (!c || !c->is_interface()) {
        // solc: "Member "interfaceId" not found ... in type(contract C)"; only an interface has
        // a fixed set of functions whose selectors make its ERC-165 identifier.
        error(DiagCode::MemberNotFound, m.member_span,
              fmt::format("'interfaceId' is only available on interfaces, and '{}' is a {}",
                          c ? c->name : std::string("this type"),
                          c && c->is_library() ? "library" : "contract"));
        return error_type();
    }
    // ERC-165: the XOR of the selectors of the interface's own functions, not inherited ones.
    std::uint32_t id = 0;
    for (const FunctionInfo* f : c->functions)
        if (f->has_selector()) id ^= f->selector;
    info(m.id).constant = Rational(BigInt(id));
    return fixed_bytes_type(4);
}

TypePtr Checker::member_of_address(const ast::MemberAccess& m, const Type& t) {
    const std::string& n = m.member;
    if (n == "balance") {
        note_effect(Effect::read, m.span);
        return uint_type();
    }
    if (n == "code") {
        note_effect(Effect::read, m.span);
        return bytes_type(Location::memory);
    }
    if (n == "codehash") { // EXTCODEHASH: Mallory's code bytes are hashed, not EVM bytecode
        note_effect(Effect::read, m.span);
        return fixed_bytes_type(32);
    }
    if (n == "transfer" || n == "send") {
        if (!t.payable) {
            error(DiagCode::MemberNotFound, m.member_span,
                  fmt::format("'{}' is only available on 'address payable', not on 'address'", n))
                .hint =
                fmt::format("convert first: payable({}).{}(...)", text_of(span_of(m.object)), n);
            return error_type();
        }
        return n == "transfer" ? builtin_function(Builtin::address_transfer, {uint_type()}, {},
                                                  ast::Mutability::nonpayable)
                               : builtin_function(Builtin::address_send, {uint_type()},
                                                  {bool_type()}, ast::Mutability::nonpayable);
    }
    if (n == "call")
        return builtin_function(Builtin::address_call, {bytes_type()}, {bool_type(), bytes_type()},
                                ast::Mutability::nonpayable);
    if (n == "staticcall")
        return builtin_function(Builtin::address_staticcall, {bytes_type()},
                                {bool_type(), bytes_type()}, ast::Mutability::view);
    if (n == "delegatecall")
        return builtin_function(Builtin::address_delegatecall, {bytes_type()},
                                {bool_type(), bytes_type()}, ast::Mutability::nonpayable);
    if (n == "callcode") {
        error(DiagCode::UnsupportedMember, m.member_span,
              fmt::format("'address.{}' is not supported by Mallory's subset", n));
        return error_type();
    }
    not_found(
        *this, m, t,
        {"balance", "code", "codehash", "transfer", "send", "call", "staticcall", "delegatecall"});
    return error_type();
}

TypePtr Checker::member_of_contract(const ast::MemberAccess& m, const Type& t) {
    const ContractInfo* c = t.contract;
    if (c->is_library()) {
        // Only `this` has a library type: Mallory compiles library functions into their callers,
        // where `address(this)` is what DELEGATECALL gives, but `this.f()` would not be.
        error(DiagCode::NotInSubset, m.span,
              "members of 'this' in a library are not in Mallory's subset (only 'address(this)')");
        return error_type();
    }
    std::vector<const FunctionInfo*> found;
    std::vector<std::string> names;
    for (const FunctionInfo* f : c->external_functions) {
        names.push_back(f->name);
        if (f->name == m.member) found.push_back(f);
    }
    if (found.empty()) {
        // Functions not (yet) in the table: interfaces being checked, or errors upstream.
        for (const ContractInfo* x : c->linearization)
            for (const FunctionInfo* f : x->functions)
                if (f->name == m.member && f->function_kind == ast::FunctionKind::function) {
                    if (f->has_selector()) {
                        found.push_back(f);
                    } else {
                        error(DiagCode::NotVisible, m.member_span,
                              fmt::format("'{}.{}' is {} and cannot be called through a contract "
                                          "value",
                                          x->name, f->name,
                                          f->visibility == ast::Visibility::private_ ? "private"
                                                                                     : "internal"))
                            .hint = "only public and external functions are part of the "
                                    "contract's interface";
                        return error_type();
                    }
                }
    }
    if (found.empty()) {
        auto& d = not_found(*this, m, t, names);
        if (m.member == "balance" || m.member == "transfer" || m.member == "send" ||
            m.member == "call")
            d.hint = fmt::format("convert to an address first: address({}).{}",
                                 text_of(span_of(m.object)), m.member);
        return error_type();
    }
    if (found.size() > 1) m_overloads[m.id] = found;
    info(m.id).decl = found.front();
    // A value or its `.selector` cannot pick an overload (solc 9322, "Member not unique after
    // argument-dependent lookup").
    return as_overloaded(function_value(found.front(), CallKind::external), found);
}

TypePtr Checker::member_of_module(const ast::MemberAccess& m, const Type& t) {
    const Declaration* d = t.module ? module_member(*t.module, m.member) : nullptr;
    if (!d) {
        if (t.module) report_module_member_not_found(*t.module, m.member, m.member_span);
        return error_type();
    }
    const TypePtr value = declaration_type(d, m.span, m.id);
    const std::vector<const Declaration*> overloads = free_function_overloads(d);
    if (overloads.size() < 2) return value;
    // `M.f` of an overloaded free function: a call picks one by its arguments, as for `f`.
    std::vector<const FunctionInfo*> fns;
    for (const Declaration* o : overloads)
        fns.push_back(static_cast<const FunctionInfo*>(o)); // only functions overload
    m_overloads[m.id] = fns;
    return as_overloaded(value, fns);
}

TypePtr Checker::member_of_type(const ast::MemberAccess& m, const Type& t) {
    if (!t.element) return error_type();
    const Type& of = *t.element;
    if ((of.kind == TypeKind::string || of.kind == TypeKind::bytes) && m.member == "concat") {
        // string.concat and bytes.concat lay their arguments out as abi.encodePacked does: one
        // builtin for the code, the surface name (in `text`) for the checker's argument rules.
        const bool is_string = of.kind == TypeKind::string;
        Type ft = *builtin_function(Builtin::abi_encode_packed, {},
                                    {is_string ? string_type() : bytes_type()},
                                    ast::Mutability::pure, true);
        ft.text = is_string ? "string.concat" : "bytes.concat";
        return std::make_shared<const Type>(std::move(ft));
    }
    if (of.kind == TypeKind::enum_) {
        const EnumInfo* e = of.enum_info;
        for (std::size_t i = 0; i < e->values.size(); ++i) {
            if (e->values[i] != m.member) continue;
            info(m.id).enum_value = i;
            info(m.id).decl = e;
            return t.element;
        }
        not_found(*this, m, of, e->values);
        return error_type();
    }
    if (of.kind == TypeKind::contract) {
        const ContractInfo* c = of.contract;
        // A library's members are reached through its name like a base's (internal calls).
        const bool is_base = c->is_library() || (m_contract && m_contract->derives_from(c));
        // solc's members of type(contract C) are what C itself declares ("not inherited
        // functions, on purpose"), never private ones: inside C's hierarchy and in a library
        // every such member, elsewhere its external and public functions (for `.selector`).
        const auto visible = [&](const Declaration* d, ast::Visibility v) {
            if (d->contract != c || v == ast::Visibility::private_) return false;
            return is_base || (d->kind == DeclKind::function &&
                               (v == ast::Visibility::external || v == ast::Visibility::public_));
        };
        std::vector<const FunctionInfo*> fns;
        std::vector<std::string> names;
        if (auto* list = contract_members(c, m.member)) {
            for (const Declaration* d : *list) {
                if (d->kind == DeclKind::struct_ || d->kind == DeclKind::enum_ ||
                    d->kind == DeclKind::user_value_type || d->kind == DeclKind::event ||
                    d->kind == DeclKind::error_) {
                    info(m.id).decl = d;
                    return declaration_type(d, m.span, m.id);
                }
                if (d->kind == DeclKind::function) {
                    const auto* f = static_cast<const FunctionInfo*>(d);
                    if (visible(f, f->visibility)) fns.push_back(f);
                }
                if (d->kind == DeclKind::variable && is_base &&
                    visible(d, static_cast<const VariableInfo*>(d)->visibility))
                    return declaration_type(d, m.span, m.id);
            }
        }
        if (fns.empty()) {
            if (auto it = m_members.find(c); it != m_members.end())
                for (const auto& [n, ds] : it->second)
                    if (std::any_of(ds.begin(), ds.end(), [&](const Declaration* d) {
                            const auto* f = d->kind == DeclKind::function
                                                ? static_cast<const FunctionInfo*>(d)
                                                : nullptr;
                            const auto* v = d->kind == DeclKind::variable
                                                ? static_cast<const VariableInfo*>(d)
                                                : nullptr;
                            return (f && visible(f, f->visibility)) ||
                                   (v && is_base && visible(v, v->visibility));
                        }))
                        names.push_back(n);
            not_found(*this, m, of, names);
            return error_type();
        }
        if (fns.size() > 1) m_overloads[m.id] = fns;
        info(m.id).decl = fns.front();
        if (is_base) return function_value(fns.front(), CallKind::internal);
        TypePtr ft = function_value(fns.front(), CallKind::external);
        Type copy = *ft;
        copy.text = "typename";
        return std::make_shared<const Type>(std::move(copy));
    }
    std::vector<std::string> none;
    not_found(*this, m, t, none);
    return error_type();
}

TypePtr Checker::member_of_super(const ast::MemberAccess& m) {
    if (!m_contract) return error_type();
    std::vector<const FunctionInfo*> fns;
    bool seen_self = false;
    for (const ContractInfo* x : m_contract->linearization) {
        if (x == m_contract) {
            seen_self = true;
            continue;
        }
        if (!seen_self) continue;
        for (const FunctionInfo* f : x->functions) {
            // As solc, `super` has only implemented functions: a declaration without a body
            // is not there to call (a later base may implement it).
            if (f->name != m.member || f->function_kind != ast::FunctionKind::function ||
                f->visibility == ast::Visibility::private_ || (!f->implemented && !f->getter_of))
                continue;
            bool dup = false;
            for (const FunctionInfo* g : fns)
                if (g->parameter_types.size() == f->parameter_types.size()) {
                    bool same = true;
                    for (std::size_t i = 0; i < f->parameter_types.size(); ++i)
                        if (!same_base_type(*f->parameter_types[i], *g->parameter_types[i]))
                            same = false;
                    dup = dup || same;
                }
            if (!dup) fns.push_back(f);
        }
    }
    if (fns.empty()) {
        error(DiagCode::MemberNotFound, m.member_span,
              fmt::format("no base of '{}' implements a function '{}' for super.{}",
                          m_contract->name, m.member, m.member));
        return error_type();
    }
    if (fns.size() > 1) m_overloads[m.id] = fns;
    info(m.id).decl = fns.front();
    return function_value(fns.front(), CallKind::internal);
}

} // namespace mallory::lang::check
