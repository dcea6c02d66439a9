#pragma once
/// One diagnostic type for every phase (parser, checker, compiler, CLI): a span, a stable code,
/// a message that says what was expected, an optional hint and notes.

#include "lang/source.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace mallory::lang {

enum class Severity : std::uint8_t { error, warning, note };

enum class DiagCode : std::uint16_t {
#define X(name, number, summary) name = number,
#include "lang/diagnostic_codes.def"
#undef X
};

/// "E1000"-style text of a code.
std::string code_text(DiagCode code);
/// The one-line summary of a code from the table.
std::string_view code_summary(DiagCode code);
std::string_view severity_text(Severity severity);

struct DiagNote {
    Span span;
    std::string message;
};

struct Diagnostic {
    Severity severity = Severity::error;
    DiagCode code = DiagCode::SyntaxError;
    Span span;
    std::string message;
    std::optional<std::string> hint; ///< e.g. "did you mean 'balances'?"
    std::vector<DiagNote> notes;     ///< related places, e.g. "'{' opened here"
};

/// Collects the diagnostics of one run. Not thread-safe: one per compilation.
class Diagnostics {
public:
    Diagnostic& error(DiagCode code, Span span, std::string message);
    Diagnostic& warning(DiagCode code, Span span, std::string message);
    void add(Diagnostic diagnostic) { m_items.push_back(std::move(diagnostic)); }

    bool has_errors() const { return m_error_count > 0; }
    std::size_t error_count() const { return m_error_count; }
    const std::vector<Diagnostic>& items() const { return m_items; }
    /// Sorted by file, position and code, exact duplicates removed: deterministic output.
    std::vector<Diagnostic> sorted() const;

private:
    std::vector<Diagnostic> m_items;
    std::size_t m_error_count = 0;
};

/// Renders `file:line:col: error: message [E1000]`, the source line, a caret/underline under the
/// span, the hint and the notes. `color` adds ANSI colours (for terminals).
std::string render_text(const SourceManager& sources, const Diagnostic& diagnostic, bool color);

/// Renders every diagnostic followed by a summary line ("2 errors generated.").
std::string render_all(const SourceManager& sources, const std::vector<Diagnostic>& items,
                       bool color);

/// The closest candidate within a small edit distance, for "did you mean" hints.
std::optional<std::string> closest_name(std::string_view wrong,
                                        const std::vector<std::string>& candidates);

} // namespace mallory::lang
