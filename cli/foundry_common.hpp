#pragma once
/// What `mallory run`, `mallory test` and `mallory chain` share on top of chain/foundry: the
/// compiler's knowledge the ABI lacks (parameter names, which contracts are tests, which
/// contract a script file ends with), dev-account names for address arguments, and JSON that
/// never throws on odd bytes.

#include "chain/foundry/abi.hpp"
#include "chain/foundry/session.hpp"
#include "cli/compile_session.hpp"

#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

namespace mallory::cli {

/// Parameter names of every event, error and function of the compiled program, by signature.
chain::foundry::ParamNames param_names(const CompileSession& session);

/// Every contract the session compiled, by file and name: what vm.getCode can name.
std::shared_ptr<const chain::foundry::Artifacts> artifacts_of(const CompileSession& session);

/// Whether a compiled contract derives from forge-std's built-in Test.
bool is_test_contract(const CompileSession& session, const lang::CompiledContract& c);

/// Whether a compiled contract is defined in one of the files named on the command line.
bool defined_in_root(const CompileSession& session, const lang::CompiledContract& c);

/// `name` if given (nullptr and `why` if there is no such deployable contract), else the last
/// contract defined in the root file.
const lang::CompiledContract* pick_contract(const CompileSession& session, const std::string& name,
                                            std::string& why);

/// Resolves the dev account names (alice, bob, carol, dave, eve, mallory) to their addresses.
chain::foundry::AddressResolver dev_resolver();

/// `--timeout` and `--memory-limit` of `run` and `test`, as given on the command line.
struct LimitOptions {
    double timeout_seconds = 60;
    std::uint64_t memory_mib = 1024;
    [[nodiscard]] chain::foundry::RunLimits limits() const;
};

/// Adds `--timeout S` and `--memory-limit MIB` to a subcommand; `what` says what one timeout
/// covers ("the script", "each test"). Zero, negative or absurd values are usage errors.
void add_limit_options(CLI::App* cmd, LimitOptions& options, const std::string& what);

/// The first of `args` that looks like an option ("--name"), or "": function arguments are
/// collected raw after the known options, so a misspelt option would land among them.
std::string unknown_option(const std::vector<std::string>& args);

/// The JSON text of `j`, replacing invalid UTF-8 instead of throwing.
std::string dump_json(const nlohmann::json& j, int indent = -1);

} // namespace mallory::cli
