#include "analyzer/dependencies.hpp"

#include <algorithm>
#include <cctype>

namespace mallory::analyzer {

namespace {

/// Whether `word` occurs in `text` as a whole identifier.
bool mentions_word(std::string_view text, std::string_view word) {
    const auto ident = [](char c) {
        return std::isalnum(static_cast<unsigned char>(c)) || c == '_';
    };
    for (std::size_t at = text.find(word); at != std::string_view::npos;
         at = text.find(word, at + 1)) {
        const bool before = at > 0 && ident(text[at - 1]);
        const bool after = at + word.size() < text.size() && ident(text[at + word.size()]);
        if (!before && !after) return true;
    }
    return false;
}

/// A mapping or an array from an object to its owner or its record (`ownerOf[tokenId]`,
/// `loans[id].borrower`, `grants[id].employee` of a `Grant[]`): what a guard compares the
/// caller with is one object's holder, which minting, buying, granting or transferring that
/// object sets, not a role over the system.
bool object_record(const check::VariableInfo* v) {
    const auto keyed = [](const check::TypePtr& t) {
        return t && (t->kind == check::TypeKind::mapping || t->kind == check::TypeKind::array);
    };
    if (!keyed(v->type)) return false;
    check::TypePtr value = v->type;
    while (keyed(value))
        value = value->element;
    return value &&
           (value->kind == check::TypeKind::address || value->kind == check::TypeKind::struct_);
}

bool intersects(const std::set<const check::VariableInfo*>& a,
                const std::set<const check::VariableInfo*>& b) {
    return std::any_of(a.begin(), a.end(), [&](const auto* v) { return b.contains(v); });
}

std::string signature_of(const check::FunctionInfo& f) {
    return call_signature(f);
}

} // namespace

Dependencies::Dependencies(const Program& p, const Facts& facts,
                           const std::vector<Property>& props) {
    // What the invariants read: the state variables their text names (an invariant is an
    // expression over the contract's storage and balance).
    std::set<const check::VariableInfo*> invariant_reads;
    for (const Property& pr : props) {
        if (pr.kind != PropertyKind::invariant && pr.kind != PropertyKind::invariant_at_call)
            continue;
        for (const check::VariableInfo* v : p.targets()[pr.target].info->storage_variables)
            if (mentions_word(pr.text, v->name)) invariant_reads.insert(v);
        m_balance |= pr.text.find(".balance") != std::string::npos;
    }
    m_relevant = invariant_reads;
    for (const FunctionFacts& f : facts.functions()) {
        Info info;
        for (const Effect& e : f.effects) {
            if (e.kind == Effect::write) info.writes.insert(e.var);
            if (e.kind == Effect::read && e.var) info.reads.insert(e.var);
            info.reads_balance |= e.kind == Effect::read && e.balance;
        }
        info.role.privileged = f.sender_checked;
        bool if_succeeds = false;
        if (f.function->ast)
            for (const lang::ast::Annotation& an : f.function->ast->annotations)
                if_succeeds |= an.kind == lang::ast::AnnotationKind::if_succeeds;
        info.role.sink = f.first_risky_call() >= 0 || if_succeeds;
        m_functions[{f.target->name(), signature_of(*f.function)}] = std::move(info);
    }
    // A call into another contract of the system (`ledger.credit(...)`) reads and writes what
    // the callee does: a deposit that credits a ledger enables the withdrawal that reads it.
    for (const FunctionFacts& f : facts.functions()) {
        Info& info = m_functions[{f.target->name(), signature_of(*f.function)}];
        for (const Effect& e : f.effects)
            if (e.kind == Effect::call && e.callee)
                for (const FunctionFacts* g : facts.implementations(e.callee))
                    info.callees.push_back(
                        &m_functions[{g->target->name(), signature_of(*g->function)}]);
    }
    include_callee_effects();
    const std::set<const check::VariableInfo*>& access = facts.access_variables();
    find_eligibility_lists(facts, access);
    for (auto& [key, info] : m_functions) {
        // One object's holder is served, not granted a role (an employee named in a grant).
        info.role.grants = std::any_of(info.writes.begin(), info.writes.end(), [&](const auto* v) {
            return access.contains(v) && !object_record(v);
        });
        info.role.grants_eligibility =
            info.role.grants &&
            std::all_of(info.writes.begin(), info.writes.end(), [&](const auto* v) {
                return !access.contains(v) || m_eligibility.contains(v);
            });
        info.role.sink |= intersects(info.writes, invariant_reads);
        if (info.role.sink) {
            m_relevant.insert(info.reads.begin(), info.reads.end());
            m_balance |= info.reads_balance;
        }
    }
    // Close under "the guards of an enabling function are relevant".
    for (bool grew = true; grew;) {
        grew = false;
        for (auto& [key, info] : m_functions) {
            if (info.role.enabling || !intersects(info.writes, m_relevant)) continue;
            info.role.enabling = true;
            grew = true;
            m_relevant.insert(info.reads.begin(), info.reads.end());
            m_balance |= info.reads_balance;
        }
    }
}

void Dependencies::find_eligibility_lists(const Facts& facts,
                                          const std::set<const check::VariableInfo*>& access) {
    std::set<const check::VariableInfo*> lists, disqualified;
    for (const FunctionFacts& f : facts.functions())
        lists.insert(f.sender_lists.begin(), f.sender_lists.end());
    for (const FunctionFacts& f : facts.functions()) {
        if (f.sender_lists.empty()) continue;
        const check::FunctionInfo& fn = *f.function;
        const bool takes_address =
            std::any_of(fn.parameter_types.begin(), fn.parameter_types.end(),
                        [](const auto& t) { return t && t->kind == check::TypeKind::address; });
        // Besides the list, it may check only its own marks: what it records of the caller
        // and requires not recorded yet (`require(!freeClaimed[msg.sender])`).
        const auto it = m_functions.find({f.target->name(), signature_of(fn)});
        if (it == m_functions.end()) {
            disqualified.insert(f.sender_lists.begin(), f.sender_lists.end());
            continue;
        }
        const std::set<const check::VariableInfo*>& writes = it->second.writes;
        const auto own_mark = [&](const check::VariableInfo* v) {
            return !f.sender_lists.contains(v) && writes.contains(v) && f.sender_guards.contains(v);
        };
        const bool checks_more =
            std::any_of(f.sender_guards.begin(), f.sender_guards.end(),
                        [&](const auto* v) { return !f.sender_lists.contains(v) && !own_mark(v); });
        const bool grants_rights = std::any_of(writes.begin(), writes.end(), [&](const auto* v) {
            return access.contains(v) && !own_mark(v) && !object_record(v);
        });
        if (f.sender_lists.size() != 1 || checks_more || takes_address || grants_rights ||
            f.first_call_out() < 0)
            disqualified.insert(f.sender_lists.begin(), f.sender_lists.end());
    }
    for (const check::VariableInfo* v : lists)
        if (!disqualified.contains(v)) m_eligibility.insert(v);
}

void Dependencies::include_callee_effects() {
    for (bool grew = true; grew;) {
        grew = false;
        for (auto& [key, info] : m_functions)
            for (const Info* callee : info.callees) {
                const std::size_t before = info.reads.size() + info.writes.size();
                info.reads.insert(callee->reads.begin(), callee->reads.end());
                info.writes.insert(callee->writes.begin(), callee->writes.end());
                grew |= info.reads.size() + info.writes.size() != before ||
                        (callee->reads_balance && !info.reads_balance);
                info.reads_balance |= callee->reads_balance;
            }
    }
}

ActionRole Dependencies::role(const CallSpec& call) const {
    const auto it = m_functions.find({call.contract, call.signature});
    if (it == m_functions.end()) return ActionRole{true, true, false, true};
    ActionRole r = it->second.role;
    r.enabling |= m_balance && !call.value.is_zero();
    return r;
}

bool Dependencies::feeds(const CallSpec& writer, const CallSpec& reader) const {
    const auto w = m_functions.find({writer.contract, writer.signature});
    const auto r = m_functions.find({reader.contract, reader.signature});
    if (w == m_functions.end() || r == m_functions.end()) return true;
    return intersects(w->second.writes, r->second.reads) ||
           (r->second.reads_balance && !writer.value.is_zero());
}

} // namespace mallory::analyzer
