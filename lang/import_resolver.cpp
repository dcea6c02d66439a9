#include "lang/import_resolver.hpp"

#include <algorithm>
#include <filesystem>

namespace mallory::lang {

namespace fs = std::filesystem;

namespace {

std::string normal(const fs::path& p) {
    return p.lexically_normal().generic_string();
}

/// `p` relative to the current directory when it lies below it, so that a file reached through
/// an ancestor's node_modules/ gets the same key as when named relatively.
std::string shortest(const fs::path& p) {
    std::error_code ec;
    const fs::path cwd = fs::current_path(ec);
    if (ec || !p.is_absolute()) return normal(p);
    const fs::path rel = normal(p.lexically_relative(cwd));
    if (rel.empty() || *rel.begin() == "..") return normal(p);
    return normal(rel);
}

void add_once(std::vector<std::string>& out, std::string path) {
    if (std::find(out.begin(), out.end(), path) == out.end()) out.push_back(std::move(path));
}

} // namespace

std::optional<Remapping> parse_remapping(std::string_view text, std::string* error) {
    const auto eq = text.find('=');
    if (eq == std::string_view::npos) {
        if (error) *error = "expected 'prefix=target' (solc's remapping syntax), found no '='";
        return std::nullopt;
    }
    Remapping r;
    std::string_view left = text.substr(0, eq);
    // A context is separated by the first ':' before the '='.
    if (const auto colon = left.find(':'); colon != std::string_view::npos) {
        r.context = std::string(left.substr(0, colon));
        left = left.substr(colon + 1);
    }
    r.prefix = std::string(left);
    r.target = std::string(text.substr(eq + 1));
    if (r.prefix.empty()) {
        if (error) *error = "the prefix before '=' is empty";
        return std::nullopt;
    }
    if (r.target.empty()) {
        if (error) *error = "the target after '=' is empty";
        return std::nullopt;
    }
    return r;
}

bool is_relative_import(std::string_view path) {
    return path.starts_with("./") || path.starts_with("../");
}

const Remapping* find_remapping(const std::vector<Remapping>& remappings,
                                std::string_view import_path, std::string_view importer) {
    const Remapping* best = nullptr;
    for (const Remapping& r : remappings) {
        if (!importer.starts_with(r.context) || !import_path.starts_with(r.prefix)) continue;
        // `>=`: of equally long matches the last one given wins, as in solc.
        if (!best || r.context.size() > best->context.size() ||
            (r.context.size() == best->context.size() && r.prefix.size() >= best->prefix.size()))
            best = &r;
    }
    return best;
}

std::vector<std::string> import_candidates(const std::string& import_path,
                                           const std::string& importer,
                                           const std::vector<Remapping>& remappings) {
    std::vector<std::string> out;
    if (const Remapping* r = find_remapping(remappings, import_path, importer)) {
        out.push_back(normal(r->target + import_path.substr(r->prefix.size())));
        return out;
    }
    const fs::path dir = fs::path(importer).parent_path();
    add_once(out, normal(dir / import_path));
    std::error_code ec;
    fs::path walk = dir.empty() ? fs::current_path(ec) : fs::absolute(dir, ec);
    walk = walk.lexically_normal();
    while (!ec) {
        add_once(out, shortest(walk / "node_modules" / import_path));
        if (!walk.has_relative_path()) break; // the root: no ancestor left
        walk = walk.parent_path();
    }
    add_once(out, normal(fs::path("node_modules") / import_path));
    add_once(out, normal(import_path));
    return out;
}

} // namespace mallory::lang
