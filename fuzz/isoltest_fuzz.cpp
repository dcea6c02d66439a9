// Arbitrary text as one of solc's test files, through the conformance suite's parsers: the
// file splitter (sources, options, expectations), the semantic expectation parser (calls,
// raw ABI arguments, results, events) and the syntax tests' diagnostic lines. Never a crash.
#include "tests/conformance/isoltest_parser.hpp"
#include "tests/conformance/syntax_runner.hpp"

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <variant>

using namespace mallory::conformance;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    (void)parse_isoltest(text, "fuzz.sol");
    const auto parts = split_test_file(text, "fuzz.sol", false);
    if (const auto* p = std::get_if<TestFileParts>(&parts))
        (void)parse_solc_diagnostics(p->expectations);
    return 0;
}
