#pragma once
/// The names file beside a chain database (DB.names.json): contract names and parameter names
/// of contracts deployed through `mallory chain`, and the transactions `--no-mine` left pending
/// (the mempool lives in memory). It is checked whole when read, so a hand-edited or truncated
/// file is a clear error and never a crash, and written crash-safely (temp file, fsync, rename),
/// so a killed command leaves the old file or the new one, never half of one.

#include "chain/foundry/abi.hpp"
#include "vm/types.hpp"

#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

namespace mallory::cli {

struct NamesFile {
    /// {"contracts": {"0x..": {"name": .., "file": ..}}, "params": {sig: [names]},
    ///  "pending": ["0x<raw transaction>", ...]}
    nlohmann::json j = {{"contracts", nlohmann::json::object()},
                        {"params", nlohmann::json::object()},
                        {"pending", nlohmann::json::array()}};

    [[nodiscard]] chain::foundry::ParamNames params() const;
    /// The address of the contract deployed under `name` (the last one, if several).
    [[nodiscard]] std::optional<vm::Address> contract_named(std::string_view name) const;
    /// The raw pending transactions, oldest first.
    [[nodiscard]] std::vector<vm::Bytes> pending() const;
};

/// The names file of the database at `db` (an empty one when there is none). nullopt with
/// `why` (naming the file and what is wrong) when it cannot be read or is malformed.
std::optional<NamesFile> load_names_file(const std::string& db, std::string& why);

/// Replaces the names file of `db` atomically; false with `why` on an I/O error.
bool save_names_file(const std::string& db, const NamesFile& names, std::string& why);

/// DB.names.json.
std::string names_file_path(const std::string& db);

} // namespace mallory::cli
