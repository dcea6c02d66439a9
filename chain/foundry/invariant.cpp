#include "chain/foundry/invariant.hpp"

#include "chain/foundry/call_generator.hpp"
#include "chain/foundry/cheatcodes.hpp"
#include "chain/foundry/gas_report.hpp"
#include "chain/foundry/runner.hpp"
#include "chain/foundry/session.hpp"
#include "vm/opcodes.hpp"

#include <algorithm>
#include <fmt/format.h>

namespace mallory::chain::foundry {

namespace {

Bytes selector_data(const std::string& signature) {
    const auto sel = vm::selector_of(signature);
    return Bytes(sel.begin(), sel.end());
}

/// A fresh session in which the test contract is deployed and setUp() has run.
struct Fixture {
    ReentrantSender adversary; // before the session: its handler must outlive the executor
    std::unique_ptr<Session> session;
    Address test;
};

/// A target contract and the functions the search calls on it.
struct Target {
    Address address;
    std::string name;
    std::vector<vm::AbiEntry> functions;
};

struct Targets {
    std::vector<Target> contracts;
    std::vector<Address> senders;
    std::vector<Address> funded; ///< senders the runner gives a balance (its own pool)
};

std::string failure_of(Session& s, const TxOutcome& o, const ParamNames* params) {
    if (auto limit = s.limit_failure()) return *limit;
    if (o.tx.validity != vm::TxValidity::Valid) return std::string(vm::to_string(o.tx.validity));
    if (o.tx.result.status != vm::Status::Revert)
        return std::string(vm::to_string(o.tx.result.status));
    return revert_reason(o.tx.result.output, s.codes(), params);
}

/// Deploys the test contract and runs setUp(); nullptr with `why` when either fails.
std::unique_ptr<Fixture> set_up(const std::shared_ptr<const vm::ContractCode>& code,
                                const TestOptions& options, bool traces, std::string& why) {
    auto f = std::make_unique<Fixture>();
    f->session = std::make_unique<Session>(traces, test_block());
    Session& s = *f->session;
    s.limit(options.limits);
    s.cheats().set_artifacts(options.artifacts);
    s.cheats().seed_random(random_seed(options.fuzz.seed, code->name));
    if (options.invariant.reentrant) {
        f->adversary.install(s.executor());
        s.state().set_balance(ReentrantSender::address(), initial_balance());
        s.cheats().label(ReentrantSender::address(), "ReentrantAdversary"); // in traces
    }
    const TxOutcome deployed = s.deploy_test(code);
    if (!deployed.success()) {
        why = "deployment of " + code->name + " failed: " + failure_of(s, deployed, options.params);
        return nullptr;
    }
    f->test = deployed.created;
    s.state().set_balance(f->test, initial_balance());
    std::string unused;
    if (find_function(*code, "setUp()", unused)) {
        const TxOutcome setup = s.call(default_sender(), f->test, selector_data("setUp()"));
        const auto unmet = s.cheats().unmet_expectation();
        if (!setup.success() || unmet) {
            why = "setUp() failed: " + (unmet ? *unmet : failure_of(s, setup, options.params));
            return nullptr;
        }
        s.cheats().reset();
    }
    return f;
}

/// The result of a StdInvariant getter of the test contract, decoded as `types`.
std::vector<Value> getter(Fixture& f, const std::string& sig,
                          const std::vector<std::string>& types) {
    const vm::ContractCode* code = f.session->code_of(f.test);
    std::string unused;
    if (!code || !find_function(*code, sig, unused)) return {};
    const TxOutcome o = f.session->call(default_sender(), f.test, selector_data(sig));
    if (!o.success()) return {};
    auto v = decode_values(types, o.tx.result.output);
    return v ? *v : std::vector<Value>{};
}

std::vector<Address> address_list(const Value& v) {
    std::vector<Address> out;
    for (const auto& item : v.json)
        if (auto a = parse_address(item.get<std::string>())) out.push_back(*a);
    return out;
}

std::vector<Address> addresses(Fixture& f, const std::string& sig) {
    auto v = getter(f, sig, {"address[]"});
    return v.empty() ? std::vector<Address>{} : address_list(v[0]);
}

/// The (contract, selector) pairs of targetSelectors()/excludeSelectors(); none when the test
/// contract has no such getter.
std::vector<SelectorPair> selector_pairs(Fixture& f, const std::string& sig) {
    const vm::ContractCode* code = f.session->code_of(f.test);
    std::string unused;
    if (!code || !find_function(*code, sig, unused)) return {};
    const TxOutcome o = f.session->call(default_sender(), f.test, selector_data(sig));
    if (!o.success()) return {};
    auto pairs = decode_fuzz_selectors(o.tx.result.output);
    return pairs ? std::move(*pairs) : std::vector<SelectorPair>{};
}

bool contains(const std::vector<Address>& v, const Address& a) {
    return std::find(v.begin(), v.end(), a) != v.end();
}

bool callable(const vm::AbiEntry& e) {
    if (e.kind != vm::AbiKind::Function || e.signature.empty()) return false;
    if (e.mutability == vm::Mutability::View || e.mutability == vm::Mutability::Pure) return false;
    return std::all_of(e.inputs.begin(), e.inputs.end(),
                       [](const std::string& t) { return is_supported_type(t); });
}

/// The functions of `code` the search calls at `a`, as StdInvariant's selectors say.
std::vector<vm::AbiEntry> functions_of(const vm::ContractCode& code, const Address& a,
                                       const std::vector<SelectorPair>& only,
                                       const std::vector<SelectorPair>& not_) {
    const bool restricted =
        std::any_of(only.begin(), only.end(), [&](const auto& p) { return p.contract == a; });
    std::vector<vm::AbiEntry> out;
    for (const vm::AbiEntry& e : code.abi) {
        if (!callable(e)) continue;
        const SelectorPair key{a, e.selector()};
        if (restricted && std::find(only.begin(), only.end(), key) == only.end()) continue;
        if (std::find(not_.begin(), not_.end(), key) != not_.end()) continue;
        out.push_back(e);
    }
    return out;
}

/// Fresh senders for tests that name none: a few, so that one account's deposit and its
/// withdrawal meet in a sequence.
std::vector<Address> default_senders() {
    std::vector<Address> out;
    for (unsigned i = 1; i <= 3; ++i)
        out.push_back(Address::from_word(U256{0x10000 + i}));
    return out;
}

Targets discover_targets(Fixture& f, const TestOptions& options) {
    Targets t;
    Session& s = *f.session;
    std::vector<Address> contracts = addresses(f, "targetContracts()");
    const std::vector<Address> excluded = addresses(f, "excludeContracts()");
    if (contracts.empty())
        for (const Address& a : s.state().accounts())
            if (a != f.test && a != ReentrantSender::address() && s.code_of(a))
                contracts.push_back(a);
    const auto only = selector_pairs(f, "targetSelectors()");
    const auto not_ = selector_pairs(f, "excludeSelectors()");
    for (const Address& a : contracts) {
        const vm::ContractCode* code = s.code_of(a);
        if (!code || contains(excluded, a)) continue;
        Target target{a, code->name, functions_of(*code, a, only, not_)};
        if (!target.functions.empty()) t.contracts.push_back(std::move(target));
    }
    const std::vector<Address> excluded_senders = addresses(f, "excludeSenders()");
    t.senders = addresses(f, "targetSenders()");
    if (t.senders.empty()) t.funded = t.senders = default_senders();
    std::erase_if(t.senders, [&](const Address& a) { return contains(excluded_senders, a); });
    if (options.invariant.reentrant) t.senders.push_back(ReentrantSender::address());
    return t;
}

/// Gives the runner's own senders a balance, so payable functions can be called with value.
void fund(Fixture& f, const Targets& t) {
    for (const Address& a : t.funded)
        f.session->state().set_balance(a, initial_balance());
}

/// The constants a contract's code uses: its pool (PUSHK) and its immediates (PUSH1, PUSH8),
/// so that `x == 1337` offers 1337 to the generator.
void collect_constants(const vm::ContractCode& code, std::vector<U256>& out) {
    out.insert(out.end(), code.constants.begin(), code.constants.end());
    for (std::size_t i = 0; i < code.code.size();) {
        const vm::OpInfo* op = vm::op_info(code.code[i]);
        if (!op || !op->defined()) break; // not an instruction stream from here on
        const auto opcode = static_cast<vm::Op>(code.code[i]);
        const std::size_t width = opcode == vm::Op::PUSH8 ? 8 : (opcode == vm::Op::PUSH1 ? 1 : 0);
        if (width && i + width < code.code.size()) {
            std::uint64_t v = 0;
            for (std::size_t b = 0; b < width; ++b)
                v |= std::uint64_t{code.code[i + 1 + b]} << (8 * b); // little-endian (emitter)
            if (v > 1) out.push_back(U256{v});
        }
        i += 1 + op->imm_bytes;
    }
}

Dictionary dictionary_of(Fixture& f, const Targets& t) {
    Dictionary d;
    d.addresses = t.senders;
    d.addresses.push_back(f.test);
    for (const Target& target : t.contracts) {
        d.addresses.push_back(target.address);
        if (const vm::ContractCode* code = f.session->code_of(target.address))
            collect_constants(*code, d.constants);
    }
    std::sort(d.constants.begin(), d.constants.end());
    d.constants.erase(std::unique(d.constants.begin(), d.constants.end()), d.constants.end());
    return d;
}

/// Calldata for a random call of one of the target functions; nullopt if none could be made.
std::optional<std::pair<Address, Bytes>> random_call(Rng& rng, CallGenerator& gen, const Targets& t,
                                                     const vm::AbiEntry** entry = nullptr) {
    const Target& target = t.contracts[rng.below(t.contracts.size())];
    const vm::AbiEntry& f = target.functions[rng.below(target.functions.size())];
    auto args = gen.arguments(f.inputs);
    if (!args) return std::nullopt;
    std::string error;
    auto data = calldata(f, *args, {}, error);
    if (!data) return std::nullopt;
    if (entry) *entry = &f;
    return std::pair{target.address, std::move(*data)};
}

CallStep random_step(Rng& rng, CallGenerator& gen, const Targets& t, Fixture& f,
                     const TestOptions& options) {
    CallStep step;
    const vm::AbiEntry* entry = nullptr;
    auto call = random_call(rng, gen, t, &entry);
    while (!call)
        call = random_call(rng, gen, t, &entry);
    step.target = call->first;
    step.calldata = std::move(call->second);
    // the adversary sends half of the calls, so that it is the one called back
    const bool adversary = options.invariant.reentrant && rng.chance(1, 2);
    step.sender = adversary ? ReentrantSender::address() : t.senders[rng.below(t.senders.size())];
    if (entry->mutability == vm::Mutability::Payable)
        step.value = gen.value(f.session->state().balance(step.sender));
    if (step.sender == ReentrantSender::address() && rng.chance(3, 4))
        if (auto re = random_call(rng, gen, t)) step.reentry = Reentry{re->first, re->second};
    return step;
}

struct StepResult {
    bool success = false;
    bool reentered = false;
    std::optional<std::string> limit;
};

StepResult execute(Fixture& f, const CallStep& step) {
    f.adversary.arm(step.reentry);
    const TxOutcome o = f.session->call(step.sender, step.target, step.calldata, step.value);
    StepResult r{o.success(), f.adversary.fired(), f.session->limit_failure()};
    f.adversary.arm(std::nullopt);
    return r;
}

/// With --gas-report, adds the calls of the search (recorded since the last clear) to the
/// report, as forge counts invariant calls; setUp() and shrinking replays are not counted.
void count_gas(Fixture& f, const TestOptions& options) {
    TraceRecorder* rec = f.session->recorder();
    if (!options.gas_report || !rec) return;
    for (const auto& root : rec->roots())
        if (root->recipient != f.test) options.gas_report->add(*root); // not the invariant checks
    rec->clear();
}

/// nullopt while the invariant holds; else why it does not.
std::optional<std::string> check(Fixture& f, const std::string& invariant,
                                 const TestOptions& options) {
    const TxOutcome o = f.session->call(default_sender(), f.test, selector_data(invariant));
    if (o.success())
        return failure_recorded(f.session->state())
                   ? std::optional<std::string>("fail() was called")
                   : std::nullopt;
    return failure_of(*f.session, o, options.params);
}

/// forge's end-of-run hook: afterInvariant() runs once after every run that kept the invariant,
/// and its failure fails the test as a broken invariant would. nullopt when it holds or the test
/// contract has none.
std::optional<std::string> check_after_run(Fixture& f, const TestOptions& options) {
    const vm::ContractCode* code = f.session->code_of(f.test);
    std::string unused;
    if (!code || !find_function(*code, "afterInvariant()", unused)) return std::nullopt;
    return check(f, "afterInvariant()", options); // forge reports its reason as it is
}

/// Replays `steps` on a fresh fixture: the first reason the invariant breaks, else why the
/// end-of-run hook fails, else nullopt.
std::optional<std::string> replay(const std::shared_ptr<const vm::ContractCode>& code,
                                  const std::string& invariant, const TestOptions& options,
                                  const Targets& t, const std::vector<CallStep>& steps,
                                  std::unique_ptr<Fixture>* keep = nullptr, bool traces = false) {
    std::string why;
    auto f = set_up(code, options, traces, why);
    if (!f) return why;
    fund(*f, t);
    std::optional<std::string> broken = check(*f, invariant, options);
    for (std::size_t i = 0; i < steps.size() && !broken; ++i) {
        execute(*f, steps[i]);
        broken = check(*f, invariant, options);
    }
    if (!broken) broken = check_after_run(*f, options);
    if (keep) *keep = std::move(f);
    return broken;
}

std::string describe_call(Session& s, const Address& target, const Bytes& data,
                          const InvariantOptions& options) {
    const vm::ContractCode* code = s.code_of(target);
    std::string where = checksum(target), args, calldata = vm::to_hex(BytesView{data});
    if (code) {
        auto path = options.contract_paths.find(code->name);
        where =
            fmt::format("[{}{}]{}", path == options.contract_paths.end() ? "" : path->second + ":",
                        code->name, where);
        std::array<std::uint8_t, 4> sel{};
        if (data.size() >= 4) std::copy_n(data.begin(), 4, sel.begin());
        if (const vm::AbiEntry* e = data.size() >= 4 ? code->find_function(sel) : nullptr)
            if (auto v = decode_values(e->inputs, BytesView{data}.subspan(4))) {
                calldata = e->signature; // as forge names the call; the bytes when undecodable
                for (const Value& x : *v)
                    args += (args.empty() ? "" : ", ") + x.text;
            }
    }
    return fmt::format("addr={} calldata={} args=[{}]", where, calldata, args);
}

std::vector<std::string> describe(Session& s, const std::vector<CallStep>& steps,
                                  const InvariantOptions& options) {
    std::vector<std::string> out;
    for (const CallStep& step : steps) {
        std::string line = fmt::format("sender={} {}", checksum(step.sender),
                                       describe_call(s, step.target, step.calldata, options));
        if (!step.value.is_zero()) line += " value=" + vm::to_dec(step.value);
        out.push_back(std::move(line));
        if (step.reentry)
            out.push_back("  reentered from the callback: " +
                          describe_call(s, step.reentry->target, step.reentry->calldata, options));
    }
    return out;
}

struct Search {
    std::optional<std::string> broken; ///< why the invariant broke
    std::vector<CallStep> sequence;    ///< the calls up to the break
    bool limited = false; ///< a run limit (timeout, memory) ended it: too costly to shrink
};

/// One run: depth random calls on a fresh fixture, checking after each.
Search run_once(Fixture& f, const Targets& t, Rng& rng, const std::string& invariant,
                const TestOptions& options, InvariantReport& report) {
    Search s;
    const Dictionary dict = dictionary_of(f, t);
    CallGenerator gen(rng, dict);
    for (std::uint32_t i = 0; i < options.invariant.depth; ++i) {
        s.sequence.push_back(random_step(rng, gen, t, f, options));
        const StepResult r = execute(f, s.sequence.back());
        count_gas(f, options);
        ++report.calls;
        if (!r.success) ++report.reverts;
        if (r.limit) {
            s.broken = *r.limit;
            s.limited = true;
            return s;
        }
        if ((s.broken = check(f, invariant, options))) {
            s.limited = f.session->limit_failure().has_value();
            return s;
        }
    }
    s.broken = check_after_run(f, options);
    s.limited = s.broken && f.session->limit_failure().has_value();
    return s;
}

/// Shrinks and describes a breaking sequence into `r`.
void report_break(const std::shared_ptr<const vm::ContractCode>& code, const std::string& invariant,
                  const TestOptions& options, const Targets& t, Search found, TestResult& r) {
    InvariantReport& report = *r.invariant;
    report.original = found.sequence.size();
    auto breaks = [&](const std::vector<CallStep>& steps) {
        return replay(code, invariant, options, t, steps).has_value();
    };
    std::vector<CallStep> shrunk = shrink_sequence(std::move(found.sequence), breaks);
    std::unique_ptr<Fixture> f;
    r.reason =
        replay(code, invariant, options, t, shrunk, &f, options.traces).value_or(*found.broken);
    report.shrunk = shrunk.size();
    const bool reentered = std::any_of(shrunk.begin(), shrunk.end(),
                                       [](const CallStep& s) { return s.reentry.has_value(); });
    report.engine = reentered ? "reentrant adversary" : "call sequences";
    if (!f) return;
    report.sequence = describe(*f->session, shrunk, options.invariant);
    r.logs = f->session->console().lines();
    if (TraceRecorder* rec = f->session->recorder()) {
        const TraceNames names = f->session->names(options.params);
        for (const auto& root : rec->roots())
            r.trace += render_trace(*root, names);
    }
}

} // namespace

std::vector<std::string> discover_invariants(const vm::ContractCode& code) {
    std::vector<std::string> out;
    for (const vm::AbiEntry& e : code.abi)
        if (e.kind == vm::AbiKind::Function && e.inputs.empty() &&
            (e.name.starts_with("invariant") || e.name.starts_with("statefulFuzz")))
            out.push_back(e.signature);
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}

std::vector<CallStep>
shrink_sequence(std::vector<CallStep> steps,
                const std::function<bool(const std::vector<CallStep>&)>& breaks) {
    // chunks first (halves, quarters, ...), then single calls until none can go
    for (std::size_t chunk = std::max<std::size_t>(steps.size() / 2, 1); chunk >= 1; chunk /= 2) {
        bool removed = true;
        while (removed) {
            removed = false;
            for (std::size_t i = steps.size(); i-- > 0;) {
                const std::size_t begin = i >= chunk - 1 ? i - (chunk - 1) : 0;
                std::vector<CallStep> candidate = steps;
                candidate.erase(candidate.begin() + static_cast<std::ptrdiff_t>(begin),
                                candidate.begin() + static_cast<std::ptrdiff_t>(i + 1));
                if (!breaks(candidate)) continue;
                steps = std::move(candidate);
                removed = true;
                i = begin; // the calls before the removed chunk come next
            }
        }
        if (chunk == 1) break;
    }
    for (std::size_t i = 0; i < steps.size(); ++i) {
        if (!steps[i].reentry) continue;
        std::vector<CallStep> candidate = steps;
        candidate[i].reentry.reset();
        if (breaks(candidate)) steps = std::move(candidate);
    }
    return steps;
}

TestResult run_invariant(const std::shared_ptr<const vm::ContractCode>& code,
                         const std::string& invariant, const TestOptions& options) {
    TestResult r;
    r.name = invariant;
    r.invariant = InvariantReport{};
    InvariantReport& report = *r.invariant;
    std::string why;
    auto first = set_up(code, options, false, why);
    if (!first) {
        r.reason = why;
        return r;
    }
    const Targets targets = discover_targets(*first, options);
    if (targets.contracts.empty() || targets.senders.empty()) {
        r.reason = targets.contracts.empty()
                       ? "no contracts to fuzz: setUp() deployed none with a non-view function "
                         "and targetContract() named none"
                       : "no senders: excludeSender() excluded every target sender";
        return r;
    }
    Rng rng(options.invariant.seed);
    for (std::uint32_t run = 0; run < options.invariant.runs; ++run) {
        // a fresh fixture for run 0 too: the getters above were transactions, and a replay
        // starts from setUp() alone
        auto f = set_up(code, options, options.gas_report != nullptr, why);
        if (!f) {
            r.reason = why;
            return r;
        }
        fund(*f, targets);
        if (TraceRecorder* rec = f->session->recorder()) { // --gas-report
            if (run == 0)                                  // setUp()'s deployments, once
                for (const auto& root : rec->roots())
                    options.gas_report->add(*root);
            rec->clear();
        }
        ++report.runs;
        Search found;
        if (run == 0) found.broken = check(*f, invariant, options); // broken by setUp itself
        if (!found.broken) found = run_once(*f, targets, rng, invariant, options, report);
        if (found.broken) {
            report_break(code, invariant, options, targets, std::move(found), r);
            return r;
        }
    }
    r.passed = true;
    return r;
}

namespace {

/// A word of `data` read as an offset or a length that must stay within `data`.
std::optional<std::size_t> size_at(BytesView data, std::size_t at) {
    if (at > data.size() || data.size() - at < 32) return std::nullopt;
    const U256 w = vm::load_be(data.data() + at);
    if (!w.fits64() || w.low() > data.size()) return std::nullopt;
    return static_cast<std::size_t>(w.low());
}

/// One FuzzSelector tuple at `at` (its head: addr, offset of selectors), appended to `out`.
bool decode_fuzz_selector(BytesView data, std::size_t at, std::vector<SelectorPair>& out) {
    const auto offset = size_at(data, at + 32);
    if (!offset || data.size() - at < 64) return false;
    const Address contract = Address::from_word(vm::load_be(data.data() + at));
    const std::size_t list = at + *offset;
    const auto count = size_at(data, list);
    if (!count || *count > (data.size() - list - 32) / 32) return false;
    for (std::size_t i = 0; i < *count; ++i) {
        SelectorPair p{contract, {}};
        std::copy_n(data.begin() + static_cast<std::ptrdiff_t>(list + 32 + 32 * i), 4,
                    p.selector.begin()); // bytes4 is left-aligned in its word
        out.push_back(p);
    }
    return true;
}

} // namespace

std::optional<std::vector<SelectorPair>> decode_fuzz_selectors(BytesView data) {
    const auto array = size_at(data, 0);
    if (!array) return std::nullopt;
    const auto count = size_at(data, *array);
    const std::size_t heads = *array + 32; // tuple offsets count from here
    if (!count || *count > (data.size() - heads) / 32) return std::nullopt;
    std::vector<SelectorPair> out;
    for (std::size_t i = 0; i < *count; ++i) {
        const auto tuple = size_at(data, heads + 32 * i);
        if (!tuple || !decode_fuzz_selector(data, heads + *tuple, out)) return std::nullopt;
    }
    return out;
}

} // namespace mallory::chain::foundry
