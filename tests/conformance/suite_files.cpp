#include "tests/conformance/suite_files.hpp"

#include <algorithm>
#include <cstdlib>
#include <fmt/format.h>
#include <fstream>
#include <sstream>

#ifndef MALLORY_SOURCE_DIR
#define MALLORY_SOURCE_DIR "."
#endif

namespace mallory::conformance {

namespace fs = std::filesystem;

fs::path suite_folder(const std::optional<std::string>& argument, const std::string& sub) {
    if (argument) return *argument;
    if (const char* env = std::getenv("MALLORY_SOLIDITY_TESTS"); env && *env)
        return fs::path(env) / sub;
    // In CI the suite sits beside the checkout: ../shared/solidity-tests.
    return fs::path(MALLORY_SOURCE_DIR) / ".." / "shared" / "solidity-tests" / sub;
}

std::vector<std::string> list_tests(const fs::path& root) {
    std::vector<std::string> out;
    std::error_code ec;
    for (fs::recursive_directory_iterator it(root, ec), end; !ec && it != end; it.increment(ec)) {
        // As isoltest does, folders whose name starts with '_' hold sources that tests import
        // (==== ExternalSource), not tests.
        if (it->is_directory() && it->path().filename().string().starts_with("_")) {
            it.disable_recursion_pending();
            continue;
        }
        if (it->is_regular_file() && it->path().extension() == ".sol")
            out.push_back(fs::relative(it->path(), root).generic_string());
    }
    std::sort(out.begin(), out.end());
    return out;
}

std::optional<std::string> read_text(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) return std::nullopt;
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

std::set<std::string> read_list(const fs::path& path) {
    std::set<std::string> out;
    std::ifstream in(path);
    for (std::string line; std::getline(in, line);) {
        while (!line.empty() && (line.back() == '\r' || line.back() == ' '))
            line.pop_back();
        if (!line.empty() && line.front() != '#') out.insert(line);
    }
    return out;
}

bool write_list(const fs::path& path, const std::string& header,
                const std::set<std::string>& paths) {
    std::ofstream out(path);
    if (!out) return false;
    out << header;
    for (const std::string& p : paths)
        out << p << '\n';
    return static_cast<bool>(out);
}

bool update_golden() {
    const char* v = std::getenv("UPDATE_GOLDEN");
    return v && std::string(v) == "1";
}

bool suite_present(const fs::path& root, const std::string& what) {
    if (fs::is_directory(root)) return true;
    fmt::print("SKIPPED: solc's {} tests not found at {} (set MALLORY_SOLIDITY_TESTS or pass the "
               "folder)\n",
               what, root.string());
    return false;
}

int rewrite_list(const fs::path& path, const std::string& header,
                 const std::set<std::string>& paths) {
    const bool ok = write_list(path, header, paths);
    fmt::print("{} {}\n", ok ? "rewrote" : "could not write", path.string());
    return ok ? 0 : 1;
}

} // namespace mallory::conformance
