// One writer at a time on a persistent chain (chain/writer_lock.hpp), the pool's persisted
// order, and an empty database file refused instead of silently becoming a new chain.
#include "chain/chain.hpp"
#include "chain/writer_lock.hpp"
#include "tests/scratch_dir.hpp"

#include <chrono>
#include <filesystem>
#include <fstream>
#include <gtest/gtest.h>
#include <thread>

using namespace mallory::chain;
using namespace std::chrono_literals;

namespace {

TEST(WriterLock, SecondWriterWaitsThenGivesUpWithAClearError) {
    const mallory::testing::ScratchDir dir("lock_busy");
    const std::string db = dir.file("chain.db");
    WriterLock first(db, 1s);
    const auto start = std::chrono::steady_clock::now();
    try {
        WriterLock second(db, 200ms);
        FAIL() << "two writers held the lock";
    } catch (const StoreError& e) {
        EXPECT_NE(std::string(e.what()).find("another process is writing"), std::string::npos)
            << e.what();
    }
    EXPECT_GE(std::chrono::steady_clock::now() - start, 200ms);
}

TEST(WriterLock, ReleasedOnDestruction) {
    const mallory::testing::ScratchDir dir("lock_release");
    const std::string db = dir.file("chain.db");
    { WriterLock first(db, 1s); }
    WriterLock again(db, 0ms);
    SUCCEED();
}

TEST(WriterLock, WaiterGetsItWhenTheHolderFinishes) {
    const mallory::testing::ScratchDir dir("lock_handover");
    const std::string db = dir.file("chain.db");
    auto holder = std::make_unique<WriterLock>(db, 1s);
    std::thread release([&] {
        std::this_thread::sleep_for(100ms);
        holder.reset();
    });
    WriterLock waiter(db, 10s);
    release.join();
    SUCCEED();
}

TEST(Store, EmptyFileIsNotAChain) {
    const mallory::testing::ScratchDir dir("lock_empty");
    const std::string db = dir.file("chain.db");
    std::ofstream(db).close();
    try {
        Chain::open(db);
        FAIL() << "an empty file became a chain";
    } catch (const StoreError& e) {
        EXPECT_NE(std::string(e.what()).find("empty file"), std::string::npos) << e.what();
    }
    EXPECT_EQ(std::filesystem::file_size(db), 0u);
}

TEST(Mempool, OrderedIsArrivalOrder) {
    auto c = Chain::in_memory();
    const PrivateKey alice = Chain::dev_key("alice"), bob = Chain::dev_key("bob");
    std::vector<Hash> sent;
    for (int i = 0; i < 3; ++i)
        for (const PrivateKey* k : {&bob, &alice}) {
            auto r = c->submit(c->prepare(*k, Chain::dev_address("carol"), U256{1}));
            ASSERT_TRUE(r.ok());
            sent.push_back(r.hash);
        }
    const std::vector<Transaction> pool = c->mempool().ordered();
    ASSERT_EQ(pool.size(), sent.size());
    for (std::size_t i = 0; i < pool.size(); ++i)
        EXPECT_EQ(pool[i].hash(), sent[i]);
    EXPECT_EQ(pool[4].nonce, 2u); // prepare() took the next pending nonce each time
}

} // namespace
