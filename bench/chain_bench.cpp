// Simple value transfers per second through the whole chain path (validation, vm::Executor,
// receipts, roots, block diff, and for the persisted case one SQLite transaction per block of
// 1,000). Transactions are signed beforehand; "execute" counts mining of transactions whose
// signatures the mempool already verified, "submit+execute" includes the ecrecover of submit().
#include "chain/chain.hpp"
#include "lang/compiler.hpp"
#include "lang/frontend.hpp"
#include "vm/keccak.hpp"
#include "vm/serialize.hpp"

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

// ---- token-contract calls: SimpleToken.transfer through the same path -------------------------

/// SimpleToken from the contract library, compiled by Mallory, deployed by alice with a large
/// supply; returns its address.
Address deploy_token(Chain& c) {
    auto front = mallory::lang::load_and_check(
        {std::string(MALLORY_SOURCE_DIR) + "/contracts/examples/SimpleToken.sol"});
    mallory::lang::Diagnostics diagnostics;
    auto out = mallory::lang::compile(front.sources, *front.model, diagnostics);
    const auto* token = out.find("SimpleToken");
    if (!token) throw std::runtime_error("SimpleToken did not compile");
    Bytes data = mallory::vm::serialize(*token->code);
    Bytes supply(32);
    mallory::vm::store_be(supply.data(), U256{1'000'000'000});
    data.insert(data.end(), supply.begin(), supply.end());
    auto tx = c.prepare(Chain::dev_key("alice"), std::nullopt, U256{}, data, 10'000'000);
    const Address at = mallory::vm::create_address(tx.from, tx.nonce);
    if (!c.submit(tx).ok()) throw std::runtime_error("deployment rejected");
    c.mine();
    return at;
}

std::vector<Transaction> signed_token_transfers(Chain& c, const Address& token, int n) {
    const PrivateKey alice = Chain::dev_key("alice");
    std::uint64_t nonce = c.account(alice.address()).nonce;
    auto selector = mallory::vm::selector_of("transfer(address,uint256)");
    std::vector<Transaction> out;
    for (int i = 0; i < n; ++i) {
        Transaction tx;
        tx.nonce = nonce++;
        tx.gas_price = c.config().gas_price;
        tx.gas_limit = 100'000;
        tx.to = token;
        tx.data.assign(selector.begin(), selector.end());
        Bytes word(32);
        mallory::vm::store_be(
            word.data(), Address::from_u64(0x1000 + static_cast<std::uint64_t>(i % 500)).to_word());
        tx.data.insert(tx.data.end(), word.begin(), word.end());
        mallory::vm::store_be(word.data(), U256{1});
        tx.data.insert(tx.data.end(), word.begin(), word.end());
        tx.chain_id = c.config().chain_id;
        tx.sign(alice);
        out.push_back(std::move(tx));
    }
    return out;
}

void run_token(benchmark::State& st, Chain& c) {
    const Address token = deploy_token(c);
    const int per_block = 250; // a token transfer costs ~50k gas: 250 fit a 30M-gas block
    const auto txs = signed_token_transfers(c, token, per_block * 10);
    std::size_t next = 0;
    for (auto _ : st) {
        st.PauseTiming();
        if (next + per_block > txs.size()) {
            st.SkipWithError("out of pre-signed transactions");
            break;
        }
        for (int i = 0; i < per_block; ++i)
            (void)c.submit(txs[next + static_cast<std::size_t>(i)], false);
        st.ResumeTiming();
        const Block& b = c.mine();
        if (b.transactions.size() != static_cast<std::size_t>(per_block))
            st.SkipWithError("block not full");
        next += per_block;
    }
    st.counters["token calls/s"] = benchmark::Counter(
        static_cast<double>(st.iterations()) * per_block, benchmark::Counter::kIsRate);
}

void BM_TokenCallsInMemory(benchmark::State& st) {
    auto c = Chain::in_memory();
    run_token(st, *c);
}

} // namespace

BENCHMARK(BM_TokenCallsInMemory)->Unit(benchmark::kMillisecond)->Iterations(5)->UseRealTime();
BENCHMARK(BM_TransfersInMemory)->Unit(benchmark::kMillisecond)->Iterations(5)->UseRealTime();
BENCHMARK(BM_TransfersInMemoryWithEcrecover)
    ->Unit(benchmark::kMillisecond)
    ->Iterations(5)
    ->UseRealTime();
BENCHMARK(BM_TransfersPersisted)->Unit(benchmark::kMillisecond)->Iterations(5)->UseRealTime();
BENCHMARK_MAIN();
