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

std::string dump_json(const nlohmann::json& j, int indent) {
    return j.dump(indent, ' ', false, nlohmann::json::error_handler_t::replace);
}

} // namespace mallory::cli
