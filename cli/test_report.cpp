#include "cli/test_report.hpp"

#include "cli/foundry_common.hpp"
#include "cli/xml_escape.hpp"

#include <algorithm>
#include <fmt/format.h>

namespace mallory::cli {

namespace {

using chain::foundry::TestResult;

const char* plural(std::size_t n) {
    return n == 1 ? "" : "s";
}

std::string counterexample_text(const chain::foundry::Counterexample& cx) {
    return fmt::format("counterexample: calldata={} args=[{}]", cx.calldata,
                       fmt::join(cx.args, ", "));
}

/// "reason" of the FAIL bracket: the reason, then the counterexample of a fuzz test.
std::string fail_reason(const TestResult& r) {
    if (r.fuzz && r.fuzz->counterexample)
        return (r.reason.empty() ? "" : r.reason + "; ") +
               counterexample_text(*r.fuzz->counterexample);
    return r.reason;
}

std::string status_of(const TestResult& r) {
    return r.skipped ? "skip" : r.passed ? "pass" : "fail";
}

void print_extras(const TestResult& r, int verbosity) {
    if (verbosity >= 2 && !r.logs.empty()) {
        fmt::print("Logs:\n");
        for (const std::string& line : r.logs)
            fmt::print("  {}\n", line);
        fmt::print("\n");
    }
    if (r.skipped || r.trace.empty()) return;
    const bool failed = !r.passed;
    if (failed ? verbosity < 3 : verbosity < 4) return;
    const bool with_setup = failed ? verbosity >= 4 : verbosity >= 5;
    fmt::print("Traces:\n{}{}\n", with_setup ? r.setup_trace : "", r.trace);
}

std::string suite_line(const TestSuite& s) {
    return fmt::format("Suite result: {}. {} passed; {} failed; {} skipped; finished in {} ({} CPU "
                       "time)",
                       s.failed() ? "FAILED" : "ok", s.passed(), s.failed(), s.skipped(),
                       format_duration(s.wall), format_duration(s.cpu));
}

struct Totals {
    std::size_t passed = 0, failed = 0, skipped = 0;
};

Totals totals(const TestRun& run) {
    Totals t;
    for (const TestSuite& s : run.suites) {
        t.passed += s.passed();
        t.failed += s.failed();
        t.skipped += s.skipped();
    }
    return t;
}

void print_failures(const TestRun& run, const Totals& t) {
    fmt::print("\nFailing tests:\n");
    for (const TestSuite& s : run.suites) {
        if (!s.failed()) continue;
        fmt::print("Encountered {} failing test{} in {}:{}\n", s.failed(), plural(s.failed()),
                   s.file, s.contract);
        for (const auto& r : s.results)
            if (!r.passed && !r.skipped) fmt::print("{}\n", result_line(r));
    }
    fmt::print("\nEncountered a total of {} failing tests, {} tests succeeded\n", t.failed,
               t.passed);
}

double seconds(std::chrono::nanoseconds d) {
    return std::chrono::duration<double>(d).count();
}

nlohmann::json invariant_json(const TestResult& r) {
    if (!r.invariant) return nullptr;
    const auto& inv = *r.invariant;
    nlohmann::json j{{"runs", inv.runs}, {"calls", inv.calls}, {"reverts", inv.reverts}};
    if (inv.original > 0)
        j.update({{"original", inv.original},
                  {"shrunk", inv.shrunk},
                  {"sequence", inv.sequence},
                  {"found_by", inv.engine}});
    return j;
}

nlohmann::json fuzz_json(const TestResult& r) {
    if (!r.fuzz) return nullptr;
    nlohmann::json cx = nullptr;
    if (r.fuzz->counterexample)
        cx = {{"calldata", r.fuzz->counterexample->calldata},
              {"args", r.fuzz->counterexample->args_json}};
    return {{"runs", r.fuzz->runs},
            {"rejects", r.fuzz->rejects},
            {"mean_gas", std::to_string(r.fuzz->mean)},
            {"median_gas", std::to_string(r.fuzz->median)},
            {"counterexample", cx}};
}

} // namespace

std::size_t TestSuite::failed() const {
    return static_cast<std::size_t>(std::count_if(
        results.begin(), results.end(), [](const auto& r) { return !r.passed && !r.skipped; }));
}

std::size_t TestSuite::skipped() const {
    return static_cast<std::size_t>(
        std::count_if(results.begin(), results.end(), [](const auto& r) { return r.skipped; }));
}

std::string format_duration(std::chrono::nanoseconds d) {
    const double ns = static_cast<double>(d.count());
    if (ns < 1e6) return fmt::format("{:.2f}µs", ns / 1e3);
    if (ns < 1e9) return fmt::format("{:.2f}ms", ns / 1e6);
    return fmt::format("{:.2f}s", ns / 1e9);
}

std::string result_line(const TestResult& r) {
    std::string measure;
    if (r.invariant && !r.skipped)
        measure = fmt::format("runs: {}, calls: {}, reverts: {}", r.invariant->runs,
                              r.invariant->calls, r.invariant->reverts);
    else if (r.fuzz && !r.skipped)
        measure = fmt::format("runs: {}, μ: {}, ~: {}", r.fuzz->runs, r.fuzz->mean, r.fuzz->median);
    else
        measure = fmt::format("gas: {}", r.skipped ? 0 : r.gas);
    if (r.skipped) return fmt::format("[SKIP] {} ({})", r.name, measure);
    if (r.passed) return fmt::format("[PASS] {} ({})", r.name, measure);
    if (r.invariant && r.invariant->original > 0) { // forge: the shrunk sequence under the reason
        std::string out = fmt::format("[FAIL: {}]\n\t[Sequence] (original: {}, shrunk: {})\n",
                                      r.reason, r.invariant->original, r.invariant->shrunk);
        for (const std::string& line : r.invariant->sequence)
            out += fmt::format("\t\t{}\n", line);
        return out + fmt::format("\tfound by: {}\n {} ({})", r.invariant->engine, r.name, measure);
    }
    const std::string reason = fail_reason(r);
    if (reason.empty()) return fmt::format("[FAIL] {} ({})", r.name, measure); // fail(), as forge
    return fmt::format("[FAIL: {}] {} ({})", reason, r.name, measure);
}

void print_test_text(const TestRun& run, int verbosity) {
    for (const TestSuite& s : run.suites) {
        fmt::print("Ran {} test{} for {}:{}\n", s.results.size(), plural(s.results.size()), s.file,
                   s.contract);
        for (const auto& r : s.results) {
            fmt::print("{}\n", result_line(r));
            print_extras(r, verbosity);
        }
        fmt::print("{}\n\n", suite_line(s));
    }
    const Totals t = totals(run);
    fmt::print(
        "Ran {} test suite{} in {} ({} CPU time): {} tests passed, {} failed, {} skipped ({} "
        "total tests)\n",
        run.suites.size(), plural(run.suites.size()), format_duration(run.wall),
        format_duration(run.cpu), t.passed, t.failed, t.skipped, t.passed + t.failed + t.skipped);
    if (t.failed) print_failures(run, t);
    if (run.compile_failures)
        fmt::print("\n{} file{} failed to compile\n", run.compile_failures,
                   plural(run.compile_failures));
}

nlohmann::json test_json(const TestRun& run) {
    nlohmann::json tests = nlohmann::json::array();
    for (const TestSuite& s : run.suites)
        for (const auto& r : s.results)
            tests.push_back(
                {{"file", s.file},
                 {"contract", s.contract},
                 {"name", r.name},
                 {"status", status_of(r)},
                 {"gas", std::to_string(r.gas)},
                 {"reason",
                  r.passed || r.skipped ? nlohmann::json(nullptr) : nlohmann::json(r.reason)},
                 {"logs", r.logs},
                 {"fuzz", fuzz_json(r)},
                 {"invariant", invariant_json(r)},
                 {"duration_us",
                  std::chrono::duration_cast<std::chrono::microseconds>(r.duration).count()}});
    const Totals t = totals(run);
    return {{"tests", tests},
            {"passed", t.passed},
            {"failed", t.failed},
            {"skipped", t.skipped},
            {"compile_failures", run.compile_failures}};
}

std::string test_junit(const TestRun& run) {
    const Totals t = totals(run);
    std::string out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
    out += fmt::format("<testsuites name=\"Test run\" tests=\"{}\" failures=\"{}\" errors=\"{}\" "
                       "time=\"{:.6f}\">\n",
                       t.passed + t.failed + t.skipped, t.failed, run.compile_failures,
                       seconds(run.wall));
    for (const TestSuite& s : run.suites) {
        out +=
            fmt::format("    <testsuite name=\"{}:{}\" tests=\"{}\" disabled=\"{}\" errors=\"0\" "
                        "failures=\"{}\" time=\"{:.6f}\">\n",
                        xml_escape(s.file), xml_escape(s.contract), s.results.size(), s.skipped(),
                        s.failed(), seconds(s.wall));
        for (const auto& r : s.results) {
            out += fmt::format("        <testcase name=\"{}\" time=\"{:.6f}\">\n",
                               xml_escape(r.name), seconds(r.duration));
            if (r.skipped) out += "            <skipped/>\n";
            if (!r.passed && !r.skipped)
                out += fmt::format("            <failure message=\"{}\"/>\n",
                                   xml_escape(fail_reason(r)));
            out += fmt::format("            <system-out>{}</system-out>\n",
                               xml_escape(result_line(r)));
            out += "        </testcase>\n";
        }
        out += fmt::format("        <system-out>{}</system-out>\n", xml_escape(suite_line(s)));
        out += "    </testsuite>\n";
    }
    out += "</testsuites>\n";
    return out;
}

void print_test_list(const TestList& list, bool json) {
    if (json) {
        nlohmann::json out = nlohmann::json::object();
        for (const auto& [file, contracts] : list)
            for (const auto& [contract, tests] : contracts)
                out[file][contract] = tests;
        fmt::print("{}\n", dump_json(out, 2));
        return;
    }
    for (const auto& [file, contracts] : list) {
        fmt::print("{}\n", file);
        for (const auto& [contract, tests] : contracts) {
            fmt::print("  {}\n", contract);
            for (const std::string& t : tests)
                fmt::print("    {}\n", t);
        }
    }
}

} // namespace mallory::cli
