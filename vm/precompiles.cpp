#include "vm/precompiles.hpp"

#include "vm/gas.hpp"

#include <algorithm>
#include <cryptopp/ripemd.h>
#include <cryptopp/sha.h>

namespace mallory::vm {

namespace {

/// The EVM's precompile pricing: `base + per_word * ceil(len / 32)` (yellow paper, appendix E).
struct Pricing {
    Gas base;
    Gas per_word;
};

Gas price(Pricing p, std::size_t input_size) {
    return p.base + p.per_word * static_cast<Gas>((input_size + 31) / 32);
}

Bytes sha256(BytesView in) {
    Bytes out(CryptoPP::SHA256::DIGESTSIZE);
    CryptoPP::SHA256().CalculateDigest(out.data(), in.data(), in.size());
    return out;
}

Bytes ripemd160(BytesView in) { // the 20-byte digest, right-aligned in a word
    Bytes out(32, 0);
    CryptoPP::RIPEMD160().CalculateDigest(out.data() + 12, in.data(), in.size());
    return out;
}

Bytes identity(BytesView in) {
    return Bytes(in.begin(), in.end());
}

} // namespace

std::optional<Result> run_precompile(const Message& msg) {
    const U256 word = msg.code_address.to_word();
    if (word > U256{0xffu}) return std::nullopt;
    Pricing pricing{};
    Bytes (*run)(BytesView) = nullptr;
    switch (word.w[0]) {
    case 2:
        pricing = {60, 12};
        run = sha256;
        break;
    case 3:
        pricing = {600, 120};
        run = ripemd160;
        break;
    case 4:
        pricing = {15, 3};
        run = identity;
        break;
    default:
        return std::nullopt;
    }
    const Gas cost = price(pricing, msg.input.size());
    if (cost > msg.gas) return Result{Status::OutOfGas, 0, 0, {}, {}};
    return Result{Status::Success, msg.gas - cost, 0, run(msg.input), {}};
}

} // namespace mallory::vm
