#include "chain/rlp.hpp"

#include <cstring>

namespace mallory::chain::rlp {

namespace {

/// Big-endian bytes of `v` without leading zeros into `buf` (8 bytes); returns the count.
std::size_t be_bytes(std::uint64_t v, std::uint8_t* buf) noexcept {
    std::size_t n = 0;
    for (std::uint64_t x = v; x != 0; x >>= 8)
        ++n;
    for (std::size_t i = 0; i < n; ++i)
        buf[n - 1 - i] = static_cast<std::uint8_t>(v >> (8 * i));
    return n;
}

/// The header of a string (offset 0x80) or list (0xc0) with a payload of `len` bytes.
std::size_t header(std::uint8_t offset, std::size_t len, std::uint8_t* buf) noexcept {
    if (len < 56) {
        buf[0] = static_cast<std::uint8_t>(offset + len);
        return 1;
    }
    const std::size_t n = be_bytes(len, buf + 1);
    buf[0] = static_cast<std::uint8_t>(offset + 55 + n);
    return 1 + n;
}

} // namespace

void Encoder::bytes(BytesView b) {
    if (b.size() == 1 && b[0] < 0x80) {
        m_out.push_back(b[0]);
        return;
    }
    std::uint8_t h[9];
    const std::size_t hn = header(0x80, b.size(), h);
    m_out.insert(m_out.end(), h, h + hn);
    m_out.insert(m_out.end(), b.begin(), b.end());
}

void Encoder::string(std::string_view s) {
    bytes(BytesView{reinterpret_cast<const std::uint8_t*>(s.data()), s.size()});
}

void Encoder::uint(std::uint64_t v) {
    std::uint8_t buf[8];
    const std::size_t n = be_bytes(v, buf);
    bytes(BytesView{buf, n});
}

void Encoder::uint(const U256& v) {
    if (v.fits64()) return uint(v.low());
    const auto b = vm::to_bytes(v);
    std::size_t skip = 0;
    while (skip < 32 && b[skip] == 0)
        ++skip;
    bytes(BytesView{b.data() + skip, 32 - skip});
}

void Encoder::raw(BytesView encoded) {
    m_out.insert(m_out.end(), encoded.begin(), encoded.end());
}

void Encoder::end_list(std::size_t mark) {
    std::uint8_t h[9];
    const std::size_t hn = header(0xc0, m_out.size() - mark, h);
    m_out.insert(m_out.begin() + static_cast<std::ptrdiff_t>(mark), h, h + hn);
}

std::string_view to_string(Error e) noexcept {
    switch (e) {
    case Error::Truncated:
        return "truncated RLP input";
    case Error::NonCanonical:
        return "non-canonical RLP encoding";
    case Error::ExpectedList:
        return "expected an RLP list";
    case Error::ExpectedString:
        return "expected an RLP string";
    case Error::TooLarge:
        return "RLP integer too large for its field";
    case Error::TrailingBytes:
        return "trailing bytes after RLP item";
    }
    return "unknown RLP error";
}

bool Reader::next(Item& out) noexcept {
    if (m_error) return false;
    const std::size_t left = m_data.size() - m_pos;
    if (left == 0) return fail(Error::Truncated);
    const std::uint8_t* p = m_data.data() + m_pos;
    const std::uint8_t b = p[0];
    if (b < 0x80) {
        out = {false, BytesView{p, 1}};
        m_pos += 1;
        return true;
    }
    const bool is_list = b >= 0xc0;
    const std::uint8_t base = is_list ? 0xc0 : 0x80;
    std::size_t hlen = 1, len = 0;
    if (b - base < 56) {
        len = static_cast<std::size_t>(b - base);
    } else {
        const std::size_t n = static_cast<std::size_t>(b - base - 55);
        if (left < 1 + n) return fail(Error::Truncated);
        if (p[1] == 0) return fail(Error::NonCanonical);
        if (n > 4) return fail(Error::TooLarge); // no item here is 4 GiB long
        for (std::size_t i = 0; i < n; ++i)
            len = (len << 8) | p[1 + i];
        if (len < 56) return fail(Error::NonCanonical);
        hlen += n;
    }
    if (left - hlen < len) return fail(Error::Truncated);
    if (!is_list && len == 1 && hlen == 1 && p[1] < 0x80) return fail(Error::NonCanonical);
    out = {is_list, BytesView{p + hlen, len}};
    m_pos += hlen + len;
    return true;
}

bool Reader::list(Reader& inner) noexcept {
    Item it;
    if (!next(it)) return false;
    if (!it.is_list) return fail(Error::ExpectedList);
    inner = Reader{it.payload};
    return true;
}

bool Reader::bytes(BytesView& out) noexcept {
    Item it;
    if (!next(it)) return false;
    if (it.is_list) return fail(Error::ExpectedString);
    out = it.payload;
    return true;
}

bool Reader::bytes(Bytes& out) {
    BytesView v;
    if (!bytes(v)) return false;
    out.assign(v.begin(), v.end());
    return true;
}

bool Reader::uint(std::uint64_t& out) noexcept {
    U256 v;
    if (!uint(v)) return false;
    if (!v.fits64()) return fail(Error::TooLarge);
    out = v.low();
    return true;
}

bool Reader::uint(U256& out) noexcept {
    BytesView v;
    if (!bytes(v)) return false;
    if (v.size() > 32) return fail(Error::TooLarge);
    if (!v.empty() && v[0] == 0) return fail(Error::NonCanonical);
    out = vm::load_be_partial(v.data(), v.size());
    return true;
}

bool Reader::address(Address& out) noexcept {
    BytesView v;
    if (!bytes(v)) return false;
    if (v.size() != 20) return fail(v.size() > 20 ? Error::TooLarge : Error::NonCanonical);
    std::memcpy(out.bytes.data(), v.data(), 20);
    return true;
}

bool Reader::hash(vm::Hash& out) noexcept {
    BytesView v;
    if (!bytes(v)) return false;
    if (v.size() != 32) return fail(v.size() > 32 ? Error::TooLarge : Error::NonCanonical);
    std::memcpy(out.data(), v.data(), 32);
    return true;
}

bool Reader::finish() noexcept {
    if (m_error) return false;
    return at_end() ? true : fail(Error::TrailingBytes);
}

} // namespace mallory::chain::rlp
