// Golden tests: tests/lang/cases/parse/*.sol hold source text, a `// ----` line, then the exact
// diagnostics the parser renders for it (each line prefixed with `// `). Paths in the output are
// relative to the repository root, so the goldens do not depend on where the tree is checked
// out. Set UPDATE_GOLDEN=1 (the one switch of every golden test) to rewrite the expectations (then
// review the diff).
#include "lang/ast_printer.hpp"
#include "lang/parser.hpp"

#include <filesystem>
#include <fstream>
#include <gtest/gtest.h>
#include <sstream>

namespace mallory::lang {
namespace {

namespace fs = std::filesystem;

constexpr std::string_view separator = "\n// ----\n";

std::string read_file(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream buffer;
    buffer << in.rdbuf();
    return buffer.str();
}

std::string strip_trailing_spaces(const std::string& text) {
    std::string out;
    std::istringstream lines(text);
    for (std::string line; std::getline(lines, line);) {
        while (!line.empty() && (line.back() == ' ' || line.back() == '\r'))
            line.pop_back();
        out += line + "\n";
    }
    return out;
}

/// The expected block: the lines after the separator without their `// ` prefix.
std::string expected_of(const std::string& content) {
    auto at = content.find(separator);
    if (at == std::string::npos) return "";
    std::istringstream lines(content.substr(at + separator.size()));
    std::string out;
    for (std::string line; std::getline(lines, line);)
        out += (line.starts_with("// ")  ? line.substr(3)
                : line.starts_with("//") ? line.substr(2)
                                         : line) +
               "\n";
    return strip_trailing_spaces(out);
}

std::string commented(const std::string& rendered) {
    std::string out;
    std::istringstream lines(rendered);
    for (std::string line; std::getline(lines, line);)
        out += line.empty() ? "//\n" : "// " + line + "\n";
    return out;
}

std::vector<fs::path> case_files() {
    fs::path dir = fs::path(MALLORY_SOURCE_DIR) / "tests/lang/cases/parse";
    std::vector<fs::path> files;
    for (const auto& entry : fs::directory_iterator(dir))
        if (entry.path().extension() == ".sol") files.push_back(entry.path());
    std::sort(files.begin(), files.end());
    return files;
}

TEST(ParserCases, GoldenDiagnostics) {
    auto files = case_files();
    ASSERT_GE(files.size(), 10u);
    const char* update_env = std::getenv("UPDATE_GOLDEN");
    bool update = update_env && *update_env == '1';
    for (const fs::path& path : files) {
        std::string content = read_file(path);
        std::string relative = fs::relative(path, MALLORY_SOURCE_DIR).generic_string();
        SCOPED_TRACE(relative);
        std::string source = content.substr(0, content.find(separator));
        SourceManager sources;
        Diagnostics diagnostics;
        FileId file = sources.add(relative, content);
        parse(sources, file, diagnostics);
        std::string actual =
            strip_trailing_spaces(render_all(sources, diagnostics.sorted(), false));
        if (update) {
            std::ofstream out(path, std::ios::binary);
            out << source << (source.ends_with("\n") ? "" : "\n");
            if (!actual.empty()) out << "// ----\n" << commented(actual);
            continue;
        }
        EXPECT_EQ(actual, expected_of(content));
    }
}

/// print_tree(parse(print_source(parse(x)))) == print_tree(parse(x)) for every file that
/// parses without errors: the printer emits source that means the same tree.
void expect_round_trip(const std::string& name, const std::string& text) {
    SCOPED_TRACE(name);
    SourceManager sources;
    Diagnostics first_diagnostics;
    auto first = parse(sources, sources.add(name, text), first_diagnostics);
    if (first_diagnostics.has_errors()) return;
    std::string printed = print_source(first);
    Diagnostics second_diagnostics;
    auto second = parse(sources, sources.add(name + ".printed", printed), second_diagnostics);
    EXPECT_EQ(render_all(sources, second_diagnostics.sorted(), false), "") << printed;
    EXPECT_EQ(print_tree(second, nullptr, false), print_tree(first, nullptr, false)) << printed;
    EXPECT_EQ(print_source(second), printed);
}

TEST(PrinterRoundTrip, Cases) {
    int checked = 0;
    for (const fs::path& path : case_files()) {
        expect_round_trip(path.filename().string(), read_file(path));
        ++checked;
    }
    EXPECT_GT(checked, 0);
}

TEST(PrinterRoundTrip, ContractCorpus) {
    int checked = 0;
    for (const char* folder : {"contracts/examples", "contracts/dao", "contracts/forge-std"}) {
        fs::path dir = fs::path(MALLORY_SOURCE_DIR) / folder;
        if (!fs::exists(dir)) continue;
        for (const auto& entry : fs::recursive_directory_iterator(dir)) {
            if (entry.path().extension() != ".sol") continue;
            expect_round_trip(entry.path().string(), read_file(entry.path()));
            ++checked;
        }
    }
    std::cout << "round-tripped " << checked << " contract files\n";
}

} // namespace
} // namespace mallory::lang
