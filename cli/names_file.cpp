#include "cli/names_file.hpp"

#include "cli/foundry_common.hpp"

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <filesystem>
#include <fmt/format.h>
#include <fstream>
#include <sstream>
#include <unistd.h>

namespace mallory::cli {

namespace {

namespace fs = std::filesystem;
using nlohmann::json;

std::optional<vm::Bytes> parse_hex(const std::string& text) {
    if (!text.starts_with("0x") || text.size() % 2 != 0) return std::nullopt;
    vm::Bytes out;
    for (std::size_t i = 2; i < text.size(); i += 2) {
        const auto nibble = [](char c) -> int {
            if (c >= '0' && c <= '9') return c - '0';
            if (c >= 'a' && c <= 'f') return c - 'a' + 10;
            if (c >= 'A' && c <= 'F') return c - 'A' + 10;
            return -1;
        };
        const int hi = nibble(text[i]), lo = nibble(text[i + 1]);
        if (hi < 0 || lo < 0) return std::nullopt;
        out.push_back(static_cast<std::uint8_t>(hi * 16 + lo));
    }
    return out;
}

bool all_strings(const json& a) {
    return a.is_array() &&
           std::all_of(a.begin(), a.end(), [](const json& e) { return e.is_string(); });
}

/// Empty when `j` has the documented shape, else what is wrong with it.
std::string shape_error(const json& j) {
    if (!j.is_object()) return "expected a JSON object";
    if (j.contains("contracts")) {
        if (!j["contracts"].is_object()) return "\"contracts\" is not an object";
        for (const auto& [addr, info] : j["contracts"].items()) {
            if (!chain::foundry::parse_address(addr))
                return fmt::format("\"contracts\": key '{}' is not an address", addr);
            if (!info.is_object() || !info.contains("name") || !info["name"].is_string())
                return fmt::format("\"contracts\".\"{}\" has no \"name\" string", addr);
        }
    }
    if (j.contains("params")) {
        if (!j["params"].is_object()) return "\"params\" is not an object";
        for (const auto& [sig, names] : j["params"].items())
            if (!all_strings(names))
                return fmt::format("\"params\".\"{}\" is not an array of strings", sig);
    }
    if (j.contains("pending")) {
        if (!all_strings(j["pending"])) return "\"pending\" is not an array of strings";
        for (const json& raw : j["pending"])
            if (!parse_hex(raw.get<std::string>()))
                return "\"pending\" holds an entry that is not 0x-hex";
    }
    return {};
}

void sync_directory(const fs::path& dir) {
    const int fd = ::open(dir.empty() ? "." : dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0) return;
    ::fsync(fd);
    ::close(fd);
}

} // namespace

std::string names_file_path(const std::string& db) {
    return db + ".names.json";
}

chain::foundry::ParamNames NamesFile::params() const {
    chain::foundry::ParamNames out;
    if (j.contains("params"))
        for (const auto& [sig, names] : j["params"].items())
            out[sig] = names.get<std::vector<std::string>>();
    return out;
}

std::optional<vm::Address> NamesFile::contract_named(std::string_view name) const {
    std::optional<vm::Address> found;
    if (j.contains("contracts"))
        for (const auto& [addr, info] : j["contracts"].items())
            if (info["name"].get<std::string>() == name)
                found = chain::foundry::parse_address(addr);
    return found;
}

std::vector<vm::Bytes> NamesFile::pending() const {
    std::vector<vm::Bytes> out;
    if (j.contains("pending"))
        for (const json& raw : j["pending"])
            out.push_back(*parse_hex(raw.get<std::string>()));
    return out;
}

std::optional<NamesFile> load_names_file(const std::string& db, std::string& why) {
    const std::string path = names_file_path(db);
    NamesFile names;
    std::error_code ec;
    if (!fs::exists(path, ec)) return names;
    std::ifstream in(path, std::ios::binary);
    std::ostringstream text;
    if (!in || !(text << in.rdbuf())) {
        why = fmt::format("{}: cannot read the names file", path);
        return std::nullopt;
    }
    json j = json::parse(text.str(), nullptr, false);
    if (j.is_discarded()) {
        why = fmt::format("{}: malformed names file: not valid JSON (delete it to lose only the "
                          "contract names)",
                          path);
        return std::nullopt;
    }
    if (const std::string bad = shape_error(j); !bad.empty()) {
        why = fmt::format("{}: malformed names file: {}", path, bad);
        return std::nullopt;
    }
    for (const char* key : {"contracts", "params"})
        if (!j.contains(key)) j[key] = json::object();
    if (!j.contains("pending")) j["pending"] = json::array();
    names.j = std::move(j);
    return names;
}

bool save_names_file(const std::string& db, const NamesFile& names, std::string& why) {
    const fs::path path = names_file_path(db);
    const fs::path temp = path.string() + fmt::format(".tmp{}", ::getpid());
    const std::string text = dump_json(names.j, 2) + "\n";
    const int fd = ::open(temp.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
    bool ok = fd >= 0;
    for (std::size_t done = 0; ok && done < text.size();) {
        const ssize_t n = ::write(fd, text.data() + done, text.size() - done);
        if (n < 0 && errno == EINTR) continue;
        ok = n > 0;
        if (ok) done += static_cast<std::size_t>(n);
    }
    ok = ok && ::fsync(fd) == 0;
    const int err = errno;
    if (fd >= 0) ::close(fd);
    if (ok && ::rename(temp.c_str(), path.c_str()) == 0) {
        sync_directory(path.parent_path()); // best effort: the rename itself is atomic
        return true;
    }
    ::unlink(temp.c_str());
    why = fmt::format("{}: cannot write the names file ({})", path.string(),
                      std::strerror(ok ? errno : err));
    return false;
}

} // namespace mallory::cli
