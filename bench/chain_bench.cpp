// Simple value transfers per second through the whole chain path (validation, vm::Executor,
// receipts, roots, block diff, and for the persisted case one SQLite transaction per block of
// 1,000). Transactions are signed beforehand; "execute" counts mining of transactions whose
// signatures the mempool already verified, "submit+execute" includes the ecrecover of submit().
#include "chain/chain.hpp"

#include <benchmark/benchmark.h>
#include <filesystem>

using namespace mallory::chain;

namespace {

constexpr int block_txs = 1000;

std::vector<Transaction> signed_transfers(Chain& c, int n) {
    std::vector<PrivateKey> keys;
    for (const auto& name : c.config().dev_accounts)
        keys.push_back(Chain::dev_key(name));
    std::vector<std::uint64_t> nonces(keys.size(), 0);
    std::vector<Transaction> out;
    for (int i = 0; i < n; ++i) {
        const std::size_t k = static_cast<std::size_t>(i) % keys.size();
        Transaction tx;
        tx.nonce = nonces[k]++;
        tx.gas_price = c.config().gas_price;
        tx.gas_limit = 21000;
        tx.to = Address::from_u64(0x1000 + static_cast<std::uint64_t>(i % 500));
        tx.value = U256{1};
        tx.chain_id = c.config().chain_id;
        tx.sign(keys[k]);
        out.push_back(std::move(tx));
    }
    return out;
}

void run(benchmark::State& st, Chain& c, bool check_signature) {
    const auto txs = signed_transfers(c, block_txs * 5);
    std::size_t next = 0;
    for (auto _ : st) {
        st.PauseTiming();
        if (next + block_txs > txs.size()) {
            st.SkipWithError("out of pre-signed transactions");
            break;
        }
        if (!check_signature)
            for (int i = 0; i < block_txs; ++i)
                (void)c.submit(txs[next + static_cast<std::size_t>(i)], false);
        st.ResumeTiming();
        if (check_signature)
            for (int i = 0; i < block_txs; ++i)
                (void)c.submit(txs[next + static_cast<std::size_t>(i)], true);
        benchmark::DoNotOptimize(c.mine());
        next += block_txs;
    }
    st.counters["transfers/s"] = benchmark::Counter(
        static_cast<double>(st.iterations()) * block_txs, benchmark::Counter::kIsRate);
}

void BM_TransfersInMemory(benchmark::State& st) {
    auto c = Chain::in_memory();
    run(st, *c, false);
}
void BM_TransfersInMemoryWithEcrecover(benchmark::State& st) {
    auto c = Chain::in_memory();
    run(st, *c, true);
}
void BM_TransfersPersisted(benchmark::State& st) {
    const auto path = (std::filesystem::temp_directory_path() / "mallory_chain_bench.db").string();
    for (const char* s : {"", "-wal", "-shm"})
        std::filesystem::remove(path + s);
    {
        auto c = Chain::open(path);
        run(st, *c, false);
    }
    for (const char* s : {"", "-wal", "-shm"})
        std::filesystem::remove(path + s);
}

} // namespace

BENCHMARK(BM_TransfersInMemory)->Unit(benchmark::kMillisecond)->Iterations(5);
BENCHMARK(BM_TransfersInMemoryWithEcrecover)->Unit(benchmark::kMillisecond)->Iterations(5);
BENCHMARK(BM_TransfersPersisted)->Unit(benchmark::kMillisecond)->Iterations(5);
BENCHMARK_MAIN();
