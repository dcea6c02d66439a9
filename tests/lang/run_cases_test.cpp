// Run cases, end to end through the `mallory` binary: every tests/lang/cases/run/*.sol is run
// as `mallory run FILE --value 10 ether --gas-limit 30000000 --json`, and the outcome
// (`success` or `failure`) and the ordered events must equal the lines after its `// ----`
// line. The expectations are the real EVM's: tests/reference/run_cases.test.mjs checks the
// same files against solc and @ethereumjs/vm (and prints them for a new case with --print).
#include <algorithm>
#include <array>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>
#include <sstream>

namespace fs = std::filesystem;

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
    for (const auto& e :
         fs::directory_iterator(fs::path(MALLORY_SOURCE_DIR) / "tests/lang/cases/run"))
        if (e.path().extension() == ".sol") out.push_back(e.path().filename().string());
    std::sort(out.begin(), out.end());
    return out;
}

/// The expectation lines after `// ----`, without their `// ` prefix.
std::vector<std::string> expectations(const std::string& text) {
    std::vector<std::string> out;
    auto pos = text.find("\n" + separator + "\n");
    if (pos == std::string::npos) return out;
    std::istringstream in(text.substr(pos + separator.size() + 2));
    std::string line;
    while (std::getline(in, line))
        if (line.rfind("// ", 0) == 0) out.push_back(line.substr(3));
    return out;
}

/// Runs a command; returns its standard output.
std::string capture(const std::string& command) {
    std::string out;
    FILE* pipe = popen(command.c_str(), "r");
    if (!pipe) return out;
    std::array<char, 4096> buffer{};
    std::size_t n = 0;
    while ((n = fread(buffer.data(), 1, buffer.size(), pipe)) > 0)
        out.append(buffer.data(), n);
    pclose(pipe);
    return out;
}

/// `mallory run --json` output in the expectation form: the outcome, then `Name(arg, ...)` per
/// event with each argument in its JSON form (as JSON.stringify writes it on the EVM side).
std::vector<std::string> render(const nlohmann::json& j) {
    const bool success = j.at("success").get<bool>();
    std::vector<std::string> out{success ? "success" : "failure"};
    if (!success) return out;
    for (const auto& e : j.at("events")) {
        std::string line = e.at("name").get<std::string>() + "(";
        bool first = true;
        for (const auto& a : e.at("args")) {
            line += (first ? "" : ", ") + a.dump();
            first = false;
        }
        out.push_back(line + ")");
    }
    return out;
}

std::string joined(const std::vector<std::string>& lines) {
    std::string out;
    for (const auto& l : lines)
        out += l + "\n";
    return out;
}

class RunCase : public ::testing::TestWithParam<std::string> {};

TEST_P(RunCase, EventsMatchTheRealEvm) {
    const std::string rel = "tests/lang/cases/run/" + GetParam();
    const std::vector<std::string> want = expectations(read(fs::path(MALLORY_SOURCE_DIR) / rel));
    ASSERT_FALSE(want.empty()) << rel << ": no expectations after a '// ----' line";
    const std::string command = "cd '" + std::string(MALLORY_SOURCE_DIR) + "' && '" + MALLORY_EXE +
                                "' run " + rel +
                                " --value 10000000000000000000 --gas-limit 30000000 --json "
                                "2>/dev/null";
    const std::string out = capture(command);
    const nlohmann::json j = nlohmann::json::parse(out, nullptr, false);
    ASSERT_FALSE(j.is_discarded()) << rel << ": not JSON:\n" << out;
    EXPECT_EQ(joined(render(j)), joined(want)) << rel;
}

INSTANTIATE_TEST_SUITE_P(Cases, RunCase, ::testing::ValuesIn(case_files()),
                         [](const ::testing::TestParamInfo<std::string>& i) {
                             std::string n = i.param.substr(0, i.param.size() - 4);
                             std::replace(n.begin(), n.end(), '-', '_');
                             return n;
                         });

} // namespace
