#pragma once
// Recursive Length Prefix encoding, as Ethereum defines it (Yellow Paper, appendix B): the
// serialization behind transaction hashes, persisted transactions and CREATE addresses.
// The decoder is strict (canonical encodings only) and never throws: it reads untrusted bytes.

#include "vm/types.hpp"

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>

namespace mallory::chain::rlp {

using vm::Address;
using vm::Bytes;
using vm::BytesView;
using vm::U256;

/// Appends RLP items to a byte buffer. Lists are opened and closed around their items; the
/// list header is inserted when the list is closed, so no item is encoded twice.
class Encoder {
public:
    void bytes(BytesView b);
    void string(std::string_view s);
    /// An unsigned integer: big-endian without leading zeros (zero is the empty string).
    void uint(std::uint64_t v);
    void uint(const U256& v);
    void address(const Address& a) { bytes(BytesView{a.bytes}); }
    void hash(const vm::Hash& h) { bytes(BytesView{h}); }
    /// Appends an already-encoded item verbatim.
    void raw(BytesView encoded);

    /// Opens a list; pass the returned mark to end_list().
    [[nodiscard]] std::size_t begin_list() const noexcept { return m_out.size(); }
    void end_list(std::size_t mark);

    [[nodiscard]] const Bytes& out() const& noexcept { return m_out; }
    [[nodiscard]] Bytes take() && noexcept { return std::move(m_out); }

private:
    Bytes m_out;
};

/// Why a decode failed (closed; text in to_string).
enum class Error : std::uint8_t {
    Truncated,      ///< a length runs past the end of the input
    NonCanonical,   ///< a valid but non-minimal encoding (leading zeros, long form for short)
    ExpectedList,   ///< a string where a list was required
    ExpectedString, ///< a list where a string was required
    TooLarge,       ///< an integer wider than its field
    TrailingBytes,  ///< input left after the top-level item or list
};
std::string_view to_string(Error e) noexcept;

/// One decoded item: its kind and the payload (the list's encoded items, or the string bytes).
struct Item {
    bool is_list = false;
    BytesView payload;
};

/// Reads items one after the other from a byte range (a whole input, or a list's payload).
class Reader {
public:
    explicit Reader(BytesView data) noexcept : m_data(data) {}

    [[nodiscard]] bool at_end() const noexcept { return m_pos == m_data.size(); }
    /// The first error met; reading stops at it (every later read fails too).
    [[nodiscard]] std::optional<Error> error() const noexcept { return m_error; }

    bool next(Item& out) noexcept;
    /// Typed reads of the next item; false (and error() set) on a mismatch.
    bool list(Reader& inner) noexcept;
    bool bytes(BytesView& out) noexcept;
    bool bytes(Bytes& out);
    bool uint(std::uint64_t& out) noexcept;
    bool uint(U256& out) noexcept;
    bool address(Address& out) noexcept;
    bool hash(vm::Hash& out) noexcept;
    /// Fails with TrailingBytes unless every item was consumed.
    bool finish() noexcept;

    bool fail(Error e) noexcept {
        if (!m_error) m_error = e;
        return false;
    }

private:
    BytesView m_data;
    std::size_t m_pos = 0;
    std::optional<Error> m_error;
};

} // namespace mallory::chain::rlp
