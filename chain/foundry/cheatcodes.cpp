#include "chain/foundry/cheatcodes.hpp"

#include "chain/block.hpp"
#include "chain/foundry/console.hpp"
#include "chain/foundry/string_cheats.hpp"
#include "chain/foundry/test_cheats.hpp"
#include "chain/keys.hpp"
#include "vm/keccak.hpp"
#include "vm/serialize.hpp"

#include <algorithm>
#include <filesystem>
#include <fmt/format.h>
#include <map>
#include <memory>

namespace mallory::chain::foundry {

namespace {

/// The address forge gives a creation whose expected revert happened (Foundry's
/// DUMMY_CREATE_ADDRESS): not zero, so the test's `new C()` does not fail in turn.
Address dummy_create_address() {
    return Address::from_word(vm::U256{1});
}

/// Vm.sol's functions, the one list the handler and the trace printer use (the assertions live
/// in test_cheats.cpp, the environment readers and setEnv in env_cheats.cpp, each with their
/// types, the string parsers and operations in string_cheats.cpp, the random values in
/// random_cheats.cpp, the file ones in fs_cheats.cpp).
constexpr auto kCheatcodes = std::to_array<const char*>({
    "deal(address,uint256)",
    "prank(address)",
    "prank(address,address)",
    "startPrank(address)",
    "stopPrank()",
    "warp(uint256)",
    "roll(uint256)",
    "expectRevert()",
    "expectRevert(bytes)",
    "expectRevert(bytes4)",
    "expectRevert(bytes4,address)",
    "expectRevert(bytes,address)",
    "expectRevert(address)",
    "expectRevert(uint64)",
    "expectRevert(bytes4,uint64)",
    "expectRevert(bytes,uint64)",
    "expectRevert(address,uint64)",
    "expectRevert(bytes4,address,uint64)",
    "expectRevert(bytes,address,uint64)",
    "expectPartialRevert(bytes4)",
    "expectPartialRevert(bytes4,address)",
    "expectEmit(bool,bool,bool,bool)",
    "expectEmit()",
    "expectEmit(bool,bool,bool,bool,address)",
    "expectEmit(address)",
    "label(address,string)",
    "addr(uint256)",
    "getNonce(address)",
    "setNonce(address,uint64)",
    "setNonceUnsafe(address,uint64)",
    "resetNonce(address)",
    "record()",
    "stopRecord()",
    "accesses(address)",
    "store(address,bytes32,bytes32)",
    "load(address,bytes32)",
    "mockCall(address,bytes,bytes)",
    "mockCallRevert(address,bytes,bytes)",
    "clearMockedCalls()",
    "expectCall(address,bytes)",
    "expectCall(address,uint256,bytes)",
    "expectCall(address,bytes,uint64)",
    "expectCall(address,uint256,bytes,uint64)",
    "getLabel(address)",
    "getCode(string)",
    "pauseGasMetering()",
    "resumeGasMetering()",
    "computeCreate2Address(bytes32,bytes32,address)",
    "computeCreate2Address(bytes32,bytes32)",
    "computeCreateAddress(address,uint256)",
    "startPrank(address,address)",
    "recordLogs()",
    "getRecordedLogs()",
    "sign(uint256,bytes32)",
    "signCompact(uint256,bytes32)",
    "snapshotState()",
    "revertToState(uint256)",
    "revertToStateAndDelete(uint256)",
    "deleteStateSnapshot(uint256)",
    "deleteStateSnapshots()",
    "snapshot()",
    "revertTo(uint256)",
    "revertToAndDelete(uint256)",
    "deleteSnapshot(uint256)",
    "broadcast()",
    "broadcast(address)",
    "broadcast(uint256)",
    "startBroadcast()",
    "startBroadcast(address)",
    "startBroadcast(uint256)",
    "stopBroadcast()",
    "chainId(uint256)",
    "fee(uint256)",
    "coinbase(address)",
    "prevrandao(bytes32)",
    "prevrandao(uint256)",
    "txGasPrice(uint256)",
    "setBlockhash(uint256,bytes32)",
    "getBlockTimestamp()",
    "getBlockNumber()",
    "toString(address)",
    "toString(uint256)",
    "toString(int256)",
    "toString(bool)",
    "toString(bytes32)",
    "toString(bytes)",
    "etch(address,bytes)",
    "getDeployedCode(string)",
    "assumeNoRevert()",
    "expectEmitAnonymous(bool,bool,bool,bool,bool)",
    "expectEmitAnonymous(bool,bool,bool,bool,bool,address)",
    "expectEmitAnonymous()",
    "expectEmitAnonymous(address)",
});

/// Cheatcodes that neither change state nor depend on the call's context: solc calls the
/// view and pure ones with STATICCALL, so they must answer there too.
bool allowed_in_static_call(std::string_view sig) {
    constexpr std::array<std::string_view, 12> kStatic{
        "addr(uint256)",
        "assumeNoRevert()", // pure in Vm.sol: it only arms a check of the next call
        "getCode(string)",
        "getDeployedCode(string)",
        "getNonce(address)",
        "load(address,bytes32)",
        "sign(uint256,bytes32)",
        "signCompact(uint256,bytes32)",
        "getLabel(address)",
        "computeCreate2Address(bytes32,bytes32,address)",
        "computeCreate2Address(bytes32,bytes32)",
        "computeCreateAddress(address,uint256)"};
    return std::find(kStatic.begin(), kStatic.end(), sig) != kStatic.end();
}

/// The parameter types of a canonical signature: "f(bytes4,address)" -> {"bytes4", "address"}.
std::vector<std::string_view> parameter_types(std::string_view sig) {
    std::vector<std::string_view> out;
    const std::size_t open = sig.find('(');
    std::string_view list = sig.substr(open + 1, sig.size() - open - 2);
    while (!list.empty()) {
        const std::size_t comma = list.find(',');
        out.push_back(list.substr(0, comma));
        list = comma == std::string_view::npos ? std::string_view{} : list.substr(comma + 1);
    }
    return out;
}

/// The contracts whose errors a revert of `msg` can name: the callee's and the caller's
/// (the test's), so that both sides of a mismatch are shown by name.
struct ErrorAbis {
    std::shared_ptr<const vm::ContractCode> callee, caller;
    std::vector<const vm::ContractCode*> list;
    ErrorAbis(vm::Executor& ex, const vm::Message& msg)
        : callee(msg.kind == vm::CallKind::Create ? msg.init : ex.state().code(msg.code_address)),
          caller(ex.state().code(msg.sender)), list{callee.get(), caller.get()} {}
};

/// forge's CREATE2 factory, the deployer of vm.computeCreate2Address(salt, hash).
Address create2_factory() {
    return *parse_address("0x4e59b44847b379578588920cA78FbF26c0B4956C");
}

/// The block hashes a test set (vm.setBlockhash), the others as the block gave them before
/// the first one was set (the simulation's, or a chain's real ones).
struct SetBlockHashes {
    std::shared_ptr<const std::map<std::uint64_t, U256>> hashes;
    std::function<U256(std::uint64_t)> before;
    U256 operator()(std::uint64_t number) const {
        const auto it = hashes->find(number);
        if (it != hashes->end()) return it->second;
        return before ? before(number) : U256{};
    }
};

/// BLOCKHASH of `number` is `hash` from now on (BLOCKHASH still answers only for the 256
/// blocks before the current one, as in forge). The hashes set so far are copied into the new
/// lookup rather than chained to the old one, so that many calls do not nest lookups; a state
/// snapshot keeps the block, and so reverting to it undoes the hashes set after it.
void set_block_hash(vm::BlockContext& block, std::uint64_t number, const U256& hash) {
    auto set = std::make_shared<std::map<std::uint64_t, U256>>();
    std::function<U256(std::uint64_t)> before = block.hash_of;
    if (const auto* earlier = block.hash_of.target<SetBlockHashes>()) {
        *set = *earlier->hashes;
        before = earlier->before;
    }
    (*set)[number] = hash;
    block.hash_of = SetBlockHashes{std::move(set), std::move(before)};
}

vm::Result success(const vm::Message& msg, Bytes output = {}) {
    return vm::Result{vm::Status::Success, msg.gas, 0, std::move(output), {}};
}

vm::Result failure(const vm::Message& msg, std::string_view why) {
    return vm::Result{vm::Status::Revert, msg.gas, 0, encode_error(why), {}};
}

U256 word_at(BytesView args, std::size_t i) {
    if (args.size() < 32 * (i + 1)) return {};
    return vm::load_be(args.data() + 32 * i);
}

Bytes word_bytes(const U256& w) {
    const auto b = vm::to_bytes(w);
    return Bytes(b.begin(), b.end());
}

/// The signatures Cheatcodes::broadcast handles (the seven broadcast entries above).
bool is_broadcast(std::string_view sig) {
    constexpr std::array<std::string_view, 7> kBroadcasts{
        "broadcast()",      "broadcast(address)",      "broadcast(uint256)",
        "startBroadcast()", "startBroadcast(address)", "startBroadcast(uint256)",
        "stopBroadcast()"};
    return std::find(kBroadcasts.begin(), kBroadcasts.end(), sig) != kBroadcasts.end();
}

bool is_special(const Address& a) {
    return a == cheatcode_address() || a == console_address();
}

/// The raw bytes of an ABI `bytes` argument at head word `i`; nullopt if malformed.
std::optional<Bytes> bytes_arg(BytesView args, std::size_t i) {
    const U256 offset = word_at(args, i);
    if (!offset.fits64() || offset.low() + 32 > args.size()) return std::nullopt;
    const std::size_t at = static_cast<std::size_t>(offset.low());
    const U256 len = vm::load_be(args.data() + at);
    if (!len.fits64() || len.low() > args.size() - at - 32) return std::nullopt;
    return Bytes(args.begin() + static_cast<std::ptrdiff_t>(at + 32),
                 args.begin() + static_cast<std::ptrdiff_t>(at + 32 + len.low()));
}

bool starts_with(BytesView data, const Bytes& prefix) {
    return data.size() >= prefix.size() && std::equal(prefix.begin(), prefix.end(), data.begin());
}

bool log_matches(const vm::Log& expected, const vm::Log& got, const bool (&topics)[4], bool data,
                 const std::optional<Address>& emitter) {
    if (emitter && got.address != *emitter) return false;
    if (expected.topics.size() != got.topics.size()) return false;
    for (std::size_t i = 0; i < expected.topics.size() && i < 4; ++i)
        if (topics[i] && expected.topics[i] != got.topics[i]) return false;
    return !data || expected.data == got.data;
}

} // namespace

const Artifact* find_artifact(const Artifacts& artifacts, std::string_view what, std::string& why) {
    std::string_view file, name;
    if (what.ends_with(".json")) { // forge's out/File.sol/Name.json
        const std::size_t slash = what.rfind('/');
        name = what.substr(slash + 1, what.size() - slash - 1 - 5);
        const std::string_view dir = slash == std::string_view::npos ? "" : what.substr(0, slash);
        file = dir.substr(dir.rfind('/') + 1);
    } else if (const std::size_t colon = what.find(':'); colon != std::string_view::npos) {
        file = what.substr(0, colon);
        name = what.substr(colon + 1);
        name = name.substr(0, name.find(':')); // File.sol:Name:0.8.20
    } else if (what.ends_with(".sol")) {
        file = what;
    } else {
        name = what;
    }
    const auto file_matches = [&](const std::string& path) {
        if (file.empty()) return true;
        const std::string normal = std::filesystem::path(path).lexically_normal().generic_string();
        const std::string wanted =
            std::filesystem::path(std::string(file)).lexically_normal().generic_string();
        return normal == wanted || normal.ends_with("/" + wanted);
    };
    const Artifact* found = nullptr;
    for (const Artifact& a : artifacts) {
        if ((!name.empty() && a.name != name) || !file_matches(a.file)) continue;
        if (found) {
            why = "multiple matching artifacts found";
            return nullptr;
        }
        found = &a;
    }
    if (!found)
        why = "no matching artifact found (only the contracts compiled with the test can be "
              "named: import their file)";
    return found;
}

Address cheatcode_address() {
    return *parse_address("0x7109709ECfa91a80626fF3989D68f67F5b1DD12D");
}

bool failure_recorded(vm::State& state) {
    std::array<std::uint8_t, 32> slot{};
    constexpr std::string_view failed = "failed"; // bytes32("failed"): left-aligned
    std::copy(failed.begin(), failed.end(), slot.begin());
    return !state.peek_storage(cheatcode_address(), vm::load_be(slot.data())).is_zero();
}

std::optional<std::string> cheatcode_signature(std::array<std::uint8_t, 4> selector) {
    if (auto sig = test_cheat_signature(selector)) return sig;
    if (auto sig = env_cheat_signature(selector)) return std::string(*sig);
    if (auto sig = string_cheat_signature(selector)) return std::string(*sig);
    if (auto sig = random_cheat_signature(selector)) return std::string(*sig);
    if (auto sig = fs_cheat_signature(selector)) return std::string(*sig);
    for (const char* sig : kCheatcodes)
        if (vm::selector_of(sig) == selector) return std::string(sig);
    return std::nullopt;
}

vm::Result Cheatcodes::handle(vm::Executor& ex, const vm::Message& msg) {
    if (is_mocked_frame(msg) && !m_mock_frames.empty() && m_mock_frames.back().depth == msg.depth) {
        MockFrame frame = std::move(m_mock_frames.back());
        m_mock_frames.pop_back();
        return vm::Result{frame.reverts ? vm::Status::Revert : vm::Status::Success,
                          msg.gas,
                          0,
                          std::move(frame.output),
                          {}};
    }
    if (msg.input.size() < 4) return failure(msg, "cheatcode call without a selector");
    std::array<std::uint8_t, 4> sel{};
    std::copy_n(msg.input.begin(), 4, sel.begin());
    // Assertions, assume and skip: pure, so allowed in static calls too (see test_cheats.hpp).
    if (const auto test_sig = test_cheat_signature(sel)) {
        if (auto data = run_test_cheat(*test_sig, msg.input.subspan(4)))
            return vm::Result{vm::Status::Revert, msg.gas, 0, std::move(*data), {}};
        return success(msg);
    }
    const auto sig = cheatcode_signature(sel);
    if (!sig)
        return failure(msg,
                       fmt::format("unknown cheatcode {}", vm::to_hex(BytesView{sel.data(), 4})));
    return cheat(ex, msg, *sig, msg.input.subspan(4));
}

vm::Result Cheatcodes::cheat(vm::Executor& ex, const vm::Message& msg, const std::string& sig,
                             BytesView args) {
    const Address a0 = Address::from_word(word_at(args, 0));
    const U256 w0 = word_at(args, 0);
    if (is_env_cheat(sig)) { // the readers are view: allowed in static calls (setEnv too)
        std::string error;
        auto out = env_cheat(sig, args, m_env, error);
        return out ? success(msg, std::move(*out)) : failure(msg, error);
    }
    if (is_fs_cheat(sig)) { // the readers are view; the files are not the chain's state
        std::string error;
        auto out = m_files.cheat(sig, args, error);
        return out ? success(msg, std::move(*out)) : failure(msg, error);
    }
    if (is_random_cheat(sig)) { // the stream is the session's, not the chain's: static too
        std::string error;
        auto out = random_cheat(sig, args, m_random, error);
        return out ? success(msg, std::move(*out)) : failure(msg, error);
    }
    if (is_string_cheat(sig)) { // pure: allowed in static calls
        std::string error;
        auto out = string_cheat(sig, args, error);
        return out ? success(msg, std::move(*out)) : failure(msg, error);
    }
    if (sig.starts_with("toString(")) return to_string_cheat(msg, sig, args);
    if (sig == "getBlockTimestamp()") return success(msg, word_bytes(U256{ex.block().timestamp}));
    if (sig == "getBlockNumber()") return success(msg, word_bytes(U256{ex.block().number}));
    if (msg.is_static && !allowed_in_static_call(sig))
        return failure(msg, fmt::format("vm.{} called in a static context", sig));
    if (sig == "getLabel(address)") {
        const auto it = m_labels.find(a0);
        const std::string label = it == m_labels.end() ? "unlabeled:" + checksum(a0) : it->second;
        std::string error;
        auto out = encode_arguments({"string"}, {label}, {}, error);
        return out ? success(msg, std::move(*out)) : failure(msg, "vm.getLabel: " + error);
    }
    if (sig.starts_with("computeCreate2Address(")) {
        const Address deployer =
            sig.ends_with("address)") ? Address::from_word(word_at(args, 2)) : create2_factory();
        return success(
            msg, word_bytes(
                     vm::create2_address(deployer, w0, vm::to_bytes(word_at(args, 1))).to_word()));
    }
    if (sig == "computeCreateAddress(address,uint256)") {
        const U256 nonce = word_at(args, 1);
        if (!nonce.fits64() || nonce.low() == UINT64_MAX)
            return failure(msg, "vm.computeCreateAddress: the nonce must be below 2^64 - 1");
        return success(msg, word_bytes(vm::create_address(a0, nonce.low()).to_word()));
    }
    if (sig == "pauseGasMetering()" || sig == "resumeGasMetering()") return success(msg);
    if (sig == "getCode(string)" || sig == "getDeployedCode(string)") return get_code(msg, args);
    if (sig == "etch(address,bytes)") return etch(ex, msg, args);
    if (sig == "assumeNoRevert()") {
        m_assume_no_revert = AssumeNoRevert{msg.sender, msg.depth, false};
        return success(msg);
    }
    if (auto done = cheat_environment(ex, msg, sig, args)) return std::move(*done);
    if (is_broadcast(sig)) return broadcast(ex, msg, sig, w0);
    if (auto done = cheat_calls(ex, msg, sig, args)) return std::move(*done);
    if (auto done = cheat_snapshots(ex, msg, sig, w0)) return std::move(*done);
    if (sig == "deal(address,uint256)") {
        ex.state().set_balance(a0, word_at(args, 1));
    } else if (sig.starts_with("prank(") || sig.starts_with("startPrank(")) {
        const bool persistent = sig[0] == 's';
        // forge's rules: a prank no call has used yet, and a startPrank under a single prank,
        // are mistakes in the test, not something to overwrite silently
        if (m_prank && m_prank->depth == msg.depth && !m_prank->used)
            return failure(msg, fmt::format("vm.{}: cannot overwrite a prank until it is applied "
                                            "at least once",
                                            sig.substr(0, sig.find('('))));
        if (m_prank && m_prank->depth == msg.depth && m_prank->persistent && !persistent)
            return failure(msg, "vm.prank: cannot override an ongoing prank with a single "
                                "vm.prank; use vm.startPrank to override the current prank");
        const std::optional<Address> origin =
            sig.ends_with("(address,address)")
                ? std::optional<Address>{Address::from_word(word_at(args, 1))}
                : std::nullopt;
        m_prank = Prank{msg.sender, msg.depth, a0, origin, persistent};
    } else if (sig == "stopPrank()") {
        m_prank.reset();
    } else if (sig == "warp(uint256)" || sig == "roll(uint256)") {
        if (!w0.fits64())
            return failure(msg, fmt::format("vm.{}: value does not fit in 64 bits", sig));
        (sig[0] == 'w' ? ex.block().timestamp : ex.block().number) = w0.low();
    } else if (sig.starts_with("expectRevert") || sig.starts_with("expectPartialRevert")) {
        return expect_revert(msg, sig, args);
    } else if (sig.starts_with("expectEmit")) {
        ExpectEmit e;
        e.caller = msg.sender;
        e.depth = msg.depth;
        // A named event's topic 0 is its signature's hash, always compared; an anonymous
        // event's first topic is its first indexed parameter, compared as its flag says.
        const bool anonymous = sig.starts_with("expectEmitAnonymous");
        const std::size_t flags = anonymous ? 5 : 4;
        if (sig.find("(bool") != std::string::npos) {
            for (std::size_t i = 0; i + 1 < flags; ++i)
                e.check_topics[i + (anonymous ? 0 : 1)] = !word_at(args, i).is_zero();
            e.check_data = !word_at(args, flags - 1).is_zero();
        }
        // The forms ending in an address also require that contract to emit the event.
        if (sig.ends_with("address)"))
            e.emitter = Address::from_word(
                word_at(args, sig.find("(bool") == std::string::npos ? 0 : flags));
        e.log_start = ex.state().logs().size();
        m_expect_emits.push_back(e);
    } else if (sig == "label(address,string)") {
        auto v = decode_values({"address", "string"}, args);
        if (!v) return failure(msg, "vm.label: malformed arguments");
        m_labels[a0] = (*v)[1].json.get<std::string>();
    } else if (sig == "addr(uint256)") {
        try {
            return success(
                msg, word_bytes(PrivateKey::from_bytes(vm::to_bytes(w0)).address().to_word()));
        } catch (const std::exception&) {
            return failure(msg, "vm.addr: invalid private key");
        }
    } else if (sig == "sign(uint256,bytes32)" || sig == "signCompact(uint256,bytes32)") {
        return sign(msg, w0, word_at(args, 1), sig[4] == 'C');
    } else if (sig == "getNonce(address)") {
        return success(msg, word_bytes(U256{ex.state().nonce(a0)}));
    } else if (sig == "setNonce(address,uint64)" || sig == "setNonceUnsafe(address,uint64)") {
        const std::uint64_t current = ex.state().nonce(a0);
        const U256 wanted = word_at(args, 1);
        if (!wanted.fits64()) return failure(msg, "vm.setNonce: the nonce does not fit in 64 bits");
        // As forge: setNonce only moves a nonce forward (a lower one would let CREATE reuse an
        // address); setNonceUnsafe sets any.
        if (sig[8] == '(' && wanted.low() < current)
            return failure(msg, fmt::format("vm.setNonce: new nonce ({}) must be strictly equal "
                                            "to or higher than the account's current nonce ({})",
                                            wanted.low(), current));
        ex.state().set_nonce(a0, wanted.low());
    } else if (sig == "resetNonce(address)") {
        // forge: 0 for an account without code, 1 for a contract (EIP-161's first nonce).
        ex.state().set_nonce(a0, ex.state().code(a0) ? 1 : 0);
    } else if (sig == "record()") {
        m_access_recorder.start();
    } else if (sig == "stopRecord()") {
        m_access_recorder.stop();
    } else if (sig == "accesses(address)") {
        return success(msg, m_access_recorder.encode_accesses(a0));
    } else if (sig == "recordLogs()") {
        m_log_recorder.start(ex.state().logs());
    } else if (sig == "getRecordedLogs()") {
        return success(msg, encode_logs(m_log_recorder.take(ex.state().logs())));
    }
    return success(msg);
}

/// vm.broadcast/startBroadcast: the next call (or every call until stopBroadcast) is a
/// transaction of the signer: msg.sender and tx.origin are its address (the script's sender,
/// tx.origin, without an argument; a private key's address with one). Mallory runs scripts on its
/// own simulated chain, so nothing is sent anywhere: the calls are made as that account.
vm::Result Cheatcodes::broadcast(vm::Executor& ex, const vm::Message& msg, const std::string& sig,
                                 const U256& arg) {
    if (sig == "stopBroadcast()") {
        m_prank.reset();
        return success(msg);
    }
    Address signer = ex.tx().origin;
    if (sig.ends_with("(address)")) signer = Address::from_word(arg);
    if (sig.ends_with("(uint256)")) {
        try {
            signer = PrivateKey::from_bytes(vm::to_bytes(arg)).address();
        } catch (const std::exception&) {
            return failure(msg, fmt::format("vm.{}: invalid private key", sig));
        }
    }
    m_prank = Prank{msg.sender, msg.depth, signer, signer, sig.starts_with("start")};
    return success(msg);
}

/// The block and transaction environment (chainId, fee, coinbase, prevrandao, txGasPrice,
/// setBlockhash);
/// nullopt when `sig` is none of them.
std::optional<vm::Result> Cheatcodes::cheat_environment(vm::Executor& ex, const vm::Message& msg,
                                                        const std::string& sig, BytesView args) {
    const U256 w0 = word_at(args, 0);
    if (sig == "chainId(uint256)") {
        ex.block().chain_id = w0;
    } else if (sig == "fee(uint256)") {
        ex.block().base_fee = w0;
    } else if (sig == "coinbase(address)") {
        ex.block().coinbase = Address::from_word(w0);
    } else if (sig.starts_with("prevrandao(")) {
        ex.block().prevrandao = w0;
    } else if (sig == "txGasPrice(uint256)") {
        ex.tx().gas_price = w0;
    } else if (sig == "setBlockhash(uint256,bytes32)") {
        if (!w0.fits64())
            return failure(msg, "vm.setBlockhash: block number does not fit in 64 bits");
        set_block_hash(ex.block(), w0.low(), word_at(args, 1));
    } else {
        return std::nullopt;
    }
    return success(msg);
}

/// vm.toString: a value as forge writes it (addresses checksummed, words and bytes as 0x-hex,
/// integers in decimal), ABI-encoded as a string.
vm::Result Cheatcodes::to_string_cheat(const vm::Message& msg, const std::string& sig,
                                       BytesView args) {
    const std::string type = sig.substr(9, sig.size() - 10); // toString(<type>)
    const auto v = decode_values({type}, args);
    if (!v) return failure(msg, fmt::format("vm.{}: malformed argument", sig));
    std::string error;
    auto out = encode_arguments({"string"}, {(*v)[0].text}, {}, error);
    if (!out) return failure(msg, fmt::format("vm.{}: {}", sig, error));
    return success(msg, std::move(*out));
}

/// vm.sign: (v, r, s) of `digest` under the private key `key`, v being 27 or 28 as ecrecover
/// takes it (deterministic RFC 6979 nonce, low s, as forge). vm.signCompact: the same signature
/// as EIP-2098's (r, vs), vs = s | (v - 27) << 255 (low s leaves the top bit free).
vm::Result Cheatcodes::sign(const vm::Message& msg, const U256& key, const U256& digest,
                            bool compact) {
    try {
        const chain::Signature sig =
            PrivateKey::from_bytes(vm::to_bytes(key)).sign(vm::to_bytes(digest));
        Bytes out;
        if (compact) {
            append_word(out, sig.r);
            append_word(out, sig.s | vm::shl(U256{sig.recovery_id}, 255));
        } else {
            append_word(out, U256{static_cast<std::uint64_t>(27u + sig.recovery_id)});
            append_word(out, sig.r);
            append_word(out, sig.s);
        }
        return success(msg, std::move(out));
    } catch (const std::exception&) {
        return failure(msg, compact ? "vm.signCompact: invalid private key"
                                    : "vm.sign: invalid private key");
    }
}

std::optional<vm::Result> Cheatcodes::cheat_snapshots(vm::Executor& ex, const vm::Message& msg,
                                                      const std::string& sig, const U256& id) {
    if (sig == "snapshotState()" || sig == "snapshot()") {
        m_snapshots.push_back(StateSnapshot{ex.state().snapshot(), ex.block()});
        return success(msg, word_bytes(U256{m_snapshots.size() - 1}));
    }
    if (sig == "deleteStateSnapshots()") {
        m_snapshots.clear();
        return success(msg);
    }
    const bool revert = sig.starts_with("revertTo");
    const bool remove = sig.starts_with("delete") || sig.ends_with("AndDelete(uint256)");
    if (!revert && !remove) return std::nullopt;
    // As forge: an unknown (or deleted) id is not an error; the call returns false.
    const bool known = id.fits64() && id.low() < m_snapshots.size() && m_snapshots[id.low()];
    if (known && revert) {
        // State, logs and balances as they were; the block too (warp and roll undone).
        ex.state().revert_to(m_snapshots[id.low()]->journal);
        ex.block() = m_snapshots[id.low()]->block;
    }
    if (known && remove) m_snapshots[id.low()].reset();
    return success(msg, word_bytes(U256{known ? 1u : 0u}));
}

std::optional<vm::Result> Cheatcodes::cheat_calls(vm::Executor& ex, const vm::Message& msg,
                                                  const std::string& sig, BytesView args) {
    const Address a0 = Address::from_word(word_at(args, 0));
    if (sig == "store(address,bytes32,bytes32)") {
        ex.state().sstore(a0, word_at(args, 1), word_at(args, 2));
        return success(msg);
    }
    if (sig == "load(address,bytes32)")
        return success(msg, word_bytes(ex.state().peek_storage(a0, word_at(args, 1))));
    if (sig == "clearMockedCalls()") {
        m_mocks.clear();
        return success(msg);
    }
    if (sig.starts_with("expectCall(")) return expect_call(msg, sig, args);
    if (!sig.starts_with("mockCall")) return std::nullopt;
    auto data = bytes_arg(args, 1);
    auto output = bytes_arg(args, 2);
    if (!data || !output) return failure(msg, fmt::format("vm.{}: malformed bytes argument", sig));
    // As forge: an account without code gets one byte, so that Solidity's check that the
    // callee has code passes and the mock answers.
    if (ex.state().code_size(a0) == 0) ex.state().set_code(a0, Bytes{0x00}, nullptr);
    std::erase_if(m_mocks, [&](const Mock& m) { return m.callee == a0 && m.data == *data; });
    m_mocks.push_back(Mock{a0, std::move(*data), std::move(*output),
                           sig == "mockCallRevert(address,bytes,bytes)"});
    return success(msg);
}

bool Cheatcodes::is_mocked_frame(const vm::Message& msg) {
    return msg.code_address == cheatcode_address() && msg.recipient != cheatcode_address();
}

void Cheatcodes::apply_mocks(vm::Executor& ex, vm::Message& msg) {
    (void)ex;
    if (msg.kind == vm::CallKind::Create || msg.kind == vm::CallKind::DelegateCall) return;
    const Mock* best = nullptr; // the longest matching calldata wins (exact before selector)
    for (const Mock& m : m_mocks)
        if (m.callee == msg.code_address && starts_with(msg.input, m.data) &&
            (!best || m.data.size() > best->data.size()))
            best = &m;
    if (!best) return;
    m_mock_frames.push_back(MockFrame{msg.depth, best->output, best->reverts});
    msg.code_address = cheatcode_address();
}

bool Cheatcodes::applies(const Address& caller, int depth, const vm::Message& msg) {
    return msg.depth == depth && msg.sender == caller && msg.kind != vm::CallKind::DelegateCall &&
           !is_special(msg.code_address);
}

void Cheatcodes::before_call(vm::Executor& ex, vm::Message& msg) {
    if (msg.depth == 0) {
        m_log_recorder.begin_transaction();
        m_snapshots.clear(); // their journal positions belonged to the last transaction
    }
    if (is_special(msg.code_address)) return;
    if (m_expect_revert && !m_expect_revert->armed &&
        applies(m_expect_revert->caller, m_expect_revert->depth, msg))
        m_expect_revert->armed = true;
    if (m_assume_no_revert && !m_assume_no_revert->armed &&
        applies(m_assume_no_revert->caller, m_assume_no_revert->depth, msg))
        m_assume_no_revert->armed = true;
    for (ExpectEmit& e : m_expect_emits) {
        if (e.armed || !applies(e.caller, e.depth, msg)) continue;
        const auto& logs = ex.state().logs();
        for (std::size_t i = e.log_start; i < logs.size(); ++i)
            if (logs[i].address == e.caller) {
                e.expected = logs[i];
                break;
            }
        e.call_log_start = logs.size();
        e.armed = true;
    }
    if (m_prank && applies(m_prank->caller, m_prank->depth, msg)) {
        msg.sender = m_prank->sender;
        if (m_prank->origin) {
            m_saved_origin = ex.tx().origin;
            m_origin_depth = msg.depth;
            ex.tx().origin = *m_prank->origin;
        }
        m_prank->used = true;
        if (!m_prank->persistent) m_prank.reset();
    }
    for (ExpectCall& e : m_expect_calls)
        if (msg.kind != vm::CallKind::Create && msg.code_address == e.callee &&
            starts_with(msg.input, e.data) && (!e.value || *e.value == msg.value))
            ++e.seen;
    if (!m_mocks.empty()) apply_mocks(ex, msg);
}

void Cheatcodes::after_call(vm::Executor& ex, const vm::Message& msg, vm::Result& result) {
    if (is_special(msg.code_address) && !is_mocked_frame(msg)) return;
    if (m_saved_origin && m_origin_depth == msg.depth) {
        ex.tx().origin = *m_saved_origin;
        m_saved_origin.reset();
        m_origin_depth = -1;
    }
    if (m_expect_revert && m_expect_revert->armed && msg.depth >= m_expect_revert->depth &&
        result.status == vm::Status::Revert && m_expect_revert->reverter &&
        (!m_expect_revert->reverted_by || m_expect_revert->count > 1))
        m_expect_revert->reverted_by = msg.recipient; // the innermost first, as forge records
    if (m_expect_revert && m_expect_revert->armed && m_expect_revert->depth == msg.depth) {
        const bool met = settle_revert(ex, msg, result);
        // forge's count: a met expectation stays for the next calls until that many reverted
        if (met && m_expect_revert->seen < m_expect_revert->count) {
            m_expect_revert->armed = false;
            m_expect_revert->reverted_by.reset();
        } else {
            m_expect_revert.reset();
        }
    }
    if (m_assume_no_revert && m_assume_no_revert->armed && m_assume_no_revert->depth == msg.depth) {
        // forge discards the fuzz input when the call after vm.assumeNoRevert reverts; the
        // rejection propagates as vm.assume(false)'s does, and is remembered in case the
        // test catches it.
        if (!result.success()) {
            m_input_rejected = true;
            result.status = vm::Status::Revert;
            result.output = assume_rejection();
        }
        m_assume_no_revert.reset();
    }
    settle_emits(ex, msg, result);
    // Last: the hooks above may still turn the transaction's result into a failure.
    if (msg.depth == 0) m_log_recorder.end_transaction(ex.state().logs(), result.success());
}

vm::Result Cheatcodes::expect_revert(const vm::Message& msg, const std::string& sig,
                                     BytesView args) {
    if (m_expect_revert && !m_expect_revert->armed)
        return failure(msg, "vm.expectRevert: you must call another function prior to "
                            "expecting a second revert");
    ExpectRevert e;
    e.caller = msg.sender;
    e.depth = msg.depth;
    const std::vector<std::string_view> types = parameter_types(sig);
    for (std::size_t i = 0; i < types.size(); ++i) {
        const U256 word = word_at(args, i);
        if (types[i] == "bytes4") { // forge 1.x: the data must be exactly these 4 bytes
            const auto b = vm::to_bytes(word);
            e.match = ExpectRevert::Match::Data;
            e.data.assign(b.begin(), b.begin() + 4);
        } else if (types[i] == "bytes") {
            auto data = bytes_arg(args, i);
            if (!data) return failure(msg, "vm.expectRevert: malformed bytes argument");
            e.match = ExpectRevert::Match::Data;
            e.data = std::move(*data);
        } else if (types[i] == "address") {
            e.reverter = Address::from_word(word);
        } else if (types[i] == "uint64") {
            if (!word.fits64()) return failure(msg, "vm.expectRevert: the count is not a uint64");
            e.count = word.low();
        }
    }
    if (sig.starts_with("expectPartialRevert")) e.match = ExpectRevert::Match::Selector;
    m_expect_revert = std::move(e);
    return success(msg);
}

vm::Result Cheatcodes::get_code(const vm::Message& msg, BytesView args) {
    auto v = decode_values({"string"}, args);
    if (!v) return failure(msg, "vm.getCode: malformed string argument");
    const std::string what = (*v)[0].json.get<std::string>();
    std::string why;
    const Artifact* a = m_artifacts ? find_artifact(*m_artifacts, what, why) : nullptr;
    if (!a)
        return failure(msg, fmt::format("vm.getCode: {}: {}", what,
                                        m_artifacts ? why : "no contracts were compiled"));
    // Mallory's creation code: what `new` deploys and CREATE with these bytes deploys too.
    std::string error;
    auto out =
        encode_arguments({"bytes"}, {vm::to_hex(BytesView{vm::serialize(*a->code)})}, {}, error);
    return out ? success(msg, std::move(*out)) : failure(msg, "vm.getCode: " + error);
}

vm::Result Cheatcodes::etch(vm::Executor& ex, const vm::Message& msg, BytesView args) {
    auto code = bytes_arg(args, 1);
    if (!code) return failure(msg, "vm.etch: malformed bytes argument");
    const Address at = Address::from_word(word_at(args, 0));
    if (code->empty()) {
        ex.state().set_code(at, {}, nullptr);
        return success(msg);
    }
    // Mallory's VM runs its own verified code, not EVM bytecode: what vm.getCode and
    // vm.getDeployedCode give can be placed; EVM bytes cannot run here.
    vm::LoadResult loaded = vm::load(BytesView{*code});
    if (!loaded.ok())
        return failure(msg, fmt::format("vm.etch: the bytes are not Mallory code (take them from "
                                        "vm.getDeployedCode; EVM bytecode cannot run on "
                                        "Mallory's VM): {}",
                                        loaded.message()));
    ex.state().set_code(at, std::move(*code), std::move(loaded.code));
    return success(msg);
}

vm::Result Cheatcodes::expect_call(const vm::Message& msg, const std::string& sig, BytesView args) {
    ExpectCall e;
    const std::vector<std::string_view> types = parameter_types(sig);
    for (std::size_t i = 0; i < types.size(); ++i) {
        const U256 word = word_at(args, i);
        if (types[i] == "address") {
            e.callee = Address::from_word(word);
        } else if (types[i] == "uint256") {
            e.value = word;
        } else if (types[i] == "bytes") {
            auto data = bytes_arg(args, i);
            if (!data) return failure(msg, fmt::format("vm.{}: malformed bytes argument", sig));
            e.data = std::move(*data);
        } else if (types[i] == "uint64") {
            if (!word.fits64()) return failure(msg, "vm.expectCall: the count is not a uint64");
            e.count = word.low();
            e.exact = true;
        }
    }
    // As forge: each expectCall without a count of the same call asks for one call more.
    const auto same = std::find_if(m_expect_calls.begin(), m_expect_calls.end(), [&](auto& x) {
        return x.callee == e.callee && x.data == e.data && x.value == e.value;
    });
    if (same != m_expect_calls.end()) {
        if (same->exact || e.exact)
            return failure(msg, "vm.expectCall: counted expected calls can only bet set once");
        ++same->count;
        return success(msg);
    }
    m_expect_calls.push_back(std::move(e));
    return success(msg);
}

std::optional<std::string> Cheatcodes::revert_mismatch(vm::Executor& ex, const vm::Message& msg,
                                                       const vm::Result& result) const {
    const ExpectRevert& e = *m_expect_revert;
    const Address reverted_by = e.reverted_by.value_or(msg.recipient);
    if (e.reverter && *e.reverter != reverted_by)
        return fmt::format("Reverter != expected reverter: {} != {}", checksum(reverted_by),
                           checksum(*e.reverter));
    const Bytes& got = result.output;
    if (e.match == ExpectRevert::Match::Any) return std::nullopt;
    if (got.empty() && !e.data.empty()) return "call reverted as expected, but without data";
    if (e.match == ExpectRevert::Match::Selector && got.size() >= e.data.size() &&
        std::equal(e.data.begin(), e.data.end(), got.begin()))
        return std::nullopt;
    // as in Foundry, bytes that are not themselves revert data also match Error(string)
    // with that text: vm.expectRevert(bytes("no tokens"))
    const std::string text(e.data.begin(), e.data.end());
    if (e.match == ExpectRevert::Match::Data && (got == e.data || got == encode_error(text)))
        return std::nullopt;
    const ErrorAbis abis(ex, msg);
    const bool is_revert_data = e.data.size() >= 4 && (e.data.size() - 4) % 32 == 0;
    const std::string want = e.match == ExpectRevert::Match::Selector
                                 ? "custom error " + vm::to_hex(BytesView{e.data})
                             : is_revert_data ? revert_reason(e.data, abis.list)
                                              : text;
    return fmt::format("Error != expected error: {} != {}", revert_reason(got, abis.list), want);
}

bool Cheatcodes::settle_revert(vm::Executor& ex, const vm::Message& msg, vm::Result& result) {
    ExpectRevert& e = *m_expect_revert;
    if (e.count == 0) { // forge: the call must not revert so (and any other revert is let go)
        if (result.success()) return true;
        const bool any = e.match == ExpectRevert::Match::Any && !e.reverter;
        const bool matched = !any && !revert_mismatch(ex, msg, result) &&
                             (e.match != ExpectRevert::Match::Any || e.reverter);
        if (any || matched) {
            std::string what;
            if (e.match != ExpectRevert::Match::Any)
                what += " with reason: " + revert_reason(e.data, ErrorAbis(ex, msg).list);
            if (e.reverter)
                what += (what.empty() ? "" : ",") + std::string(" from address: ") +
                        checksum(*e.reverter);
            result.output =
                encode_error(any ? "call reverted when it was expected not to revert"
                                 : fmt::format("expected 0 reverts{}, but got one", what));
            return false;
        }
    } else {
        if (result.success()) {
            result.status = vm::Status::Revert;
            result.output = encode_error("next call did not revert as expected");
            return false;
        }
        if (auto why = revert_mismatch(ex, msg, result)) {
            result.status = vm::Status::Revert;
            result.output = encode_error(*why);
            return false;
        }
        ++e.seen;
    }
    // The expected revert happened. A creation succeeds at forge's dummy address 0x…01 (so
    // that `new C()` in the test goes on, as in Foundry's revert handler); a call returns
    // normally with zeroed return values.
    if (msg.kind == vm::CallKind::Create) {
        result.status = vm::Status::Success;
        result.output.clear();
        result.created = dummy_create_address();
        result.gas_refund = 0;
        return true;
    }
    std::size_t outputs = 0;
    if (msg.input.size() >= 4)
        if (auto code = ex.state().code(is_mocked_frame(msg) ? msg.recipient : msg.code_address)) {
            std::array<std::uint8_t, 4> sel{};
            std::copy_n(msg.input.begin(), 4, sel.begin());
            if (const vm::AbiEntry* f = code->find_function(sel)) outputs = f->outputs.size();
        }
    result.status = vm::Status::Success;
    result.output.assign(32 * outputs, 0);
    result.gas_refund = 0;
    return true;
}

void Cheatcodes::settle_emits(vm::Executor& ex, const vm::Message& msg, vm::Result& result) {
    const auto& logs = ex.state().logs();
    std::optional<std::string> error;
    std::size_t cursor = 0;
    for (auto it = m_expect_emits.begin(); it != m_expect_emits.end();) {
        if (!it->armed || it->depth != msg.depth) {
            ++it;
            continue;
        }
        cursor = std::max(cursor, it->call_log_start);
        if (!error) {
            if (!it->expected) {
                error = "vm.expectEmit: the test emitted no event to expect before the call";
            } else if (!result.success()) {
                error = "log != expected log (the call reverted)";
            } else {
                while (cursor < logs.size() &&
                       !log_matches(*it->expected, logs[cursor], it->check_topics, it->check_data,
                                    it->emitter))
                    ++cursor;
                if (cursor == logs.size())
                    error = "log != expected log";
                else
                    ++cursor;
            }
        }
        it = m_expect_emits.erase(it);
    }
    if (error) {
        result.status = vm::Status::Revert;
        result.output = encode_error(*error);
    }
}

std::optional<std::string> Cheatcodes::unmet_expectation() const {
    if (m_expect_revert && m_expect_revert->count > 0) {
        if (m_expect_revert->seen == 0)
            return "call did not revert as expected (no call after vm.expectRevert)";
        return fmt::format("expected {} reverts after vm.expectRevert, but got {}",
                           m_expect_revert->count, m_expect_revert->seen);
    }
    if (!m_expect_emits.empty()) return "expected an event but no call followed vm.expectEmit";
    for (const ExpectCall& e : m_expect_calls) {
        if (e.exact ? e.seen == e.count : e.seen >= e.count) continue;
        std::string what = "data " + vm::to_hex(BytesView{e.data});
        if (e.value) what += ", value " + vm::to_dec(*e.value);
        return fmt::format("expected call to {} with {} to be called {} time{}, but was called {} "
                           "time{}",
                           checksum(e.callee), what, e.count, e.count == 1 ? "" : "s", e.seen,
                           e.seen == 1 ? "" : "s");
    }
    return std::nullopt;
}

void Cheatcodes::reset() {
    m_prank.reset();
    m_assume_no_revert.reset();
    m_input_rejected = false;
    m_expect_revert.reset();
    m_expect_emits.clear();
    m_saved_origin.reset();
    m_origin_depth = -1;
    m_mock_frames.clear();
    m_expect_calls.clear();
}

} // namespace mallory::chain::foundry
