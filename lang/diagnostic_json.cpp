#include "lang/diagnostic_json.hpp"

namespace mallory::lang {

namespace {

nlohmann::json position(const SourceManager& sources, Span span) {
    nlohmann::json out = nlohmann::json::object();
    if (span.file >= sources.size()) return out;
    const SourceFile& file = sources.file(span.file);
    LineCol start = file.line_col(span.begin);
    LineCol end = file.line_col(span.end);
    out["file"] = file.path();
    out["line"] = start.line;
    out["column"] = start.column;
    out["end_line"] = end.line;
    out["end_column"] = end.column;
    return out;
}

} // namespace

nlohmann::json to_json(const SourceManager& sources, const Diagnostic& d) {
    nlohmann::json out = position(sources, d.span);
    out["severity"] = std::string(severity_text(d.severity));
    out["code"] = code_text(d.code);
    out["message"] = d.message;
    if (d.hint && !d.hint->empty()) out["hint"] = *d.hint;
    nlohmann::json notes = nlohmann::json::array();
    for (const DiagNote& note : d.notes) {
        nlohmann::json n = position(sources, note.span);
        n["message"] = note.message;
        notes.push_back(std::move(n));
    }
    out["notes"] = std::move(notes);
    return out;
}

nlohmann::json to_json(const SourceManager& sources, const std::vector<Diagnostic>& items) {
    nlohmann::json out = nlohmann::json::array();
    for (const Diagnostic& d : items)
        out.push_back(to_json(sources, d));
    return out;
}

} // namespace mallory::lang
