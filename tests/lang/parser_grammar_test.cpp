// The grammar, production by production: each construct parses to the expected tree, and a
// broken form of it gives an error (LANGUAGE.md §1-4).
#include "lang/ast_printer.hpp"
#include "lang/parser.hpp"
#include "lang/parser/ast_util.hpp"
#include "lang/parser/parsers.hpp"

#include <gtest/gtest.h>

namespace mallory::lang {
namespace {

struct Parsed {
    SourceManager sources;
    Diagnostics diagnostics;
    ast::SourceUnit unit;
    FileId file = 0;

    std::string errors() const { return render_all(sources, diagnostics.sorted(), false); }
    std::string tree() const { return print_tree(unit, nullptr, false); }
    std::string_view text(Span s) const { return sources.text(s); }
};

std::unique_ptr<Parsed> parse_text(const std::string& text) {
    auto p = std::make_unique<Parsed>();
    p->file = p->sources.add("test.sol", text);
    p->unit = parse(p->sources, p->file, p->diagnostics);
    return p;
}

std::unique_ptr<Parsed> parse_body(const std::string& body) {
    return parse_text("contract C {\n    function f() public {\n" + body + "\n    }\n}\n");
}

const ast::FunctionDefinition& first_function(const Parsed& p) {
    for (const auto& m : p.unit.contracts.at(0).members)
        if (auto* f = boost::get<ast::FunctionDefinition>(&m.get())) return *f;
    throw std::runtime_error("no function");
}

const ast::Statement& first_statement(const Parsed& p) {
    return first_function(p).body->statements.at(0);
}

/// Fully parenthesised form of an expression: shows the tree's shape.
std::string sexpr(const ast::Expression& e);

struct SExpr {
    std::string operator()(const ast::Identifier& n) const { return n.name; }
    std::string operator()(const ast::NumberLiteral& n) const {
        return n.text + (n.unit.empty() ? "" : "_" + n.unit);
    }
    std::string operator()(const ast::BoolLiteral& n) const { return n.value ? "true" : "false"; }
    std::string operator()(const ast::StringLiteral& n) const { return "'" + n.value + "'"; }
    std::string operator()(const ast::ElementaryTypeExpr& n) const {
        return print_type(ast::TypeName{n.type});
    }
    template <typename T> std::string operator()(const ast::x3::forward_ast<T>& n) const {
        return (*this)(n.get());
    }
    std::string operator()(const ast::TupleExpr& n) const {
        std::string out = "tuple[";
        for (const auto& e : n.elements)
            out += (e ? sexpr(*e) : "_") + ";";
        return out + "]";
    }
    std::string operator()(const ast::Unary& n) const {
        return "(" + print_expression(ast::Expression{n}) + ")";
    }
    std::string operator()(const ast::Binary& n) const {
        return "(" + sexpr(n.lhs) + " " + std::string(parser::binary_op_text(n.op)) + " " +
               sexpr(n.rhs) + ")";
    }
    std::string operator()(const ast::Assignment& n) const {
        return "(" + sexpr(n.lhs) + " := " + sexpr(n.rhs) + ")";
    }
    std::string operator()(const ast::Conditional& n) const {
        return "(" + sexpr(n.condition) + " ? " + sexpr(n.when_true) + " : " + sexpr(n.when_false) +
               ")";
    }
    std::string operator()(const ast::Call& n) const {
        std::string out = "call(" + sexpr(n.callee);
        for (const auto& o : n.options)
            out += " " + o.name + "=" + sexpr(o.value);
        for (const auto& a : n.arguments)
            out += " " + sexpr(a);
        return out + ")";
    }
    std::string operator()(const ast::MemberAccess& n) const {
        return sexpr(n.object) + "." + n.member;
    }
    std::string operator()(const ast::IndexAccess& n) const {
        return sexpr(n.object) + "[" + (n.index ? sexpr(*n.index) : "") + "]";
    }
    std::string operator()(const ast::IndexRangeAccess& n) const {
        return "range(" + sexpr(n.object) + " " + (n.start ? sexpr(*n.start) : "_") + " " +
               (n.end ? sexpr(*n.end) : "_") + ")";
    }
    std::string operator()(const ast::NewExpr& n) const {
        return "new(" + print_type(n.type) + ")";
    }
    std::string operator()(const ast::InlineArray& n) const {
        std::string out = "array(";
        for (std::size_t i = 0; i < n.elements.size(); ++i)
            out += (i ? " " : "") + sexpr(n.elements[i]);
        return out + ")";
    }
};

std::string sexpr(const ast::Expression& e) {
    return boost::apply_visitor(SExpr{}, e.get());
}

/// Parses `text` as the expression of an expression statement.
std::string shape(const std::string& text) {
    auto p = parse_body("        " + text + ";");
    EXPECT_EQ(p->errors(), "") << text;
    if (p->diagnostics.has_errors()) return "<error>";
    auto* s = ast::get_if<ast::ExpressionStatement>(first_statement(*p));
    return s ? sexpr(s->expression) : "<not an expression statement>";
}

// ---------------------------------------------------------------------------------------------
// Precedence and associativity
// ---------------------------------------------------------------------------------------------

TEST(ParserPrecedence, Table) {
    EXPECT_EQ(shape("a + b * c"), "(a + (b * c))");
    EXPECT_EQ(shape("a * b + c"), "((a * b) + c)");
    EXPECT_EQ(shape("a - b - c"), "((a - b) - c)");
    EXPECT_EQ(shape("a ** b ** c"), "(a ** (b ** c))");
    EXPECT_EQ(shape("a * b ** c"), "(a * (b ** c))");
    EXPECT_EQ(shape("a << b + c"), "(a << (b + c))");
    EXPECT_EQ(shape("a & b << c"), "(a & (b << c))");
    EXPECT_EQ(shape("a ^ b & c"), "(a ^ (b & c))");
    EXPECT_EQ(shape("a | b ^ c"), "(a | (b ^ c))");
    EXPECT_EQ(shape("a < b | c"), "(a < (b | c))");
    EXPECT_EQ(shape("a == b < c"), "(a == (b < c))");
    EXPECT_EQ(shape("a && b == c"), "(a && (b == c))");
    EXPECT_EQ(shape("a || b && c"), "(a || (b && c))");
    EXPECT_EQ(shape("a || b || c"), "((a || b) || c)");
    EXPECT_EQ(shape("a >= b != c <= d"), "((a >= b) != (c <= d))");
    EXPECT_EQ(shape("a % b / c * d"), "(((a % b) / c) * d)");
    EXPECT_EQ(shape("a >> b >> c"), "((a >> b) >> c)");
}

TEST(ParserPrecedence, AssignmentAndConditional) {
    EXPECT_EQ(shape("a = b = c"), "(a := (b := c))");
    EXPECT_EQ(shape("a += b * c"), "(a := (b * c))");
    EXPECT_EQ(shape("a = b ? c : d"), "(a := (b ? c : d))");
    EXPECT_EQ(shape("a ? b : c ? d : e"), "(a ? b : (c ? d : e))");
    EXPECT_EQ(shape("a || b ? c + 1 : d"), "((a || b) ? (c + 1) : d)");
    for (const char* op : {"+=", "-=", "*=", "/=", "%=", "|=", "&=", "^=", "<<=", ">>="}) {
        auto p = parse_body(std::string("x ") + op + " 1;");
        EXPECT_FALSE(p->diagnostics.has_errors()) << op;
        auto* s = ast::get_if<ast::ExpressionStatement>(first_statement(*p));
        ASSERT_TRUE(s);
        auto* a = ast::get_if<ast::Assignment>(s->expression);
        ASSERT_TRUE(a) << op;
        EXPECT_NE(a->op, ast::AssignOp::assign);
    }
}

TEST(ParserPrecedence, UnaryAndPostfix) {
    EXPECT_EQ(shape("-a ** 2"), "((-a) ** 2)");
    EXPECT_EQ(shape("!a && b"), "((!a) && b)");
    EXPECT_EQ(shape("~a & b"), "((~a) & b)");
    EXPECT_EQ(shape("a++ + b"), "((a++) + b)");
    EXPECT_EQ(shape("- -a"), "(- -a)");
    EXPECT_EQ(shape("delete a[i]"), "(delete a[i])");
    EXPECT_EQ(shape("--a.b"), "(--a.b)");
    EXPECT_EQ(shape("a.b.c(d)[e]"), "call(a.b.c d)[e]");
    EXPECT_EQ(shape("(a + b) * c"), "(tuple[(a + b);] * c)");
}

TEST(ParserPrecedence, Negative) {
    EXPECT_TRUE(parse_body("a + ;")->diagnostics.has_errors());
    EXPECT_TRUE(parse_body("a * * b;")->diagnostics.has_errors());
    EXPECT_TRUE(parse_body("a ? b;")->diagnostics.has_errors());
    EXPECT_TRUE(parse_body("+a;")->diagnostics.has_errors());
}

// ---------------------------------------------------------------------------------------------
// Expressions
// ---------------------------------------------------------------------------------------------

// `[a, b]` is an inline array, also after a postfix and nested; `[]` parses (solc rejects it
// as a type error, 6378).
TEST(ParserExpressions, InlineArrays) {
    EXPECT_EQ(shape("[1, 2, 3]"), "array(1 2 3)");
    EXPECT_EQ(shape("[[1, 2], [x]]"), "array(array(1 2) array(x))");
    EXPECT_EQ(shape("[10, 20][i]"), "array(10 20)[i]");
    EXPECT_EQ(shape("f([a, b])"), "call(f array(a b))");
    EXPECT_EQ(shape("[]"), "array()");
}

TEST(ParserExpressions, CallsAndOptions) {
    EXPECT_EQ(shape("b.deposit{value: v}()"), "call(b.deposit value=v)");
    EXPECT_EQ(shape("a.call{value: v, gas: g}(data)"), "call(a.call value=v gas=g data)");
    EXPECT_EQ(shape("new C{value: 1 ether}(x, y)"), "call(new(C) value=1_ether x y)");
    EXPECT_EQ(shape("new uint256[](n)"), "call(new(uint256[]) n)");
    EXPECT_EQ(shape("payable(a).transfer(v)"), "call(call(payable a).transfer v)");
    EXPECT_EQ(shape("type(uint256).max"), "call(type uint256).max");
    EXPECT_EQ(shape("uint8(x)"), "call(uint8 x)");
    EXPECT_EQ(shape("abi.decode(d, (uint, address[]))"),
              "call(abi.decode d tuple[uint;address[];])");
    EXPECT_EQ(shape("old(balance)"), "call(old balance)");
    EXPECT_EQ(shape("f()"), "call(f)");
    EXPECT_EQ(shape("I(a).f.selector"), "call(I a).f.selector");
}

TEST(ParserExpressions, IndexRanges) {
    EXPECT_EQ(shape("x[a:b]"), "range(x a b)");
    EXPECT_EQ(shape("msg.data[4:]"), "range(msg.data 4 _)");
    EXPECT_EQ(shape("x[:4]"), "range(x _ 4)");
    EXPECT_EQ(shape("x[:]"), "range(x _ _)");
    EXPECT_EQ(shape("x[1:][:2][0]"), "range(range(x 1 _) _ 2)[0]");
    EXPECT_EQ(shape("x[c ? 1 : 2 : c ? 3 : 4]"), "range(x (c ? 1 : 2) (c ? 3 : 4))");
    EXPECT_EQ(shape("x[c ? 1 : 2]"), "x[(c ? 1 : 2)]");
    EXPECT_EQ(shape("bytes4(msg.data[:4])"), "call(bytes4 range(msg.data _ 4))");
    EXPECT_TRUE(parse_body("x[1:2:3];")->diagnostics.has_errors());
    EXPECT_TRUE(parse_body("x[1:2;")->diagnostics.has_errors());
    EXPECT_TRUE(parse_body("x[::];")->diagnostics.has_errors());
}

TEST(ParserExpressions, Literals) {
    EXPECT_EQ(shape("x = 1_000"), "(x := 1_000)");
    EXPECT_EQ(shape("x = 0xff_ff"), "(x := 0xff_ff)");
    EXPECT_EQ(shape("x = 1e18"), "(x := 1e18)");
    EXPECT_EQ(shape("x = 0.5 ether"), "(x := 0.5_ether)");
    for (const char* unit :
         {"wei", "gwei", "ether", "seconds", "minutes", "hours", "days", "weeks"})
        EXPECT_EQ(shape(std::string("x = 2 ") + unit), std::string("(x := 2_") + unit + ")");
    EXPECT_EQ(shape("x = true"), "(x := true)");
    EXPECT_EQ(shape("x = false"), "(x := false)");
    EXPECT_EQ(shape(R"(x = "a\n\t\\\"\'\x41\u00e9")"), "(x := 'a\n\t\\\"'A\xc3\xa9')");
    EXPECT_EQ(shape(R"(x = "ab" 'cd')"), "(x := 'abcd')");
    EXPECT_EQ(shape(R"(x = hex"00ff" hex'01_02')"),
              std::string("(x := '") + std::string("\x00\xff\x01\x02", 4) + "')");
    // unicode"...": UTF-8 text as its bytes (2, 3 and 4-byte sequences), escapes as usual.
    EXPECT_EQ(shape("x = unicode\"\xc3\xa9\\t\" unicode'\xe2\x82\xac\xf0\x9f\x9a\x80'"),
              "(x := '\xc3\xa9\t\xe2\x82\xac\xf0\x9f\x9a\x80')");
    EXPECT_EQ(shape("x = 0x5B38Da6a701c568545dCfcB03FcB875f56beddC4"),
              "(x := 0x5B38Da6a701c568545dCfcB03FcB875f56beddC4)");
}

TEST(ParserExpressions, LiteralErrors) {
    for (const char* bad :
         {"x = 1__0;", "x = 0x;", "x = 0123;", "x = 12abc;", "x = 1e;", "x = \"abc;",
          "x = \"\\q\";", "x = hex\"0\";", "x = \"\xc3\xa9\";", "x = unicode\"\xff\";",
          "x = unicode\"\xc3\";", "x = unicode\"\xed\xa0\x80\";", "x = \"a\" unicode\"b\";",
          "x = unicode\"a\" hex\"00\";", "x = \"a\" hex\"00\";", "x = 0X12;"})
        EXPECT_TRUE(parse_body(bad)->diagnostics.has_errors()) << bad;
}

TEST(ParserExpressions, Tuples) {
    EXPECT_EQ(shape("(a, b) = (b, a)"), "(tuple[a;b;] := tuple[b;a;])");
    EXPECT_EQ(shape("(, b) = f()"), "(tuple[_;b;] := call(f))");
}

// ---------------------------------------------------------------------------------------------
// Statements
// ---------------------------------------------------------------------------------------------

TEST(ParserStatements, AllForms) {
    auto p = parse_body(R"(
        uint x = 1;
        uint[] memory xs = new uint[](3);
        (bool ok, ) = a.call{value: 1}("");
        (uint a1, uint b1) = g();
        mapping(address => uint) storage m = balances;
        if (x > 0) x = 1; else { x = 2; }
        for (uint i = 0; i < 10; i++) { continue; }
        for (;;) { break; }
        while (x < 10) x++;
        do { x--; } while (x > 0);
        unchecked { x += 1; }
        emit Transfer(a, b, 1);
        revert Unauthorized(msg.sender);
        revert("message");
        revert();
        require(x > 0, "x");
        delete balances[a];
        return;
    )");
    EXPECT_EQ(p->errors(), "");
    const auto& statements = first_function(*p).body->statements;
    ASSERT_EQ(statements.size(), 18u);
    EXPECT_TRUE(ast::get_if<ast::VariableDeclarationStatement>(statements[0]));
    auto* tuple = ast::get_if<ast::VariableDeclarationStatement>(statements[2]);
    ASSERT_TRUE(tuple);
    EXPECT_TRUE(tuple->is_tuple);
    ASSERT_EQ(tuple->variables.size(), 2u);
    EXPECT_TRUE(tuple->variables[0].has_value());
    EXPECT_FALSE(tuple->variables[1].has_value());
    EXPECT_TRUE(ast::get_if<ast::IfStatement>(statements[5]));
    EXPECT_TRUE(ast::get_if<ast::ForStatement>(statements[6]));
    EXPECT_TRUE(ast::get_if<ast::WhileStatement>(statements[8]));
    EXPECT_TRUE(ast::get_if<ast::DoWhileStatement>(statements[9]));
    auto* unchecked = ast::get_if<ast::Block>(statements[10]);
    ASSERT_TRUE(unchecked);
    EXPECT_TRUE(unchecked->unchecked);
    EXPECT_TRUE(ast::get_if<ast::EmitStatement>(statements[11]));
    EXPECT_TRUE(ast::get_if<ast::RevertStatement>(statements[12]));
    EXPECT_TRUE(ast::get_if<ast::ExpressionStatement>(statements[13]));
    EXPECT_TRUE(ast::get_if<ast::ReturnStatement>(statements[17]));
}

TEST(ParserStatements, Negative) {
    for (const char* bad :
         {"if x > 0 { }", "if (x) ", "for (uint i = 0; i < 3) {}", "while (x) ",
          "do x++; while (x)", "uint x = ;", "return 1", "emit E;", "emit;", "revert E;",
          "(bool ok, ) = ;", "unchecked x++;", "break", "continue", "x = 1", "} }"})
        EXPECT_TRUE(parse_body(bad)->diagnostics.has_errors()) << bad;
}

TEST(ParserStatements, TryCatch) {
    auto p = parse_body(R"(
        try c.f{gas: 5}(x) returns (uint v, string memory) { v; }
        catch Error(string memory reason) { reason; }
        catch Panic(uint code) {}
        catch (bytes memory data) {}
        catch {}
        try new D() {} catch Oops() {}
    )");
    EXPECT_EQ(p->errors(), "");
    const auto& statements = first_function(*p).body->statements;
    ASSERT_EQ(statements.size(), 2u);
    auto* t = ast::get_if<ast::TryStatement>(statements[0]);
    ASSERT_TRUE(t);
    EXPECT_TRUE(ast::get_if<ast::Call>(t->call));
    EXPECT_TRUE(t->has_returns);
    ASSERT_EQ(t->returns.size(), 2u);
    EXPECT_EQ(t->returns[0].name, "v");
    EXPECT_EQ(t->returns[1].name, "");
    ASSERT_EQ(t->clauses.size(), 4u);
    EXPECT_EQ(t->clauses[0].name, "Error");
    EXPECT_EQ(t->clauses[0].parameters.at(0).name, "reason");
    EXPECT_EQ(t->clauses[1].name, "Panic");
    EXPECT_EQ(t->clauses[2].name, "");
    EXPECT_TRUE(t->clauses[2].has_parameters);
    EXPECT_FALSE(t->clauses[3].has_parameters);
    auto* creation = ast::get_if<ast::TryStatement>(statements[1]);
    ASSERT_TRUE(creation);
    EXPECT_FALSE(creation->has_returns);
    ASSERT_EQ(creation->clauses.size(), 1u);
    EXPECT_EQ(creation->clauses[0].name, "Oops"); // the checker rejects the name
    EXPECT_TRUE(creation->clauses[0].parameters.empty());
}

TEST(ParserStatements, TryCatchNegative) {
    // solc's parser errors: no catch clause, an empty unnamed list, an empty returns list
    for (const char* bad :
         {"try this.f() {}", "try this.f() {} catch () {}", "try this.f() returns () {} catch {}",
          "try this.f() returns (uint a {} catch {}", "try {} catch {}", "try this.f() catch {}",
          "try this.f() {} catch Error {}"})
        EXPECT_TRUE(parse_body(bad)->diagnostics.has_errors()) << bad;
}

TEST(ParserStatements, Placeholder) {
    auto p = parse_text("contract C { modifier m() { _; x = 1; _; } }");
    EXPECT_EQ(p->errors(), "");
    auto* m = boost::get<ast::ModifierDefinition>(&p->unit.contracts[0].members[0].get());
    ASSERT_TRUE(m && m->body);
    EXPECT_TRUE(ast::get_if<ast::PlaceholderStatement>(m->body->statements[0]));
    EXPECT_TRUE(ast::get_if<ast::PlaceholderStatement>(m->body->statements[2]));
}

// ---------------------------------------------------------------------------------------------
// Members and source units
// ---------------------------------------------------------------------------------------------

TEST(ParserMembers, AllForms) {
    auto p = parse_text(R"(// SPDX-License-Identifier: MIT
pragma solidity ^0.8.20;
import "./A.sol";
import {X, Y as Z} from "./B.sol";
import * as L from "./C.sol";
abstract contract Base is A, B(1, 2) {
    uint256 public constant MAX = 10;
    address payable immutable owner;
    mapping(address => mapping(address => uint)) private allowances;
    uint[3] internal fixedArray;
    uint public override total;
    struct S { uint a; address b; }
    enum E { One, Two }
    event Deposit(address indexed who, uint amount);
    event Anon(uint) anonymous;
    error Insufficient(uint available, uint required);
    modifier onlyOwner() virtual { require(msg.sender == owner); _; }
    modifier costs(uint p) { _; }
    constructor(uint x) payable Base2(x) { }
    function f(uint a, bytes memory b) public view virtual override(A, B) onlyOwner costs(1) returns (uint r, bool) { }
    function g() external;
    receive() external payable { }
    fallback() external payable { }
    fallback(bytes calldata input) external returns (bytes memory) { }
}
interface I { function h() external returns (uint); }
contract D is Base { }
)");
    EXPECT_EQ(p->errors(), "");
    ASSERT_EQ(p->unit.contracts.size(), 3u);
    EXPECT_EQ(p->unit.pragmas.size(), 1u);
    ASSERT_EQ(p->unit.imports.size(), 3u);
    EXPECT_EQ(p->unit.imports[1].symbols.size(), 2u);
    EXPECT_EQ(p->unit.imports[1].symbols[1].alias, "Z");
    EXPECT_EQ(p->unit.imports[2].unit_alias, "L");
    const auto& base = p->unit.contracts[0];
    EXPECT_EQ(base.kind, ast::ContractKind::abstract_contract);
    ASSERT_EQ(base.bases.size(), 2u);
    EXPECT_TRUE(base.bases[1].arguments.has_value());
    EXPECT_EQ(base.members.size(), 18u);
    EXPECT_EQ(p->unit.contracts[1].kind, ast::ContractKind::interface);
    auto* f = boost::get<ast::FunctionDefinition>(&base.members[13].get());
    ASSERT_TRUE(f);
    EXPECT_EQ(f->name, "f");
    EXPECT_EQ(f->visibility, ast::Visibility::public_);
    EXPECT_EQ(f->mutability, ast::Mutability::view);
    EXPECT_TRUE(f->is_virtual);
    ASSERT_TRUE(f->override_);
    EXPECT_EQ(f->override_->bases.size(), 2u);
    EXPECT_EQ(f->modifiers.size(), 2u);
    EXPECT_FALSE(f->modifiers[0].arguments.has_value());
    EXPECT_TRUE(f->modifiers[1].arguments.has_value());
    EXPECT_EQ(f->returns.size(), 2u);
    EXPECT_EQ(f->returns[0].name, "r");
}

TEST(ParserMembers, Negative) {
    for (const char* bad :
         {"contract C { uint x }", "contract C { function f( public {} }",
          "contract C { function f() public returns uint {} }",
          "contract C { struct S { uint a } }", "contract C { enum E { } }",
          "contract C { event E(uint; }", "contract C { error E; }",
          "contract C { modifier m( { _; } }", "contract C { constructor { } }",
          "contract C { function f() public public {} }",
          "contract C { function f() view pure {} }", "contract C is { }", "contract { }",
          "contract C { receive() external payable }", "contract C { uint constant = 1; }",
          "interface I { function f() external }"})
        EXPECT_TRUE(parse_text(bad)->diagnostics.has_errors()) << bad;
}

TEST(ParserSourceUnit, Negative) {
    for (const char* bad : {"pragma solidity ^0.8.0", "import \"a.sol\"", "import {A} \"a.sol\";",
                            "import * from \"a.sol\";", "pragma solidity ^0.7.0;",
                            "pragma solidity >=0.4.0 <0.8.0;", "pragma solidity =0.9.1;",
                            "pragma solidity ^abc;", "contract C {", "}", "contract C {} }"})
        EXPECT_TRUE(parse_text(bad)->diagnostics.has_errors()) << bad;
    for (const char* good :
         {"pragma solidity ^0.8.0;", "pragma solidity >=0.7.0 <0.9.0;", "pragma solidity 0.8.20;",
          "pragma solidity ~0.8.4;", "pragma solidity >= 0.8.0;",
          "pragma solidity ^0.7.0 || ^0.8.0;", "pragma abicoder v2;", ""})
        EXPECT_FALSE(parse_text(good)->diagnostics.has_errors()) << good;
}

TEST(ParserKeywords, WholeWords) {
    auto p = parse_body("uint256x = 1; uint256 uintx; emitter = 2; returned = 3;");
    EXPECT_EQ(p->errors(), "");
    auto* first = ast::get_if<ast::ExpressionStatement>(first_statement(*p));
    ASSERT_TRUE(first);
    EXPECT_EQ(sexpr(first->expression), "(uint256x := 1)");
    EXPECT_TRUE(parse_body("uint final = 1;")->diagnostics.has_errors());
}

// ---------------------------------------------------------------------------------------------
// Spans and NodeIds
// ---------------------------------------------------------------------------------------------

TEST(ParserSpans, Exact) {
    auto p = parse_text("contract C {\n  function f() public {\n    /* c */ x = a + b * c;\n"
                        "    y = f(1, 2)[3].m;\n  }\n}\n");
    ASSERT_EQ(p->errors(), "");
    const auto& c = p->unit.contracts[0];
    EXPECT_EQ(p->text(c.span), p->sources.file(p->file).text().substr(0, p->text(c.span).size()));
    EXPECT_EQ(p->text(c.name_span), "C");
    const auto& f = first_function(*p);
    EXPECT_TRUE(p->text(f.span).starts_with("function f() public {"));
    EXPECT_TRUE(p->text(f.span).ends_with("}"));
    auto* s0 = ast::get_if<ast::ExpressionStatement>(f.body->statements[0]);
    ASSERT_TRUE(s0);
    EXPECT_EQ(p->text(s0->span), "x = a + b * c;");
    auto* assign = ast::get_if<ast::Assignment>(s0->expression);
    ASSERT_TRUE(assign);
    EXPECT_EQ(p->text(assign->span), "x = a + b * c");
    EXPECT_EQ(p->text(ast::span_of(assign->rhs)), "a + b * c");
    auto* sum = ast::get_if<ast::Binary>(assign->rhs);
    ASSERT_TRUE(sum);
    EXPECT_EQ(p->text(ast::span_of(sum->rhs)), "b * c");
    auto* s1 = ast::get_if<ast::ExpressionStatement>(f.body->statements[1]);
    auto* a1 = ast::get_if<ast::Assignment>(s1->expression);
    auto* member = ast::get_if<ast::MemberAccess>(a1->rhs);
    ASSERT_TRUE(member);
    EXPECT_EQ(p->text(member->span), "f(1, 2)[3].m");
    EXPECT_EQ(p->text(member->member_span), "m");
    auto* index = ast::get_if<ast::IndexAccess>(member->object);
    ASSERT_TRUE(index);
    EXPECT_EQ(p->text(index->span), "f(1, 2)[3]");
}

TEST(ParserSpans, TypesAndDeclarations) {
    auto p = parse_text("contract C { mapping(address => uint)[] public m; address payable o; "
                        "event E(uint indexed a); }");
    ASSERT_EQ(p->errors(), "");
    auto* v = boost::get<ast::StateVariableDeclaration>(&p->unit.contracts[0].members[0].get());
    ASSERT_TRUE(v);
    EXPECT_EQ(p->text(v->span), "mapping(address => uint)[] public m;");
    EXPECT_EQ(p->text(ast::span_of(v->type)), "mapping(address => uint)[]");
    EXPECT_EQ(p->text(v->name_span), "m");
    auto* o = boost::get<ast::StateVariableDeclaration>(&p->unit.contracts[0].members[1].get());
    EXPECT_EQ(p->text(ast::span_of(o->type)), "address payable");
    auto* e = boost::get<ast::EventDefinition>(&p->unit.contracts[0].members[2].get());
    EXPECT_EQ(p->text(e->parameters[0].span), "uint indexed a");
}

TEST(ParserNodeIds, DenseAndDeterministic) {
    auto p = parse_text("contract C { uint x = 1 + 2; function f() public { x = y; } }");
    ASSERT_EQ(p->errors(), "");
    // 1 + 2 -> Binary(1), 1(2), 2(3); x = y -> Assignment(4), x(5), y(6)
    EXPECT_EQ(p->unit.node_count, 7u);
    Diagnostics d;
    auto again = parse(p->sources, p->file, d, 100);
    EXPECT_EQ(again.node_count, 106u);
    auto* v = boost::get<ast::StateVariableDeclaration>(&again.contracts[0].members[0].get());
    EXPECT_EQ(ast::expr_node(*v->initial_value).id, 100u);
}

// solc reads the file's license from the comments outside its declarations: one is allowed,
// a second is an error (3716), and so is a license that is no SPDX expression (1114).
TEST(ParserLicense, OneSpdxIdentifierOutsideTheDeclarations) {
    const std::string tag = "SPDX-License-Identifier:";
    EXPECT_EQ(
        parse_text("// " + tag + " MIT OR (GPL-3.0+ AND Apache-2.0)\ncontract C {}\n")->errors(),
        "");
    // Inside a contract or a string it is not the file's license.
    EXPECT_EQ(parse_text("// " + tag + " MIT\ncontract C {\n    // " + tag +
                         " GPL-3.0\n    string s = \"// " + tag + " GPL-3.0\";\n}\n")
                  ->errors(),
              "");
    // Without a line break after it (the end of the file) it is not read, as in solc.
    EXPECT_EQ(parse_text("contract C {}\n// " + tag + " MIT;")->errors(), "");
    const std::string twice =
        parse_text("// " + tag + " MIT\ncontract C {}\n/* " + tag + " GPL-3.0 */\n")->errors();
    EXPECT_NE(twice.find("test.sol:3:4: error: multiple SPDX license identifiers"),
              std::string::npos)
        << twice;
    const std::string bad =
        parse_text("// " + tag + " MIT; see LICENSE\ncontract C {}\n")->errors();
    EXPECT_NE(bad.find("test.sol:1:4: error: invalid SPDX license identifier"), std::string::npos)
        << bad;
}

} // namespace
} // namespace mallory::lang
