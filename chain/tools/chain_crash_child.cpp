// The crash test's child (tests/chain/crash_test.sh):
//   chain_crash_child run DB     opens DB and adds blocks of transfers forever, printing
//                                "<number> <block hash> <state root>" after each commit
//   chain_crash_child check DB REPORTED
//                                checks the database after a kill: every line of REPORTED is
//                                a canonical block with that hash and root, parent links hold,
//                                each block's state root recomputes from the stored diffs, and
//                                Chain::open verifies the head's root.
#include "chain/chain.hpp"

#include <cstdio>
#include <fstream>
#include <iostream>
#include <map>
#include <sstream>

using namespace mallory::chain;
namespace vm = mallory::vm;

namespace {

int run(const std::string& db) {
    auto chain = Chain::open(db);
    const std::vector<std::string> names = chain->config().dev_accounts;
    std::vector<PrivateKey> keys;
    for (const auto& n : names)
        keys.push_back(Chain::dev_key(n));
    for (std::uint64_t round = chain->height();; ++round) {
        for (std::size_t i = 0; i < 20; ++i) {
            const auto& from = keys[(round + i) % keys.size()];
            const Address to = keys[(round + 3 * i + 1) % keys.size()].address();
            auto r = chain->submit(chain->prepare(from, to, U256{1000 + round * 7 + i}));
            if (!r.ok()) {
                std::fprintf(stderr, "submit failed: %s\n", r.error->message().c_str());
                return 1;
            }
        }
        const Block& b = chain->mine();
        std::printf("%llu %s %s\n", static_cast<unsigned long long>(b.header.number),
                    vm::to_hex(BytesView{b.hash}).c_str(),
                    vm::to_hex(BytesView{b.header.state_root}).c_str());
        std::fflush(stdout);
    }
}

int check(const std::string& db, const std::string& reported) {
    // 1. Chain::open replays the diffs and verifies the head's state root.
    auto chain = Chain::open(db);
    if (!chain->verify_state_root()) {
        std::fprintf(stderr, "head state root does not recompute from scratch\n");
        return 1;
    }
    // 2. Every block of the canonical chain: parent link, number, and its own state root
    //    recomputed by replaying the stored diffs from genesis.
    auto store = Store::open(db);
    std::map<Hash, StoredBlock> by_hash;
    for (auto& sb : store->load_blocks())
        by_hash.emplace(sb.block.hash, std::move(sb));
    WorldState state;
    for (std::uint64_t n = 0; n <= chain->height(); ++n) {
        const Block* b = chain->block(n);
        if (!b || b->header.number != n ||
            (n > 0 && b->header.parent_hash != chain->block(n - 1)->hash)) {
            std::fprintf(stderr, "block %llu: broken parent link\n",
                         static_cast<unsigned long long>(n));
            return 1;
        }
        state.apply(by_hash.at(b->hash).diff, true);
        if (state.root() != b->header.state_root) {
            std::fprintf(stderr, "block %llu: state root does not recompute\n",
                         static_cast<unsigned long long>(n));
            return 1;
        }
    }
    // 3. Every reported block is there, unchanged.
    std::ifstream in(reported);
    std::string line;
    std::size_t count = 0;
    while (std::getline(in, line)) {
        std::istringstream ls(line);
        std::uint64_t number = 0;
        std::string hash, root;
        if (!(ls >> number >> hash >> root)) continue; // a line cut by the kill
        const Block* b = chain->block(number);
        if (!b || vm::to_hex(BytesView{b->hash}) != hash ||
            vm::to_hex(BytesView{b->header.state_root}) != root) {
            std::fprintf(stderr, "reported block %llu %s is missing or different\n",
                         static_cast<unsigned long long>(number), hash.c_str());
            return 1;
        }
        ++count;
    }
    std::printf("ok: height %llu, %zu reported blocks present\n",
                static_cast<unsigned long long>(chain->height()), count);
    return 0;
}

} // namespace

int main(int argc, char** argv) {
    try {
        const std::string mode = argc > 1 ? argv[1] : "";
        if (mode == "run" && argc == 3) return run(argv[2]);
        if (mode == "check" && argc == 4) return check(argv[2], argv[3]);
        std::fprintf(stderr, "usage: chain_crash_child run DB | check DB REPORTED\n");
        return 2;
    } catch (const std::exception& e) {
        std::fprintf(stderr, "chain_crash_child: %s\n", e.what());
        return 1;
    }
}
