#pragma once
// Which tests `mallory test` runs, as `forge test` selects them: --match-test/--no-match-test
// are regexes searched in the bare function name ("testDeposit", so '^testDeposit$' selects
// exactly it), --match-contract/--no-match-contract regexes searched in the contract name,
// --match-path/--no-match-path globs over the test file's path (forge's form; a pattern that
// is not a glob match is also tried as a regex, so '.*Fuzz.*' works too). Mallory's older
// --match keeps its meaning: a regex searched in "name()" or "Contract::name()".

#include <optional>
#include <regex>
#include <string>
#include <string_view>

namespace mallory::chain::foundry {

struct TestFilter {
    std::optional<std::regex> match; ///< legacy --match
    std::optional<std::regex> match_test;
    std::optional<std::regex> no_match_test;
    std::optional<std::regex> match_contract;
    std::optional<std::regex> no_match_contract;
    std::optional<std::string> match_path;
    std::optional<std::string> no_match_path;

    /// Whether test `signature` ("testX(uint256)") of `contract` is selected (contract filters
    /// included, path filters not: see selects_path).
    [[nodiscard]] bool selects_test(const std::string& contract,
                                    const std::string& signature) const;
    [[nodiscard]] bool selects_contract(const std::string& contract) const;
    [[nodiscard]] bool selects_path(const std::string& path) const;
};

/// "testX" of "testX(uint256)".
std::string bare_name(std::string_view signature);

/// Glob match of a whole path, as forge's globs (the globset crate's defaults): `*` any run of
/// characters ('/' included), `**/` any directories or none, `?` one character but '/',
/// `[abc]` / `[!a-z]` a class.
bool glob_match(std::string_view pattern, std::string_view path);

/// Whether `pattern` selects `path` as forge's --match-path does: a glob over the path as
/// given, its normalised form, or its file name; else a regex searched in the path.
bool path_matches(const std::string& pattern, const std::string& path);

} // namespace mallory::chain::foundry
