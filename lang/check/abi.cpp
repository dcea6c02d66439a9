#include "lang/check/abi.hpp"

#include <cctype>
#include <cryptopp/keccak.h>
#include <fmt/format.h>

namespace mallory::lang::check {

Hash256 keccak256(std::string_view data) {
    CryptoPP::Keccak_256 hash;
    hash.Update(reinterpret_cast<const CryptoPP::byte*>(data.data()), data.size());
    Hash256 out{};
    hash.Final(out.data());
    return out;
}

std::uint32_t selector_of(std::string_view signature) {
    Hash256 h = keccak256(signature);
    return (std::uint32_t{h[0]} << 24) | (std::uint32_t{h[1]} << 16) | (std::uint32_t{h[2]} << 8) |
           std::uint32_t{h[3]};
}

std::string selector_hex(std::uint32_t selector) {
    return fmt::format("0x{:08x}", selector);
}

std::string checksum_address(std::string_view hex40) {
    std::string lower;
    for (char c : hex40)
        lower += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    Hash256 h = keccak256(lower);
    std::string out = lower;
    for (std::size_t i = 0; i < out.size(); ++i) {
        unsigned nibble = (i % 2 == 0) ? (h[i / 2] >> 4) : (h[i / 2] & 0xf);
        if (std::isalpha(static_cast<unsigned char>(out[i])) && nibble >= 8)
            out[i] = static_cast<char>(std::toupper(static_cast<unsigned char>(out[i])));
    }
    return out;
}

} // namespace mallory::lang::check
