#include "cli/foundry_common.hpp"

#include "chain/chain.hpp"
#include "lang/check/parameter_names.hpp"

namespace mallory::cli {

chain::foundry::ParamNames param_names(const CompileSession& session) {
    if (!session.front.model) return {};
    return lang::check::parameter_names(*session.front.model);
}

bool is_test_contract(const CompileSession& session, const lang::CompiledContract& c) {
    if (!c.info) return false;
    for (const lang::check::ContractInfo* base : c.info->linearization) {
        if (base->name != "Test") continue;
        const lang::ParsedUnit* unit = session.front.unit_of(base->span.file);
        if (unit && unit->builtin) return true;
    }
    return false;
}

std::shared_ptr<const chain::foundry::Artifacts> artifacts_of(const CompileSession& session) {
    auto out = std::make_shared<chain::foundry::Artifacts>();
    for (const lang::CompiledContract& c : session.output.contracts)
        if (c.code && c.info)
            out->push_back({session.front.sources.file(c.info->span.file).path(), c.name, c.code});
    return out;
}

bool defined_in_root(const CompileSession& session, const lang::CompiledContract& c) {
    if (!c.info) return false;
    const lang::ParsedUnit* unit = session.front.unit_of(c.info->span.file);
    return unit && unit->root;
}

const lang::CompiledContract* pick_contract(const CompileSession& session, const std::string& name,
                                            std::string& why) {
    if (!name.empty()) {
        const lang::CompiledContract* c = session.output.find(name);
        if (!c) why = "no deployable contract named '" + name + "'";
        return c;
    }
    const lang::CompiledContract* last = nullptr;
    for (const lang::CompiledContract& c : session.output.contracts)
        if (defined_in_root(session, c) && (!last || c.info->span.begin > last->info->span.begin))
            last = &c;
    if (!last) why = "the file defines no deployable contract";
    return last;
}

chain::foundry::AddressResolver dev_resolver() {
    return [](std::string_view name) -> std::optional<chain::Address> {
        for (const std::string& dev : chain::GenesisConfig{}.dev_accounts)
            if (dev == name) return chain::Chain::dev_address(dev);
        return std::nullopt;
    };
}

chain::foundry::RunLimits LimitOptions::limits() const {
    chain::foundry::RunLimits l;
    l.timeout = std::chrono::milliseconds(static_cast<std::int64_t>(timeout_seconds * 1000.0));
    l.memory_bytes = memory_mib << 20;
    return l;
}

void add_limit_options(CLI::App* cmd, LimitOptions& options, const std::string& what) {
    // Bounds keep the conversions exact: a millisecond to a year of wall clock, 1 MiB to 1 TiB.
    cmd->add_option("--timeout", options.timeout_seconds,
                    "Wall-clock limit in seconds for " + what +
                        " (default 60); reported as a "
                        "timeout, exit 1")
        ->check(CLI::Range(0.001, 31'536'000.0));
    cmd->add_option("--memory-limit", options.memory_mib,
                    "Memory a transaction may hold, in MiB (default 1024); beyond it: out of "
                    "memory, exit 1")
        ->check(CLI::Range(std::uint64_t{1}, std::uint64_t{1} << 20));
}

std::string unknown_option(const std::vector<std::string>& args) {
    for (const std::string& a : args)
        if (a.starts_with("--")) return a;
    return {};
}

std::string dump_json(const nlohmann::json& j, int indent) {
    return j.dump(indent, ' ', false, nlohmann::json::error_handler_t::replace);
}

} // namespace mallory::cli
