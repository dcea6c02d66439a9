#include "chain/keys.hpp"

#include "vm/keccak.hpp"

#include <cstring>
#include <fmt/format.h>

namespace mallory::chain {

namespace {

int hex_digit(char c) noexcept {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

std::string_view strip_0x(std::string_view s) noexcept {
    if (s.size() >= 2 && s[0] == '0' && (s[1] == 'x' || s[1] == 'X')) s.remove_prefix(2);
    return s;
}

} // namespace

PrivateKey PrivateKey::from_bytes(const Hash& secret) {
    if (!vm::secp256k1::valid_secret(secret))
        throw KeyError("invalid secp256k1 private key (zero or not below the curve order)");
    return PrivateKey{secret};
}

PrivateKey PrivateKey::from_hex(std::string_view hex) {
    return from_bytes(hash_from_hex(hex));
}

PrivateKey PrivateKey::dev(std::string_view name) {
    const std::string seed = "mallory dev account " + std::string(name);
    return from_bytes(vm::keccak256(std::string_view{seed}));
}

std::array<std::uint8_t, 64> PrivateKey::public_key() const {
    const auto key = vm::secp256k1::public_key(m_secret);
    if (!key) throw KeyError("cannot derive the public key");
    return *key;
}

Address PrivateKey::address() const {
    return address_of(public_key());
}

Signature PrivateKey::sign(const Hash& digest) const {
    const auto sig = vm::secp256k1::sign(digest, m_secret);
    if (!sig) throw KeyError("signing failed");
    return *sig;
}

Address address_of(const std::array<std::uint8_t, 64>& public_key) noexcept {
    return vm::secp256k1::address_of(public_key);
}

std::optional<Address> recover(const Hash& digest, const Signature& sig) noexcept {
    const auto key = vm::secp256k1::recover(digest, sig, vm::secp256k1::UpperS::reject);
    if (!key) return std::nullopt;
    return vm::secp256k1::address_of(*key);
}

std::string to_checksum(const Address& a) {
    std::string lower = vm::to_hex(a).substr(2);
    const Hash h = vm::keccak256(std::string_view{lower});
    for (std::size_t i = 0; i < lower.size(); ++i) {
        const int nibble = (i % 2 == 0) ? (h[i / 2] >> 4) : (h[i / 2] & 15);
        if (lower[i] >= 'a' && nibble >= 8) lower[i] = static_cast<char>(lower[i] - 'a' + 'A');
    }
    return "0x" + lower;
}

std::optional<Address> try_parse_address(std::string_view text, std::string* why) {
    auto fail = [&](std::string msg) -> std::optional<Address> {
        if (why) *why = fmt::format("invalid address '{}': {}", text, msg);
        return std::nullopt;
    };
    if (text.size() < 2 || text[0] != '0' || (text[1] != 'x' && text[1] != 'X'))
        return fail("expected '0x' followed by 40 hex digits");
    const std::string_view digits = text.substr(2);
    if (digits.size() != 40)
        return fail(fmt::format("expected 40 hex digits, found {}", digits.size()));
    Address a;
    bool has_lower = false, has_upper = false;
    for (std::size_t i = 0; i < 40; ++i) {
        const int d = hex_digit(digits[i]);
        if (d < 0)
            return fail(fmt::format("'{}' at position {} is not a hex digit", digits[i], i + 2));
        has_lower |= digits[i] >= 'a' && digits[i] <= 'f';
        has_upper |= digits[i] >= 'A' && digits[i] <= 'F';
        a.bytes[i / 2] = static_cast<std::uint8_t>(a.bytes[i / 2] | (d << (i % 2 == 0 ? 4 : 0)));
    }
    if (has_lower && has_upper) {
        const std::string expected = to_checksum(a);
        if (expected.substr(2) != digits)
            return fail(fmt::format("bad EIP-55 checksum (expected {})", expected));
    }
    return a;
}

Address parse_address(std::string_view text) {
    std::string why;
    if (auto a = try_parse_address(text, &why)) return *a;
    throw KeyError(why);
}

Bytes from_hex(std::string_view hex) {
    const std::string_view d = strip_0x(hex);
    if (d.size() % 2 != 0) throw KeyError(fmt::format("odd number of hex digits in '{}'", hex));
    Bytes out(d.size() / 2);
    for (std::size_t i = 0; i < out.size(); ++i) {
        const int hi = hex_digit(d[2 * i]), lo = hex_digit(d[2 * i + 1]);
        if (hi < 0 || lo < 0) throw KeyError(fmt::format("invalid hex digit in '{}'", hex));
        out[i] = static_cast<std::uint8_t>(hi << 4 | lo);
    }
    return out;
}

Hash hash_from_hex(std::string_view hex) {
    const Bytes b = from_hex(hex);
    if (b.size() != 32)
        throw KeyError(fmt::format("expected 32 bytes of hex, found {} in '{}'", b.size(), hex));
    Hash h;
    std::memcpy(h.data(), b.data(), 32);
    return h;
}

} // namespace mallory::chain
