#pragma once
/// Source files and spans: every AST node, diagnostic, source-map entry and finding points back
/// into the text through a Span.

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace mallory::lang {

using FileId = std::uint32_t;

/// A half-open byte range [begin, end) in one file.
struct Span {
    FileId file = 0;
    std::uint32_t begin = 0;
    std::uint32_t end = 0;

    friend bool operator==(const Span&, const Span&) = default;
    std::uint32_t size() const { return end - begin; }
};

/// 1-based line and column (column counts bytes).
struct LineCol {
    std::uint32_t line = 1;
    std::uint32_t column = 1;
};

/// One loaded source text with its line table.
class SourceFile {
public:
    /// `path` is shown to the user as given; `key` (canonical path) identifies the file.
    SourceFile(std::string path, std::string text, std::string key = {});

    const std::string& path() const { return m_path; }
    const std::string& key() const { return m_key; }
    const std::string& text() const { return m_text; }
    LineCol line_col(std::uint32_t offset) const;
    /// The text of a 1-based line, without its line terminator.
    std::string_view line_text(std::uint32_t line) const;
    std::uint32_t line_count() const { return static_cast<std::uint32_t>(m_line_starts.size()); }

private:
    std::string m_path;
    std::string m_key;
    std::string m_text;
    std::vector<std::uint32_t> m_line_starts;
};

/// Owns every file of a compilation; FileIds index into it.
class SourceManager {
public:
    /// Adds an in-memory text (tests, fuzzing, stdin) and returns its id.
    FileId add(std::string path, std::string text);
    /// Reads a file from disk; nullopt if it cannot be read (the caller reports why).
    /// Larger source files are refused (load() says so): offsets stay small and /dev/zero ends.
    static constexpr std::size_t max_source_bytes = std::size_t{16} << 20;
    std::optional<FileId> load(const std::string& path, std::string* error = nullptr);
    /// The id of an already loaded file with this canonical path (key).
    std::optional<FileId> find(const std::string& path) const;

    const SourceFile& file(FileId id) const { return *m_files.at(id); }
    std::size_t size() const { return m_files.size(); }
    std::string_view text(Span span) const;

private:
    std::vector<std::unique_ptr<SourceFile>> m_files;
};

} // namespace mallory::lang
