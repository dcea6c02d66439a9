#include "vm/precompiled/bn254.hpp"

#include <algorithm>
#include <cryptopp/ecp.h>
#include <cryptopp/integer.h>

namespace mallory::vm::precompiled {

namespace {

using CryptoPP::ECP;
using CryptoPP::Integer;

const Integer& field_prime() {
    static const Integer p("0x30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd47");
    return p;
}

/// One curve per thread: Crypto++'s field arithmetic keeps scratch results inside the object,
/// so a shared instance would race between the analyzer's threads.
const ECP& curve() {
    thread_local const ECP c(field_prime(), Integer::Zero(), Integer(3));
    return c;
}

/// Word `i` of the input, with the bytes past its end read as zero.
Integer word(BytesView input, std::size_t i) {
    std::uint8_t bytes[32] = {};
    const std::size_t from = 32 * i;
    if (from < input.size())
        std::copy_n(input.begin() + static_cast<std::ptrdiff_t>(from),
                    std::min<std::size_t>(32, input.size() - from), bytes);
    return Integer(bytes, 32, Integer::UNSIGNED, CryptoPP::BIG_ENDIAN_ORDER);
}

/// The point at words `i` and `i + 1`, or nothing when it is not a point of the curve.
std::optional<ECP::Point> point(BytesView input, std::size_t i) {
    const Integer x = word(input, i), y = word(input, i + 1);
    if (x >= field_prime() || y >= field_prime()) return std::nullopt;
    if (x.IsZero() && y.IsZero()) return ECP::Point(); // the point at infinity
    ECP::Point p(x, y);
    if (!curve().VerifyPoint(p)) return std::nullopt;
    return p;
}

Bytes encode(const ECP::Point& p) {
    Bytes out(64, 0);
    if (p.identity) return out;
    p.x.Encode(out.data(), 32);
    p.y.Encode(out.data() + 32, 32);
    return out;
}

} // namespace

std::optional<Bytes> bn254_add(BytesView input) {
    const auto a = point(input, 0), b = point(input, 2);
    if (!a || !b) return std::nullopt;
    return encode(curve().Add(*a, *b));
}

std::optional<Bytes> bn254_mul(BytesView input) {
    const auto p = point(input, 0);
    if (!p) return std::nullopt;
    return encode(curve().ScalarMultiply(*p, word(input, 2)));
}

} // namespace mallory::vm::precompiled
