#include "chain/merkle.hpp"

#include "vm/keccak.hpp"

#include <cryptopp/keccak.h>

namespace mallory::chain {

const vm::Hash& empty_root() noexcept {
    static const vm::Hash h = vm::keccak256(vm::BytesView{});
    return h;
}

vm::Hash merkle_leaf(vm::BytesView payload) noexcept {
    CryptoPP::Keccak_256 k;
    const std::uint8_t tag = 0x00;
    k.Update(&tag, 1);
    k.Update(payload.data(), payload.size());
    vm::Hash out;
    k.Final(out.data());
    return out;
}

vm::Hash merkle_root(std::vector<vm::Hash> level) noexcept {
    if (level.empty()) return empty_root();
    CryptoPP::Keccak_256 k;
    const std::uint8_t tag = 0x01;
    while (level.size() > 1) {
        std::size_t out = 0;
        for (std::size_t i = 0; i + 1 < level.size(); i += 2) {
            k.Update(&tag, 1);
            k.Update(level[i].data(), 32);
            k.Update(level[i + 1].data(), 32);
            k.Final(level[out++].data());
        }
        if (level.size() % 2 == 1) level[out++] = level.back();
        level.resize(out);
    }
    return level[0];
}

} // namespace mallory::chain
