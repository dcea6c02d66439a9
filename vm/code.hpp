#pragma once
// The bytecode container of one contract: functions, code, constants, the contracts it can
// create, its ABI and its source map. Its serialization (vm/serialize.hpp) is what an
// account stores as code; loading always verifies (vm/verify.hpp).

#include "vm/types.hpp"

#include <array>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace mallory::vm {

/// One function of the code section. Frame layout at entry: `inputs` argument slots, then
/// `locals` zero-initialised slots (both addressed by LGET/LSET), then the operand stack.
struct FunctionInfo {
    std::uint32_t offset = 0;    ///< first byte in ContractCode::code
    std::uint32_t size = 0;      ///< bytes
    std::uint16_t inputs = 0;    ///< items taken from the caller's stack by CALLF
    std::uint16_t outputs = 0;   ///< items left for the caller by RETF
    std::uint16_t locals = 0;    ///< extra zeroed slots after the inputs
    std::uint16_t max_stack = 0; ///< inputs + locals + highest operand stack (checked by verify)

    friend bool operator==(const FunctionInfo&, const FunctionInfo&) = default;
    [[nodiscard]] std::uint32_t frame_slots() const noexcept {
        return std::uint32_t{inputs} + locals;
    }
};

enum class AbiKind : std::uint8_t { Function, Event, Error, Constructor, Receive, Fallback };
enum class Mutability : std::uint8_t { Pure, View, NonPayable, Payable };
std::string_view to_string(AbiKind k) noexcept;
std::string_view to_string(Mutability m) noexcept;

/// One ABI entry, as in a solc ABI JSON plus the hashes a dispatcher or decoder needs.
struct AbiEntry {
    AbiKind kind = AbiKind::Function;
    std::string name;
    std::string signature; ///< canonical, e.g. "transfer(address,uint256)"; "" for receive/fallback
    std::vector<std::string> inputs;  ///< canonical type strings
    std::vector<std::string> outputs; ///< canonical type strings (functions only)
    std::vector<bool> indexed;        ///< events: per input, whether it is a topic
    Mutability mutability = Mutability::NonPayable;
    bool anonymous = false; ///< events only

    friend bool operator==(const AbiEntry&, const AbiEntry&) = default;
    /// keccak256(signature): an event's topic 0; its first 4 bytes are a function's selector.
    [[nodiscard]] Hash hash() const noexcept;
    [[nodiscard]] std::array<std::uint8_t, 4> selector() const noexcept;
};

/// Half-open byte range [begin, end) in source file `file` (index into ContractCode::files).
struct SourceSpan {
    std::uint32_t file = 0;
    std::uint32_t begin = 0;
    std::uint32_t end = 0;
    friend bool operator==(const SourceSpan&, const SourceSpan&) = default;
};

/// The instruction at `offset` (and those after it, up to the next entry) came from `span`.
struct SourceMapEntry {
    std::uint32_t offset = 0;
    SourceSpan span;
    friend bool operator==(const SourceMapEntry&, const SourceMapEntry&) = default;
};

struct ContractCode {
    std::string name;
    /// Function 0 is the entry of every message call (0 inputs, 0 outputs).
    std::vector<FunctionInfo> functions;
    std::vector<std::uint8_t> code;
    std::vector<U256> constants;
    /// Function run once by CREATE (0 inputs, 0 outputs), or none (empty constructor).
    std::optional<std::uint16_t> constructor;
    /// Contracts this one can create with CREATE i (each verified when this one is loaded).
    std::vector<std::shared_ptr<const ContractCode>> children;
    std::vector<AbiEntry> abi;
    std::vector<std::string> files;
    std::vector<SourceMapEntry> source_map; ///< sorted by offset

    /// Index of the function whose code range contains `offset`, or -1.
    [[nodiscard]] int function_at(std::uint32_t offset) const noexcept;
    /// Source span of the instruction at `offset`, if the map covers it.
    [[nodiscard]] std::optional<SourceSpan> span_at(std::uint32_t offset) const noexcept;
    /// The ABI entry of a function with this selector, or nullptr.
    [[nodiscard]] const AbiEntry* find_function(std::array<std::uint8_t, 4> selector) const;
};

bool operator==(const ContractCode& a, const ContractCode& b);

} // namespace mallory::vm
