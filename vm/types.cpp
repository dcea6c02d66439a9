#include "vm/types.hpp"

namespace mallory::vm {

std::string to_hex(BytesView b) {
    static constexpr char digits[] = "0123456789abcdef";
    std::string s = "0x";
    s.reserve(2 + 2 * b.size());
    for (std::uint8_t c : b) {
        s.push_back(digits[c >> 4]);
        s.push_back(digits[c & 15]);
    }
    return s;
}

std::string to_hex(const Address& a) {
    return to_hex(BytesView{a.bytes});
}

} // namespace mallory::vm
