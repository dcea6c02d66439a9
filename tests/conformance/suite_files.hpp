#pragma once
/// What the conformance runners share: finding solc's test folders, listing their files, and
/// the expectation files (one relative path a line) that make a regression fail CI.

#include <filesystem>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace mallory::conformance {

/// Exit code of a runner whose suite folder is absent (CTest's SKIP_RETURN_CODE).
inline constexpr int exit_suite_absent = 77;

/// The folder `sub` (semanticTests, syntaxTests) of solc's tests: `argument` if given, else
/// $MALLORY_SOLIDITY_TESTS/sub, else ../shared/solidity-tests/sub beside the checkout.
std::filesystem::path suite_folder(const std::optional<std::string>& argument,
                                   const std::string& sub);

/// Every `.sol` test under `root` (not in `_folders`), as sorted paths relative to it.
std::vector<std::string> list_tests(const std::filesystem::path& root);

/// Reads a whole file; nullopt if it cannot be read.
std::optional<std::string> read_text(const std::filesystem::path& path);

/// The paths listed in an expectation file (blank lines and `#` comments ignored).
std::set<std::string> read_list(const std::filesystem::path& path);

/// Writes `paths` one a line after a comment `header`. Returns false if it cannot.
bool write_list(const std::filesystem::path& path, const std::string& header,
                const std::set<std::string>& paths);

/// Whether UPDATE_GOLDEN=1 (the repository's one golden-update switch) is set.
bool update_golden();

/// Whether the suite folder `root` exists; when not, says so (the runner then exits with
/// exit_suite_absent). `what` names the suite ("semantic", "syntax").
bool suite_present(const std::filesystem::path& root, const std::string& what);

/// Rewrites an expectation file (UPDATE_GOLDEN=1) and reports it; the runner's exit code.
int rewrite_list(const std::filesystem::path& path, const std::string& header,
                 const std::set<std::string>& paths);

} // namespace mallory::conformance
