// `pragma abicoder v1;`: code compiled with the old ABI coder can neither declare nor call through
// the ABI a function whose parameters or results only ABI coder v2 encodes (structs, arrays of
// dynamic types). Calls are checked where they are made, so a v2 file's interface used from a
// v1 file is an error at the call (solc 2443 for an argument, 2428 for a result).
#include "lang/frontend.hpp"

#include <gtest/gtest.h>

using namespace mallory::lang;

namespace {

const char* const v2_interface = R"(pragma solidity ^0.8.20;
pragma abicoder v2;
struct Item { uint x; }
interface I {
    function names() external view returns (string[] memory);
    function put(Item memory item) external;
    function count() external view returns (uint);
}
library L {
    function get() external pure returns (Item memory it) {}
    function touch(Item storage it) external { it.x = 1; }
}
)";

std::vector<std::string> errors_of(const std::string& caller) {
    FrontendResult r = check_sources({{"A.sol", v2_interface}, {"B.sol", caller}});
    std::vector<std::string> out;
    for (const Diagnostic& d : r.diagnostics.sorted()) {
        if (d.severity != Severity::error) continue;
        LineCol at = r.sources.file(d.span.file).line_col(d.span.begin);
        out.push_back(std::to_string(at.line) + ":" + std::to_string(at.column) + ": " + d.message);
    }
    return out;
}

std::string caller(const std::string& pragma, const std::string& body) {
    return "pragma solidity ^0.8.20;\n" + pragma + "import \"./A.sol\";\ncontract D {\n" + body +
           "}\n";
}

TEST(AbiCoderV1, ResultOnlyV2EncodesIsAnErrorAtTheCall) {
    EXPECT_EQ(errors_of(caller("pragma abicoder v1;\n",
                               "    function g(I i) public view { i.names(); }\n")),
              (std::vector<std::string>{
                  "5:35: The type of return parameter 1, string[] memory, is only supported in "
                  "ABI coder v2. Use \"pragma abicoder v2;\" to enable the feature."}));
}

TEST(AbiCoderV1, ArgumentOnlyV2EncodesIsAnErrorAtTheArgument) {
    std::vector<std::string> errors = errors_of(caller(
        "pragma abicoder v1;\n", "    function g(I i) public { Item memory it; i.put(it); }\n"));
    ASSERT_EQ(errors.size(), 1u);
    EXPECT_EQ(errors[0], "5:52: The type of this parameter, struct Item memory, is only "
                         "supported in ABI coder v2. Use \"pragma abicoder v2;\" to enable the "
                         "feature.");
}

TEST(AbiCoderV1, PublicLibraryFunctionResultIsCheckedLikeAnExternalCall) {
    std::vector<std::string> errors =
        errors_of(caller("pragma abicoder v1;\n", "    function g() public pure { L.get(); }\n"));
    ASSERT_EQ(errors.size(), 1u);
    EXPECT_NE(errors[0].find("return parameter 1, struct Item memory"), std::string::npos)
        << errors[0];
}

TEST(AbiCoderV1, StorageReferenceToALibraryIsNotEncodedAndIsAccepted) {
    EXPECT_TRUE(errors_of(caller("pragma abicoder v1;\n",
                                 "    Item item;\n    function g() public { L.touch(item); }\n"))
                    .empty());
}

TEST(AbiCoderV1, ValueTypesPassAndTheDefaultCoderAcceptsEverything) {
    EXPECT_TRUE(errors_of(caller("pragma abicoder v1;\n",
                                 "    function g(I i) public view returns (uint) { return "
                                 "i.count(); }\n"))
                    .empty());
    EXPECT_TRUE(
        errors_of(caller("", "    function g(I i) public { i.names(); Item memory it; i.put(it); "
                             "L.get(); }\n"))
            .empty());
}

TEST(AbiCoderV1, InheritingAnInterfaceOnlyV2EncodesIsAnErrorAtTheContract) {
    // solc 6594: the v1 contract's dispatcher would have to decode the base's struct.
    const char* base = R"(pragma solidity ^0.8.20;
pragma abicoder v2;
contract C {
    struct Item { uint x; }
    function get(Item memory) external pure {}
    function count() external pure returns (uint) { return 1; }
}
)";
    auto errors = [&](const std::string& pragma) {
        FrontendResult r = check_sources(
            {{"A.sol", base},
             {"B.sol", "pragma solidity ^0.8.20;\n" + pragma + "import \"./A.sol\";\n" +
                           "contract D is C {}\ncontract E is D {}\n"}});
        std::vector<std::string> out;
        for (const Diagnostic& d : r.diagnostics.sorted())
            if (d.severity == Severity::error) {
                LineCol at = r.sources.file(d.span.file).line_col(d.span.begin);
                out.push_back(std::to_string(at.line) + ":" + std::to_string(at.column) + ": " +
                              d.message);
            }
        return out;
    };
    EXPECT_EQ(errors("pragma abicoder v1;\n"),
              (std::vector<std::string>{
                  "4:10: contract 'D' does not use ABI coder v2 but inherits 'get((uint256))' "
                  "from 'C', whose types require it",
                  "5:10: contract 'E' does not use ABI coder v2 but inherits 'get((uint256))' "
                  "from 'C', whose types require it"}));
    EXPECT_TRUE(errors("").empty());
}

} // namespace
