#pragma once
// The persistent chain: one SQLite database (WAL mode) holding every block of the tree with
// its transactions, receipts, logs and state diff, written in ONE database transaction per
// block, so that a killed process loses no committed block and never leaves half of one.
//
// Durability: journal_mode=WAL with synchronous=FULL. A process crash (SIGKILL) loses nothing
// committed even with NORMAL, but FULL also survives power loss: the WAL is synced at every
// commit. The cost is one fsync per block, which at 1,000 transactions a block is negligible.
//
// Schema (version 1): meta(key, value) with magic, schema_version, config, head;
// blocks(hash, number, parent, header, diff); transactions(block, idx, hash, sender, raw);
// receipts(block, idx, tx_hash, raw); logs(block, tx_idx, log_idx, address, topics, data).

#include "chain/block.hpp"
#include "chain/state.hpp"

#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

struct sqlite3;

namespace mallory::chain {

/// Any failure of the database: the message names the file and says what is wrong.
class StoreError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

inline constexpr int store_schema_version = 1;

/// A block as stored: everything needed to rebuild the tree and the state without executing.
struct StoredBlock {
    Block block;
    StateDiff diff;
};

class Store {
public:
    /// Opens (or creates) the database at `path`. Throws StoreError for a file that is not a
    /// SQLite database (an empty file included), a SQLite database that is not a Mallory chain,
    /// or another schema version.
    static std::unique_ptr<Store> open(const std::string& path);
    ~Store();
    Store(const Store&) = delete;
    Store& operator=(const Store&) = delete;

    [[nodiscard]] const std::string& path() const noexcept { return m_path; }
    [[nodiscard]] std::optional<std::string> get_meta(const std::string& key);
    /// Writes one block and the new head in a single database transaction.
    void put_block(const Block& b, const StateDiff& diff, const Hash& head,
                   const std::string* config_json = nullptr);
    /// Every stored block, ordered by number (parents before children). Throws StoreError on
    /// a record that does not decode.
    [[nodiscard]] std::vector<StoredBlock> load_blocks();

private:
    explicit Store(std::string path) : m_path(std::move(path)) {}
    static void create_if_absent(const std::string& path);
    static void remove_abandoned_creations(const std::string& path);
    void initialize(); ///< Mallory's tables and meta in an empty database
    void exec(const char* sql);
    [[noreturn]] void fail(const std::string& what) const;

    std::string m_path;
    sqlite3* m_db = nullptr;
};

/// Decodes one persisted block record (header, transactions with senders, receipts, diff), as
/// load_blocks() does; false on any malformed part. Exposed for the fuzzer.
bool decode_block_record(BytesView header, const std::vector<std::pair<Bytes, Address>>& txs,
                         const std::vector<Bytes>& receipts, BytesView diff, StoredBlock& out);

} // namespace mallory::chain
