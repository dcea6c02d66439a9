// Arbitrary source text through the whole pipeline: whatever the front end accepts must compile
// without crashing, and the compiler's output must pass the VM's verifier and run (bounded gas)
// on a journaled state: deployment plus one call per ABI function with zero arguments.
// Seeds: the contract library (directories listed in fuzz/seeds/compile_fuzz.dirs), which libFuzzer
// mutates.
#include "lang/compiler.hpp"
#include "lang/frontend.hpp"
#include "vm/executor.hpp"
#include "vm/memory_state.hpp"
#include "vm/serialize.hpp"

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string>
#include <vector>

namespace {

void run(const mallory::vm::ContractCode& code) {
    using namespace mallory;
    vm::MemoryState state;
    vm::Executor executor(state);
    vm::Address sender = vm::Address::from_u64(0xA11CE);
    state.set_balance(sender, vm::shl(vm::U256{1}, 100));
    vm::Transaction deploy;
    deploy.from = sender;
    deploy.data = vm::serialize(code);
    deploy.gas_limit = 2'000'000;
    vm::TxResult created = executor.transact(deploy);
    if (!created.result.success()) return;
    for (const vm::AbiEntry& entry : code.abi) {
        if (entry.kind != vm::AbiKind::Function) continue;
        vm::Transaction call;
        call.from = sender;
        call.to = created.result.created;
        auto selector = entry.selector();
        call.data.assign(selector.begin(), selector.end());
        call.data.resize(4 + 32 * entry.inputs.size());
        call.gas_limit = 1'000'000;
        executor.transact(call);
    }
}

} // namespace

/// Adds -entropic=0 unless the command line sets it: with the grammar's ~100k coverage
/// features, entropic scheduling spent over 80% of the time in
/// InputCorpus::UpdateFeatureFrequency (1 exec/s instead of 14).
extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv) {
    static std::vector<char*> args;
    static char entropic_off[] = "-entropic=0";
    args.assign(*argv, *argv + *argc);
    for (char* a : args)
        if (std::strncmp(a, "-entropic=", 10) == 0) return 0;
    args.insert(args.begin() + 1, entropic_off);
    args.push_back(nullptr);
    *argc = static_cast<int>(args.size()) - 1;
    *argv = args.data();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace mallory;
    std::string text(reinterpret_cast<const char*>(data), size);
    // Imports not among the in-memory files are read from disk: keep the fuzzer away from
    // device and process files (`import "/dev/zero";` would never finish reading).
    for (const char* special : {"dev/", "proc/", "sys/", "fd/"})
        if (text.find(special) != std::string::npos) return 0;
    lang::FrontendResult front = lang::check_sources({{"fuzz.sol", std::move(text)}});
    if (!front.ok() || !front.model) return 0;
    lang::Diagnostics diagnostics;
    lang::CompileOutput output = lang::compile(front.sources, *front.model, diagnostics);
    for (const lang::CompiledContract& c : output.contracts) {
        vm::Bytes bytes = vm::serialize(*c.code);
        vm::LoadResult loaded = vm::load_prefix(vm::BytesView{bytes});
        if (!loaded.code) __builtin_trap(); // the compiler emitted code the verifier rejects
        run(*c.code);
    }
    return 0;
}
