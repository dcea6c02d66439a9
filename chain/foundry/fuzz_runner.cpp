#include "chain/foundry/fuzz_runner.hpp"

#include "chain/foundry/cheatcodes.hpp"
#include "chain/foundry/fuzz.hpp"
#include "chain/foundry/test_cheats.hpp"

#include <algorithm>
#include <fmt/format.h>
#include <numeric>

namespace mallory::chain::foundry {

namespace {

/// How one input ended.
enum class Verdict { Pass, Reject, Skip, Fail, Limit };

struct CaseOutcome {
    Verdict verdict = Verdict::Pass;
    vm::Gas gas = 0;
    std::string reason;
};

/// The prepared test contract and a way to run one input on it and rewind.
class Campaign {
public:
    Campaign(const std::shared_ptr<const vm::ContractCode>& code, const vm::AbiEntry& entry,
             const TestOptions& options)
        : m_code(code), m_entry(entry), m_options(options),
          m_session(options.traces || options.gas_report != nullptr, test_block()) {
        m_session.limit(options.limits);
        m_session.cheats().set_artifacts(options.artifacts);
        m_session.cheats().seed_random(random_seed(options.fuzz.seed, entry.signature));
    }

    /// Deploys and sets up; false with `r` filled when the test cannot run.
    bool prepare(TestResult& r) {
        const auto self = prepare_test(m_session, m_code, m_options, r);
        if (!self) return false;
        m_self = *self;
        (void)m_session.state().take_diff(); // the set-up state is the base every run rewinds to
        m_block = m_session.executor().block();
        m_logs = m_session.cheats().log_recorder(); // setUp's vm.recordLogs() holds in every run
        return true;
    }

    Bytes calldata(const std::vector<FuzzType>& types, const std::vector<FuzzValue>& args) const {
        Bytes data(m_selector.begin(), m_selector.end());
        const Bytes encoded = encode_fuzz_args(types, args);
        data.insert(data.end(), encoded.begin(), encoded.end());
        return data;
    }

    /// Runs one input and rewinds the state; its console lines and trace stay in the session
    /// until the next run.
    CaseOutcome run(const Bytes& data) {
        m_session.console().clear();
        if (m_session.recorder()) m_session.recorder()->clear();
        const TxOutcome o = m_session.call(default_sender(), m_self, data);
        CaseOutcome c = judge(o);
        // forge's gas report counts the calls of every run that ran (not the rejected ones).
        if (c.verdict == Verdict::Pass || c.verdict == Verdict::Fail)
            collect_gas(m_session, m_options);
        rewind();
        return c;
    }

    Session& session() { return m_session; }

private:
    CaseOutcome judge(const TxOutcome& o) {
        const auto unmet = m_session.cheats().unmet_expectation();
        const Bytes& out = o.tx.result.output;
        if (auto limit = m_session.limit_failure()) return {Verdict::Limit, o.tx.gas_used, *limit};
        if ((!o.success() && out == assume_rejection()) || m_session.cheats().input_rejected())
            return {Verdict::Reject, 0, {}};
        if (!o.success() && out == skip_request()) return {Verdict::Skip, 0, {}};
        if (m_entry.name.starts_with("testFail")) {
            if (!o.success() || failure_recorded(m_session.state()))
                return {Verdict::Pass, o.tx.gas_used, {}};
            return {Verdict::Fail, o.tx.gas_used,
                    "the test did not revert (testFail* tests must revert)"};
        }
        if (!o.success())
            return {Verdict::Fail, o.tx.gas_used, failure_reason(m_session, o, m_options.params)};
        if (unmet) return {Verdict::Fail, o.tx.gas_used, *unmet};
        if (failure_recorded(m_session.state())) return {Verdict::Fail, o.tx.gas_used, {}};
        return {Verdict::Pass, o.tx.gas_used, {}};
    }

    void rewind() {
        WorldState& st = m_session.state();
        st.apply(st.take_diff(), false);
        m_session.executor().block() = m_block; // warp and roll are per run
        m_session.cheats().reset();
        m_session.cheats().restore_log_recorder(m_logs);
    }

    std::shared_ptr<const vm::ContractCode> m_code;
    const vm::AbiEntry& m_entry;
    const TestOptions& m_options;
    Session m_session;
    Address m_self;
    vm::BlockContext m_block;
    LogRecorder m_logs;
    std::array<std::uint8_t, 4> m_selector = m_entry.selector(); ///< hashed once, not per run
};

std::pair<vm::Gas, vm::Gas> mean_median(std::vector<vm::Gas> gas) {
    if (gas.empty()) return {0, 0};
    std::sort(gas.begin(), gas.end());
    const vm::Gas sum = std::accumulate(gas.begin(), gas.end(), vm::Gas{0});
    const std::size_t n = gas.size();
    const vm::Gas median = n % 2 ? gas[n / 2] : (gas[n / 2 - 1] + gas[n / 2]) / 2;
    return {sum / static_cast<vm::Gas>(n), median};
}

Counterexample describe(const Bytes& data, const vm::AbiEntry& entry) {
    Counterexample cx;
    cx.calldata = vm::to_hex(BytesView{data});
    const auto values = decode_values(entry.inputs, BytesView{data}.subspan(4));
    cx.args_json = nlohmann::json::array();
    if (values)
        for (const Value& v : *values) {
            cx.args.push_back(v.text);
            cx.args_json.push_back(v.json);
        }
    return cx;
}

/// One generated value as a counterexample shows it, from its type: what the ABI decoder
/// cannot read back (a struct parameter, a tuple) is shown from the value itself, components in
/// parentheses as forge does.
Value fuzz_value_text(const FuzzType& t, const FuzzValue& v) {
    using K = FuzzType::Kind;
    if (t.kind == K::String) {
        std::string text(v.bytes.begin(), v.bytes.end());
        return Value{t.name, nlohmann::json(text).dump(), text};
    }
    if (t.kind == K::DynBytes) {
        const std::string hex = vm::to_hex(BytesView{v.bytes});
        return Value{t.name, hex, hex};
    }
    if (t.kind != K::Array && t.kind != K::Tuple) return decode_word(t.name, v.word);
    Value out{t.name, t.kind == K::Array ? "[" : "(", nlohmann::json::array()};
    for (std::size_t i = 0; i < v.items.size(); ++i) {
        const FuzzType& item = t.kind == K::Array ? *t.element : *t.components[i];
        const Value e = fuzz_value_text(item, v.items[i]);
        out.text += (i ? ", " : "") + e.text;
        out.json.push_back(e.json);
    }
    out.text += t.kind == K::Array ? "]" : ")";
    return out;
}

/// Shrinks the failing input, replays the minimal one (for its reason, logs and trace) and
/// fills the failure of `r`.
void report_failure(Campaign& c, const vm::AbiEntry& entry, const std::vector<FuzzType>& types,
                    const std::vector<FuzzValue>& failing, const TestOptions& options,
                    TestResult& r) {
    const auto minimal = shrink(types, failing, [&](const std::vector<FuzzValue>& args) {
        return c.run(c.calldata(types, args)).verdict == Verdict::Fail;
    });
    const Bytes data = c.calldata(types, minimal);
    Session& s = c.session();
    const CaseOutcome last = c.run(data);
    r.reason = last.reason;
    r.gas = last.gas;
    r.logs = s.console().lines();
    r.trace = render_all(s, options.params);
    r.fuzz->counterexample = describe(data, entry);
    Counterexample& cx = *r.fuzz->counterexample;
    if (cx.args.empty() && !minimal.empty()) {
        cx.args_json = nlohmann::json::array();
        for (std::size_t i = 0; i < minimal.size() && i < types.size(); ++i) {
            const Value v = fuzz_value_text(types[i], minimal[i]);
            cx.args.push_back(v.text);
            cx.args_json.push_back(v.json);
        }
    }
}

} // namespace

TestResult run_fuzz_test(const std::shared_ptr<const vm::ContractCode>& code,
                         const vm::AbiEntry& entry, const TestOptions& options) {
    TestResult r;
    r.name = entry.signature;
    r.fuzz = FuzzReport{};
    std::vector<FuzzType> types;
    for (const std::string& t : entry.inputs) {
        std::string why;
        auto ft = parse_fuzz_type(t, &why);
        if (!ft) {
            r.reason = why;
            return r;
        }
        types.push_back(std::move(*ft));
    }
    Campaign c(code, entry, options);
    if (!c.prepare(r)) return r;
    FuzzGenerator gen(fuzz_seed(options.fuzz.seed, entry.signature), options.fuzz.dictionary);
    std::vector<vm::Gas> gas;
    FuzzReport& rep = *r.fuzz;
    while (rep.runs < options.fuzz.runs) {
        const std::vector<FuzzValue> args = gen.values(types);
        const CaseOutcome o = c.run(c.calldata(types, args));
        if (o.verdict == Verdict::Pass) {
            gas.push_back(o.gas);
            ++rep.runs;
        } else if (o.verdict == Verdict::Reject) {
            if (++rep.rejects < options.fuzz.max_rejects) continue;
            r.reason = fmt::format("the fuzz test rejected too many inputs ({} allowed)",
                                   options.fuzz.max_rejects);
            break;
        } else if (o.verdict == Verdict::Skip) {
            r.skipped = true;
            return r;
        } else if (o.verdict == Verdict::Limit) {
            r.reason = o.reason;
            break;
        } else {
            std::tie(rep.mean, rep.median) = mean_median(gas);
            report_failure(c, entry, types, args, options, r);
            return r;
        }
    }
    std::tie(rep.mean, rep.median) = mean_median(gas);
    r.passed = r.reason.empty();
    r.gas = rep.mean;
    if (options.passing_traces) r.trace = render_all(c.session(), options.params); // last run
    return r;
}

} // namespace mallory::chain::foundry
