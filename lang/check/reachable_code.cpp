// Rules about the code a contract can run (solc's call graph): circular bytecode references
// (error 7813: a contract whose reachable code creates a contract that creates it again would
// contain its own bytecode) and error selector collisions (error 4883).
#include "lang/check/checker_impl.hpp"

#include <algorithm>
#include <tuple>

namespace mallory::lang::check {

const Declaration* Checker::code_owner() const {
    if (!m_body) return nullptr;
    if (m_body->function) return m_body->function;
    if (m_body->modifier) return m_body->modifier;
    return m_body->contract;
}

void Checker::note_function_reference(const FunctionInfo* f) {
    m_model.note_named_function(f);
    const Declaration* owner = code_owner();
    if (!owner) return;
    auto& refs = m_code_references[owner];
    if (std::find(refs.begin(), refs.end(), f) == refs.end()) refs.push_back(f);
}

void Checker::note_creation(const ContractInfo* created, Span span) {
    if (const Declaration* owner = code_owner())
        m_creations[owner].push_back(Creation{created, span});
}

namespace {

bool is_entry_point(const FunctionInfo& f) {
    return f.function_kind != ast::FunctionKind::function ||
           f.visibility == ast::Visibility::public_ || f.visibility == ast::Visibility::external;
}

// Code that becomes part of the caller's bytecode: a public library function is reached by
// DELEGATECALL instead, so what it creates is in the library's bytecode, not the caller's.
bool inlined_into_caller(const FunctionInfo& f) {
    if (!f.contract || !f.contract->is_library()) return true;
    return f.visibility == ast::Visibility::internal || f.visibility == ast::Visibility::private_;
}

} // namespace

// The code of contract `c` that can run: its entry points and state initializers, and
// everything they name (internal functions as `c` overrides them, modifiers, free and internal
// library functions), as solc's call graph does.
std::vector<const Declaration*> Checker::reachable_code(const ContractInfo* c) const {
    std::vector<const Declaration*> work;
    std::set<const Declaration*> seen;
    auto add = [&](const Declaration* d) {
        if (seen.insert(d).second) work.push_back(d);
    };
    for (const ContractInfo* base : c->linearization) {
        add(base);
        for (const FunctionInfo* f : base->functions)
            if (is_entry_point(*f)) add(f);
    }
    for (std::size_t i = 0; i < work.size(); ++i) {
        if (const auto* fn = dynamic_cast<const FunctionInfo*>(work[i]))
            for (const ModifierUse& m : fn->modifiers)
                if (const ModifierInfo* mi = m.modifier ? c->resolve_modifier(m.modifier) : nullptr)
                    add(mi);
        auto it = m_code_references.find(work[i]);
        if (it == m_code_references.end()) continue;
        for (const FunctionInfo* f : it->second) {
            if (!inlined_into_caller(*f)) continue;
            add(f);
            // A virtual call runs the override `c` has.
            if (f->contract && c->derives_from(f->contract))
                if (const FunctionInfo* g = c->resolve_virtual(f)) add(g);
        }
    }
    return work;
}

std::vector<Checker::Creation> Checker::reachable_creations(const ContractInfo* c) const {
    std::vector<Creation> out;
    for (const Declaration* d : reachable_code(c))
        if (auto it = m_creations.find(d); it != m_creations.end())
            out.insert(out.end(), it->second.begin(), it->second.end());
    return out;
}

void Checker::note_error_use(const ErrorInfo* e) {
    if (const Declaration* owner = code_owner()) m_error_uses[owner].insert(e);
}

// The errors a contract declares or its code uses share the selector space of its revert data:
// two with one selector could not be told apart (solc's error 4883).
void Checker::check_error_collisions() {
    for (const ContractInfo* c : m_contracts) {
        if (c->contract_kind != ast::ContractKind::contract) continue;
        std::vector<const ErrorInfo*> errors;
        for (const ContractInfo* base : c->linearization)
            errors.insert(errors.end(), base->errors.begin(), base->errors.end());
        for (const Declaration* d : reachable_code(c))
            if (auto it = m_error_uses.find(d); it != m_error_uses.end())
                errors.insert(errors.end(), it->second.begin(), it->second.end());
        std::sort(errors.begin(), errors.end(), [](const ErrorInfo* a, const ErrorInfo* b) {
            return std::tie(a->span.file, a->span.begin) < std::tie(b->span.file, b->span.begin);
        });
        errors.erase(std::unique(errors.begin(), errors.end()), errors.end());
        std::map<std::uint32_t, const ErrorInfo*> by_selector;
        for (const ErrorInfo* e : errors) {
            auto [it, fresh] = by_selector.emplace(e->selector, e);
            if (!fresh && it->second != e && it->second->signature != e->signature)
                error(DiagCode::SelectorCollision, e->span,
                      fmt::format("Error signature hash collision for {}", e->signature));
        }
    }
}

void Checker::check_bytecode_cycles() {
    std::map<const ContractInfo*, std::vector<Creation>> creations;
    for (const ContractInfo* c : m_contracts)
        if (c->contract_kind == ast::ContractKind::contract) creations[c] = reachable_creations(c);
    auto reaches = [&](const ContractInfo* from, const ContractInfo* target) {
        std::vector<const ContractInfo*> work{from};
        std::set<const ContractInfo*> seen{from};
        for (std::size_t i = 0; i < work.size(); ++i) {
            if (work[i] == target) return true;
            for (const Creation& k : creations[work[i]])
                if (seen.insert(k.created).second) work.push_back(k.created);
        }
        return false;
    };
    std::set<std::tuple<FileId, std::uint32_t, std::uint32_t>> reported;
    for (const ContractInfo* c : m_contracts) {
        if (c->contract_kind != ast::ContractKind::contract) continue;
        for (const Creation& k : creations[c]) {
            if (!reaches(k.created, c)) continue;
            if (reported.insert({k.span.file, k.span.begin, k.span.end}).second)
                error(DiagCode::AbstractInstantiation, k.span,
                      "Circular reference to contract bytecode either via \"new\" or "
                      "\"type(...).creationCode\" / \"type(...).runtimeCode\".");
            break;
        }
    }
}

} // namespace mallory::lang::check
