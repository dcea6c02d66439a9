// Arbitrary text as command-line call arguments (`mallory run/chain send/chain call`): the
// first line is a signature, each further line one argument. Signatures, addresses, amounts
// and arguments are parsed and ABI-encoded; what was encoded must decode with the same types,
// and the canonical signature must parse to itself. Never a crash.
#include "chain/foundry/abi.hpp"

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

using namespace mallory::chain::foundry;

namespace {

std::vector<std::string> lines_of(std::string_view text) {
    std::vector<std::string> lines;
    std::size_t start = 0;
    while (start <= text.size()) {
        const std::size_t end = text.find('\n', start);
        lines.emplace_back(text.substr(start, end == std::string_view::npos ? end : end - start));
        if (end == std::string_view::npos) break;
        start = end + 1;
    }
    return lines;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    const std::vector<std::string> lines = lines_of(text);
    for (const std::string& line : lines) {
        (void)parse_address(line);
        (void)parse_amount(line);
    }
    std::string why;
    const auto signature = parse_signature(lines.front(), &why);
    if (!signature) {
        if (why.empty()) __builtin_trap(); // a rejected signature always says why
        return 0;
    }
    const auto reparsed = parse_signature(signature->canonical());
    if (!reparsed || reparsed->canonical() != signature->canonical()) __builtin_trap();
    const std::vector<std::string> args(lines.begin() + 1, lines.end());
    std::string error;
    const auto encoded = encode_arguments(signature->types, args, {}, error);
    if (!encoded) {
        if (error.empty()) __builtin_trap();
        return 0;
    }
    if (!decode_values(signature->types, BytesView{*encoded})) __builtin_trap();
    return 0;
}
