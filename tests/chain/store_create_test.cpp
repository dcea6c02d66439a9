// Creating a chain database (chain/store.cpp, Store::create_if_absent): built beside its path
// and linked into place whole, so concurrent creators share one chain and a creator killed
// midway leaves neither a 0-byte file at the path nor, after the next open, its scratch file.
#include "chain/store.hpp"
#include "tests/scratch_dir.hpp"

#include <filesystem>
#include <fstream>
#include <gtest/gtest.h>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>

using namespace mallory::chain;
namespace fs = std::filesystem;

namespace {

std::vector<std::string> scratch_files(const fs::path& dir) {
    std::vector<std::string> out;
    for (const auto& e : fs::directory_iterator(dir))
        if (e.path().filename().string().find(".new-") != std::string::npos)
            out.push_back(e.path().filename().string());
    return out;
}

TEST(StoreCreate, ConcurrentCreatorsAllOpenTheSameNewChain) {
    const mallory::testing::ScratchDir scratch_dir("create_race");
    const fs::path& dir = scratch_dir.path();
    const std::string db = scratch_dir.file("chain.db");
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
    const mallory::testing::ScratchDir scratch_dir("create_abandoned");
    const fs::path& dir = scratch_dir.path();
    const std::string db = scratch_dir.file("chain.db");
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
