#pragma once
/// Checks one solc syntax test (syntaxTests/) against Mallory's front end: a program solc
/// rejects must not be accepted; a program solc accepts (only Warning/Info lines) should be,
/// or rejected with a message that says it is outside the subset. Where both reject, whether
/// Mallory's first error is on the line of solc's first error.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace mallory::conformance {

/// One expectation line: `// TypeError 9574: (62-77): message` (the range is optional and may
/// name a source unit: `(B.sol:17-43)`).
struct SolcDiagnostic {
    std::string kind; ///< TypeError, Warning, ...
    std::string source;
    std::optional<std::pair<unsigned, unsigned>> range; ///< byte offsets in that source unit
    std::string message;
    [[nodiscard]] bool is_error() const;
};

/// The diagnostics of a syntax test's expectation lines (lines that are not diagnostics, such
/// as a message's continuation, are ignored).
std::vector<SolcDiagnostic> parse_solc_diagnostics(const std::vector<std::string_view>& lines);

struct SyntaxOutcome {
    bool skipped = false; ///< the file could not be read as a test
    std::string skip_reason;
    bool solc_valid = true;
    bool mallory_accepted = false;
    /// Mallory rejected a valid program with a message that says it is outside the subset.
    bool says_outside_subset = false;
    /// Both rejected, and Mallory's first error is on the line of solc's first error.
    bool same_line = false;
    std::string mallory_first_error; ///< `file:line:col: message`, "" when accepted
    std::string solc_first_error;    ///< `Kind (file:line:col): message`
};

SyntaxOutcome run_syntax_test(std::string_view text, const std::string& name);

} // namespace mallory::conformance
