// Creating a chain database (chain/store.cpp, Store::create_if_absent): built beside its path
// and linked into place whole, so concurrent creators share one chain and a creator killed
// midway leaves neither a 0-byte file at the path nor, after the next open, its scratch file.
#include "chain/store.hpp"

#include <filesystem>
#include <fstream>
#include <gtest/gtest.h>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>

using namespace mallory::chain;
namespace fs = std::filesystem;

namespace {

fs::path fresh_dir(const std::string& name) {
    const fs::path dir =
        fs::temp_directory_path() / ("mallory_create_" + name + "_" + std::to_string(::getpid()));
    fs::remove_all(dir);
    fs::create_directories(dir);
    return dir;
}

std::vector<std::string> scratch_files(const fs::path& dir) {
    std::vector<std::string> out;
    for (const auto& e : fs::directory_iterator(dir))
        if (e.path().filename().string().find(".new-") != std::string::npos)
            out.push_back(e.path().filename().string());
    return out;
}

TEST(StoreCreate, ConcurrentCreatorsAllOpenTheSameNewChain) {
    const fs::path dir = fresh_dir("race");
    const std::string db = (dir / "chain.db").string();
    constexpr int creators = 8;
    std::vector<std::string> errors(creators);
    std::vector<std::thread> threads;
    for (int i = 0; i < creators; ++i)
        threads.emplace_back([&, i] {
            try {
                auto s = Store::open(db);
                if (s->get_meta("magic") != std::string("mallory-chain")) errors[i] = "no magic";
            } catch (const StoreError& e) {
                errors[i] = e.what();
            }
        });
    for (std::thread& t : threads)
        t.join();
    for (const std::string& e : errors)
        EXPECT_EQ(e, "");
    EXPECT_GT(fs::file_size(db), 0U);
    EXPECT_TRUE(scratch_files(dir).empty());
}

TEST(StoreCreate, ScratchFileOfADeadCreatorIsRemovedByTheNextOpen) {
    const fs::path dir = fresh_dir("abandoned");
    const std::string db = (dir / "chain.db").string();
    const pid_t child = ::fork();
    if (child == 0) ::_exit(0);
    ASSERT_GT(child, 0);
    ::waitpid(child, nullptr, 0); // `child` is now a pid nobody holds
    const std::string scratch = db + ".new-" + std::to_string(child) + "-0badc0de";
    std::ofstream(scratch) << "half a database";
    std::ofstream(scratch + "-wal") << "its log";
    const std::string live = db + ".new-" + std::to_string(::getppid()) + "-00000001";
    std::ofstream(live) << "a creator still running";
    Store::open(db);
    EXPECT_EQ(scratch_files(dir), std::vector<std::string>{fs::path(live).filename().string()})
        << "the dead creator's files go, the live one's stays";
}

} // namespace
