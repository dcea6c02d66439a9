// Decodes random bytes as the chain's serialized records and, when they decode, validates and
// applies them: a transaction is submitted to a fresh chain and mined; a persisted block record
// (header, receipt, diff) is re-encoded and its diff applied to a state. Never a crash.
#include "chain/chain.hpp"

#include <cstddef>
#include <cstdint>

using namespace mallory::chain;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    if (size == 0) return 0;
    const BytesView in{data + 1, size - 1};
    switch (data[0] % 4) {
    case 0: {
        auto d = Transaction::decode(in);
        if (auto* tx = std::get_if<Transaction>(&d)) {
            static auto chain = Chain::in_memory();
            if (chain->submit(*tx).ok()) chain->mine();
        }
        break;
    }
    case 1: {
        Receipt r;
        if (Receipt::decode(in, r)) {
            Receipt back;
            if (!Receipt::decode(BytesView{r.encode()}, back) || !(back == r)) __builtin_trap();
            (void)r.revert_reason();
        }
        break;
    }
    case 2: {
        StoredBlock sb;
        (void)decode_block_record(in, {}, {}, BytesView{}, sb);
        BlockHeader h;
        if (BlockHeader::decode(in, h) && !(BlockHeader::decode(BytesView{h.encode()}, h)))
            __builtin_trap();
        break;
    }
    default: {
        StateDiff d;
        if (StateDiff::decode(in, d)) {
            WorldState s;
            s.apply(d, true);
            (void)s.root();
            s.apply(d, false);
            (void)s.root();
        }
        break;
    }
    }
    return 0;
}
