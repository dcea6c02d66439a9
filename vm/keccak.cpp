#include "vm/keccak.hpp"

#include <cryptopp/keccak.h>

namespace mallory::vm {

Hash keccak256(BytesView data) noexcept {
    CryptoPP::Keccak_256 h;
    h.Update(data.data(), data.size());
    Hash out;
    h.Final(out.data());
    return out;
}

std::array<std::uint8_t, 4> selector_of(std::string_view sig) noexcept {
    const Hash h = keccak256(sig);
    return {h[0], h[1], h[2], h[3]};
}

Address create_address(const Address& sender, std::uint64_t nonce) noexcept {
    // rlp([sender, nonce]): list header, 0x94 + 20 address bytes, then the nonce as an RLP
    // integer (0 encodes as 0x80, 1..0x7f as itself, larger as 0x80+len followed by big-endian).
    std::uint8_t buf[1 + 21 + 9];
    std::size_t n = 1;
    buf[n++] = 0x94;
    std::memcpy(buf + n, sender.bytes.data(), 20);
    n += 20;
    if (nonce == 0) {
        buf[n++] = 0x80;
    } else if (nonce < 0x80) {
        buf[n++] = static_cast<std::uint8_t>(nonce);
    } else {
        std::uint8_t be[8];
        std::size_t len = 0;
        for (std::uint64_t v = nonce; v != 0; v >>= 8)
            be[len++] = static_cast<std::uint8_t>(v);
        buf[n++] = static_cast<std::uint8_t>(0x80 + len);
        for (std::size_t i = 0; i < len; ++i)
            buf[n++] = be[len - 1 - i];
    }
    buf[0] = static_cast<std::uint8_t>(0xC0 + (n - 1));
    const Hash h = keccak256(BytesView{buf, n});
    Address a;
    std::memcpy(a.bytes.data(), h.data() + 12, 20);
    return a;
}

Address create2_address(const Address& sender, const U256& salt,
                        const Hash& init_code_hash) noexcept {
    std::uint8_t buf[1 + 20 + 32 + 32];
    buf[0] = 0xff;
    std::memcpy(buf + 1, sender.bytes.data(), 20);
    store_be(buf + 21, salt);
    std::memcpy(buf + 53, init_code_hash.data(), 32);
    const Hash h = keccak256(BytesView{buf, sizeof buf});
    Address a;
    std::memcpy(a.bytes.data(), h.data() + 12, 20);
    return a;
}

} // namespace mallory::vm
