// The semantic-test runner on small isoltest files: what passes, what fails (with the line of
// the first mismatch), what is skipped and why, and isoltest's environment.
#include "tests/conformance/semantic_runner.hpp"

#include <filesystem>
#include <fstream>
#include <gtest/gtest.h>
#include <unistd.h>

using namespace mallory::conformance;

namespace {

const char* const counter = R"(contract C {
    uint public n;
    event Set(uint indexed who, uint value);
    constructor(uint start) payable { n = start; }
    function add(uint x) public returns (uint) { n += x; emit Set(7, n); return n; }
    function boom() public pure returns (uint8) { uint8 a = 255; return a + 1; }
    function fail(string memory why) public pure { require(false, why); }
    function when() public view returns (uint, uint, uint) { return (block.number, block.timestamp, block.chainid); }
    function pay() public payable {}
}
)";

TestOutcome run(const std::string& expectations, const std::string& source = counter) {
    return run_semantic_test(source + "// ----\n" + expectations, "test.sol");
}

} // namespace

TEST(SemanticRunner, PassesCallsEventsRevertsAndBalances) {
    const TestOutcome o = run("// constructor(), 2 wei: 5 ->\n"
                              "// n() -> 5\n"
                              "// add(uint256): 3 -> 8\n"
                              "// ~ emit Set(uint256,uint256): #7, 8\n"
                              "// boom() -> FAILURE, hex\"4e487b71\", 0x11\n"
                              "// fail(string): 0x20, 3, \"abc\" -> FAILURE, hex\"08c379a0\", "
                              "0x20, 3, \"abc\"\n"
                              "// pay(), 1 ether ->\n"
                              "// balance -> 1000000000000000002\n"
                              "// storageEmpty -> 0\n");
    EXPECT_EQ(o.verdict, Verdict::Passed) << o.reason << o.detail;
}

TEST(SemanticRunner, WrongReturnFailsAtItsLine) {
    const TestOutcome o = run("// constructor(): 5 ->\n// n() -> 6\n");
    EXPECT_EQ(o.verdict, Verdict::Failed);
    EXPECT_NE(o.reason.find("line 13: n()"), std::string::npos) << o.reason;
}

TEST(SemanticRunner, MissingOrWrongEventFails) {
    const TestOutcome missing = run("// constructor(): 0 ->\n// add(uint256): 1 -> 1\n");
    EXPECT_EQ(missing.verdict, Verdict::Failed);
    EXPECT_NE(missing.reason.find("expected 0 event(s), got 1"), std::string::npos);
    const TestOutcome wrong = run(
        "// constructor(): 0 ->\n// add(uint256): 1 -> 1\n// ~ emit Set(uint256,uint256): #8, 1\n");
    EXPECT_EQ(wrong.verdict, Verdict::Failed);
}

TEST(SemanticRunner, UnexpectedRevertAndWrongRevertDataFail) {
    EXPECT_EQ(run("// constructor(): 0 ->\n// boom() -> 0\n").verdict, Verdict::Failed);
    EXPECT_EQ(run("// constructor(): 0 ->\n// boom() -> FAILURE\n").verdict, Verdict::Failed);
    EXPECT_EQ(run("// constructor(): 0 ->\n// balance -> 1\n").verdict, Verdict::Failed);
}

TEST(SemanticRunner, IsoltestEnvironment) {
    // Deployment in block 1, one block per call, 15 s apart, chain id 1.
    const TestOutcome o =
        run("// constructor(): 0 ->\n// when() -> 2, 30, 1\n// when() -> 3, 45, 1\n");
    EXPECT_EQ(o.verdict, Verdict::Passed) << o.reason;
    const char* const who = "contract W { function me() public view returns (address) { return "
                            "msg.sender; } function self() public view returns (address) { "
                            "return address(this); } }\n";
    const TestOutcome accounts = run("// me() -> 0x1212121212121212121212121212120000000012\n"
                                     "// self() -> 0xc06afe3a8444fc0004668591e8306bfb9968e79e\n"
                                     "// account: 1 -> 0x1212121212121212121212121212120000001012\n"
                                     "// me() -> 0x1212121212121212121212121212120000001012\n",
                                     who);
    EXPECT_EQ(accounts.verdict, Verdict::Passed) << accounts.reason;
}

TEST(SemanticRunner, SkipsWhatIsOutsideTheSubsetWithAReason) {
    const TestOutcome asm_ = run("// f() -> 1\n", "contract C { function f() public returns "
                                                  "(uint r) { assembly { r := msize() } } }\n");
    EXPECT_EQ(asm_.verdict, Verdict::Skipped);
    EXPECT_EQ(asm_.reason, "rejected by the checker");
    const TestOutcome lib = run("// f() -> 1\n", "library L { function f() public returns (uint) "
                                                 "{ return 1; } }\n");
    EXPECT_EQ(lib.verdict, Verdict::Skipped);
    EXPECT_EQ(lib.reason, "a library as the contract under test");
    const TestOutcome fixed = run("// f() -> 1\n", "contract C { fixed128x18 x; function f() "
                                                   "public returns (uint) { return 1; } }\n");
    EXPECT_EQ(fixed.verdict, Verdict::Skipped);
    EXPECT_EQ(fixed.reason, "rejected by the checker");
    EXPECT_NE(fixed.detail.find("test.sol:1:"), std::string::npos) << fixed.detail;
    const TestOutcome ir = run_semantic_test(
        std::string(counter) + "// ====\n// compileViaYul: true\n// ----\n// n() -> 0\n", "t.sol");
    EXPECT_EQ(ir.verdict, Verdict::Skipped);
    const TestOutcome unreadable = run("// n() -> @\n");
    EXPECT_EQ(unreadable.verdict, Verdict::Skipped);
    EXPECT_NE(unreadable.detail.find("line 12"), std::string::npos) << unreadable.detail;
}

TEST(SemanticRunner, GasLimitBoundsEveryCall) {
    const char* const loop = "contract L { function f() public pure { while (true) {} } }\n";
    SemanticOptions options;
    options.gas_limit = 1'000'000;
    const TestOutcome o =
        run_semantic_test(std::string(loop) + "// ----\n// f() -> FAILURE\n", "l.sol", options);
    EXPECT_EQ(o.verdict, Verdict::Passed) << o.reason;
}

TEST(SemanticRunner, ExternalSourcesAreReadBesideTheTest) {
    const auto dir = std::filesystem::temp_directory_path() /
                     ("mallory_conformance_" + std::to_string(::getpid()));
    std::filesystem::create_directories(dir / "_ext");
    std::ofstream(dir / "_ext" / "e.sol")
        << "contract E { function g() public pure returns (uint) { return 7; } }\n";
    const std::string test = "==== ExternalSource: _ext/e.sol ====\nimport \"_ext/e.sol\";\n"
                             "contract C is E {}\n// ----\n// g() -> 7\n";
    SemanticOptions options;
    options.test_directory = dir;
    const TestOutcome found = run_semantic_test(test, "t.sol", options);
    EXPECT_EQ(found.verdict, Verdict::Passed) << found.reason << found.detail;
    options.test_directory = dir / "nowhere";
    const TestOutcome missing = run_semantic_test(test, "t.sol", options);
    EXPECT_EQ(missing.verdict, Verdict::Skipped);
    EXPECT_EQ(missing.reason, "external source not found");
    std::filesystem::remove_all(dir);
}
