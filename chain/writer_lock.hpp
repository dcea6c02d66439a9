#pragma once
// One writer at a time on a persistent chain. A command that extends the chain reads the head,
// picks nonces, executes, and writes a block; two processes doing that at once on one database
// would both build on the same parent (a fork nobody asked for) and hand out the same nonces.
// The writer lock is an advisory lock (flock) on DB.lock, taken before the chain is opened and
// held until the command has written everything, so the second writer sees the first one's
// blocks. Readers need no lock: SQLite gives them a consistent snapshot.

#include <chrono>
#include <string>

namespace mallory::chain {

class WriterLock {
public:
    /// Waits up to `wait` for the lock of the database at `db_path`. Throws StoreError naming
    /// the lock file when it cannot be created or another writer keeps it past `wait`.
    WriterLock(const std::string& db_path, std::chrono::milliseconds wait);
    ~WriterLock();
    WriterLock(const WriterLock&) = delete;
    WriterLock& operator=(const WriterLock&) = delete;

    /// The lock file: the database's path with ".lock" appended.
    static std::string path_for(const std::string& db_path) { return db_path + ".lock"; }

private:
    int m_fd = -1;
};

} // namespace mallory::chain
