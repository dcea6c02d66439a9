#include "chain/store.hpp"

#include <cerrno>
#include <csignal>
#include <cstring>
#include <filesystem>
#include <fmt/format.h>
#include <map>
#include <random>
#include <sqlite3.h>
#include <unistd.h>

namespace mallory::chain {

namespace {

constexpr const char* magic = "mallory-chain";

constexpr const char* schema_sql = R"(
CREATE TABLE IF NOT EXISTS meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS blocks(hash BLOB PRIMARY KEY, number INTEGER NOT NULL,
                                  parent BLOB NOT NULL, header BLOB NOT NULL, diff BLOB NOT NULL);
CREATE INDEX IF NOT EXISTS blocks_by_number ON blocks(number);
CREATE TABLE IF NOT EXISTS transactions(block BLOB NOT NULL, idx INTEGER NOT NULL,
                                        hash BLOB NOT NULL, sender BLOB NOT NULL, raw BLOB NOT NULL,
                                        PRIMARY KEY(block, idx));
CREATE INDEX IF NOT EXISTS transactions_by_hash ON transactions(hash);
CREATE TABLE IF NOT EXISTS receipts(block BLOB NOT NULL, idx INTEGER NOT NULL,
                                    tx_hash BLOB NOT NULL, raw BLOB NOT NULL, PRIMARY KEY(block, idx));
CREATE TABLE IF NOT EXISTS logs(block BLOB NOT NULL, tx_idx INTEGER NOT NULL,
                                log_idx INTEGER NOT NULL, address BLOB NOT NULL,
                                topics BLOB NOT NULL, data BLOB NOT NULL,
                                PRIMARY KEY(block, tx_idx, log_idx));
)";

/// A prepared statement, finalized on scope exit.
class Stmt {
public:
    Stmt(sqlite3* db, const char* sql) {
        m_ok = sqlite3_prepare_v2(db, sql, -1, &m_s, nullptr) == SQLITE_OK;
    }
    ~Stmt() { sqlite3_finalize(m_s); }
    Stmt(const Stmt&) = delete;
    Stmt& operator=(const Stmt&) = delete;
    [[nodiscard]] bool ok() const noexcept { return m_ok; }
    Stmt& blob(int i, BytesView b) {
        sqlite3_bind_blob(m_s, i, b.data(), static_cast<int>(b.size()), SQLITE_TRANSIENT);
        return *this;
    }
    Stmt& text(int i, const std::string& t) {
        sqlite3_bind_text(m_s, i, t.c_str(), static_cast<int>(t.size()), SQLITE_TRANSIENT);
        return *this;
    }
    Stmt& integer(int i, std::int64_t v) {
        sqlite3_bind_int64(m_s, i, v);
        return *this;
    }
    int step() { return sqlite3_step(m_s); }
    void reset() { sqlite3_reset(m_s); }
    [[nodiscard]] Bytes column_blob(int i) const {
        const auto* p = static_cast<const std::uint8_t*>(sqlite3_column_blob(m_s, i));
        return Bytes(p, p + sqlite3_column_bytes(m_s, i));
    }
    [[nodiscard]] std::string column_text(int i) const {
        const auto* p = sqlite3_column_text(m_s, i);
        return p ? std::string(reinterpret_cast<const char*>(p)) : std::string();
    }
    [[nodiscard]] std::int64_t column_int(int i) const { return sqlite3_column_int64(m_s, i); }

private:
    sqlite3_stmt* m_s = nullptr;
    bool m_ok = false;
};

Bytes encode_topics(const std::vector<U256>& topics) {
    Bytes out(32 * topics.size());
    for (std::size_t i = 0; i < topics.size(); ++i)
        vm::store_be(out.data() + 32 * i, topics[i]);
    return out;
}

Hash to_hash(const Bytes& b) {
    Hash h{};
    if (b.size() == 32) std::memcpy(h.data(), b.data(), 32);
    return h;
}

} // namespace

void Store::fail(const std::string& what) const {
    throw StoreError(fmt::format("{}: {}{}", m_path, what,
                                 m_db ? fmt::format(" ({})", sqlite3_errmsg(m_db)) : ""));
}

void Store::exec(const char* sql) {
    char* err = nullptr;
    if (sqlite3_exec(m_db, sql, nullptr, nullptr, &err) != SQLITE_OK) {
        const std::string msg = err ? err : "unknown error";
        sqlite3_free(err);
        const int code = sqlite3_errcode(m_db);
        if (code == SQLITE_NOTADB)
            throw StoreError(
                fmt::format("{}: not a Mallory chain database (not a SQLite file)", m_path));
        throw StoreError(fmt::format("{}: {}", m_path, msg));
    }
}

/// A new chain is built whole in a file of its own beside `path`, then linked into place
/// (link(2) never replaces an existing file). So a process killed while creating the chain
/// leaves no half-made database at `path`, and a second process opening the path meanwhile sees
/// either nothing or a complete empty chain: never SQLite's 0-byte file, which Store::open
/// rightly refuses as a clobbered chain. If another process linked its chain first, ours is
/// dropped and both use theirs.
void Store::create_if_absent(const std::string& path) {
    namespace fs = std::filesystem;
    std::error_code ec;
    if (fs::exists(path, ec) || ec) return; // open() reports what it finds there
    // The pid lets a later open tell an abandoned file from a live creator's; the random part
    // keeps two threads of one process apart.
    const std::string temp =
        fmt::format("{}.new-{}-{:08x}", path, ::getpid(), std::random_device{}());
    const auto remove_temp = [&temp] {
        std::error_code ignored;
        for (const char* suffix : {"", "-wal", "-shm", "-journal"})
            fs::remove(temp + suffix, ignored);
    };
    {
        std::unique_ptr<Store> s{new Store(temp)};
        if (sqlite3_open_v2(temp.c_str(), &s->m_db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE,
                            nullptr) != SQLITE_OK)
            s->fail("cannot create the chain database");
        s->exec("PRAGMA journal_mode=WAL");
        s->exec("PRAGMA synchronous=FULL");
        s->initialize();
    } // closing the last connection checkpoints the WAL into the file
    const int linked = ::link(temp.c_str(), path.c_str());
    const int error = errno;
    remove_temp();
    if (linked != 0 && error != EEXIST)
        throw StoreError(
            fmt::format("{}: cannot create the chain database ({})", path, std::strerror(error)));
}

/// Removes what creators killed before linking left beside `path` (`PATH.new-PID-R` and its
/// SQLite side files) when that process is gone; a live creator's file is left alone.
void Store::remove_abandoned_creations(const std::string& path) {
    namespace fs = std::filesystem;
    const fs::path target(path);
    const fs::path dir = target.has_parent_path() ? target.parent_path() : fs::path(".");
    const std::string prefix = target.filename().string() + ".new-";
    std::error_code ec;
    for (fs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
        const std::string name = it->path().filename().string();
        if (!name.starts_with(prefix)) continue;
        const std::string rest = name.substr(prefix.size());
        const std::size_t digits = rest.find_first_not_of("0123456789");
        if (digits == 0 || rest.empty()) continue;
        const std::string pid_text = rest.substr(0, digits);
        if (pid_text.size() > 9) continue;
        const pid_t pid = static_cast<pid_t>(std::stol(pid_text));
        if (pid == ::getpid() || ::kill(pid, 0) == 0 || errno != ESRCH) continue;
        std::error_code ignored;
        fs::remove(it->path(), ignored);
    }
}

void Store::initialize() {
    exec("BEGIN IMMEDIATE");
    exec(schema_sql);
    Stmt ins(m_db, "INSERT INTO meta(key, value) VALUES (?, ?)");
    ins.text(1, "magic").text(2, magic).step();
    ins.reset();
    ins.text(1, "schema_version").text(2, std::to_string(store_schema_version)).step();
    exec("COMMIT");
}

std::unique_ptr<Store> Store::open(const std::string& path) {
    create_if_absent(path);
    // SQLite takes an empty file for an empty database and would make it a new chain; an empty
    // file where a chain was expected is a truncated or clobbered one (new chains are never
    // empty files: create_if_absent).
    std::error_code ec;
    if (std::filesystem::is_regular_file(path, ec) && std::filesystem::file_size(path, ec) == 0 &&
        !ec)
        throw StoreError(fmt::format(
            "{}: empty file (0 bytes), not a Mallory chain database (a new chain needs a path "
            "that does not exist yet)",
            path));
    std::unique_ptr<Store> s{new Store(path)};
    if (sqlite3_open_v2(path.c_str(), &s->m_db, SQLITE_OPEN_READWRITE, nullptr) != SQLITE_OK)
        s->fail("cannot open the chain database");
    sqlite3_busy_timeout(s->m_db, 5000);
    // A foreign SQLite file has tables but no meta/magic; a non-SQLite file fails here.
    s->exec("PRAGMA journal_mode=WAL");
    s->exec("PRAGMA synchronous=FULL");
    bool has_meta = false, has_any = false;
    {
        Stmt q(s->m_db, "SELECT name FROM sqlite_master WHERE type='table'");
        if (!q.ok()) s->fail("not a Mallory chain database");
        while (q.step() == SQLITE_ROW) {
            has_any = true;
            has_meta |= q.column_text(0) == "meta";
        }
    }
    if (has_any && !has_meta)
        throw StoreError(fmt::format(
            "{}: not a Mallory chain database (a SQLite file without Mallory's tables)", path));
    if (!has_any) s->initialize(); // an empty SQLite database the user made: it becomes a chain
    if (s->get_meta("magic") != std::string(magic))
        throw StoreError(fmt::format("{}: not a Mallory chain database (bad magic)", path));
    const auto version = s->get_meta("schema_version");
    if (version != std::to_string(store_schema_version))
        throw StoreError(fmt::format("{}: chain database schema version {}, this Mallory reads {}",
                                     path, version.value_or("?"), store_schema_version));
    remove_abandoned_creations(path);
    return s;
}

Store::~Store() {
    sqlite3_close(m_db);
}

std::optional<std::string> Store::get_meta(const std::string& key) {
    Stmt q(m_db, "SELECT value FROM meta WHERE key = ?");
    if (!q.ok()) fail("cannot read the meta table");
    q.text(1, key);
    if (q.step() != SQLITE_ROW) return std::nullopt;
    return q.column_text(0);
}

void Store::put_block(const Block& b, const StateDiff& diff, const Hash& head,
                      const std::string* config_json) {
    exec("BEGIN IMMEDIATE");
    try {
        const BytesView h{b.hash};
        Stmt blk(m_db, "INSERT INTO blocks(hash, number, parent, header, diff) VALUES (?,?,?,?,?)");
        Stmt tx(m_db, "INSERT INTO transactions(block, idx, hash, sender, raw) VALUES (?,?,?,?,?)");
        Stmt rc(m_db, "INSERT INTO receipts(block, idx, tx_hash, raw) VALUES (?,?,?,?)");
        Stmt lg(
            m_db,
            "INSERT INTO logs(block, tx_idx, log_idx, address, topics, data) VALUES (?,?,?,?,?,?)");
        Stmt meta(m_db, "INSERT OR REPLACE INTO meta(key, value) VALUES (?, ?)");
        if (!blk.ok() || !tx.ok() || !rc.ok() || !lg.ok() || !meta.ok())
            fail("cannot prepare the block insert");
        blk.blob(1, h)
            .integer(2, static_cast<std::int64_t>(b.header.number))
            .blob(3, BytesView{b.header.parent_hash});
        blk.blob(4, BytesView{b.header.encode()}).blob(5, BytesView{diff.encode()});
        if (blk.step() != SQLITE_DONE) fail("cannot insert the block");
        for (std::size_t i = 0; i < b.transactions.size(); ++i) {
            const Transaction& t = b.transactions[i];
            const Receipt& r = b.receipts[i];
            tx.reset();
            tx.blob(1, h).integer(2, static_cast<std::int64_t>(i)).blob(3, BytesView{r.tx_hash});
            tx.blob(4, BytesView{t.from.bytes}).blob(5, BytesView{t.encode()});
            if (tx.step() != SQLITE_DONE) fail("cannot insert a transaction");
            rc.reset();
            rc.blob(1, h)
                .integer(2, static_cast<std::int64_t>(i))
                .blob(3, BytesView{r.tx_hash})
                .blob(4, BytesView{r.encode()});
            if (rc.step() != SQLITE_DONE) fail("cannot insert a receipt");
            for (std::size_t j = 0; j < r.logs.size(); ++j) {
                lg.reset();
                lg.blob(1, h)
                    .integer(2, static_cast<std::int64_t>(i))
                    .integer(3, static_cast<std::int64_t>(j));
                lg.blob(4, BytesView{r.logs[j].address.bytes})
                    .blob(5, BytesView{encode_topics(r.logs[j].topics)});
                lg.blob(6, BytesView{r.logs[j].data});
                if (lg.step() != SQLITE_DONE) fail("cannot insert a log");
            }
        }
        meta.text(1, "head").text(2, vm::to_hex(BytesView{head}));
        if (meta.step() != SQLITE_DONE) fail("cannot update the head");
        if (config_json) {
            meta.reset();
            meta.text(1, "config").text(2, *config_json);
            if (meta.step() != SQLITE_DONE) fail("cannot write the config");
        }
    } catch (...) {
        sqlite3_exec(m_db, "ROLLBACK", nullptr, nullptr, nullptr);
        throw;
    }
    exec("COMMIT");
}

bool decode_block_record(BytesView header, const std::vector<std::pair<Bytes, Address>>& txs,
                         const std::vector<Bytes>& receipts, BytesView diff, StoredBlock& out) {
    if (!BlockHeader::decode(header, out.block.header)) return false;
    out.block.hash = out.block.header.hash();
    if (txs.size() != receipts.size()) return false;
    for (const auto& [raw, sender] : txs) {
        auto d = Transaction::decode(BytesView{raw}, false);
        if (!std::holds_alternative<Transaction>(d)) return false;
        Transaction t = std::move(std::get<Transaction>(d));
        t.from = sender;
        out.block.transactions.push_back(std::move(t));
    }
    for (const auto& raw : receipts) {
        Receipt r;
        if (!Receipt::decode(BytesView{raw}, r)) return false;
        out.block.receipts.push_back(std::move(r));
    }
    return StateDiff::decode(diff, out.diff);
}

std::vector<StoredBlock> Store::load_blocks() {
    std::map<Hash, std::vector<std::pair<Bytes, Address>>> txs;
    std::map<Hash, std::vector<Bytes>> receipts;
    {
        Stmt q(m_db, "SELECT block, sender, raw FROM transactions ORDER BY block, idx");
        if (!q.ok()) fail("cannot read transactions");
        while (q.step() == SQLITE_ROW) {
            Address from;
            const Bytes s = q.column_blob(1);
            if (s.size() != 20) fail("corrupt transaction record");
            std::memcpy(from.bytes.data(), s.data(), 20);
            txs[to_hash(q.column_blob(0))].emplace_back(q.column_blob(2), from);
        }
    }
    {
        Stmt q(m_db, "SELECT block, raw FROM receipts ORDER BY block, idx");
        if (!q.ok()) fail("cannot read receipts");
        while (q.step() == SQLITE_ROW)
            receipts[to_hash(q.column_blob(0))].push_back(q.column_blob(1));
    }
    std::vector<StoredBlock> out;
    Stmt q(m_db, "SELECT hash, number, header, diff FROM blocks ORDER BY number, hash");
    if (!q.ok()) fail("cannot read blocks");
    while (q.step() == SQLITE_ROW) {
        const Hash h = to_hash(q.column_blob(0));
        StoredBlock sb;
        if (!decode_block_record(BytesView{q.column_blob(2)}, txs[h], receipts[h],
                                 BytesView{q.column_blob(3)}, sb))
            fail(fmt::format("corrupt block record {}", vm::to_hex(BytesView{h})));
        if (sb.block.hash != h ||
            sb.block.header.number != static_cast<std::uint64_t>(q.column_int(1)))
            fail(fmt::format("block record {} does not match its hash or number",
                             vm::to_hex(BytesView{h})));
        for (auto& r : sb.block.receipts)
            r.block_number = sb.block.header.number;
        out.push_back(std::move(sb));
    }
    return out;
}

} // namespace mallory::chain
