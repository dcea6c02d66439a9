// The front-end driver: files on disk, imports (relative, from subdirectories, forge-std, cycles,
// missing files and symbols) and names across files. Each error is pinned by its rendered first
// line (`path:line:col: error: message [code]`).
#include "lang/frontend.hpp"

#include <filesystem>
#include <fstream>
#include <gtest/gtest.h>
#include <string>
#include <unistd.h>
#include <vector>

namespace fs = std::filesystem;
using namespace mallory::lang;

namespace {

/// A scratch directory with .sol files; the test runs with it as the current directory so that
/// diagnostics show short relative paths.
class FrontendTest : public ::testing::Test {
protected:
    void SetUp() override {
        m_old_cwd = fs::current_path();
        const auto* info = ::testing::UnitTest::GetInstance()->current_test_info();
        m_dir =
            fs::temp_directory_path() / (std::string("mallory_frontend_") + info->name() + "_" +
                                         std::to_string(static_cast<unsigned long>(::getpid())));
        fs::remove_all(m_dir);
        fs::create_directories(m_dir);
        fs::current_path(m_dir);
    }
    void TearDown() override {
        fs::current_path(m_old_cwd);
        std::error_code ec;
        fs::remove_all(m_dir, ec);
    }

    static void write(const std::string& rel, const std::string& text) {
        fs::path p(rel);
        if (p.has_parent_path()) fs::create_directories(p.parent_path());
        std::ofstream(p, std::ios::binary) << text;
    }

    static FrontendResult load(const std::vector<std::string>& paths) {
        FrontendOptions options;
        options.contracts_dir = std::string(MALLORY_SOURCE_DIR) + "/contracts";
        return load_and_check(paths, options);
    }

    /// The first line of each rendered diagnostic, in sorted order.
    static std::vector<std::string> headlines(const FrontendResult& r) {
        std::vector<std::string> out;
        for (const Diagnostic& d : r.diagnostics.sorted()) {
            std::string text = render_text(r.sources, d, false);
            out.push_back(text.substr(0, text.find('\n')));
        }
        return out;
    }

    static bool has_contract(const FrontendResult& r, const std::string& name) {
        return r.model && r.model->find_contract(name) != nullptr;
    }

private:
    fs::path m_old_cwd;
    fs::path m_dir;
};

using Lines = std::vector<std::string>;

TEST_F(FrontendTest, MissingRootFile) {
    FrontendResult r = load({"Nope.sol"});
    ASSERT_TRUE(r.diagnostics.has_errors());
    auto lines = headlines(r);
    ASSERT_EQ(lines.size(), 1u);
    EXPECT_NE(lines[0].find("cannot read 'Nope.sol'"), std::string::npos) << lines[0];
    EXPECT_NE(lines[0].find("[E9001]"), std::string::npos) << lines[0];
}

TEST_F(FrontendTest, ImportOfMissingFileIsReportedAtTheImportPath) {
    write("A.sol", "pragma solidity ^0.8.20;\n"
                   "import \"./Missing.sol\";\n"
                   "contract A {}\n");
    FrontendResult r = load({"A.sol"});
    EXPECT_EQ(headlines(r), (Lines{"A.sol:2:8: error: cannot import \"./Missing.sol\": cannot "
                                   "open file (Missing.sol) [E2001]"}));
}

TEST_F(FrontendTest, ImportOfUndeclaredSymbol) {
    write("Lib.sol", "pragma solidity ^0.8.20;\ncontract Real {}\n");
    write("Main.sol", "pragma solidity ^0.8.20;\n"
                      "import {Real, Ghost} from \"./Lib.sol\";\n"
                      "contract Main is Real {}\n");
    FrontendResult r = load({"Main.sol"});
    EXPECT_EQ(headlines(r),
              (Lines{"Main.sol:2:15: error: 'Ghost' is not declared in \"./Lib.sol\" [E2002]"}));
}

TEST_F(FrontendTest, SymbolImportBringsOnlyTheNamedSymbols) {
    write("Lib.sol", "pragma solidity ^0.8.20;\ncontract Real {}\ncontract Other {}\n");
    write("Main.sol", "pragma solidity ^0.8.20;\n"
                      "import {Real} from \"./Lib.sol\";\n"
                      "contract Main is Real {\n"
                      "    function f() public pure returns (uint256) { Other o; return 1; }\n"
                      "}\n");
    FrontendResult r = load({"Main.sol"});
    EXPECT_EQ(headlines(r), (Lines{"Main.sol:4:50: error: undeclared type 'Other' [E2000]",
                                   "Main.sol:4:50: warning: unused local variable 'o' [E3029]"}));
}

TEST_F(FrontendTest, ForgeStdResolvesToTheBuiltinCopy) {
    write("test/T.t.sol", "pragma solidity ^0.8.20;\n"
                          "import \"forge-std/Test.sol\";\n"
                          "contract T is Test {\n"
                          "    function testOne() public { assertEq(uint256(1), 1); }\n"
                          "}\n");
    FrontendResult r = load({"test/T.t.sol"});
    EXPECT_TRUE(r.ok()) << render_all(r.sources, r.diagnostics.sorted(), false);
    EXPECT_TRUE(has_contract(r, "Test"));
    bool builtin_seen = false;
    for (const auto& u : r.units)
        builtin_seen = builtin_seen || u->builtin;
    EXPECT_TRUE(builtin_seen);
}

// forge-std's one-value console functions (lang/check/console_functions.hpp) take exactly one
// argument of their type; a width outside bytes1..bytes32 is no member.
TEST_F(FrontendTest, ConsoleValueFunctionsCheckTheirArgument) {
    write("T.t.sol",
          "pragma solidity ^0.8.20;\n"
          "import \"forge-std/Test.sol\";\n"
          "contract T is Test {\n"
          "    function testLogs() public view {\n"
          "        console.logUint(1); console.logInt(-1); console.logBytes4(0x12345678);\n"
          "        console.logBytes(msg.data); console.logAddress(address(this));\n"
          "        console.logUint(\"one\");\n"
          "        console.logBool(true, false);\n"
          "        console.logBytes33(0);\n"
          "    }\n"
          "}\n");
    FrontendResult r = load({"T.t.sol"});
    const Lines lines = headlines(r);
    ASSERT_EQ(lines.size(), 3u) << render_all(r.sources, r.diagnostics.sorted(), false);
    EXPECT_NE(lines[0].find("T.t.sol:7:25: error:"), std::string::npos) << lines[0];
    EXPECT_NE(lines[1].find("T.t.sol:8:9: error: 'console.logBool' takes 1 argument, but 2 were "
                            "given"),
              std::string::npos)
        << lines[1];
    EXPECT_NE(lines[2].find("T.t.sol:9:17: error: console has no member 'logBytes33'"),
              std::string::npos)
        << lines[2];
}

TEST_F(FrontendTest, RelativeImportsFromASubdirectory) {
    write("src/token/Token.sol", "pragma solidity ^0.8.20;\ncontract Token {}\n");
    write("src/lib/Base.sol", "pragma solidity ^0.8.20;\ncontract Base {}\n");
    write("src/app/App.sol", "pragma solidity ^0.8.20;\n"
                             "import \"../token/Token.sol\";\n"
                             "import {Base} from \"../lib/Base.sol\";\n"
                             "import \"./Local.sol\";\n"
                             "contract App is Base, Local { Token t; }\n");
    write("src/app/Local.sol", "pragma solidity ^0.8.20;\ncontract Local {}\n");
    FrontendResult r = load({"src/app/App.sol"});
    EXPECT_TRUE(r.ok()) << render_all(r.sources, r.diagnostics.sorted(), false);
    for (const char* name : {"App", "Token", "Base", "Local"})
        EXPECT_TRUE(has_contract(r, name)) << name;
    EXPECT_EQ(r.units.size(), 4u);
}

TEST_F(FrontendTest, ImportCycleLoadsEachFileOnce) {
    write("A.sol", "pragma solidity ^0.8.20;\n"
                   "import \"./B.sol\";\n"
                   "contract A { function f(B b) public pure returns (B) { return b; } }\n");
    write("B.sol", "pragma solidity ^0.8.20;\n"
                   "import \"./A.sol\";\n"
                   "contract B { function g(A a) public pure returns (A) { return a; } }\n");
    FrontendResult r = load({"A.sol"});
    EXPECT_TRUE(r.ok()) << render_all(r.sources, r.diagnostics.sorted(), false);
    EXPECT_EQ(r.units.size(), 2u);
    EXPECT_TRUE(has_contract(r, "A"));
    EXPECT_TRUE(has_contract(r, "B"));
}

TEST_F(FrontendTest, SameFileGivenTwiceAndImportedIsLoadedOnce) {
    write("A.sol", "pragma solidity ^0.8.20;\ncontract A {}\n");
    write("B.sol", "pragma solidity ^0.8.20;\nimport \"./A.sol\";\ncontract B is A {}\n");
    FrontendResult r = load({"A.sol", "B.sol", "./A.sol"});
    EXPECT_TRUE(r.ok()) << render_all(r.sources, r.diagnostics.sorted(), false);
    EXPECT_EQ(r.units.size(), 2u);
}

TEST_F(FrontendTest, DuplicateContractNamesAcrossFiles) {
    write("One.sol", "pragma solidity ^0.8.20;\ncontract Dup {}\n");
    write("Two.sol", "pragma solidity ^0.8.20;\nimport \"./One.sol\";\ncontract Dup {}\n");
    FrontendResult r = load({"Two.sol"});
    // At the later of the two, the contract, as solc reports it.
    EXPECT_EQ(headlines(r),
              (Lines{"Two.sol:3:10: error: 'Dup' is already declared by an import [E2004]"}));
}

TEST_F(FrontendTest, DuplicateContractNamesInUnrelatedRootFiles) {
    write("One.sol", "pragma solidity ^0.8.20;\ncontract Dup { uint256 a; }\n");
    write("Two.sol", "pragma solidity ^0.8.20;\ncontract Dup { uint256 b; }\n");
    FrontendResult r = load({"One.sol", "Two.sol"});
    // As with solc: separate source units may reuse a name; both contracts are in the model and
    // find_contract() returns the first (tools that take a contract name pick the first file).
    EXPECT_TRUE(headlines(r).empty());
    std::size_t count = 0;
    for (const auto* c : r.model->contracts())
        count += c->name == "Dup" ? 1 : 0;
    EXPECT_EQ(count, 2u);
}

TEST_F(FrontendTest, InMemorySourcesImportEachOther) {
    FrontendResult r = check_sources(
        {{"mem/A.sol", "pragma solidity ^0.8.20;\nimport \"./B.sol\";\ncontract A is B {}\n"},
         {"mem/B.sol", "pragma solidity ^0.8.20;\ncontract B {}\n"}});
    EXPECT_TRUE(r.ok()) << render_all(r.sources, r.diagnostics.sorted(), false);
    EXPECT_TRUE(has_contract(r, "A"));
}

} // namespace

TEST_F(FrontendTest, PackageImportsResolveFromNodeModulesOfAnAncestor) {
    write("node_modules/@acme/lib/token/Base.sol", "pragma solidity ^0.8.20;\n"
                                                   "import {Util} from \"../utils/Util.sol\";\n"
                                                   "contract Base is Util {}\n");
    write("node_modules/@acme/lib/utils/Util.sol", "pragma solidity ^0.8.20;\ncontract Util {}\n");
    write("src/app/deep/App.sol", "pragma solidity ^0.8.20;\n"
                                  "import {Base} from \"@acme/lib/token/Base.sol\";\n"
                                  "import \"@acme/lib/utils/Util.sol\";\n"
                                  "contract App is Base {}\n");
    FrontendResult r = load({"src/app/deep/App.sol"});
    EXPECT_TRUE(r.ok()) << render_all(r.sources, r.diagnostics.sorted(), false);
    EXPECT_TRUE(has_contract(r, "App"));
    // Util.sol imported twice (relatively inside the package, by package path outside) is one
    // file with one path.
    ASSERT_EQ(r.units.size(), 3u);
    EXPECT_EQ(r.sources.file(r.units[2]->file).path(), "node_modules/@acme/lib/utils/Util.sol");
}

TEST_F(FrontendTest, RemappingsTakeTheLongestPrefix) {
    write("lib/general/A.sol", "pragma solidity ^0.8.20;\ncontract General {}\n");
    write("lib/special/A.sol", "pragma solidity ^0.8.20;\ncontract Special {}\n");
    write("node_modules/@p/sub/A.sol", "pragma solidity ^0.8.20;\ncontract FromNpm {}\n");
    write("Main.sol", "pragma solidity ^0.8.20;\n"
                      "import \"@p/sub/A.sol\";\n"
                      "import {General} from \"@p/A.sol\";\n"
                      "contract Main is Special, General {}\n");
    FrontendOptions options;
    options.contracts_dir = std::string(MALLORY_SOURCE_DIR) + "/contracts";
    std::string why;
    options.remappings.push_back(*parse_remapping("@p/=lib/general/", &why));
    options.remappings.push_back(*parse_remapping("@p/sub/=lib/special/", &why));
    FrontendResult r = load_and_check({"Main.sol"}, options);
    EXPECT_TRUE(r.ok()) << render_all(r.sources, r.diagnostics.sorted(), false);
    EXPECT_TRUE(has_contract(r, "Special"));
    EXPECT_FALSE(has_contract(r, "FromNpm")); // a matching remapping is the only place looked at
}

TEST_F(FrontendTest, MissingPackageListsWhereItLooked) {
    write("src/Main.sol", "pragma solidity ^0.8.20;\n"
                          "import \"@nobody/pkg/X.sol\";\n"
                          "contract Main {}\n");
    FrontendResult r = load({"src/Main.sol"});
    auto lines = headlines(r);
    ASSERT_EQ(lines.size(), 1u);
    EXPECT_NE(lines[0].find("src/Main.sol:2:8: error: cannot import \"@nobody/pkg/X.sol\": file "
                            "not found (looked in src/@nobody/pkg/X.sol, "
                            "src/node_modules/@nobody/pkg/X.sol, node_modules/@nobody/pkg/X.sol"),
              std::string::npos)
        << lines[0];
    EXPECT_NE(lines[0].find("[E2001]"), std::string::npos) << lines[0];
}
