// Every realistic contract in contracts/examples/ and the built-in forge-std files must pass
// the checker without errors.
#include "lang/frontend.hpp"

#include <algorithm>
#include <filesystem>
#include <gtest/gtest.h>

namespace fs = std::filesystem;
using namespace mallory::lang;

namespace {

std::vector<std::string> examples() {
    std::vector<std::string> out;
    for (const char* sub : {"contracts/examples", "contracts/dao"}) {
        fs::path dir = fs::path(MALLORY_SOURCE_DIR) / sub;
        if (!fs::exists(dir)) continue;
        for (const auto& e : fs::recursive_directory_iterator(dir))
            if (e.path().extension() == ".sol")
                out.push_back(fs::relative(e.path(), MALLORY_SOURCE_DIR).string());
    }
    std::sort(out.begin(), out.end());
    if (out.empty()) out.push_back("");
    return out;
}

class Example : public ::testing::TestWithParam<std::string> {};

TEST_P(Example, ChecksWithoutErrors) {
    ASSERT_FALSE(GetParam().empty()) << "contracts/examples and contracts/dao hold no .sol files";
    fs::current_path(MALLORY_SOURCE_DIR);
    FrontendOptions options;
    options.contracts_dir = std::string(MALLORY_SOURCE_DIR) + "/contracts";
    FrontendResult result = load_and_check({GetParam()}, options);
    EXPECT_FALSE(result.diagnostics.has_errors())
        << render_all(result.sources, result.diagnostics.sorted(), false);
    EXPECT_FALSE(result.model->contracts().empty());
}

INSTANTIATE_TEST_SUITE_P(Contracts, Example, ::testing::ValuesIn(examples()),
                         [](const ::testing::TestParamInfo<std::string>& param_info) {
                             std::string name =
                                 param_info.param.empty() ? "none" : param_info.param;
                             for (char& c : name)
                                 if (!std::isalnum(static_cast<unsigned char>(c))) c = '_';
                             return name;
                         });

TEST(ForgeStd, BuiltinFilesCheckCleanly) {
    fs::current_path(MALLORY_SOURCE_DIR);
    FrontendOptions options;
    options.contracts_dir = std::string(MALLORY_SOURCE_DIR) + "/contracts";
    FrontendResult result =
        load_and_check({"contracts/forge-std/Test.sol", "contracts/forge-std/Script.sol"}, options);
    EXPECT_TRUE(result.diagnostics.items().empty())
        << render_all(result.sources, result.diagnostics.sorted(), false);
}

} // namespace
