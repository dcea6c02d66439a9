// The SPDX license comment: solc reads `SPDX-License-Identifier: <license>` in the text outside
// a file's declarations, rejects a second one (3716) and a license with characters an SPDX
// expression cannot hold (1114). Text outside the declarations is, in a file that parses, the
// comments between them: here the comments at brace depth 0.
#include "lang/parser/passes.hpp"

#include <cstddef>
#include <string_view>

namespace mallory::lang::parser {

namespace {

constexpr std::string_view license_tag = "SPDX-License-Identifier:";

/// A license declaration found in a comment: where its tag starts and the license text.
struct License {
    std::size_t at = 0;
    std::string_view text;
};

bool is_space(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f';
}

/// An SPDX license expression as solc accepts it: letters, digits, spaces, ( ) + . -
bool is_license_expression(std::string_view s) {
    if (s.empty()) return false;
    for (char c : s) {
        const bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
                        (c >= '0' && c <= '9') || c == ' ' || c == '(' || c == ')' || c == '+' ||
                        c == '.' || c == '-';
        if (!ok) return false;
    }
    return true;
}

/// The declarations in `comment` (starting at `offset` in the file), as solc's pattern
/// `SPDX-License-Identifier:\s*(.+?)([\n\r]|(\*/))` finds them: the license runs to the end
/// of its line or of its block comment, trimmed; one at the very end of the file without a
/// line break after it is not a declaration.
void find_licenses(std::string_view file, std::size_t begin, std::size_t end,
                   std::vector<License>& out) {
    for (std::size_t at = file.find(license_tag, begin); at != std::string_view::npos && at < end;
         at = file.find(license_tag, at + license_tag.size())) {
        std::size_t i = at + license_tag.size();
        while (i < file.size() && is_space(file[i]))
            ++i;
        std::size_t stop = i;
        while (stop < file.size() && file[stop] != '\n' && file[stop] != '\r' &&
               file.substr(stop, 2) != "*/")
            ++stop;
        if (stop == file.size() || stop == i) continue;
        std::string_view text = file.substr(i, stop - i);
        while (!text.empty() && is_space(text.back()))
            text.remove_suffix(1);
        out.push_back({at, text});
    }
}

} // namespace

void check_license(ParseState& state, std::string_view text) {
    std::vector<License> licenses;
    int depth = 0;
    std::size_t i = 0;
    const std::size_t n = text.size();
    while (i < n) {
        const char c = text[i];
        if (c == '"' || c == '\'') { // a string may hold "//" and the tag
            std::size_t j = i + 1;
            while (j < n && text[j] != c && text[j] != '\n')
                j += text[j] == '\\' ? 2 : 1;
            i = j + 1;
        } else if (c == '/' && i + 1 < n && (text[i + 1] == '/' || text[i + 1] == '*')) {
            const bool line = text[i + 1] == '/';
            std::size_t end = line ? text.find('\n', i) : text.find("*/", i + 2);
            end = end == std::string_view::npos ? n : end + (line ? 0 : 2);
            if (depth == 0) find_licenses(text, i, end, licenses);
            i = end;
        } else {
            if (c == '{') ++depth;
            if (c == '}' && depth > 0) --depth;
            ++i;
        }
    }
    const char* base = text.data();
    auto span_of = [&](const License& l) {
        return state.span(base + l.at, base + l.at + license_tag.size());
    };
    if (licenses.size() > 1) {
        state.diagnostics
            ->error(DiagCode::MultipleLicenses, span_of(licenses[1]),
                    "multiple SPDX license identifiers found in source file")
            .hint = "combine the licenses in one identifier with \"AND\" or \"OR\" "
                    "(see https://spdx.org)";
    } else if (licenses.size() == 1 && !is_license_expression(licenses[0].text)) {
        state.diagnostics
            ->error(DiagCode::InvalidLicense, span_of(licenses[0]),
                    "invalid SPDX license identifier: a license expression has only letters, "
                    "digits, spaces and ( ) + . -")
            .hint = "e.g. `// SPDX-License-Identifier: MIT` or `GPL-3.0 OR MIT`";
    }
}

} // namespace mallory::lang::parser
