#include "chain/foundry/fs_cheats.hpp"

#include "chain/foundry/abi.hpp"
#include "vm/keccak.hpp"

#include <fmt/format.h>
#include <fstream>
#include <system_error>
#include <vector>

namespace mallory::chain::foundry {

namespace {

namespace fs = std::filesystem;
using Strings = std::vector<std::string>;
using Target = FileAccess::Target;

Bytes encode_text(std::string_view text) {
    Bytes out;
    append_word(out, U256{32});
    append_padded(out, BytesView{reinterpret_cast<const std::uint8_t*>(text.data()), text.size()});
    return out;
}

Bytes bool_word(bool b) {
    Bytes out;
    append_word(out, U256{b ? 1u : 0u});
    return out;
}

std::nullopt_t fail(std::string& error, std::string why) {
    error = std::move(why);
    return std::nullopt;
}

/// The whole file, or nullopt with why not (missing, unreadable, above kMaxReadFile).
std::optional<std::string> read_all(const Target& t, std::string& error) {
    std::error_code ec;
    const std::uintmax_t size = fs::file_size(t.path, ec);
    if (ec) return fail(error, fmt::format("failed to read {}: {}", t.given, ec.message()));
    if (size > kMaxReadFile)
        return fail(error, fmt::format("{} is {} bytes, above Mallory's bound of {} bytes", t.given,
                                       size, kMaxReadFile));
    std::ifstream in(t.path, std::ios::binary);
    std::string text(static_cast<std::size_t>(size), '\0');
    if (!in.read(text.data(), static_cast<std::streamsize>(size)))
        return fail(error, fmt::format("failed to read {}", t.given));
    return text;
}

/// Writes `data` to the file, replacing it (or after its end when `append`).
std::optional<Bytes> write(const Target& t, std::string_view data, bool append,
                           std::string& error) {
    std::ofstream out(t.path, std::ios::binary | (append ? std::ios::app : std::ios::trunc));
    if (!out || !out.write(data.data(), static_cast<std::streamsize>(data.size())))
        return fail(error, fmt::format("failed to write {}", t.given));
    return Bytes{};
}

/// vm.readLine: the file's next line without its line ending ("" at its end), from where the
/// last call left off.
std::optional<Bytes> read_line(FileAccess& files, const Target& t, std::string& error) {
    const auto text = read_all(t, error);
    if (!text) return std::nullopt;
    std::uintmax_t& at = files.line_offsets()[t.path];
    if (at >= text->size()) return encode_text("");
    const std::size_t start = static_cast<std::size_t>(at);
    const std::size_t newline = text->find('\n', start);
    const std::size_t end = newline == std::string::npos ? text->size() : newline;
    at = newline == std::string::npos ? text->size() : newline + 1;
    std::string_view line = std::string_view(*text).substr(start, end - start);
    if (newline != std::string::npos && line.ends_with('\r')) line.remove_suffix(1);
    return encode_text(line);
}

enum class Access { None, Read, Write };

using Answer = std::optional<Bytes> (*)(FileAccess& files, const Target& t, const Strings& args,
                                        std::string& error);

/// Each file cheatcode: its signature (every parameter a string, the path first), what it
/// returns, the access its path needs, and its answer.
struct FsCheat {
    std::string_view signature;
    std::string_view returns; ///< "" for none
    std::size_t arity;
    Access access;
    Answer answer;
};

constexpr auto kFsCheats = std::to_array<FsCheat>({
    // -- the project root, absolute
    {"projectRoot()", "string", 0, Access::None,
     [](FileAccess& files, const Target&, const Strings&, std::string&) {
         return std::optional{encode_text(files.root().string())};
     }},
    // path -- whether something is there / a file / a directory
    {"exists(string)", "bool", 1, Access::Read,
     [](FileAccess&, const Target& t, const Strings&, std::string&) {
         std::error_code ec;
         return std::optional{bool_word(fs::exists(t.path, ec))};
     }},
    {"isFile(string)", "bool", 1, Access::Read,
     [](FileAccess&, const Target& t, const Strings&, std::string&) {
         std::error_code ec;
         return std::optional{bool_word(fs::is_regular_file(t.path, ec))};
     }},
    {"isDir(string)", "bool", 1, Access::Read,
     [](FileAccess&, const Target& t, const Strings&, std::string&) {
         std::error_code ec;
         return std::optional{bool_word(fs::is_directory(t.path, ec))};
     }},
    // path -- the file's text / bytes / next line
    {"readFile(string)", "string", 1, Access::Read,
     [](FileAccess&, const Target& t, const Strings&, std::string& error) -> std::optional<Bytes> {
         const auto text = read_all(t, error);
         if (!text) return std::nullopt;
         return encode_text(*text);
     }},
    {"readFileBinary(string)", "bytes", 1, Access::Read,
     [](FileAccess&, const Target& t, const Strings&, std::string& error) -> std::optional<Bytes> {
         const auto text = read_all(t, error);
         if (!text) return std::nullopt;
         return encode_text(*text);
     }},
    {"readLine(string)", "string", 1, Access::Read,
     [](FileAccess& files, const Target& t, const Strings&, std::string& error) {
         return read_line(files, t, error);
     }},
    // path data -- the file is `data` / gets `data` and a newline after its end
    {"writeFile(string,string)", "", 2, Access::Write,
     [](FileAccess&, const Target& t, const Strings& a, std::string& error) {
         return write(t, a[1], false, error);
     }},
    {"writeLine(string,string)", "", 2, Access::Write,
     [](FileAccess&, const Target& t, const Strings& a, std::string& error) {
         return write(t, a[1] + "\n", true, error);
     }},
    // path -- the file is gone (and vm.readLine starts it over)
    {"removeFile(string)", "", 1, Access::Write,
     [](FileAccess& files, const Target& t, const Strings&,
        std::string& error) -> std::optional<Bytes> {
         files.line_offsets().erase(t.path);
         std::error_code ec;
         if (fs::is_directory(t.path, ec))
             return fail(error, fmt::format("failed to remove {}: it is a directory", t.given));
         if (!fs::remove(t.path, ec))
             return fail(error, fmt::format("failed to remove {}: {}", t.given,
                                            ec ? ec.message() : "no such file"));
         return Bytes{};
     }},
});

const FsCheat* find(std::string_view sig) {
    for (const FsCheat& c : kFsCheats)
        if (c.signature == sig) return &c;
    return nullptr;
}

/// `given` resolved against `root`, its `..` and links resolved; nullopt when that leads
/// outside the root.
std::optional<fs::path> inside(const fs::path& root, const std::string& given) {
    fs::path p(given);
    if (p.is_relative()) p = root / p;
    std::error_code ec;
    fs::path resolved = fs::weakly_canonical(p, ec);
    if (ec) return std::nullopt;
    const fs::path rel = resolved.lexically_relative(root);
    if (rel.empty() || *rel.begin() == "..") return std::nullopt;
    return resolved;
}

} // namespace

FileAccess::FileAccess(const fs::path& root) {
    std::error_code ec;
    m_root = fs::weakly_canonical(fs::absolute(root, ec), ec);
    if (ec) m_root = root.lexically_normal();
}

FileAccess FileAccess::current_directory() {
    std::error_code ec;
    fs::path cwd = fs::current_path(ec);
    return FileAccess(ec ? fs::path("/") : cwd);
}

bool is_fs_cheat(std::string_view sig) {
    return find(sig) != nullptr;
}

std::optional<std::string_view> fs_cheat_returns(std::string_view sig) {
    const FsCheat* c = find(sig);
    if (!c || c->returns.empty()) return std::nullopt;
    return c->returns;
}

std::optional<std::string_view> fs_cheat_signature(std::array<std::uint8_t, 4> selector) {
    for (const FsCheat& c : kFsCheats)
        if (vm::selector_of(c.signature) == selector) return c.signature;
    return std::nullopt;
}

std::optional<Bytes> FileAccess::cheat(std::string_view sig, BytesView args, std::string& error) {
    error.clear();
    const FsCheat* c = find(sig);
    if (!c) return std::nullopt;
    // forge names the cheatcode without its parameters: "vm.readFile: ..."
    const std::string_view name = sig.substr(0, sig.find('('));
    const std::optional<Strings> arguments = decode_strings(c->arity, args);
    if (!arguments) {
        error = fmt::format("vm.{}: malformed arguments", name);
        return std::nullopt;
    }
    const Strings& texts = *arguments;
    Target t;
    if (c->access != Access::None) {
        t.given = texts[0];
        const auto path = inside(m_root, t.given);
        if (!path) {
            error = fmt::format("vm.{}: the path {} is not allowed to be accessed for {} "
                                "operations",
                                name, t.given, c->access == Access::Read ? "read" : "write");
            return std::nullopt;
        }
        t.path = *path;
    }
    auto out = c->answer(*this, t, texts, error);
    if (!out) error = fmt::format("vm.{}: {}", name, error);
    return out;
}

} // namespace mallory::chain::foundry
