#include "lang/source.hpp"

#include <algorithm>
#include <filesystem>
#include <fmt/format.h>
#include <fstream>
#include <sstream>
#include <system_error>

namespace mallory::lang {

SourceFile::SourceFile(std::string path, std::string text, std::string key)
    : m_path(std::move(path)), m_key(key.empty() ? m_path : std::move(key)),
      m_text(std::move(text)) {
    m_line_starts.push_back(0);
    for (std::uint32_t i = 0; i < m_text.size(); ++i)
        if (m_text[i] == '\n') m_line_starts.push_back(i + 1);
}

LineCol SourceFile::line_col(std::uint32_t offset) const {
    offset = std::min<std::uint32_t>(offset, static_cast<std::uint32_t>(m_text.size()));
    auto it = std::upper_bound(m_line_starts.begin(), m_line_starts.end(), offset);
    auto line = static_cast<std::uint32_t>(it - m_line_starts.begin());
    return {line, offset - m_line_starts[line - 1] + 1};
}

std::string_view SourceFile::line_text(std::uint32_t line) const {
    if (line == 0 || line > m_line_starts.size()) return {};
    std::uint32_t begin = m_line_starts[line - 1];
    std::uint32_t end = line < m_line_starts.size() ? m_line_starts[line] : m_text.size();
    std::string_view view(m_text.data() + begin, end - begin);
    while (!view.empty() && (view.back() == '\n' || view.back() == '\r'))
        view.remove_suffix(1);
    return view;
}

FileId SourceManager::add(std::string path, std::string text) {
    m_files.push_back(std::make_unique<SourceFile>(std::move(path), std::move(text)));
    return static_cast<FileId>(m_files.size() - 1);
}

std::optional<FileId> SourceManager::load(const std::string& path, std::string* error) {
    namespace fs = std::filesystem;
    std::error_code ec;
    fs::path normal = fs::weakly_canonical(fs::path(path), ec);
    std::string key = ec ? path : normal.string();
    if (auto known = find(key)) return known;
    if (fs::is_directory(key, ec)) {
        if (error) *error = "is a directory";
        return std::nullopt;
    }
    std::ifstream in(key, std::ios::binary);
    if (!in) {
        if (error) *error = "cannot open file";
        return std::nullopt;
    }
    // Read in chunks up to a bound: /dev/zero or a multi-gigabyte file must not take the
    // memory of the machine (or forever) before anything can be said about it.
    std::string text;
    char chunk[1 << 16];
    while (in.read(chunk, sizeof chunk) || in.gcount() > 0) {
        text.append(chunk, static_cast<std::size_t>(in.gcount()));
        if (text.size() > max_source_bytes) {
            if (error)
                *error = fmt::format("too large: a source file may have at most {} MiB",
                                     max_source_bytes >> 20);
            return std::nullopt;
        }
    }
    m_files.push_back(std::make_unique<SourceFile>(path, std::move(text), key));
    return static_cast<FileId>(m_files.size() - 1);
}

std::optional<FileId> SourceManager::find(const std::string& path) const {
    for (std::size_t i = 0; i < m_files.size(); ++i)
        if (m_files[i]->key() == path) return static_cast<FileId>(i);
    return std::nullopt;
}

std::string_view SourceManager::text(Span span) const {
    const std::string& all = file(span.file).text();
    if (span.begin > all.size() || span.end > all.size() || span.begin > span.end) return {};
    return std::string_view(all).substr(span.begin, span.end - span.begin);
}

} // namespace mallory::lang
