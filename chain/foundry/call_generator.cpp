#include "chain/foundry/call_generator.hpp"

#include "chain/keys.hpp"

#include <fmt/format.h>

namespace mallory::chain::foundry {

namespace {

U256 mask(unsigned bits) {
    return bits >= 256 ? U256::max() : vm::shl(U256{1}, bits) - U256{1};
}

/// The text encode_arguments reads for a word of an integer type.
std::string integer_text(const U256& w, unsigned bits, bool is_signed) {
    if (!is_signed) return vm::to_dec(w & mask(bits));
    U256 x = w & mask(bits);
    if (bits < 256 && !(vm::shr(x, bits - 1) & U256{1}).is_zero()) x = x | ~mask(bits);
    return x.is_negative() ? "-" + vm::to_dec(-x) : vm::to_dec(x);
}

/// "uint8" -> {8, false}; "int" types signed. False for other types.
bool integer_type(const std::string& t, unsigned& bits, bool& is_signed) {
    is_signed = t.starts_with("int");
    const std::size_t digits = is_signed ? 3 : (t.starts_with("uint") ? 4 : 0);
    if (!digits) return false;
    bits = static_cast<unsigned>(std::stoul(t.substr(digits)));
    return true;
}

} // namespace

std::uint64_t Rng::next() noexcept {
    std::uint64_t z = (m_state += 0x9e3779b97f4a7c15ULL);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}

U256 Rng::word() noexcept {
    std::array<std::uint8_t, 32> b{};
    for (std::size_t i = 0; i < 32; i += 8) {
        const std::uint64_t v = next();
        for (std::size_t j = 0; j < 8; ++j)
            b[i + j] = static_cast<std::uint8_t>(v >> (8 * j));
    }
    return vm::load_be(b.data());
}

U256 CallGenerator::integer(unsigned bits, bool is_signed) {
    const U256 top = is_signed ? mask(bits - 1) : mask(bits); // the largest value
    switch (m_rng.below(8)) {
    case 0: { // edges of the type
        const U256 min_signed = -vm::shl(U256{1}, bits - 1);
        const U256 edges[] = {U256{},     U256{1},       U256{2},
                              top,        top - U256{1}, is_signed ? min_signed : U256{3},
                              U256::max()};
        return edges[m_rng.below(std::size(edges))];
    }
    case 1:
    case 2: // a constant of the program, or a neighbour of it (off-by-one bugs)
        if (!m_dict.constants.empty()) {
            const U256 c = m_dict.constants[m_rng.below(m_dict.constants.size())];
            const std::uint64_t d = m_rng.below(3);
            return d == 0 ? c : (d == 1 ? c + U256{1} : c - U256{1});
        }
        [[fallthrough]];
    case 3:
    case 4: // small numbers: counts, indices, amounts in wei
        return U256{m_rng.below(1000)};
    case 5: // whole ether amounts
        return U256{m_rng.below(100) + 1} * U256{1'000'000'000'000'000'000ULL};
    default:
        return m_rng.word();
    }
}

U256 CallGenerator::value(const U256& balance) {
    U256 v;
    switch (m_rng.below(4)) {
    case 0:
        return U256{};
    case 1:
        v = U256{m_rng.below(10) + 1} * U256{1'000'000'000'000'000'000ULL};
        break;
    default:
        v = integer(256, false);
    }
    return balance.is_zero() ? U256{} : (v > balance ? vm::umod(v, balance + U256{1}) : v);
}

std::string CallGenerator::hex_bytes(std::size_t n) {
    std::string out = "0x";
    const bool zero = m_rng.chance(1, 4);
    for (std::size_t i = 0; i < n; ++i)
        out += fmt::format("{:02x}", zero ? 0 : static_cast<unsigned>(m_rng.below(256)));
    return out;
}

std::string CallGenerator::text_of(const std::string& type) {
    unsigned bits = 0;
    bool is_signed = false;
    if (integer_type(type, bits, is_signed))
        return integer_text(integer(bits, is_signed), bits, is_signed);
    if (type == "address") {
        if (!m_dict.addresses.empty() && m_rng.chance(3, 4))
            return address_hex(m_dict.addresses[m_rng.below(m_dict.addresses.size())]);
        return m_rng.chance(1, 2) ? address_hex(Address{})
                                  : address_hex(Address::from_word(m_rng.word()));
    }
    if (type == "bool") return m_rng.chance(1, 2) ? "true" : "false";
    if (type == "bytes") return hex_bytes(m_rng.below(40));
    if (type == "string") {
        std::string s;
        for (std::uint64_t i = 0, n = m_rng.below(12); i < n; ++i)
            s += static_cast<char>('a' + m_rng.below(26));
        return s;
    }
    if (type.starts_with("bytes")) {
        const std::size_t n = std::stoul(type.substr(5));
        if (!m_dict.constants.empty() && m_rng.chance(1, 3)) {
            const auto w = vm::to_bytes(m_dict.constants[m_rng.below(m_dict.constants.size())]);
            return "0x" + vm::to_hex(BytesView{w.data(), n}).substr(2);
        }
        return hex_bytes(n);
    }
    return {};
}

std::optional<std::vector<std::string>>
CallGenerator::arguments(const std::vector<std::string>& types) {
    std::vector<std::string> out;
    for (const std::string& t : types) {
        if (!is_supported_type(t)) return std::nullopt;
        const auto bracket = t.find('[');
        if (bracket == std::string::npos) {
            out.push_back(text_of(t));
            continue;
        }
        // fixed-size T[k] or dynamic T[] of value types (what the ABI layer encodes)
        const std::string elem = t.substr(0, bracket);
        const std::string len = t.substr(bracket + 1, t.size() - bracket - 2);
        const std::size_t n = len.empty() ? m_rng.below(4) : std::stoul(len);
        std::string list = "[";
        for (std::size_t i = 0; i < n; ++i)
            list += (i ? "," : "") + text_of(elem);
        out.push_back(list + "]");
    }
    return out;
}

} // namespace mallory::chain::foundry
