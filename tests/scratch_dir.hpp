#pragma once
// A scratch directory for one test: under the system's temporary directory, named after the
// test and the process (parallel ctest runs do not collide), emptied when created and removed
// with everything in it when the test is done, so that test runs leave nothing behind.

#include <filesystem>
#include <string>
#include <system_error>
#include <unistd.h>

namespace mallory::testing {

class ScratchDir {
public:
    explicit ScratchDir(const std::string& name)
        : m_path(std::filesystem::temp_directory_path() /
                 ("mallory_" + name + "_" + std::to_string(::getpid()))) {
        std::filesystem::remove_all(m_path);
        std::filesystem::create_directories(m_path);
    }
    ~ScratchDir() {
        std::error_code ignored; // a test that failed half-way must not throw here
        std::filesystem::remove_all(m_path, ignored);
    }
    ScratchDir(const ScratchDir&) = delete;
    ScratchDir& operator=(const ScratchDir&) = delete;

    [[nodiscard]] const std::filesystem::path& path() const noexcept { return m_path; }
    /// The path of file `name` in the directory.
    [[nodiscard]] std::string file(const std::string& name) const {
        return (m_path / name).string();
    }

private:
    std::filesystem::path m_path;
};

} // namespace mallory::testing
