// The analyzer's speed.
//   Corpus/<file>     one `analyze()` of each tests/analyzer/corpus contract with the CI options
//                     (2 transactions, 2 re-entries), replay of the witnesses included.
//   Dao/FirstFinding  contracts/dao/DAO.sol + Mallory.sol: exploration stopped at the first
//                     violation (ExploreOptions::stop_when), then its witness replayed.
//   Explorer/Throughput  the DAO explored with the default bounds, no early stop: the
//                     counter `tx/s` is ExploreStats::transactions / ExploreStats::seconds.
// Targets on the 2-core CI machine: DAO first finding < 100 ms, >= 100k tx/s.
#include "analyzer/analyzer.hpp"
#include "analyzer/replay.hpp"

#include <algorithm>
#include <benchmark/benchmark.h>
#include <filesystem>

using namespace mallory::analyzer;

namespace {

std::string source(const std::string& rel) {
    return std::string(MALLORY_SOURCE_DIR) + "/" + rel;
}

AnalyzeOptions ci_options() {
    AnalyzeOptions o;
    o.explore.txs = 2;
    o.explore.depth = 2;
    o.fixes = false;
    return o;
}

void corpus_case(benchmark::State& st, const std::string& path) {
    auto p = Program::load({path});
    if (!p->ok()) {
        st.SkipWithError("does not compile");
        return;
    }
    for (auto _ : st)
        benchmark::DoNotOptimize(analyze(*p, ci_options()));
}

std::unique_ptr<Program> dao() {
    return Program::load({source("contracts/dao/DAO.sol"), source("contracts/dao/Mallory.sol")});
}

void dao_first_finding(benchmark::State& st) {
    auto p = dao();
    ExploreOptions o;
    o.stop_when = [](const Violation&) { return true; };
    bool found = true;
    for (auto _ : st) {
        const ExploreResult r = explore(*p, o);
        bool any = false;
        for (const auto& pair : r.violations)
            for (const auto& v : pair)
                if (v && !any) any = replay(*p, v->witness).violated;
        found &= any;
    }
    if (!found) st.SkipWithError("no confirmed finding");
}
BENCHMARK(dao_first_finding)->Name("Dao/FirstFinding")->Unit(benchmark::kMillisecond);

void explorer_throughput(benchmark::State& st) {
    auto p = dao();
    ExploreOptions o;
    std::uint64_t txs = 0;
    double seconds = 0;
    for (auto _ : st) {
        const ExploreResult r = explore(*p, o);
        txs += r.stats.transactions;
        seconds += r.stats.seconds;
    }
    st.counters["tx/s"] = seconds > 0 ? static_cast<double>(txs) / seconds : 0;
    st.counters["tx"] =
        benchmark::Counter(static_cast<double>(txs), benchmark::Counter::kAvgIterations);
}
BENCHMARK(explorer_throughput)->Name("Explorer/Throughput")->Unit(benchmark::kMillisecond);

void register_corpus() {
    std::vector<std::string> files;
    for (const auto& e : std::filesystem::directory_iterator(source("tests/analyzer/corpus")))
        if (e.path().extension() == ".sol") files.push_back(e.path().string());
    std::sort(files.begin(), files.end());
    for (const std::string& f : files)
        benchmark::RegisterBenchmark(("Corpus/" + std::filesystem::path(f).stem().string()).c_str(),
                                     corpus_case, f)
            ->Unit(benchmark::kMillisecond);
}

} // namespace

int main(int argc, char** argv) {
    register_corpus();
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv)) return 1;
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
