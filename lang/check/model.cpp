#include "lang/check/model.hpp"

namespace mallory::lang::check {

namespace {

bool same_signature(const FunctionInfo* a, const FunctionInfo* b) {
    if (a->name != b->name || a->function_kind != b->function_kind) return false;
    if (a->parameter_types.size() != b->parameter_types.size()) return false;
    for (std::size_t i = 0; i < a->parameter_types.size(); ++i)
        if (!same_base_type(*a->parameter_types[i], *b->parameter_types[i])) return false;
    return true;
}

bool overrides_transitively(const FunctionInfo* f, const FunctionInfo* base, int depth = 0) {
    if (f == base) return true;
    if (depth > 64) return false;
    for (const FunctionInfo* o : f->overrides)
        if (overrides_transitively(o, base, depth + 1)) return true;
    return false;
}

} // namespace

const FunctionInfo* ContractInfo::resolve_virtual(const FunctionInfo* f) const {
    if (!f) return nullptr;
    for (const ContractInfo* c : linearization) {
        for (const FunctionInfo* g : c->functions)
            if (same_signature(g, f) && g->implemented && overrides_transitively(g, f)) return g;
        for (const FunctionInfo* g : c->getters)
            if (g->name == f->name && overrides_transitively(g, f)) return g;
    }
    return f;
}

const FunctionInfo* ContractInfo::resolve_super(const FunctionInfo* f,
                                                const ContractInfo* from) const {
    if (!f) return nullptr;
    bool after = false;
    for (const ContractInfo* c : linearization) {
        if (after) {
            for (const FunctionInfo* g : c->functions)
                if (same_signature(g, f) && g->implemented) return g;
        }
        if (c == from) after = true;
    }
    return nullptr;
}

const ModifierInfo* ContractInfo::resolve_modifier(const ModifierInfo* m) const {
    if (!m) return nullptr;
    for (const ContractInfo* c : linearization)
        for (const ModifierInfo* g : c->modifiers)
            if (g->name == m->name && g->ast && g->ast->body) return g;
    return m;
}

bool ContractInfo::derives_from(const ContractInfo* base) const {
    if (base == this) return true;
    for (const ContractInfo* c : linearization)
        if (c == base) return true;
    return false;
}

const ExprInfo* SemanticModel::expr(ast::NodeId id) const {
    if (id >= m_exprs.size() || !m_exprs[id].type) return nullptr;
    return &m_exprs[id];
}

TypePtr SemanticModel::type_of(ast::NodeId id) const {
    const ExprInfo* info = expr(id);
    return info ? info->type : error_type();
}

std::vector<Rational> SemanticModel::integer_constants() const {
    std::vector<Rational> out;
    for (const ExprInfo& e : m_exprs)
        if (e.type && e.type->kind != TypeKind::address && e.constant &&
            boost::multiprecision::denominator(*e.constant) == 1)
            out.push_back(*e.constant);
    return out;
}

std::vector<Rational> SemanticModel::address_literals() const {
    std::vector<Rational> out;
    for (const ExprInfo& e : m_exprs)
        if (e.type && e.type->kind == TypeKind::address && e.constant) out.push_back(*e.constant);
    return out;
}

ExprInfo& SemanticModel::expr_mut(ast::NodeId id) {
    if (id >= m_exprs.size()) m_exprs.resize(static_cast<std::size_t>(id) + 1);
    return m_exprs[id];
}

const ContractInfo* SemanticModel::find_contract(std::string_view name) const {
    for (const ContractInfo* c : m_contracts)
        if (c->name == name) return c;
    return nullptr;
}

const Declaration* SemanticModel::lookup(const void* node) const {
    auto it = m_by_ast.find(node);
    return it == m_by_ast.end() ? nullptr : it->second;
}

template <typename T> static const T* as(const Declaration* d) {
    return dynamic_cast<const T*>(d);
}

const ContractInfo* SemanticModel::contract_of(const ast::ContractDefinition* n) const {
    return as<ContractInfo>(lookup(n));
}
const FunctionInfo* SemanticModel::function_of(const ast::FunctionDefinition* n) const {
    return as<FunctionInfo>(lookup(n));
}
const ModifierInfo* SemanticModel::modifier_of(const ast::ModifierDefinition* n) const {
    return as<ModifierInfo>(lookup(n));
}
const VariableInfo* SemanticModel::variable_of(const ast::VariableDeclaration* n) const {
    return as<VariableInfo>(lookup(n));
}
const VariableInfo* SemanticModel::variable_of(const ast::StateVariableDeclaration* n) const {
    return as<VariableInfo>(lookup(n));
}
const StructInfo* SemanticModel::struct_of(const ast::StructDefinition* n) const {
    return as<StructInfo>(lookup(n));
}
const EventInfo* SemanticModel::event_of(const ast::EventDefinition* n) const {
    return as<EventInfo>(lookup(n));
}
const ErrorInfo* SemanticModel::error_of(const ast::ErrorDefinition* n) const {
    return as<ErrorInfo>(lookup(n));
}

void SemanticModel::note_named_function(const FunctionInfo* f) {
    if (m_named_set.insert(f).second) m_named_functions.push_back(f);
}

} // namespace mallory::lang::check
