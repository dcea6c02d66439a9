#include "lang/check/parameter_names.hpp"

namespace mallory::lang::check {

namespace {

std::vector<std::string> names_of(const std::vector<ast::VariableDeclaration>& params) {
    std::vector<std::string> out;
    for (const auto& p : params)
        out.push_back(p.name);
    return out;
}

} // namespace

std::unordered_map<std::string, std::vector<std::string>>
parameter_names(const SemanticModel& model) {
    std::unordered_map<std::string, std::vector<std::string>> out;
    for (const ContractInfo* c : model.contracts()) {
        for (const EventInfo* e : c->events)
            if (e->ast) out[e->signature] = names_of(e->ast->parameters);
        for (const ErrorInfo* e : c->errors)
            if (e->ast) out[e->signature] = names_of(e->ast->parameters);
        for (const FunctionInfo* f : c->functions)
            if (f->ast && f->has_selector()) out[f->signature] = names_of(f->ast->parameters);
    }
    return out;
}

} // namespace mallory::lang::check
