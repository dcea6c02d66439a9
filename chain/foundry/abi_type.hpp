#pragma once
// The shape of one ABI type, parsed from its canonical name (`uint8`, `bytes32[]`,
// `(address,(uint96,bool)[])`): what the ABI decoder reads (abi.hpp) and the fuzzer generates
// (fuzz.hpp). Types: uintN, intN, address, bool, bytesN, bytes, string, tuples (structs) and
// fixed or dynamic arrays of any of them, nested too.

#include <cstddef>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace mallory::chain::foundry {

struct AbiType {
    enum class Kind { Uint, Int, Address, Bool, FixedBytes, DynBytes, String, Array, Tuple };
    Kind kind = Kind::Uint;
    unsigned size = 256;                                    ///< bits (uintN/intN) or bytes (bytesN)
    std::shared_ptr<const AbiType> element;                 ///< arrays
    std::vector<std::shared_ptr<const AbiType>> components; ///< tuples (a struct)
    std::optional<std::size_t> length;                      ///< fixed arrays (T[3])
    std::string name;                                       ///< canonical ("uint8[]")

    /// Dynamic in the ABI sense: encoded in the tail behind an offset.
    [[nodiscard]] bool is_dynamic() const;
    /// Bytes its head takes in a tuple: 32 behind an offset when dynamic, else its words.
    [[nodiscard]] std::size_t head_size() const;
};

/// Parses a canonical ABI type; nullopt (with `why`, naming the type) for anything else.
std::optional<AbiType> parse_abi_type(std::string_view canonical, std::string* why = nullptr);

} // namespace mallory::chain::foundry
