#include "lang/diagnostic.hpp"

#include <algorithm>
#include <fmt/format.h>
#include <tuple>

namespace mallory::lang {

std::string code_text(DiagCode code) {
    return fmt::format("E{:04}", static_cast<unsigned>(code));
}

std::string_view code_summary(DiagCode code) {
    switch (code) {
#define X(name, number, summary)                                                                   \
    case DiagCode::name:                                                                           \
        return summary;
#include "lang/diagnostic_codes.def"
#undef X
    }
    return "unknown diagnostic";
}

std::string_view severity_text(Severity severity) {
    switch (severity) {
    case Severity::error:
        return "error";
    case Severity::warning:
        return "warning";
    case Severity::note:
        return "note";
    }
    return "error";
}

Diagnostic& Diagnostics::error(DiagCode code, Span span, std::string message) {
    ++m_error_count;
    m_items.push_back({Severity::error, code, span, std::move(message), std::nullopt, {}});
    return m_items.back();
}

Diagnostic& Diagnostics::warning(DiagCode code, Span span, std::string message) {
    m_items.push_back({Severity::warning, code, span, std::move(message), std::nullopt, {}});
    return m_items.back();
}

std::vector<Diagnostic> Diagnostics::sorted() const {
    std::vector<Diagnostic> out = m_items;
    auto key = [](const Diagnostic& d) {
        return std::tie(d.span.file, d.span.begin, d.span.end, d.code, d.message);
    };
    std::stable_sort(out.begin(), out.end(),
                     [&](const Diagnostic& a, const Diagnostic& b) { return key(a) < key(b); });
    out.erase(
        std::unique(out.begin(), out.end(),
                    [&](const Diagnostic& a, const Diagnostic& b) { return key(a) == key(b); }),
        out.end());
    return out;
}

namespace {

struct Palette {
    const char* bold;
    const char* red;
    const char* yellow;
    const char* cyan;
    const char* green;
    const char* reset;
};

Palette palette(bool color) {
    if (!color) return {"", "", "", "", "", ""};
    return {"\x1b[1m", "\x1b[1;31m", "\x1b[1;35m", "\x1b[1;36m", "\x1b[1;32m", "\x1b[0m"};
}

const char* severity_color(const Palette& p, Severity s) {
    return s == Severity::error ? p.red : s == Severity::warning ? p.yellow : p.cyan;
}

/// The source line of `span`'s start and a caret line under the part of the span on that line.
/// Tabs in the prefix are kept so the caret lines up in any terminal.
std::string excerpt(const SourceManager& sources, Span span, const Palette& p) {
    if (span.file >= sources.size()) return {};
    const SourceFile& file = sources.file(span.file);
    LineCol start = file.line_col(span.begin);
    std::string_view line = file.line_text(start.line);
    if (line.size() > 400) return {}; // minified or binary input: a caret line would not help
    std::string gutter = fmt::format("{:>5} | ", start.line);
    std::string out = gutter + std::string(line) + "\n";
    std::string marks(gutter.size() - 2, ' ');
    marks += "| ";
    std::uint32_t col0 = start.column - 1;
    for (std::uint32_t i = 0; i < col0 && i < line.size(); ++i)
        marks += line[i] == '\t' ? '\t' : ' ';
    std::uint32_t line_end = static_cast<std::uint32_t>(line.size());
    std::uint32_t width = 1;
    if (span.end > span.begin) {
        std::uint32_t end_col = span.end - (span.begin - col0);
        width = std::max<std::uint32_t>(1, std::min(end_col, line_end) - std::min(col0, line_end));
    }
    out += marks + p.green + "^" + std::string(width - 1, '~') + p.reset + "\n";
    return out;
}

std::string location(const SourceManager& sources, Span span) {
    if (span.file >= sources.size()) return "<unknown>";
    const SourceFile& file = sources.file(span.file);
    LineCol lc = file.line_col(span.begin);
    return fmt::format("{}:{}:{}", file.path(), lc.line, lc.column);
}

} // namespace

std::string render_text(const SourceManager& sources, const Diagnostic& d, bool color) {
    Palette p = palette(color);
    std::string out = fmt::format("{}{}: {}{}:{} {}{} [{}]\n", p.bold, location(sources, d.span),
                                  severity_color(p, d.severity), severity_text(d.severity), p.reset,
                                  p.bold, d.message + p.reset, code_text(d.code));
    out += excerpt(sources, d.span, p);
    if (d.hint && !d.hint->empty())
        out += fmt::format("      = {}help:{} {}\n", p.cyan, p.reset, *d.hint);
    for (const DiagNote& note : d.notes) {
        out += fmt::format("{}{}: {}note:{} {}\n", p.bold, location(sources, note.span), p.cyan,
                           p.reset, note.message);
        out += excerpt(sources, note.span, p);
    }
    return out;
}

std::string render_all(const SourceManager& sources, const std::vector<Diagnostic>& items,
                       bool color) {
    std::string out;
    std::size_t errors = 0, warnings = 0;
    for (const Diagnostic& d : items) {
        out += render_text(sources, d, color);
        errors += d.severity == Severity::error;
        warnings += d.severity == Severity::warning;
    }
    if (errors + warnings > 0) {
        std::string summary;
        if (errors) summary += fmt::format("{} error{}", errors, errors == 1 ? "" : "s");
        if (errors && warnings) summary += " and ";
        if (warnings) summary += fmt::format("{} warning{}", warnings, warnings == 1 ? "" : "s");
        out += summary + " generated.\n";
    }
    return out;
}

namespace {

/// Largest edit distance a "did you mean" hint accepts, whatever the name's length: typos are a
/// few edits, and the cap keeps the search linear in the name's length (a 200k-character
/// identifier took minutes with a full quadratic table).
constexpr std::size_t max_hint_distance = 4;

/// Levenshtein distance of `a` and `b` if it is at most `limit`, else limit + 1. Only cells
/// within `limit` of the diagonal can stay under it, so each row costs O(limit).
std::size_t bounded_edit_distance(std::string_view a, std::string_view b, std::size_t limit) {
    const std::size_t over = limit + 1;
    if ((a.size() > b.size() ? a.size() - b.size() : b.size() - a.size()) > limit) return over;
    std::vector<std::size_t> prev(b.size() + 1, over), row(b.size() + 1, over);
    for (std::size_t j = 0; j <= std::min(b.size(), limit); ++j)
        prev[j] = j;
    for (std::size_t i = 1; i <= a.size(); ++i) {
        const std::size_t lo = i > limit ? i - limit : 1;
        const std::size_t hi = std::min(b.size(), i + limit);
        // The next row reads this one at [lo - 1, hi + 1]: write exactly those cells.
        row[lo - 1] = lo == 1 && i <= limit ? i : over;
        std::size_t best = row[lo - 1];
        for (std::size_t j = lo; j <= hi; ++j) {
            row[j] =
                std::min({prev[j] + 1, row[j - 1] + 1, prev[j - 1] + (a[i - 1] != b[j - 1]), over});
            best = std::min(best, row[j]);
        }
        if (hi + 1 <= b.size()) row[hi + 1] = over;
        if (best > limit) return over;
        std::swap(prev, row);
    }
    return prev[b.size()];
}

} // namespace

std::optional<std::string> closest_name(std::string_view wrong,
                                        const std::vector<std::string>& candidates) {
    const std::size_t limit = std::clamp<std::size_t>(wrong.size() / 3, 1, max_hint_distance);
    std::optional<std::string> best;
    std::size_t best_distance = limit + 1;
    for (const std::string& candidate : candidates) {
        if (candidate == wrong) continue;
        const std::size_t distance = bounded_edit_distance(wrong, candidate, limit);
        if (distance < best_distance || (distance == best_distance && best && candidate < *best)) {
            best_distance = distance;
            best = candidate;
        }
    }
    return best;
}

} // namespace mallory::lang
