#include "lang/ast_printer.hpp"

#include "lang/parser/ast_util.hpp"
#include "lang/parser/parsers.hpp"

#include <fmt/format.h>

namespace mallory::lang {

namespace {

using parser::assign_op_text;
using parser::binary_op_precedence;
using parser::binary_op_text;

// ---------------------------------------------------------------------------------------------
// Expressions and types as source
// ---------------------------------------------------------------------------------------------

/// Binding strength of an expression's outermost construct (higher binds tighter).
constexpr int assignment_level = 1;
constexpr int conditional_level = 2;
constexpr int binary_base = 3; // + operator precedence 0..10
constexpr int prefix_level = 14;
constexpr int postfix_level = 15;
constexpr int primary_level = 16;

std::string_view unary_text(ast::UnaryOp op) {
    switch (op) {
    case ast::UnaryOp::negate:
        return "-";
    case ast::UnaryOp::logical_not:
        return "!";
    case ast::UnaryOp::bit_not:
        return "~";
    case ast::UnaryOp::pre_inc:
    case ast::UnaryOp::post_inc:
        return "++";
    case ast::UnaryOp::pre_dec:
    case ast::UnaryOp::post_dec:
        return "--";
    case ast::UnaryOp::del:
        return "delete";
    }
    return "?";
}

bool is_postfix(ast::UnaryOp op) {
    return op == ast::UnaryOp::post_inc || op == ast::UnaryOp::post_dec;
}

std::string quote(std::string_view bytes) {
    std::string out = "\"";
    for (char c : bytes) {
        auto u = static_cast<unsigned char>(c);
        if (c == '"' || c == '\\')
            out += fmt::format("\\{}", c);
        else if (c == '\n')
            out += "\\n";
        else if (u < 0x20 || u >= 0x7f)
            out += fmt::format("\\x{:02x}", u);
        else
            out += c;
    }
    return out + "\"";
}

struct ExprPrinter {
    int level(const ast::Expression& e) const {
        return boost::apply_visitor([](const auto& n) { return level_of(ast::unwrap(n)); },
                                    e.get());
    }
    static int level_of(const ast::Assignment&) { return assignment_level; }
    static int level_of(const ast::Conditional&) { return conditional_level; }
    static int level_of(const ast::Binary& b) { return binary_base + binary_op_precedence(b.op); }
    static int level_of(const ast::Unary& u) {
        return is_postfix(u.op) ? postfix_level : prefix_level;
    }
    static int level_of(const ast::Call&) { return postfix_level; }
    static int level_of(const ast::MemberAccess&) { return postfix_level; }
    static int level_of(const ast::IndexAccess&) { return postfix_level; }
    static int level_of(const ast::IndexRangeAccess&) { return postfix_level; }
    template <typename T> static int level_of(const T&) { return primary_level; }

    /// `e` in a position that needs at least `min` binding strength.
    std::string at(const ast::Expression& e, int min) const {
        std::string text = print(e);
        return level(e) < min ? "(" + text + ")" : text;
    }

    std::string print(const ast::Expression& e) const {
        return boost::apply_visitor([&](const auto& n) { return node(ast::unwrap(n)); }, e.get());
    }
    std::string list(const std::vector<ast::Expression>& items) const {
        std::string out;
        for (const auto& item : items)
            out += (out.empty() ? "" : ", ") + print(item);
        return out;
    }

    std::string node(const ast::Identifier& n) const { return n.name; }
    std::string node(const ast::NumberLiteral& n) const {
        return n.unit.empty() ? n.text : n.text + " " + n.unit;
    }
    std::string node(const ast::BoolLiteral& n) const { return n.value ? "true" : "false"; }
    std::string node(const ast::StringLiteral& n) const {
        if (n.raw.empty()) return n.hex ? "hex\"\"" : quote(n.value);
        std::string out;
        for (const auto& piece : n.raw)
            out += (out.empty() ? "" : " ") + piece;
        return out;
    }
    std::string node(const ast::ElementaryTypeExpr& n) const;
    std::string node(const ast::TupleExpr& n) const {
        std::string out;
        for (std::size_t i = 0; i < n.elements.size(); ++i) {
            if (i) out += n.elements[i] ? ", " : ",";
            if (n.elements[i]) out += print(*n.elements[i]);
        }
        if (n.elements.size() > 1 && !n.elements.back()) out += " ";
        return "(" + out + ")";
    }
    std::string node(const ast::InlineArray& n) const {
        std::string out;
        for (std::size_t i = 0; i < n.elements.size(); ++i)
            out += (i ? ", " : "") + print(n.elements[i]);
        return "[" + out + "]";
    }
    std::string node(const ast::Unary& n) const {
        if (is_postfix(n.op)) return at(n.operand, postfix_level) + std::string(unary_text(n.op));
        std::string operand = at(n.operand, prefix_level);
        std::string op(unary_text(n.op));
        bool space = n.op == ast::UnaryOp::del || (!operand.empty() && operand[0] == op.back());
        return op + (space ? " " : "") + operand;
    }
    std::string node(const ast::Binary& n) const {
        int me = binary_base + binary_op_precedence(n.op);
        bool right = n.op == ast::BinaryOp::exp;
        return at(n.lhs, right ? me + 1 : me) + " " + std::string(binary_op_text(n.op)) + " " +
               at(n.rhs, right ? me : me + 1);
    }
    std::string node(const ast::Assignment& n) const {
        return at(n.lhs, binary_base) + " " + std::string(assign_op_text(n.op)) + " " +
               at(n.rhs, assignment_level);
    }
    std::string node(const ast::Conditional& n) const {
        return at(n.condition, binary_base) + " ? " + at(n.when_true, assignment_level) + " : " +
               at(n.when_false, assignment_level);
    }
    std::string node(const ast::Call& n) const {
        std::string out = at(n.callee, postfix_level);
        if (n.has_option_braces) {
            std::string options;
            for (const auto& o : n.options)
                options += (options.empty() ? "" : ", ") + o.name + ": " + print(o.value);
            out += "{" + options + "}";
        }
        if (n.named) {
            std::string named;
            for (std::size_t i = 0; i < n.arguments.size() && i < n.argument_names.size(); ++i)
                named += (named.empty() ? "" : ", ") + n.argument_names[i] + ": " +
                         print(n.arguments[i]);
            return out + "({" + named + "})";
        }
        return out + "(" + list(n.arguments) + ")";
    }
    std::string node(const ast::MemberAccess& n) const {
        return at(n.object, postfix_level) + "." + n.member;
    }
    std::string node(const ast::IndexAccess& n) const {
        return at(n.object, postfix_level) + "[" + (n.index ? print(*n.index) : "") + "]";
    }
    std::string node(const ast::IndexRangeAccess& n) const {
        return at(n.object, postfix_level) + "[" + (n.start ? print(*n.start) : "") + ":" +
               (n.end ? print(*n.end) : "") + "]";
    }
    std::string node(const ast::NewExpr& n) const { return "new " + print_type(n.type); }
};

std::string_view visibility_text(ast::Visibility v);
std::string_view mutability_text(ast::Mutability m);
std::string variables_text(const std::vector<ast::VariableDeclaration>& vs);

struct TypePrinter {
    std::string node(const ast::ElementaryTypeName& t) const {
        return t.payable && t.name == "address" ? "address payable" : t.name;
    }
    std::string node(const ast::UserDefinedTypeName& t) const {
        std::string out;
        for (const auto& part : t.path)
            out += (out.empty() ? "" : ".") + part;
        return out;
    }
    std::string node(const ast::MappingTypeName& t) const {
        auto named = [](const std::string& name) { return name.empty() ? "" : " " + name; };
        return "mapping(" + print_type(t.key) + named(t.key_name) + " => " + print_type(t.value) +
               named(t.value_name) + ")";
    }
    std::string node(const ast::ArrayTypeName& t) const {
        return print_type(t.base) + "[" + (t.length ? print_expression(*t.length) : "") + "]";
    }
    std::string node(const ast::FunctionTypeName& t) const {
        std::string out = "function (" + variables_text(t.parameters) + ")";
        if (t.visibility != ast::Visibility::unspecified)
            out += " " + std::string(visibility_text(t.visibility));
        if (t.mutability != ast::Mutability::nonpayable)
            out += " " + std::string(mutability_text(t.mutability));
        if (!t.returns.empty()) out += " returns (" + variables_text(t.returns) + ")";
        return out;
    }
};

std::string ExprPrinter::node(const ast::ElementaryTypeExpr& n) const {
    return TypePrinter{}.node(n.type);
}

std::string_view visibility_text(ast::Visibility v) {
    switch (v) {
    case ast::Visibility::public_:
        return "public";
    case ast::Visibility::external:
        return "external";
    case ast::Visibility::internal:
        return "internal";
    case ast::Visibility::private_:
        return "private";
    case ast::Visibility::unspecified:
        break;
    }
    return "";
}

std::string_view mutability_text(ast::Mutability m) {
    switch (m) {
    case ast::Mutability::view:
        return "view";
    case ast::Mutability::pure:
        return "pure";
    case ast::Mutability::payable:
        return "payable";
    case ast::Mutability::nonpayable:
        break;
    }
    return "";
}

std::string_view location_text(ast::DataLocation l) {
    switch (l) {
    case ast::DataLocation::memory:
        return "memory";
    case ast::DataLocation::storage:
        return "storage";
    case ast::DataLocation::calldata:
        return "calldata";
    case ast::DataLocation::none:
        break;
    }
    return "";
}

std::string_view contract_kind_text(ast::ContractKind k) {
    switch (k) {
    case ast::ContractKind::contract:
        return "contract";
    case ast::ContractKind::abstract_contract:
        return "abstract contract";
    case ast::ContractKind::interface:
        return "interface";
    case ast::ContractKind::library:
        return "library";
    case ast::ContractKind::file_level:
        return "file level";
    }
    return "contract";
}

/// `using L for T;`, `using {f, g} for * global;` as written.
std::string using_text(const ast::UsingDirective& u) {
    std::string text = "using ";
    if (u.library) {
        text += TypePrinter{}.node(*u.library);
    } else {
        std::string list;
        for (const auto& f : u.functions)
            list += (list.empty() ? "" : ", ") + TypePrinter{}.node(f.path) +
                    (f.op.empty() ? "" : " as " + f.op);
        text += "{" + list + "}";
    }
    text += " for " + (u.type ? print_type(*u.type) : std::string("*"));
    return text + (u.global ? " global;" : ";");
}

std::string_view function_kind_text(ast::FunctionKind k) {
    switch (k) {
    case ast::FunctionKind::function:
        return "function";
    case ast::FunctionKind::constructor:
        return "constructor";
    case ast::FunctionKind::receive:
        return "receive";
    case ast::FunctionKind::fallback:
        return "fallback";
    }
    return "function";
}

std::string variable_text(const ast::VariableDeclaration& v) {
    std::string out = print_type(v.type);
    if (v.indexed) out += " indexed";
    if (v.location != ast::DataLocation::none) out += " " + std::string(location_text(v.location));
    if (!v.name.empty()) out += " " + v.name;
    return out;
}

std::string variables_text(const std::vector<ast::VariableDeclaration>& vs) {
    std::string out;
    for (const auto& v : vs)
        out += (out.empty() ? "" : ", ") + variable_text(v);
    return out;
}

std::string override_text(const std::optional<ast::OverrideSpecifier>& o) {
    if (!o) return "";
    if (o->bases.empty()) return " override";
    std::string out;
    for (const auto& b : o->bases)
        out += (out.empty() ? "" : ", ") + TypePrinter{}.node(b);
    return " override(" + out + ")";
}

std::string modifier_text(const ast::ModifierInvocation& m) {
    std::string out = TypePrinter{}.node(m.name);
    if (m.arguments) out += "(" + ExprPrinter{}.list(*m.arguments) + ")";
    return out;
}

std::string_view annotation_tag(ast::AnnotationKind k) {
    return k == ast::AnnotationKind::invariant ? "#invariant" : "#if_succeeds";
}

// ---------------------------------------------------------------------------------------------
// Statements and declarations as source
// ---------------------------------------------------------------------------------------------

std::string yul_text(const ast::YulExpression& e) {
    std::string text = e.name;
    if (!e.suffix.empty()) text += "." + e.suffix;
    if (e.kind != ast::YulExpression::Kind::call) return text;
    text += "(";
    for (std::size_t i = 0; i < e.arguments.size(); ++i)
        text += (i ? ", " : "") + yul_text(e.arguments[i]);
    return text + ")";
}

/// Whether a Yul statement holds blocks (printed over several lines).
bool is_compound(const ast::YulStatement& s) {
    using K = ast::YulStatement::Kind;
    return s.kind == K::block || s.kind == K::if_ || s.kind == K::switch_ || s.kind == K::case_ ||
           s.kind == K::for_ || s.kind == K::function_;
}

/// `a, b` of a Yul function's parameters or returns.
std::string yul_names(const std::vector<ast::YulExpression>& names) {
    std::string text;
    for (std::size_t i = 0; i < names.size(); ++i)
        text += (i ? ", " : "") + yul_text(names[i]);
    return text;
}

/// The first line of a Yul statement that holds blocks, without its `{`: `if c`, `switch e`,
/// `case 1`, `default`, `for` (its condition is printed between its blocks).
std::string yul_head(const ast::YulStatement& s) {
    using K = ast::YulStatement::Kind;
    switch (s.kind) {
    case K::if_:
        return "if " + yul_text(s.value.front());
    case K::switch_:
        return "switch " + yul_text(s.value.front());
    case K::case_:
        return s.value.empty() ? "default" : "case " + yul_text(s.value.front());
    case K::for_:
        return "for";
    case K::function_:
        return "function " + s.name + "(" + yul_names(s.parameters) + ")" +
               (s.returns.empty() ? "" : " -> " + yul_names(s.returns));
    default:
        return "";
    }
}

/// One Yul statement that holds no block, on one line.
std::string yul_text(const ast::YulStatement& s) {
    if (s.kind == ast::YulStatement::Kind::break_) return "break";
    if (s.kind == ast::YulStatement::Kind::continue_) return "continue";
    if (s.kind == ast::YulStatement::Kind::leave) return "leave";
    std::string text = s.kind == ast::YulStatement::Kind::let ? "let " : "";
    for (std::size_t i = 0; i < s.targets.size(); ++i)
        text += (i ? ", " : "") + yul_text(s.targets[i]);
    if (s.kind == ast::YulStatement::Kind::expression) return yul_text(s.value.front());
    if (!s.value.empty()) text += " := " + yul_text(s.value.front());
    return text;
}

std::string assembly_header(const ast::InlineAssembly& a) {
    std::string text = "assembly ";
    if (!a.flags.empty()) {
        text += "(";
        for (std::size_t i = 0; i < a.flags.size(); ++i)
            text += (i ? ", \"" : "\"") + a.flags[i] + "\"";
        text += ") ";
    }
    return text;
}

struct SourcePrinter {
    std::string out;
    int indent = 0;

    void line(const std::string& text) {
        out.append(static_cast<std::size_t>(indent) * 4, ' ');
        out += text;
        out += '\n';
    }

    /// A statement on one line without its newline (for-loop headers).
    static std::string inline_simple(const ast::Statement& s) {
        if (auto* d = ast::get_if<ast::VariableDeclarationStatement>(s)) return declaration(*d);
        if (auto* e = ast::get_if<ast::ExpressionStatement>(s))
            return print_expression(e->expression) + ";";
        return ";";
    }

    static std::string declaration(const ast::VariableDeclarationStatement& d) {
        std::string vars;
        for (std::size_t i = 0; i < d.variables.size(); ++i) {
            if (i) vars += d.variables[i] ? ", " : ",";
            if (d.variables[i]) vars += variable_text(*d.variables[i]);
        }
        if (d.is_tuple) {
            if (d.variables.size() > 1 && !d.variables.back()) vars += " ";
            vars = "(" + vars + ")";
        }
        if (d.initial_value) vars += " = " + print_expression(*d.initial_value);
        return vars + ";";
    }

    void statement(const ast::Statement& s) {
        boost::apply_visitor([&](const auto& n) { stmt(ast::unwrap(n)); }, s.get());
    }

    /// The body of if/for/while: a block stays on the header's line.
    void body(const std::string& header, const ast::Statement& s) {
        if (auto* b = ast::get_if<ast::Block>(s)) {
            block(header + " ", *b);
            return;
        }
        line(header);
        ++indent;
        statement(s);
        --indent;
    }

    void block(const std::string& prefix, const ast::Block& b) {
        line(prefix + (b.unchecked ? "unchecked {" : "{"));
        ++indent;
        for (const auto& s : b.statements)
            statement(s);
        --indent;
        line("}");
    }

    void stmt(const ast::Block& b) { block("", b); }
    void stmt(const ast::VariableDeclarationStatement& d) { line(declaration(d)); }
    void stmt(const ast::ExpressionStatement& e) { line(print_expression(e.expression) + ";"); }
    void stmt(const ast::IfStatement& s) {
        body("if (" + print_expression(s.condition) + ")", s.then_branch);
        if (s.else_branch) body("else", *s.else_branch);
    }
    void stmt(const ast::ForStatement& s) {
        std::string header = "for (" + (s.init ? inline_simple(*s.init) : ";");
        header += s.condition ? " " + print_expression(*s.condition) + ";" : ";";
        header += s.step ? " " + print_expression(*s.step) + ")" : ")";
        body(header, s.body);
    }
    void stmt(const ast::WhileStatement& s) {
        body("while (" + print_expression(s.condition) + ")", s.body);
    }
    void stmt(const ast::DoWhileStatement& s) {
        body("do", s.body);
        line("while (" + print_expression(s.condition) + ");");
    }
    void stmt(const ast::ReturnStatement& s) {
        line(s.value ? "return " + print_expression(*s.value) + ";" : "return;");
    }
    void stmt(const ast::BreakStatement&) { line("break;"); }
    void stmt(const ast::ContinueStatement&) { line("continue;"); }
    void stmt(const ast::PlaceholderStatement&) { line("_;"); }
    void stmt(const ast::EmitStatement& s) { line("emit " + print_expression(s.event_call) + ";"); }
    void stmt(const ast::RevertStatement& s) {
        line("revert " + print_expression(s.error_call) + ";");
    }
    void stmt(const ast::TryStatement& s) {
        std::string header = "try " + print_expression(s.call) + " ";
        if (s.has_returns) header += "returns (" + variables_text(s.returns) + ") ";
        block(header, s.body);
        for (const auto& c : s.clauses) {
            std::string clause = "catch ";
            if (!c.name.empty()) clause += c.name;
            if (c.has_parameters) clause += "(" + variables_text(c.parameters) + ")";
            block(clause + (c.name.empty() && !c.has_parameters ? "" : " "), c.body);
        }
    }
    void stmt(const ast::InlineAssembly& a) {
        line(assembly_header(a) + "{");
        yul_block(a.body);
        line("}");
    }
    void yul_block(const std::vector<ast::YulStatement>& body) {
        ++indent;
        for (const auto& s : body) {
            if (!is_compound(s)) {
                line(yul_text(s));
            } else if (s.kind == ast::YulStatement::Kind::for_) {
                line("for {");
                yul_block(s.init);
                line("} " + yul_text(s.value.front()) + " {");
                yul_block(s.post);
                line("} {");
                yul_block(s.body);
                line("}");
            } else if (s.kind == ast::YulStatement::Kind::switch_) {
                line(yul_head(s));
                --indent; // the cases line up with their switch
                yul_block(s.body);
                ++indent;
            } else {
                const std::string head = yul_head(s);
                line(head.empty() ? "{" : head + " {");
                yul_block(s.body);
                line("}");
            }
        }
        --indent;
    }

    void annotations(const std::vector<ast::Annotation>& list) {
        for (const auto& a : list)
            line("/// " + std::string(annotation_tag(a.kind)) + " " +
                 print_expression(a.condition) + ";");
    }

    void member(const ast::ContractMember& m) {
        boost::apply_visitor([&](const auto& n) { decl(n); }, m.get());
    }

    void decl(const ast::StateVariableDeclaration& v) {
        std::string text = print_type(v.type);
        if (v.visibility != ast::Visibility::unspecified)
            text += " " + std::string(visibility_text(v.visibility));
        if (v.constant) text += " constant";
        if (v.immutable) text += " immutable";
        if (v.transient) text += " transient";
        text += override_text(v.override_) + " " + v.name;
        if (v.initial_value) text += " = " + print_expression(*v.initial_value);
        line(text + ";");
    }
    void decl(const ast::StructDefinition& s) {
        line("struct " + s.name + " {");
        ++indent;
        for (const auto& m : s.members)
            line(variable_text(m) + ";");
        --indent;
        line("}");
    }
    void decl(const ast::EnumDefinition& e) {
        std::string values;
        for (const auto& v : e.values)
            values += (values.empty() ? "" : ", ") + v.name;
        line("enum " + e.name + " { " + values + " }");
    }
    void decl(const ast::UserValueTypeDefinition& d) {
        line("type " + d.name + " is " + print_type(d.underlying) + ";");
    }
    void decl(const ast::EventDefinition& e) {
        line("event " + e.name + "(" + variables_text(e.parameters) + ")" +
             (e.anonymous ? " anonymous;" : ";"));
    }
    void decl(const ast::ErrorDefinition& e) {
        line("error " + e.name + "(" + variables_text(e.parameters) + ");");
    }
    void decl(const ast::ModifierDefinition& m) {
        std::string header = "modifier " + m.name + "(" + variables_text(m.parameters) + ")";
        if (m.is_virtual) header += " virtual";
        header += override_text(m.override_);
        if (m.body)
            block(header + " ", *m.body);
        else
            line(header + ";");
    }
    void decl(const ast::FunctionDefinition& f) {
        annotations(f.annotations);
        std::string header(function_kind_text(f.kind));
        if (f.kind == ast::FunctionKind::function) header += " " + f.name;
        header += "(" + variables_text(f.parameters) + ")";
        if (f.visibility != ast::Visibility::unspecified)
            header += " " + std::string(visibility_text(f.visibility));
        if (f.mutability != ast::Mutability::nonpayable)
            header += " " + std::string(mutability_text(f.mutability));
        for (const auto& m : f.modifiers)
            header += " " + modifier_text(m);
        if (f.is_virtual) header += " virtual";
        header += override_text(f.override_);
        if (!f.returns.empty()) header += " returns (" + variables_text(f.returns) + ")";
        if (f.body)
            block(header + " ", *f.body);
        else
            line(header + ";");
    }

    void contract(const ast::ContractDefinition& c) {
        annotations(c.annotations);
        std::string header = std::string(contract_kind_text(c.kind)) + " " + c.name;
        std::string bases;
        for (const auto& b : c.bases) {
            bases += (bases.empty() ? "" : ", ") + TypePrinter{}.node(b.base);
            if (b.arguments) bases += "(" + ExprPrinter{}.list(*b.arguments) + ")";
        }
        if (!bases.empty()) header += " is " + bases;
        line(header + " {");
        ++indent;
        usings(c.usings);
        for (const auto& m : c.members)
            member(m);
        --indent;
        line("}");
    }

    void usings(const std::vector<ast::UsingDirective>& list) {
        for (const auto& u : list)
            line(using_text(u));
    }

    void unit(const ast::SourceUnit& u) {
        for (const auto& p : u.pragmas)
            line("pragma " + p.name + " " + p.value + ";");
        for (const auto& i : u.imports) {
            if (!i.symbols.empty()) {
                std::string symbols;
                for (const auto& s : i.symbols)
                    symbols += (symbols.empty() ? "" : ", ") + s.name +
                               (s.alias.empty() ? "" : " as " + s.alias);
                line("import {" + symbols + "} from " + quote(i.path) + ";");
            } else if (!i.unit_alias.empty()) {
                line("import * as " + i.unit_alias + " from " + quote(i.path) + ";");
            } else {
                line("import " + quote(i.path) + ";");
            }
        }
        usings(u.file_level.usings);
        for (const auto& m : u.file_level.members)
            member(m);
        for (const auto& c : u.contracts) {
            if (!out.empty()) out += '\n';
            contract(c);
        }
    }
};

// ---------------------------------------------------------------------------------------------
// The tree view
// ---------------------------------------------------------------------------------------------

struct TreePrinter {
    const SourceManager* sources;
    bool with_spans;
    std::string out;
    int depth = 0;

    void line(const std::string& text, Span span) {
        out.append(static_cast<std::size_t>(depth) * 2, ' ');
        out += text;
        if (with_spans) {
            if (sources && span.file < sources->size()) {
                LineCol lc = sources->file(span.file).line_col(span.begin);
                out += fmt::format(" @{}:{}", lc.line, lc.column);
            } else {
                out += fmt::format(" @{}..{}", span.begin, span.end);
            }
        }
        out += '\n';
    }
    template <typename F> void nested(F&& f) {
        ++depth;
        f();
        --depth;
    }
    void labelled(const std::string& label, const ast::Expression& e, Span span) {
        line(label, span);
        nested([&] { expr(e); });
    }

    void expr(const ast::Expression& e) {
        boost::apply_visitor([&](const auto& n) { node(ast::unwrap(n)); }, e.get());
    }
    void node(const ast::Identifier& n) { line("Identifier " + n.name, n.span); }
    void node(const ast::NumberLiteral& n) {
        line("Number " + n.text + (n.unit.empty() ? "" : " " + n.unit), n.span);
    }
    void node(const ast::BoolLiteral& n) { line(n.value ? "Bool true" : "Bool false", n.span); }
    void node(const ast::StringLiteral& n) {
        line(std::string(n.hex ? "HexString " : "String ") + quote(n.value), n.span);
    }
    void node(const ast::ElementaryTypeExpr& n) {
        line("TypeExpr " + TypePrinter{}.node(n.type), n.span);
    }
    void node(const ast::TupleExpr& n) {
        line(fmt::format("Tuple ({} elements)", n.elements.size()), n.span);
        nested([&] {
            for (const auto& e : n.elements) {
                if (e)
                    expr(*e);
                else
                    line("<empty>", n.span);
            }
        });
    }
    void node(const ast::InlineArray& n) {
        line(fmt::format("InlineArray ({} elements)", n.elements.size()), n.span);
        nested([&] {
            for (const auto& e : n.elements)
                expr(e);
        });
    }
    void node(const ast::Unary& n) {
        line(std::string(is_postfix(n.op) ? "Postfix " : "Unary ") + std::string(unary_text(n.op)),
             n.span);
        nested([&] { expr(n.operand); });
    }
    void node(const ast::Binary& n) {
        line("Binary " + std::string(binary_op_text(n.op)), n.span);
        nested([&] {
            expr(n.lhs);
            expr(n.rhs);
        });
    }
    void node(const ast::Assignment& n) {
        line("Assignment " + std::string(assign_op_text(n.op)), n.span);
        nested([&] {
            expr(n.lhs);
            expr(n.rhs);
        });
    }
    void node(const ast::Conditional& n) {
        line("Conditional", n.span);
        nested([&] {
            expr(n.condition);
            expr(n.when_true);
            expr(n.when_false);
        });
    }
    void node(const ast::Call& n) {
        line(n.has_option_braces ? "Call with options" : "Call", n.span);
        nested([&] {
            expr(n.callee);
            for (const auto& o : n.options)
                labelled("Option " + o.name, o.value, o.span);
            for (std::size_t i = 0; i < n.arguments.size(); ++i) {
                if (n.named && i < n.argument_names.size())
                    labelled("Argument " + n.argument_names[i], n.arguments[i],
                             n.argument_name_spans[i]);
                else
                    expr(n.arguments[i]);
            }
        });
    }
    void node(const ast::MemberAccess& n) {
        line("Member ." + n.member, n.span);
        nested([&] { expr(n.object); });
    }
    void node(const ast::IndexAccess& n) {
        line(n.index ? "Index" : "Index (no index)", n.span);
        nested([&] {
            expr(n.object);
            if (n.index) expr(*n.index);
        });
    }
    void node(const ast::IndexRangeAccess& n) {
        line(std::string("IndexRange") + (n.start ? "" : " (no start)") +
                 (n.end ? "" : " (no end)"),
             n.span);
        nested([&] {
            expr(n.object);
            if (n.start) expr(*n.start);
            if (n.end) expr(*n.end);
        });
    }
    void node(const ast::NewExpr& n) { line("New " + print_type(n.type), n.span); }

    void variable(const std::string& kind, const ast::VariableDeclaration& v) {
        line(kind + " " + variable_text(v), v.span);
    }

    void statement(const ast::Statement& s) {
        boost::apply_visitor([&](const auto& n) { stmt(ast::unwrap(n)); }, s.get());
    }
    void stmt(const ast::Block& b) {
        line(b.unchecked ? "UncheckedBlock" : "Block", b.span);
        nested([&] {
            for (const auto& s : b.statements)
                statement(s);
        });
    }
    void stmt(const ast::VariableDeclarationStatement& d) {
        line(d.is_tuple ? "TupleDeclaration" : "VariableDeclaration", d.span);
        nested([&] {
            for (const auto& v : d.variables) {
                if (v)
                    variable("Variable", *v);
                else
                    line("<empty>", d.span);
            }
            if (d.initial_value) labelled("Value", *d.initial_value, d.span);
        });
    }
    void stmt(const ast::ExpressionStatement& s) {
        line("ExpressionStatement", s.span);
        nested([&] { expr(s.expression); });
    }
    void stmt(const ast::IfStatement& s) {
        line("If", s.span);
        nested([&] {
            expr(s.condition);
            statement(s.then_branch);
            if (s.else_branch) {
                line("Else", s.span);
                nested([&] { statement(*s.else_branch); });
            }
        });
    }
    void stmt(const ast::ForStatement& s) {
        line("For", s.span);
        nested([&] {
            if (s.init) {
                line("Init", s.span);
                nested([&] { statement(*s.init); });
            }
            if (s.condition) labelled("Condition", *s.condition, s.span);
            if (s.step) labelled("Step", *s.step, s.span);
            statement(s.body);
        });
    }
    void stmt(const ast::WhileStatement& s) {
        line("While", s.span);
        nested([&] {
            expr(s.condition);
            statement(s.body);
        });
    }
    void stmt(const ast::DoWhileStatement& s) {
        line("DoWhile", s.span);
        nested([&] {
            statement(s.body);
            expr(s.condition);
        });
    }
    void stmt(const ast::ReturnStatement& s) {
        line("Return", s.span);
        if (s.value) nested([&] { expr(*s.value); });
    }
    void stmt(const ast::BreakStatement& s) { line("Break", s.span); }
    void stmt(const ast::ContinueStatement& s) { line("Continue", s.span); }
    void stmt(const ast::PlaceholderStatement& s) { line("Placeholder", s.span); }
    void stmt(const ast::EmitStatement& s) {
        line("Emit", s.span);
        nested([&] { expr(s.event_call); });
    }
    void stmt(const ast::RevertStatement& s) {
        line("Revert", s.span);
        nested([&] { expr(s.error_call); });
    }
    void stmt(const ast::TryStatement& s) {
        line("Try", s.span);
        nested([&] {
            expr(s.call);
            for (const auto& v : s.returns)
                variable("Returns", v);
            stmt(s.body);
            for (const auto& c : s.clauses) {
                line(c.name.empty() ? "Catch" : "Catch " + c.name, c.span);
                nested([&] {
                    for (const auto& v : c.parameters)
                        variable("Parameter", v);
                    stmt(c.body);
                });
            }
        });
    }
    void stmt(const ast::InlineAssembly& a) {
        line("InlineAssembly", a.span);
        nested([&] { yul_block(a.body); });
    }
    void yul_block(const std::vector<ast::YulStatement>& body) {
        for (const auto& s : body) {
            if (!is_compound(s)) {
                line("Yul " + yul_text(s), s.span);
            } else if (s.kind == ast::YulStatement::Kind::for_) {
                line("Yul for " + yul_text(s.value.front()), s.span);
                nested([&] {
                    line("YulInit", s.span);
                    nested([&] { yul_block(s.init); });
                    line("YulPost", s.span);
                    nested([&] { yul_block(s.post); });
                    line("YulBody", s.span);
                    nested([&] { yul_block(s.body); });
                });
            } else {
                const std::string head = yul_head(s);
                line(head.empty() ? "YulBlock" : "Yul " + head, s.span);
                nested([&] { yul_block(s.body); });
            }
        }
    }

    void annotations(const std::vector<ast::Annotation>& list) {
        for (const auto& a : list)
            labelled("Annotation " + std::string(annotation_tag(a.kind)), a.condition, a.span);
    }

    void member(const ast::ContractMember& m) {
        boost::apply_visitor([&](const auto& n) { decl(n); }, m.get());
    }
    void decl(const ast::StateVariableDeclaration& v) {
        std::string text = "StateVariable " + print_type(v.type) + " " + v.name;
        if (v.visibility != ast::Visibility::unspecified)
            text += " " + std::string(visibility_text(v.visibility));
        if (v.constant) text += " constant";
        if (v.immutable) text += " immutable";
        if (v.transient) text += " transient";
        line(text + override_text(v.override_), v.span);
        if (v.initial_value) nested([&] { expr(*v.initial_value); });
    }
    void decl(const ast::StructDefinition& s) {
        line("Struct " + s.name, s.span);
        nested([&] {
            for (const auto& m : s.members)
                variable("Field", m);
        });
    }
    void decl(const ast::EnumDefinition& e) {
        line("Enum " + e.name, e.span);
        nested([&] {
            for (const auto& v : e.values)
                line("Value " + v.name, v.span);
        });
    }
    void decl(const ast::UserValueTypeDefinition& d) {
        line("UserValueType " + d.name + " is " + print_type(d.underlying), d.span);
    }
    void decl(const ast::EventDefinition& e) {
        line("Event " + e.name + (e.anonymous ? " anonymous" : ""), e.span);
        nested([&] {
            for (const auto& p : e.parameters)
                variable("Parameter", p);
        });
    }
    void decl(const ast::ErrorDefinition& e) {
        line("Error " + e.name, e.span);
        nested([&] {
            for (const auto& p : e.parameters)
                variable("Parameter", p);
        });
    }
    void decl(const ast::ModifierDefinition& m) {
        line("Modifier " + m.name + (m.is_virtual ? " virtual" : "") + override_text(m.override_),
             m.span);
        nested([&] {
            for (const auto& p : m.parameters)
                variable("Parameter", p);
            if (m.body) stmt(*m.body);
        });
    }
    void decl(const ast::FunctionDefinition& f) {
        std::string text =
            std::string(function_kind_text(f.kind) == "function" ? "Function" : "Special") + " " +
            std::string(function_kind_text(f.kind));
        if (!f.name.empty()) text += " " + f.name;
        if (f.visibility != ast::Visibility::unspecified)
            text += " " + std::string(visibility_text(f.visibility));
        if (f.mutability != ast::Mutability::nonpayable)
            text += " " + std::string(mutability_text(f.mutability));
        if (f.is_virtual) text += " virtual";
        line(text + override_text(f.override_), f.span);
        nested([&] {
            annotations(f.annotations);
            for (const auto& p : f.parameters)
                variable("Parameter", p);
            for (const auto& m : f.modifiers) {
                line("Modifier " + modifier_text(m), m.span);
                if (m.arguments)
                    nested([&] {
                        for (const auto& a : *m.arguments)
                            expr(a);
                    });
            }
            for (const auto& r : f.returns)
                variable("Returns", r);
            if (f.body) stmt(*f.body);
        });
    }

    void unit(const ast::SourceUnit& u) {
        line("SourceUnit", u.span);
        nested([&] {
            for (const auto& p : u.pragmas)
                line("Pragma " + p.name + " " + p.value, p.span);
            for (const auto& i : u.imports) {
                std::string text = "Import " + quote(i.path);
                if (!i.unit_alias.empty()) text += " as " + i.unit_alias;
                for (const auto& s : i.symbols)
                    text += " " + s.name + (s.alias.empty() ? "" : "=" + s.alias);
                line(text, i.span);
            }
            for (const auto& c : u.contracts) {
                line(std::string(contract_kind_text(c.kind)) + " " + c.name, c.span);
                nested([&] {
                    annotations(c.annotations);
                    for (const auto& b : c.bases) {
                        line("Base " + TypePrinter{}.node(b.base) + (b.arguments ? "()" : ""),
                             b.span);
                        if (b.arguments)
                            nested([&] {
                                for (const auto& a : *b.arguments)
                                    expr(a);
                            });
                    }
                    for (const auto& us : c.usings)
                        line("Using " + using_text(us), us.span);
                    for (const auto& m : c.members)
                        member(m);
                });
            }
            for (const auto& us : u.file_level.usings)
                line("Using " + using_text(us), us.span);
            for (const auto& m : u.file_level.members)
                member(m);
        });
    }
};

} // namespace

std::string print_expression(const ast::Expression& expression) {
    return ExprPrinter{}.print(expression);
}

std::string print_type(const ast::TypeName& type) {
    return boost::apply_visitor([](const auto& n) { return TypePrinter{}.node(ast::unwrap(n)); },
                                type.get());
}

std::string print_tree(const ast::SourceUnit& unit, const SourceManager* sources, bool with_spans) {
    TreePrinter printer{sources, with_spans, {}, 0};
    printer.unit(unit);
    return printer.out;
}

std::string print_source(const ast::SourceUnit& unit) {
    SourcePrinter printer;
    printer.unit(unit);
    return printer.out;
}

} // namespace mallory::lang
