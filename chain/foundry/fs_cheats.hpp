#pragma once
// Foundry's file cheatcodes (vm.readFile, vm.writeFile, vm.exists, vm.projectRoot, ...),
// confined to the project root: a path resolves against it, and one that leads outside it
// (through `..` or a symbolic link) is refused with forge's message, `vm.readFile: the path
// ../x is not allowed to be accessed for read operations`. forge widens the root with
// foundry.toml's fs_permissions; Mallory has no such file, so the root is all there is.

#include "vm/types.hpp"

#include <array>
#include <cstdint>
#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <string_view>

namespace mallory::chain::foundry {

/// The largest file vm.readFile, vm.readFileBinary and vm.readLine read (16 MiB): a test's
/// memory stays bounded whatever file it names.
inline constexpr std::uintmax_t kMaxReadFile = std::uintmax_t{1} << 24;

/// A session's access to the files of its project: the root and where each file vm.readLine
/// reads has got to.
class FileAccess {
public:
    /// `root`: the project's directory (made absolute, its links resolved).
    explicit FileAccess(const std::filesystem::path& root);
    /// The directory the process runs in (`mallory test` is run in the project's), or "/"
    /// when it cannot be read.
    static FileAccess current_directory();

    /// The answer of file cheatcode `sig` called with ABI arguments `args`, ABI-encoded as the
    /// signature returns it; an error with `vm.name: ` before it, and nullopt, when the path is
    /// refused or the file cannot be read or written. nullopt with `error` empty: `sig` is not a
    /// file cheatcode.
    std::optional<vm::Bytes> cheat(std::string_view sig, vm::BytesView args, std::string& error);

    [[nodiscard]] const std::filesystem::path& root() const noexcept { return m_root; }

    /// What a table entry's answer works on: the path it was given, resolved and checked.
    struct Target {
        std::string given;          ///< as the test wrote it (messages quote it)
        std::filesystem::path path; ///< absolute, links resolved
    };
    /// Where vm.readLine's next line of each file starts.
    std::map<std::filesystem::path, std::uintmax_t>& line_offsets() noexcept { return m_lines; }

private:
    std::filesystem::path m_root;
    std::map<std::filesystem::path, std::uintmax_t> m_lines;
};

/// Whether `sig` is one of them.
bool is_fs_cheat(std::string_view sig);

/// The type file cheatcode `sig` returns ("string", "bool"), for traces; nullopt for those that
/// return nothing and for other signatures.
std::optional<std::string_view> fs_cheat_returns(std::string_view sig);

/// The signature of the file cheatcode with `selector`, or nullopt: the one list of them.
std::optional<std::string_view> fs_cheat_signature(std::array<std::uint8_t, 4> selector);

} // namespace mallory::chain::foundry
