// Mallory's interpreter against plain C++ on the four shared workloads, in one run.
//
//   vm_bench                      Google Benchmark output, then the comparison table
//   vm_bench --peak-memory        runs store(2000000) once and prints the peak RSS
#include "bench/native.hpp"
#include "bench/workloads.hpp"
#include "vm/executor.hpp"
#include "vm/memory_state.hpp"
#include "vm/serialize.hpp"

#include <benchmark/benchmark.h>
#include <cstdio>
#include <cstring>
#include <map>
#include <string>
#include <sys/resource.h>

namespace {

using namespace mallory;
using u64 = std::uint64_t;

constexpr auto w_loop = bench::native::loop;
constexpr auto w_fib = bench::native::fib;
constexpr auto w_store = bench::native::store;
constexpr auto w_transfer = bench::native::transfer;

// ---- Mallory ------------------------------------------------------------------------------
struct Workload {
    const char* name;
    const char* signature;
    u64 n;
    u64 (*native)(u64);
    vm::ContractCode (*contract)(bench::Shape);
    bool fresh_state; ///< each call starts from empty storage (the native side builds a new map)
};

const Workload kWorkloads[] = {
    {"loop", "loop(uint256)", 1'000'000, w_loop, bench::loop_contract, false},
    {"fib", "fib(uint256)", 25, w_fib, bench::fib_contract, false},
    {"store", "store(uint256)", 100'000, w_store, bench::store_contract, true},
    {"transfer", "transfer(uint256)", 100'000, w_transfer, bench::transfer_contract, true},
};

const vm::Address kContract = vm::Address::from_u64(0xC0DE);
const vm::Address kCaller = vm::Address::from_u64(0xCA11);

/// One message call of the workload on a state that has the contract installed.
struct Runner {
    vm::MemoryState state;
    vm::Executor ex{state};
    vm::Bytes input;

    Runner(const vm::ContractCode& code, const vm::Bytes& data) : input(data) {
        state.install(kContract, code);
        ex.set_large_stack(false); // run on this thread: CPU time is per thread; no deep nesting
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

u64 expect_result(const Workload& w, const vm::Result& r) {
    if (!r.success() || r.output.size() != 32) {
        std::fprintf(stderr, "%s failed: %s\n", w.name,
                     std::string(vm::to_string(r.status)).c_str());
        std::exit(1);
    }
    const vm::U256 v = vm::load_be(r.output.data());
    if (v.w[0] != w.native(w.n)) {
        std::fprintf(stderr, "%s returned %s, native %llu\n", w.name, vm::to_hex(v).c_str(),
                     static_cast<unsigned long long>(w.native(w.n)));
        std::exit(1);
    }
    return static_cast<u64>(INT64_MAX / 2 - r.gas_left);
}

void bm_mallory(benchmark::State& st, const Workload* w, bench::Shape shape) {
    const vm::ContractCode code = w->contract(shape);
    const vm::Bytes data = bench::calldata(w->signature, w->n);
    auto runner = std::make_unique<Runner>(code, data);
    u64 gas = expect_result(*w, runner->call());
    for (auto _ : st) {
        if (w->fresh_state) runner = std::make_unique<Runner>(code, data);
        const vm::Result r = runner->call();
        benchmark::DoNotOptimize(r.gas_left);
    }
    st.counters["gas"] = static_cast<double>(gas);
    st.counters["n"] = static_cast<double>(w->n);
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

/// Collects real time per iteration and the gas counter of every run, for the final table.
class TableReporter : public benchmark::ConsoleReporter {
public:
    struct Row {
        double ns = 0;
        double gas = 0;
    };
    std::map<std::string, Row> rows;

    void ReportRuns(const std::vector<Run>& runs) override {
        for (const Run& r : runs) {
            if (r.run_type != Run::RT_Iteration) continue;
            Row row;
            row.ns = r.GetAdjustedCPUTime(); // ns; CPU time: the machine is shared
            if (auto it = r.counters.find("gas"); it != r.counters.end()) row.gas = it->second;
            rows[r.benchmark_name()] = row;
        }
        ConsoleReporter::ReportRuns(runs);
    }
};

void print_table(const TableReporter& rep) {
    // evmone's baseline interpreter, measured against the same native code (issue 3).
    const std::map<std::string, double> evmone = {
        {"loop", 67}, {"fib", 76}, {"store", 12}, {"transfer", 225}};
    std::printf("\n%-9s %-6s %9s %14s %14s %14s %9s %9s %9s\n", "workload", "shape", "n",
                "mallory ns", "native ns", "ns/iter(m)", "ratio", "evmone", "Mgas/s");
    for (const Workload& w : kWorkloads) {
        const auto native = rep.rows.find(std::string("native/") + w.name);
        for (const char* shape : {"plain", "fused"}) {
            const auto m = rep.rows.find(std::string("mallory_") + shape + "/" + w.name);
            if (m == rep.rows.end() || native == rep.rows.end()) continue;
            const double ratio = m->second.ns / native->second.ns;
            const double mgas = m->second.gas / (m->second.ns * 1e-9) / 1e6;
            std::printf("%-9s %-6s %9llu %14.0f %14.0f %14.2f %8.1fx %8.0fx %9.0f\n", w.name, shape,
                        static_cast<unsigned long long>(w.n), m->second.ns, native->second.ns,
                        m->second.ns / static_cast<double>(w.n), ratio, evmone.at(w.name), mgas);
        }
    }
}

int peak_memory() {
    const Workload& w = kWorkloads[2];
    Runner r(w.contract(bench::Shape::Fused), bench::calldata(w.signature, 2'000'000));
    const vm::Result res = r.call();
    rusage ru{};
    getrusage(RUSAGE_SELF, &ru);
    std::printf("store(2000000): %s, gas %lld, peak RSS %.1f MiB\n",
                std::string(vm::to_string(res.status)).c_str(),
                static_cast<long long>(INT64_MAX / 2 - res.gas_left),
                static_cast<double>(ru.ru_maxrss) / 1024.0);
    return res.success() ? 0 : 1;
}

} // namespace

int main(int argc, char** argv) {
    if (argc > 1 && std::strcmp(argv[1], "--peak-memory") == 0) return peak_memory();
    for (const Workload& w : kWorkloads) {
        benchmark::RegisterBenchmark((std::string("native/") + w.name).c_str(), bm_native, &w)
            ->Unit(benchmark::kNanosecond);
        benchmark::RegisterBenchmark((std::string("mallory_plain/") + w.name).c_str(), bm_mallory,
                                     &w, bench::Shape::Plain)
            ->Unit(benchmark::kNanosecond);
        benchmark::RegisterBenchmark((std::string("mallory_fused/") + w.name).c_str(), bm_mallory,
                                     &w, bench::Shape::Fused)
            ->Unit(benchmark::kNanosecond);
    }
    benchmark::Initialize(&argc, argv);
    TableReporter rep;
    benchmark::RunSpecifiedBenchmarks(&rep);
    print_table(rep);
    benchmark::Shutdown();
    return 0;
}
