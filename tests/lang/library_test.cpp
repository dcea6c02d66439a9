// Libraries, free functions, file-level declarations, `using ... for` and named arguments: the
// parts (AST shape, model, call resolution, argument order). Behaviour end to end is in
// tests/lang/cases/run/{libraries_using,named_arguments,require_custom_error}.sol, compared with
// solc + @ethereumjs/vm by tests/reference/run_cases.test.mjs.
#include "lang/ast_printer.hpp"
#include "lang/compiler.hpp"
#include "lang/frontend.hpp"
#include "tests/lang/compile_fixture.hpp"

#include <gtest/gtest.h>

namespace mallory::lang {
namespace {

const char* const library_source = R"sol(
pragma solidity ^0.8.20;
error Empty();
struct Box { uint256 v; }
uint256 constant ONE = 1;
function unwrap(Box memory b) pure returns (uint256) { return b.v; }
using {unwrap} for Box global;
library Counter {
    struct Data { uint256 n; }
    function inc(Data storage d, uint256 by) internal returns (uint256) { d.n += by; return d.n; }
    function peek(Data storage d) public view returns (uint256) { return d.n; }
}
contract User {
    using Counter for Counter.Data;
    Counter.Data data;
    function step(uint256 by) external returns (uint256) {
        if (by == 0) revert Empty();
        return data.inc(by) + Box(ONE).unwrap() + Counter.peek(data);
    }
    function named(uint256 a, uint256 b) internal pure returns (uint256) { return a - b; }
    function order() external pure returns (uint256) { return named({b: 1, a: 3}); }
}
)sol";

const ast::Call* find_call(const ast::Expression& e, std::string_view callee_text) {
    const auto* call = boost::get<ast::x3::forward_ast<ast::Call>>(&e.get());
    if (call && print_expression(call->get().callee) == callee_text) return &call->get();
    return nullptr;
}

TEST(Library, ParserKeepsUsingDirectivesAndFileLevelDeclarations) {
    FrontendResult r = check_sources({{"lib.sol", library_source}},
                                     {.contracts_dir = "", .remappings = {}, .check = false});
    ASSERT_TRUE(r.ok()) << render_all(r.sources, r.diagnostics.sorted(), false);
    const ast::SourceUnit& unit = r.units.at(0)->unit;
    EXPECT_EQ(unit.file_level.kind, ast::ContractKind::file_level);
    EXPECT_EQ(unit.file_level.members.size(), 4u); // error, struct, constant, function
    ASSERT_EQ(unit.file_level.usings.size(), 1u);
    EXPECT_TRUE(unit.file_level.usings[0].global);
    EXPECT_EQ(unit.file_level.usings[0].functions.size(), 1u);
    ASSERT_EQ(unit.contracts.size(), 2u);
    EXPECT_EQ(unit.contracts[0].kind, ast::ContractKind::library);
    ASSERT_EQ(unit.contracts[1].usings.size(), 1u);
    EXPECT_TRUE(unit.contracts[1].usings[0].library.has_value());
    EXPECT_TRUE(unit.contracts[1].usings[0].type.has_value());
}

TEST(Library, PrintedSourceRoundTrips) {
    FrontendResult r = check_sources({{"lib.sol", library_source}},
                                     {.contracts_dir = "", .remappings = {}, .check = false});
    ASSERT_TRUE(r.ok());
    std::string printed = print_source(r.units.at(0)->unit);
    EXPECT_NE(printed.find("using {unwrap} for Box global;"), std::string::npos) << printed;
    EXPECT_NE(printed.find("using Counter for Counter.Data;"), std::string::npos) << printed;
    EXPECT_NE(printed.find("library Counter {"), std::string::npos) << printed;
    FrontendResult again = check_sources({{"again.sol", printed}});
    EXPECT_TRUE(again.ok()) << render_all(again.sources, again.diagnostics.sorted(), false);
}

TEST(Library, LibrariesAndTheFileLevelAreNotDeployed) {
    FrontendResult r = check_sources({{"lib.sol", library_source}});
    ASSERT_TRUE(r.ok()) << render_all(r.sources, r.diagnostics.sorted(), false);
    int libraries = 0, file_levels = 0;
    for (const check::ContractInfo* c : r.model->contracts()) {
        libraries += c->is_library();
        file_levels += c->is_file_level();
        if (c->is_library() || c->is_file_level()) {
            EXPECT_FALSE(c->is_deployable()) << c->name;
        }
        for (const check::FunctionInfo* f : c->functions) {
            if (c->is_file_level()) {
                EXPECT_EQ(f->visibility, ast::Visibility::internal);
            }
        }
    }
    EXPECT_EQ(libraries, 1);
    EXPECT_EQ(file_levels, 1);
    Diagnostics diagnostics;
    CompileOutput out = compile(r.sources, *r.model, diagnostics);
    ASSERT_FALSE(diagnostics.has_errors());
    ASSERT_EQ(out.contracts.size(), 1u);
    EXPECT_EQ(out.contracts[0].name, "User");
}

TEST(Library, ImportedFreeFunctionsOverloadUnderTheirNameAndTheModules) {
    // `import {kind}` and `import "lib.sol" as M` bring every overload of `kind`; each call
    // picks one by its arguments.
    const std::string lib = R"(pragma solidity ^0.8.20;
function kind(uint8 x) pure returns (uint256) { return uint256(x) + 800; }
function kind(int256 x) pure returns (uint256) { return uint256(-x) + 2560; }
)";
    const std::string user = R"(pragma solidity ^0.8.20;
import "lib.sol" as M;
import {kind} from "lib.sol";
contract User {
    function viaModule() external pure returns (uint256) { return M.kind(uint8(1)) + M.kind(-3); }
    function viaName() external pure returns (uint256) { return kind(int256(-5)) + kind(uint8(2)); }
}
)";
    testing::CompiledProgram p({{"lib.sol", lib}, {"user.sol", user}});
    testing::VmWorld w;
    const vm::Address at = w.deploy(*p.find("User")).result.created;
    EXPECT_EQ(w.call_word(at, testing::calldata("viaModule()")), vm::U256{801 + 2563});
    EXPECT_EQ(w.call_word(at, testing::calldata("viaName()")), vm::U256{2565 + 802});
}

TEST(Library, BoundCallsAndLibraryCallsAreInternal) {
    FrontendResult r = check_sources({{"lib.sol", library_source}});
    ASSERT_TRUE(r.ok());
    const ast::ContractDefinition& user = r.units.at(0)->unit.contracts.at(1);
    const auto* step = boost::get<ast::FunctionDefinition>(&user.members.at(1).get());
    ASSERT_NE(step, nullptr);
    const auto* ret = boost::get<ast::ReturnStatement>(&step->body->statements.at(1).get());
    ASSERT_NE(ret, nullptr);
    // data.inc(by) + Box(ONE).unwrap() + Counter.peek(data)
    const auto& sum = boost::get<ast::x3::forward_ast<ast::Binary>>(&ret->value->get())->get();
    const auto& left = boost::get<ast::x3::forward_ast<ast::Binary>>(&sum.lhs.get())->get();
    const ast::Call* inc = find_call(left.lhs, "data.inc");
    const ast::Call* unwrap = find_call(left.rhs, "Box(ONE).unwrap");
    const ast::Call* peek = find_call(sum.rhs, "Counter.peek");
    ASSERT_TRUE(inc && unwrap && peek);
    for (const ast::Call* c : {inc, unwrap, peek})
        EXPECT_EQ(r.model->expr(c->id)->call.kind, check::CallKind::internal);
    EXPECT_TRUE(r.model->expr(inc->id)->call.bound);
    EXPECT_TRUE(r.model->expr(unwrap->id)->call.bound);
    EXPECT_FALSE(r.model->expr(peek->id)->call.bound);
    EXPECT_EQ(r.model->expr(inc->id)->call.function->parameter_types.size(), 2u);
}

TEST(Library, NamedArgumentsArePutInParameterOrder) {
    FrontendResult r = check_sources({{"lib.sol", library_source}});
    ASSERT_TRUE(r.ok());
    const ast::ContractDefinition& user = r.units.at(0)->unit.contracts.at(1);
    const auto* order = boost::get<ast::FunctionDefinition>(&user.members.at(3).get());
    ASSERT_NE(order, nullptr);
    const auto* ret = boost::get<ast::ReturnStatement>(&order->body->statements.at(0).get());
    ASSERT_NE(ret, nullptr);
    EXPECT_EQ(print_expression(*ret->value), "named({a: 3, b: 1})");
}

TEST(Library, NamedArgumentErrorsAreSolcs) {
    FrontendResult r = check_sources({{"bad.sol", R"sol(
contract C {
    function f(uint a, uint b) internal pure returns (uint) { return a + b; }
    function g() public pure returns (uint) { return f({a: 1, c: 2}); }
}
)sol"}});
    ASSERT_FALSE(r.ok());
    std::string text = render_all(r.sources, r.diagnostics.sorted(), false);
    EXPECT_NE(text.find("Named argument \"c\" does not match function declaration."),
              std::string::npos)
        << text;
}

} // namespace
} // namespace mallory::lang
