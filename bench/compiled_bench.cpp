// The four shared workloads as Mallory compiles them from source (bench/workloads/*.sol),
// beside the hand-assembled versions of vm_bench (fused shape) and plain C++, in one run:
//
//   compiled_bench      Google Benchmark output (counter `x_native` on the Mallory rows),
//                       then a table: compiled, hand-assembled and native time per call.
//   compiled_bench --asm NAME   the listings of the compiled and hand-assembled code of one
//                       workload (loop, fib, store, transfer), to see where they differ.
//
// Each contract is installed on a fresh vm::MemoryState (none of the four has constructor
// work) and its entry function called with the same n as the native code; results are
// checked against the native ones before timing.
#include "bench/native.hpp"
#include "bench/workloads.hpp"
#include "lang/compiler.hpp"
#include "lang/frontend.hpp"
#include "vm/disassembler.hpp"
#include "vm/executor.hpp"
#include "vm/memory_state.hpp"
#include "vm/serialize.hpp"

#include <algorithm>
#include <benchmark/benchmark.h>
#include <cstdio>
#include <ctime>
#include <fstream>
#include <map>
#include <memory>
#include <sstream>
#include <string>

namespace {

using namespace mallory;
using u64 = std::uint64_t;

struct Workload {
    const char* name;     ///< benchmark name
    const char* contract; ///< contract name = file stem in bench/workloads/
    const char* signature;
    u64 n;
    u64 (*native)(u64);
    vm::ContractCode (*hand)(bench::Shape);
    bool fresh_state; ///< each call starts from empty storage (the native side builds a new map)
};

const Workload kWorkloads[] = {
    {"loop", "Loop", "loop(uint256)", 1'000'000, bench::native::loop, bench::loop_contract, false},
    {"fib", "Fib", "fib(uint256)", 25, bench::native::fib, bench::fib_contract, false},
    {"store", "Store", "store(uint256)", 100'000, bench::native::store, bench::store_contract,
     true},
    {"transfer", "Transfer", "transfer(uint256)", 100'000, bench::native::transfer,
     bench::transfer_contract, true},
};

const vm::Address kContract = vm::Address::from_u64(0xC0DE);
const vm::Address kCaller = vm::Address::from_u64(0xCA11);

/// Compiles bench/workloads/<contract>.sol; exits with the diagnostics on failure.
vm::ContractCode compile_workload(const Workload& w) {
    const std::string path =
        std::string(MALLORY_SOURCE_DIR) + "/bench/workloads/" + w.contract + ".sol";
    std::ifstream in(path, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    lang::FrontendResult front = lang::check_sources({{path, text.str()}});
    lang::Diagnostics diagnostics;
    lang::CompileOutput out;
    if (front.ok()) out = lang::compile(front.sources, *front.model, diagnostics);
    const lang::CompiledContract* c = out.find(w.contract);
    if (!front.ok() || diagnostics.has_errors() || c == nullptr) {
        std::fprintf(stderr, "%s: cannot compile\n%s%s", path.c_str(),
                     lang::render_all(front.sources, front.diagnostics.sorted(), false).c_str(),
                     lang::render_all(front.sources, diagnostics.sorted(), false).c_str());
        std::exit(1);
    }
    return *c->code;
}

/// One message call of the workload on a state that has the contract installed.
struct Runner {
    vm::MemoryState state;
    vm::Executor ex{state};
    vm::Bytes input;

    Runner(const vm::ContractCode& code, const vm::Bytes& data) : input(data) {
        state.install(kContract, code);
        ex.set_large_stack(false); // run on this thread: CPU time is per thread
    }
    vm::Result call() {
        state.begin_transaction();
        vm::Message m;
        m.gas = INT64_MAX / 2;
        m.sender = kCaller;
        m.recipient = m.code_address = kContract;
        m.input = input;
        return ex.execute(m);
    }
};

/// Checks the call returned the native result; returns the gas it used.
u64 expect_result(const Workload& w, const char* what, const vm::Result& r) {
    if (!r.success() || r.output.size() != 32) {
        std::fprintf(stderr, "%s/%s failed: %s\n", what, w.name,
                     std::string(vm::to_string(r.status)).c_str());
        std::exit(1);
    }
    const vm::U256 v = vm::load_be(r.output.data());
    if (v.w[0] != w.native(w.n) || v.w[1] != 0 || v.w[2] != 0 || v.w[3] != 0) {
        std::fprintf(stderr, "%s/%s returned %s, native %llu\n", what, w.name,
                     vm::to_hex(v).c_str(), static_cast<unsigned long long>(w.native(w.n)));
        std::exit(1);
    }
    return static_cast<u64>(INT64_MAX / 2 - r.gas_left);
}

/// Thread CPU time in ns.
double cpu_ns() {
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return static_cast<double>(ts.tv_sec) * 1e9 + static_cast<double>(ts.tv_nsec);
}

/// CPU ns of one native call: the best of a few timed batches (for the `x_native` counter).
double native_ns(const Workload& w) {
    double best = 1e300;
    for (int batch = 0; batch < 5; ++batch) {
        int reps = 0;
        const double start = cpu_ns();
        double now = start;
        while (now - start < 2e7 || reps < 3) { // at least 20 ms and 3 calls per batch
            u64 x = w.n;
            benchmark::DoNotOptimize(x);
            u64 r = w.native(x);
            benchmark::DoNotOptimize(r);
            ++reps;
            now = cpu_ns();
        }
        best = std::min(best, (now - start) / reps);
    }
    return best;
}

void bm_native(benchmark::State& st, const Workload* w) {
    for (auto _ : st) {
        u64 x = w->n;
        benchmark::DoNotOptimize(x);
        u64 r = w->native(x);
        benchmark::DoNotOptimize(r);
    }
    st.counters["n"] = static_cast<double>(w->n);
}

void bm_vm(benchmark::State& st, const Workload* w, const char* what,
           std::shared_ptr<const vm::ContractCode> code) {
    const vm::Bytes data = bench::calldata(w->signature, w->n);
    auto runner = std::make_unique<Runner>(*code, data);
    const u64 gas = expect_result(*w, what, runner->call());
    const double start = cpu_ns();
    for (auto _ : st) {
        if (w->fresh_state) runner = std::make_unique<Runner>(*code, data);
        const vm::Result r = runner->call();
        benchmark::DoNotOptimize(r.gas_left);
    }
    const double per_call = (cpu_ns() - start) / static_cast<double>(st.iterations());
    st.counters["x_native"] = per_call / native_ns(*w);
    st.counters["gas"] = static_cast<double>(gas);
    st.counters["n"] = static_cast<double>(w->n);
    st.counters["code_bytes"] = static_cast<double>(vm::serialize(*code).size());
}

/// Collects CPU time per iteration and the counters of every run, for the final table.
class TableReporter : public benchmark::ConsoleReporter {
public:
    struct Row {
        double ns = 0;
        double gas = 0;
        double bytes = 0;
    };
    std::map<std::string, Row> rows;

    void ReportRuns(const std::vector<Run>& runs) override {
        for (const Run& r : runs) {
            if (r.run_type != Run::RT_Iteration) continue;
            Row row;
            row.ns = r.GetAdjustedCPUTime(); // CPU time: the machine is shared
            if (auto it = r.counters.find("gas"); it != r.counters.end()) row.gas = it->second;
            if (auto it = r.counters.find("code_bytes"); it != r.counters.end())
                row.bytes = it->second;
            rows[r.benchmark_name()] = row;
        }
        ConsoleReporter::ReportRuns(runs);
    }
};

void print_table(const TableReporter& rep) {
    std::printf("\n%-9s %9s %13s %13s %13s %10s %10s %10s %10s %7s %7s\n", "workload", "n",
                "compiled ns", "hand ns", "native ns", "comp/nat", "hand/nat", "comp/hand",
                "gas c/h", "bytes c", "bytes h");
    for (const Workload& w : kWorkloads) {
        const auto nat = rep.rows.find(std::string("native/") + w.name);
        const auto comp = rep.rows.find(std::string("compiled/") + w.name);
        const auto hand = rep.rows.find(std::string("hand_fused/") + w.name);
        if (nat == rep.rows.end() || comp == rep.rows.end() || hand == rep.rows.end()) continue;
        const double c = comp->second.ns, h = hand->second.ns, n = nat->second.ns;
        std::printf("%-9s %9llu %13.0f %13.0f %13.0f %9.1fx %9.1fx %9.2fx %9.2fx %7.0f %7.0f\n",
                    w.name, static_cast<unsigned long long>(w.n), c, h, n, c / n, h / n, c / h,
                    comp->second.gas / hand->second.gas, comp->second.bytes, hand->second.bytes);
    }
}

} // namespace

int main(int argc, char** argv) {
    if (argc == 3 && std::string(argv[1]) == "--asm") {
        for (const Workload& w : kWorkloads) {
            if (w.name != std::string(argv[2])) continue;
            std::printf("== compiled %s.sol\n%s\n== hand-assembled (fused)\n%s", w.contract,
                        vm::disassemble(compile_workload(w)).c_str(),
                        vm::disassemble(w.hand(bench::Shape::Fused)).c_str());
            return 0;
        }
        std::fprintf(stderr, "unknown workload '%s'\n", argv[2]);
        return 2;
    }
    for (const Workload& w : kWorkloads) {
        auto compiled = std::make_shared<const vm::ContractCode>(compile_workload(w));
        auto hand = std::make_shared<const vm::ContractCode>(w.hand(bench::Shape::Fused));
        benchmark::RegisterBenchmark((std::string("native/") + w.name).c_str(), bm_native, &w)
            ->Unit(benchmark::kNanosecond);
        benchmark::RegisterBenchmark((std::string("compiled/") + w.name).c_str(), bm_vm, &w,
                                     "compiled", compiled)
            ->Unit(benchmark::kNanosecond);
        benchmark::RegisterBenchmark((std::string("hand_fused/") + w.name).c_str(), bm_vm, &w,
                                     "hand_fused", hand)
            ->Unit(benchmark::kNanosecond);
    }
    benchmark::Initialize(&argc, argv);
    TableReporter rep;
    benchmark::RunSpecifiedBenchmarks(&rep);
    print_table(rep);
    benchmark::Shutdown();
    return 0;
}
