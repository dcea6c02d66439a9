// `mallory run SCRIPT.sol [ARGS...] [--contract NAME] [--sig 'run()'] [--value WEI]
// [--gas-limit N] [--chain DB] [--json] [-v|-vv|-vvv]`: deploy a script contract and call it.
#include "chain/chain.hpp"
#include "chain/foundry/abi.hpp"
#include "chain/foundry/cheatcodes.hpp"
#include "chain/foundry/session.hpp"
#include "chain/writer_lock.hpp"
#include "cli/commands.hpp"
#include "cli/compile_session.hpp"
#include "cli/exit_codes.hpp"
#include "cli/foundry_common.hpp"
#include "vm/serialize.hpp"

#include <fmt/format.h>

namespace mallory::cli {

namespace {

namespace foundry = chain::foundry;
using vm::Address;
using vm::Bytes;
using vm::BytesView;
using vm::U256;

struct RunOptions {
    std::string script;
    std::vector<std::string> args;
    std::string contract;
    std::string sig = "run()";
    std::string value = "0";
    std::string gas_limit;
    std::string chain_db;
    bool json = false;
    int verbosity = 0;
    std::string color = "auto";
    LimitOptions limits;
    std::vector<std::string> remaps;
};

/// What a script run produced, rendered as text or JSON from the same struct.
struct RunReport {
    bool success = false;
    std::string failure;                  ///< "run() reverted: reason" when not successful
    std::vector<foundry::Value> returned; ///< decoded return values
    std::vector<std::string> return_types;
    struct Event {
        std::string contract;
        Address address;
        foundry::DecodedEvent decoded;
    };
    std::vector<Event> events;
    std::vector<std::string> logs;
    vm::Gas gas_used = 0;
    std::string traces;
};

/// The prepared call: the script's code, the function and its calldata.
struct Prepared {
    const lang::CompiledContract* contract = nullptr;
    const vm::AbiEntry* function = nullptr;
    Bytes data;
    U256 value;
    std::optional<vm::Gas> gas_limit;
};

int usage(const std::string& message) {
    fmt::print(stderr, "mallory run: {}\n", message);
    return exit_usage;
}

/// Parses the options against the compiled script; prints and returns an exit code on error.
std::optional<Prepared> prepare(const CompileSession& session, const RunOptions& o, int& code) {
    Prepared p;
    std::string why;
    p.contract = pick_contract(session, o.contract, why);
    if (!p.contract && o.contract.empty()) { // nothing to run in the file: an input error
        fmt::print(stderr, "mallory run: {}: {}\n", o.script, why);
        code = exit_failure;
        return std::nullopt;
    }
    if (!p.contract) {
        code = usage("--contract: " + why);
        return std::nullopt;
    }
    p.function = foundry::find_function(*p.contract->code, o.sig, why);
    if (!p.function) {
        code = usage("--sig: " + why);
        return std::nullopt;
    }
    auto data = foundry::calldata(*p.function, o.args, dev_resolver(), why);
    if (!data) {
        code = usage(fmt::format("{}: {}", p.function->signature, why));
        return std::nullopt;
    }
    p.data = std::move(*data);
    auto value = foundry::parse_amount(o.value);
    if (!value) {
        code = usage(fmt::format(
            "--value: expected an amount in wei (or with gwei/ether), got '{}'", o.value));
        return std::nullopt;
    }
    p.value = *value;
    if (!o.gas_limit.empty()) {
        auto g = foundry::parse_amount(o.gas_limit);
        if (!g || !g->fits64() || g->low() > static_cast<std::uint64_t>(foundry::unlimited_gas) ||
            g->is_zero()) {
            code = usage(fmt::format("--gas-limit: expected a number from 1 to 2^63-1, got '{}'",
                                     o.gas_limit));
            return std::nullopt;
        }
        p.gas_limit = static_cast<vm::Gas>(g->low());
    }
    return p;
}

void decode_outcome(RunReport& report, const Prepared& p, const vm::TxResult& tx, bool ok,
                    const std::function<const vm::ContractCode*(const Address&)>& code_of,
                    const std::vector<const vm::ContractCode*>& codes,
                    const foundry::ParamNames& params) {
    report.success = ok;
    report.gas_used = tx.gas_used;
    if (ok) {
        report.return_types = p.function->outputs;
        if (auto values = foundry::decode_values(p.function->outputs, tx.result.output))
            report.returned = *values;
        for (const vm::Log& log : tx.logs) {
            const vm::ContractCode* emitter = code_of(log.address);
            report.events.push_back({emitter ? emitter->name : foundry::checksum(log.address),
                                     log.address,
                                     foundry::decode_event(log, emitter, &params, {}, codes)});
        }
        return;
    }
    const std::string reason = tx.validity != vm::TxValidity::Valid
                                   ? std::string(vm::to_string(tx.validity))
                               : tx.result.status == vm::Status::Revert
                                   ? foundry::revert_reason(tx.result.output, codes, &params)
                                   : std::string(vm::to_string(tx.result.status));
    report.failure =
        fmt::format("{}::{} reverted: {}", p.contract->name, p.function->signature, reason);
}

/// Runs on a fresh in-memory session (traces, cheatcodes).
std::optional<RunReport> run_in_memory(const Prepared& p, const RunOptions& o,
                                       const foundry::ParamNames& params,
                                       std::shared_ptr<const foundry::Artifacts> artifacts) {
    foundry::Session s(o.verbosity >= 3);
    s.limit(o.limits.limits());
    s.cheats().set_artifacts(std::move(artifacts));
    RunReport report;
    const vm::Gas gas = p.gas_limit.value_or(foundry::unlimited_gas);
    const foundry::TxOutcome deployed =
        s.deploy(p.contract->code, {}, foundry::default_sender(), {}, foundry::unlimited_gas);
    const auto code_of = [&s](const Address& a) { return s.code_of(a); };
    if (!deployed.success()) {
        decode_outcome(report, p, deployed.tx, false, code_of, s.codes(), params);
        const auto limit = s.limit_failure();
        report.failure = fmt::format(
            "deployment of {} failed: {}", p.contract->name,
            limit ? *limit : report.failure.substr(report.failure.find("reverted: ") + 10));
    } else {
        // As in Foundry, the script contract starts with a large balance to spend.
        s.state().set_balance(deployed.created, foundry::initial_balance());
        const foundry::TxOutcome called =
            s.call(foundry::default_sender(), deployed.created, p.data, p.value, gas);
        decode_outcome(report, p, called.tx, called.success(), code_of, s.codes(), params);
        if (auto limit = s.limit_failure()) {
            report.success = false;
            report.failure =
                fmt::format("{}::{}: {}", p.contract->name, p.function->signature, *limit);
        }
    }
    report.logs = s.console().lines();
    if (s.recorder()) {
        const foundry::TraceNames names = s.names(&params);
        for (const auto& root : s.recorder()->roots())
            report.traces += foundry::render_trace(*root, names) + "\n";
    }
    return report;
}

/// The revert data of a cheatcode called on a persistent chain: Error("vm.NAME: ...").
Bytes simulation_only(BytesView input) {
    std::array<std::uint8_t, 4> selector{};
    if (input.size() >= 4) std::copy_n(input.begin(), 4, selector.begin());
    const auto sig = foundry::cheatcode_signature(selector);
    return foundry::encode_error(
        fmt::format("vm.{}: cheatcodes only run in simulation (mallory run without --chain)",
                    sig ? *sig : "<unknown cheatcode>"));
}

/// Runs as two mined transactions from alice on a persistent chain. Cheatcodes are simulation
/// only (as `forge script --broadcast` does not send them either); -vvv traces the mined call.
std::optional<RunReport> run_on_chain(const Prepared& p, const RunOptions& o,
                                      const foundry::ParamNames& params) {
    // One writer at a time (chain/writer_lock.hpp), as for `mallory chain send`.
    chain::WriterLock lock(o.chain_db, std::chrono::seconds(60));
    auto chain = chain::Chain::open(o.chain_db);
    foundry::Console console;
    chain->bind_native(
        foundry::console_address(),
        [&console](vm::Executor& ex, const vm::Message& msg) { return console.handle(ex, msg); });
    // Cheatcodes are simulation only: a vm.* call on the chain fails saying so, instead of
    // reverting without a reason at the caller's code-size check.
    chain->bind_native(foundry::cheatcode_address(), [](vm::Executor&, const vm::Message& msg) {
        return vm::Result{vm::Status::Revert, msg.gas, 0, simulation_only(msg.input), {}};
    });
    const auto key = chain::Chain::dev_key("alice");
    const vm::Gas gas = std::min<vm::Gas>(p.gas_limit.value_or(foundry::unlimited_gas),
                                          static_cast<vm::Gas>(chain->config().gas_limit));
    RunReport report;
    const auto code_of = [&chain](const Address& a) { return chain->state().code(a).get(); };
    const std::vector<const vm::ContractCode*> codes{p.contract->code.get()};
    auto send = [&](std::optional<Address> to, Bytes data,
                    const U256& value) -> std::optional<chain::Receipt> {
        chain::SubmitResult sr = chain->submit(
            chain->prepare(key, to, value, std::move(data), static_cast<std::uint64_t>(gas)));
        if (!sr.ok()) {
            report.failure = fmt::format("transaction rejected: {}", sr.error->message());
            return std::nullopt;
        }
        chain->mine();
        return chain->receipt(sr.hash);
    };
    Bytes creation = vm::serialize(*p.contract->code);
    auto deployed = send(std::nullopt, std::move(creation), U256{});
    if (!deployed) return report;
    if (!deployed->success() || !deployed->created) {
        report.failure =
            fmt::format("deployment of {} failed: {}", p.contract->name, deployed->revert_reason());
        report.logs = console.lines();
        return report;
    }
    // Traces observe the mined transaction through the chain's tracer hook.
    struct ChainTracer final : vm::Tracer {
        explicit ChainTracer(vm::State& st) : recorder(st) {}
        void on_call_enter(const vm::Message& m) override { recorder.enter(m); }
        void on_call_exit(const vm::Message& m, const vm::Result& r) override {
            recorder.exit(m, r);
        }
        foundry::TraceRecorder recorder;
    };
    ChainTracer tracer(chain->state());
    if (o.verbosity >= 3) chain->set_tracer(&tracer);
    auto called = send(*deployed->created, p.data, p.value);
    chain->set_tracer(nullptr);
    if (!called) return report;
    vm::TxResult tx;
    tx.result.status = called->status;
    tx.result.output = called->output;
    tx.gas_used = called->gas_used;
    tx.logs = called->logs;
    decode_outcome(report, p, tx, called->success(), code_of, codes, params);
    report.logs = console.lines();
    if (o.verbosity >= 3) {
        const std::map<Address, std::string> labels{{key.address(), "alice"}};
        foundry::TraceNames names;
        names.labels = &labels;
        names.params = &params;
        names.codes = codes;
        names.code_of = code_of;
        for (const auto& root : tracer.recorder.roots())
            report.traces += foundry::render_trace(*root, names) + "\n";
    }
    return report;
}

void print_text(const RunReport& r) {
    if (r.success) fmt::print("Script ran successfully.\n");
    fmt::print("Gas used: {}\n", r.gas_used);
    if (!r.returned.empty()) {
        fmt::print("\n== Return ==\n");
        for (std::size_t i = 0; i < r.returned.size(); ++i)
            fmt::print("{}: {} {}\n", i, r.returned[i].type, r.returned[i].text);
    }
    if (!r.logs.empty()) {
        fmt::print("\n== Logs ==\n");
        for (const std::string& line : r.logs)
            fmt::print("  {}\n", line);
    }
    if (!r.events.empty()) {
        fmt::print("\n== Events ==\n");
        for (const auto& e : r.events)
            fmt::print("  {}::{}\n", e.contract, e.decoded.text());
    }
    if (!r.traces.empty()) fmt::print("\nTraces:\n{}", r.traces);
}

void print_json(const RunReport& r) {
    nlohmann::json j;
    j["success"] = r.success;
    if (r.success) {
        nlohmann::json ret = nlohmann::json::array();
        for (const auto& v : r.returned)
            ret.push_back(v.json);
        j["return"] = ret;
        j["revert"] = nullptr;
    } else {
        j["return"] = nullptr;
        j["revert"] = r.failure;
    }
    nlohmann::json events = nlohmann::json::array();
    for (const auto& e : r.events) {
        nlohmann::json args = nlohmann::json::array();
        for (const auto& a : e.decoded.args)
            args.push_back(a.json);
        events.push_back({{"contract", e.contract},
                          {"address", foundry::address_hex(e.address)},
                          {"name", e.decoded.name},
                          {"args", args}});
    }
    j["events"] = events;
    j["logs"] = r.logs;
    j["gas_used"] = std::to_string(r.gas_used);
    fmt::print("{}\n", dump_json(j, 2));
}

int run_run(const RunOptions& o) {
    ColorMode color{};
    if (!parse_color_mode(o.color, color))
        return usage(fmt::format("--color: expected auto, always or never, got '{}'", o.color));
    if (std::string bad = unknown_option(o.args); !bad.empty())
        return usage(fmt::format("unknown option '{}'", bad));
    const auto front = frontend_options(o.remaps, "run");
    if (!front) return exit_usage;
    int code = exit_ok;
    auto session = compile_files({o.script}, color, "run", code, *front);
    if (!session) return code;
    auto prepared = prepare(*session, o, code);
    if (!prepared) return code;
    const foundry::ParamNames params = param_names(*session);
    std::optional<RunReport> report;
    try {
        report = o.chain_db.empty() ? run_in_memory(*prepared, o, params, artifacts_of(*session))
                                    : run_on_chain(*prepared, o, params);
    } catch (const chain::StoreError& e) {
        // Not a chain, corrupt, or busy: an error in the input, not in the arguments.
        fmt::print(stderr, "mallory run: --chain: {}\n", e.what());
        return exit_failure;
    }
    if (o.json)
        print_json(*report);
    else
        print_text(*report);
    if (!report->success) {
        if (!o.json) fmt::print(stderr, "mallory run: {}\n", report->failure);
        return exit_failure;
    }
    return exit_ok;
}

} // namespace

void register_run(CLI::App& app, Action& action) {
    auto o = std::make_shared<RunOptions>();
    CLI::App* cmd =
        app.add_subcommand("run", "Deploy a script contract and call it (default: run())");
    cmd->add_option("script", o->script, "The script file (.sol)")->required();
    // The function's arguments are what follows the script, taken raw: as an option CLI11 would
    // cut an array argument '[1,2,3]' into three values.
    cmd->allow_extras();
    cmd->footer("Arguments after SCRIPT are the function's, parsed by its ABI types: "
                "mallory run S.sol --sig 'f(uint256[],address)' '[1,2,3]' alice\n"
                "The script runs in block 1 at timestamp 1700000000 (2023-11-14, fixed, so "
                "runs are deterministic and `block.timestamp - 1 days` does not underflow); "
                "the script contract and the sender hold 2^96-1 wei, as in Foundry.");
    cmd->add_option("--contract", o->contract,
                    "The contract to deploy (default: the last one in the file)");
    cmd->add_option("--sig", o->sig, "The function to call: 'run()', 'f(uint256)' or a bare name");
    cmd->add_option("--value", o->value, "Wei sent with the call (units: 1ether, 5gwei)");
    cmd->add_option("--gas-limit", o->gas_limit, "Gas limit of the call (default 2^63-1)");
    cmd->add_option("--chain", o->chain_db,
                    "Run on this persistent chain (SQLite) instead of a fresh one");
    cmd->add_flag("--json", o->json, "Print the outcome as JSON");
    cmd->add_flag("-v", o->verbosity, "Verbosity: -vvv prints the call trace tree");
    cmd->add_option("--color", o->color, "Colour diagnostics: auto, always or never");
    add_limit_options(cmd, o->limits, "the script (deployment and call)");
    add_remap_option(cmd, o->remaps);
    cmd->callback([o, cmd, &action] {
        o->args = cmd->remaining();
        action = [o] { return run_run(*o); };
    });
}

} // namespace mallory::cli
