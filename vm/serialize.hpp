#pragma once
// Byte format of a ContractCode (what an account stores as code) and the strict loader.
//
// Layout, all integers little-endian, strings and byte blobs as u32 length + bytes:
//   "MLRY" u8 version(=1)  name
//   u32 nfunctions { u32 offset u32 size u16 inputs u16 outputs u16 locals u16 max_stack }
//   u32 ncode bytes
//   u32 nconstants { 32-byte big-endian word }
//   u8 has_constructor u16 constructor
//   u32 nchildren { blob: a nested container }
//   u32 nabi { u8 kind, name, signature, u32 n {input type}, u32 n {output type},
//              u32 n {u8 indexed}, u8 mutability, u8 anonymous }
//   u32 nfiles { file name }
//   u32 nsourcemap { u32 offset u32 file u32 begin u32 end }
// Every count is checked against the bytes that remain before anything is allocated.

#include "vm/code.hpp"
#include "vm/verify.hpp"

#include <cstdint>
#include <memory>
#include <string_view>

namespace mallory::vm {

inline constexpr std::uint8_t kFormatVersion = 1;
/// Children nest (a factory creating a factory ...); deeper nesting is refused.
inline constexpr int kMaxNesting = 16;

enum class DecodeError : std::uint8_t {
    Ok,
    BadMagic,
    BadVersion,
    Truncated,
    BadEnum,
    TrailingBytes,
    TooDeep,
};
std::string_view to_string(DecodeError e) noexcept;

Bytes serialize(const ContractCode& code);

struct LoadResult {
    std::shared_ptr<const ContractCode> code; ///< set only when decoding and verifying succeed
    DecodeError decode = DecodeError::Ok;
    VerifyResult verify;
    std::size_t consumed = 0; ///< bytes of the container (load_prefix)

    [[nodiscard]] bool ok() const noexcept { return code != nullptr; }
    [[nodiscard]] std::string message() const;
};

/// Decodes exactly `bytes` (no trailing data) and verifies it.
LoadResult load(BytesView bytes);
/// Decodes a container at the start of `bytes` and verifies it; the rest (e.g. a creation's
/// ABI-encoded constructor arguments) starts at `consumed`.
LoadResult load_prefix(BytesView bytes);

} // namespace mallory::vm
