// Golden tests for the checker: every tests/lang/cases/check/*.sol holds a program and, after a
// `// ----` line, the exact diagnostics `mallory check` renders for it (no colour, paths
// relative to the repository root), each line prefixed with `// `. An empty expectation means
// the file must check cleanly. UPDATE_GOLDEN=1 rewrites the expectations (review the
// diff before committing).
#include "lang/frontend.hpp"

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <gtest/gtest.h>
#include <sstream>

namespace fs = std::filesystem;
using namespace mallory::lang;

namespace {

const std::string separator = "// ----";

std::string read(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

std::vector<std::string> case_files() {
    std::vector<std::string> out;
    fs::path dir = fs::path(MALLORY_SOURCE_DIR) / "tests/lang/cases/check";
    for (const auto& e : fs::directory_iterator(dir))
        if (e.path().extension() == ".sol") out.push_back(e.path().filename().string());
    std::sort(out.begin(), out.end());
    return out;
}

std::string expected_of(const std::string& text) {
    auto pos = text.find("\n" + separator + "\n");
    if (pos == std::string::npos) return "<missing // ---- line>";
    std::istringstream in(text.substr(pos + separator.size() + 2));
    std::string line, out;
    while (std::getline(in, line)) {
        if (line.rfind("// ", 0) == 0)
            out += line.substr(3) + "\n";
        else if (line == "//")
            out += "\n";
    }
    return out;
}

class CheckCase : public ::testing::TestWithParam<std::string> {};

TEST_P(CheckCase, DiagnosticsMatchGolden) {
    fs::current_path(MALLORY_SOURCE_DIR);
    std::string rel = "tests/lang/cases/check/" + GetParam();
    std::string text = read(rel);
    FrontendOptions options;
    options.contracts_dir = std::string(MALLORY_SOURCE_DIR) + "/contracts";
    FrontendResult result = load_and_check({rel}, options);
    std::string actual = render_all(result.sources, result.diagnostics.sorted(), false);
    if (const char* update = std::getenv("UPDATE_GOLDEN"); update && *update == '1') {
        std::string body = text.substr(0, text.find("\n" + separator + "\n"));
        std::string golden = body + "\n" + separator + "\n";
        std::istringstream in(actual);
        std::string line;
        while (std::getline(in, line))
            golden += line.empty() ? "//\n" : "// " + line + "\n";
        std::ofstream(rel, std::ios::binary) << golden;
        return;
    }
    EXPECT_EQ(expected_of(text), actual) << "in " << rel;
}

INSTANTIATE_TEST_SUITE_P(Cases, CheckCase, ::testing::ValuesIn(case_files()),
                         [](const ::testing::TestParamInfo<std::string>& param_info) {
                             std::string name =
                                 param_info.param.substr(0, param_info.param.size() - 4);
                             for (char& c : name)
                                 if (!std::isalnum(static_cast<unsigned char>(c))) c = '_';
                             return name;
                         });

} // namespace
