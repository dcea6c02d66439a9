#pragma once
/// A parser for solc's isoltest semantic-test files (test/libsolidity/semanticTests): the source
/// units, the `// ====` options and, after `// ----`, the steps to run in order. It follows
/// isoltest's own grammar (TestFileParser): `//` starts a new line of one token stream, so a
/// call's arguments and expectations may span lines. What it does not know is reported as an
/// error with the line, so that the runner skips the test with that reason instead of guessing.

#include "vm/types.hpp"
#include "vm/u256.hpp"

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace mallory::conformance {

using vm::Address;
using vm::Bytes;
using vm::U256;

/// `~ emit Name(types) [from 0xADDR]: #topic, data...` or `~ emit <anonymous>: ...`.
struct ExpectedEvent {
    std::string signature; ///< "" for `<anonymous>` (no topic 0)
    std::optional<Address> emitter;
    std::vector<U256> topics; ///< the `#` parameters (topic 0 excluded)
    Bytes data;               ///< the other parameters, concatenated
    int line = 0;
};

/// `sig[, N unit][: args] [-> expectations]`; `constructor()` and `()` (raw calldata) included.
struct Call {
    std::string signature; ///< "f(uint256)", "constructor()", "" for `()`
    U256 value;            ///< in wei
    Bytes arguments;       ///< raw, concatenated as written
    bool expect_failure = false;
    Bytes expected; ///< return data, or revert data after FAILURE
    std::vector<ExpectedEvent> events;
    int line = 0;
    [[nodiscard]] bool is_constructor() const { return signature == "constructor()"; }
};

/// `library: L` or `library: "source":L`: deploy a library before the contract.
struct LibraryStep {
    std::string source; ///< "" when not given
    std::string name;
    int line = 0;
};

/// `balance -> N` (the contract's) or `balance: 0xADDR -> N`.
struct BalanceStep {
    std::optional<Address> account;
    U256 expected;
    int line = 0;
};

/// `storageEmpty -> 1|0`: whether the contract's storage is all zero.
struct StorageEmptyStep {
    bool expected = true;
    int line = 0;
};

/// `account: i -> 0xADDR`: later calls are sent from account i (its address is checked).
struct AccountStep {
    unsigned index = 0;
    Address expected;
    int line = 0;
};

using Step = std::variant<Call, LibraryStep, BalanceStep, StorageEmptyStep, AccountStep>;

struct IsoltestFile {
    /// (name, text) per source unit; one unnamed unit unless `==== Source: name ====` is used.
    std::vector<std::pair<std::string, std::string>> sources;
    /// (name, path relative to the test's folder) per `==== ExternalSource: [name=]path ====`;
    /// they come before `sources` (the test's own code is the last unit).
    std::vector<std::pair<std::string, std::string>> external_sources;
    std::map<std::string, std::string> options; ///< the `// ====` block
    std::vector<Step> steps;
};

/// A located reason why a file cannot be parsed (the runner counts it as skipped).
struct ParseError {
    int line = 0; ///< 1-based line of the file, 0 for the whole file
    std::string message;
};

/// The parts every solc test file has (semantic and syntax tests alike).
struct TestFileParts {
    std::vector<std::pair<std::string, std::string>> sources;          ///< as in IsoltestFile
    std::vector<std::pair<std::string, std::string>> external_sources; ///< as in IsoltestFile
    std::map<std::string, std::string> options;
    std::vector<std::string_view> expectations; ///< the lines after `// ----` (into the text)
    int first_expectation_line = 0;             ///< 1-based line of expectations[0]
};

/// Splits a test file into sources, options and expectation lines. Without
/// `require_expectations`, a file with no `// ----` line has no expectations (a syntax test
/// that solc accepts silently).
std::variant<TestFileParts, ParseError> split_test_file(std::string_view text,
                                                        const std::string& default_name,
                                                        bool require_expectations = true);

/// Parses a whole test file. `default_name` names the single source unit when the file has no
/// `==== Source: ====` separators.
std::variant<IsoltestFile, ParseError> parse_isoltest(std::string_view text,
                                                      const std::string& default_name);

/// The address of isoltest's account `index` (account 0 sends every call by default).
Address isoltest_account(unsigned index);

} // namespace mallory::conformance
