#include "chain/writer_lock.hpp"

#include "chain/store.hpp"

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <fmt/format.h>
#include <sys/file.h>
#include <thread>
#include <unistd.h>

namespace mallory::chain {

WriterLock::WriterLock(const std::string& db_path, std::chrono::milliseconds wait) {
    const std::string path = path_for(db_path);
    m_fd = ::open(path.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
    if (m_fd < 0)
        throw StoreError(
            fmt::format("{}: cannot create the writer lock ({})", path, std::strerror(errno)));
    // Polling keeps the wait bounded without signals; a writer holds the lock for milliseconds.
    const auto deadline = std::chrono::steady_clock::now() + wait;
    while (::flock(m_fd, LOCK_EX | LOCK_NB) != 0) {
        if (errno != EWOULDBLOCK && errno != EINTR) {
            const int err = errno;
            ::close(m_fd);
            throw StoreError(
                fmt::format("{}: cannot take the writer lock ({})", path, std::strerror(err)));
        }
        if (std::chrono::steady_clock::now() >= deadline) {
            ::close(m_fd);
            throw StoreError(fmt::format(
                "{}: another process is writing to this chain (waited {} s for its lock)", path,
                std::chrono::duration_cast<std::chrono::seconds>(wait).count()));
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(5));
    }
}

WriterLock::~WriterLock() {
    // Closing the descriptor releases the flock.
    if (m_fd >= 0) ::close(m_fd);
}

} // namespace mallory::chain
