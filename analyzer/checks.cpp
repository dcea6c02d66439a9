#include "analyzer/checks.hpp"

#include <algorithm>

namespace mallory::analyzer {

namespace {

struct Meta {
    CheckId id;
    const char* kind;
    Severity severity;
    const char* confidence;
    const char* explanation;
    const char* recommendation;
};

class MetaCheck : public Check {
public:
    explicit MetaCheck(Meta m) : m_m(m) {}
    CheckId id() const override { return m_m.id; }
    std::string_view kind() const override { return m_m.kind; }
    Severity severity() const override { return m_m.severity; }
    std::string_view confidence() const override { return m_m.confidence; }
    std::string_view explanation() const override { return m_m.explanation; }
    std::string_view recommendation() const override { return m_m.recommendation; }

protected:
    Meta m_m;
};

bool guarded_together(const FunctionFacts& a, const FunctionFacts& b) {
    for (const auto* m : a.mutexes)
        if (b.mutexes.contains(m)) return true;
    return false;
}

/// State written after an external call that can re-enter, in an unguarded function.
class LateWrite : public MetaCheck {
public:
    LateWrite()
        : MetaCheck({CheckId::reentrancy_late_write, "static", Severity::high, "medium",
                     "a storage variable is written after an external call that can hand control "
                     "to the callee; "
                     "a callee that calls back sees the old value",
                     "move the write before the call (checks-effects-interactions) or add a "
                     "nonReentrant guard"}) {}
    void run(const Facts& facts, std::vector<Candidate>& out) const override {
        for (const FunctionFacts& f : facts.functions()) {
            const int c = f.first_risky_call();
            if (c < 0 || !f.mutexes.empty()) continue;
            for (const Effect* w : f.writes_after(c)) {
                out.push_back(Candidate{
                    id(), ReentryKind::same_function, f.target->name(), f.function->name,
                    f.effects[static_cast<std::size_t>(c)].span, w->span, w->var->name, 3});
                break;
            }
        }
    }
};

/// State written after the call in f is used by another public function g.
class CrossFunction : public MetaCheck {
public:
    CrossFunction()
        : MetaCheck(
              {CheckId::reentrancy_cross_function, "static", Severity::high, "low",
               "another public function uses state that this function updates only after its "
               "external "
               "call: re-entering that function sees the stale value",
               "update the state before the call, or guard both functions with the same mutex"}) {}
    void run(const Facts& facts, std::vector<Candidate>& out) const override {
        for (const FunctionFacts& f : facts.functions()) {
            const int c = f.first_risky_call();
            if (c < 0) continue;
            for (const Effect* w : f.writes_after(c)) {
                for (const FunctionFacts& g : facts.functions()) {
                    if (&g == &f || g.target != f.target || g.is_view || guarded_together(f, g))
                        continue;
                    if (!g.touched().contains(w->var)) continue;
                    out.push_back(Candidate{
                        id(), ReentryKind::cross_function, f.target->name(), f.function->name,
                        f.effects[static_cast<std::size_t>(c)].span, w->span, w->var->name, 2});
                    break;
                }
            }
        }
    }
};

/// State written after the call is read by a view function that others may consume.
class ReadOnly : public MetaCheck {
public:
    ReadOnly()
        : MetaCheck({CheckId::reentrancy_read_only, "static", Severity::medium, "low",
                     "a view function returns state that is stale while an external call is "
                     "running; a contract "
                     "that reads it during the callback acts on wrong data",
                     "update state before external calls, or make the view revert while the mutex "
                     "is held"}) {}
    void run(const Facts& facts, std::vector<Candidate>& out) const override {
        for (const FunctionFacts& f : facts.functions()) {
            const int c = f.first_risky_call();
            if (c < 0) continue;
            for (const Effect* w : f.writes_after(c))
                for (const FunctionFacts& g : facts.functions())
                    if (g.target == f.target && g.is_view && g.touched().contains(w->var)) {
                        out.push_back(Candidate{
                            id(), ReentryKind::read_only, f.target->name(), f.function->name,
                            f.effects[static_cast<std::size_t>(c)].span, w->span, w->var->name, 1});
                        return;
                    }
        }
    }
};

std::vector<std::unique_ptr<Check>> make_registry() {
    std::vector<std::unique_ptr<Check>> r;
    r.push_back(std::make_unique<LateWrite>());
    r.push_back(std::make_unique<CrossFunction>());
    r.push_back(std::make_unique<ReadOnly>());
    // Its findings come from delegatecall_check.hpp (they need the program's trust model, not
    // only the facts): reported as static findings, never as confirmed.
    r.push_back(std::make_unique<MetaCheck>(Meta{
        CheckId::delegatecall, "static", Severity::high, "medium",
        "a delegatecall runs code that the system does not fix (a parameter, a variable anyone "
        "can set, an unvouched constructor argument or address) with this contract's storage "
        "and balance: that code can overwrite the owner or any balance, or selfdestruct the "
        "contract",
        "delegatecall only to code fixed at deployment or set by a trusted owner; vouch for a "
        "deployment-time address with --trust"}));
    const Meta dynamic[] = {
        {CheckId::reentrancy, "dynamic", Severity::high, "high",
         "the explorer found a re-entrant execution whose final state no callback-free order of "
         "the same calls reaches",
         "apply checks-effects-interactions or a nonReentrant guard; Mallory checks the fix for "
         "you"},
        {CheckId::invariant, "dynamic", Severity::high, "high",
         "a #invariant is false after a transaction",
         "fix the function the witness calls, or the invariant if it is too strong"},
        {CheckId::invariant_at_call, "dynamic", Severity::medium, "high",
         "a #invariant is false while an external call runs, and a re-entrant call acted on that "
         "state",
         "restore the invariant before calling out"},
        {CheckId::if_succeeds, "dynamic", Severity::medium, "high",
         "a #if_succeeds postcondition is false after a successful call",
         "fix the function or its postcondition"},
        {CheckId::adversary_profit, "dynamic", Severity::high, "high",
         "the adversary ends an attack with more ether than it put in and more than the same "
         "calls without its callbacks give it: the difference is other people's funds",
         "apply checks-effects-interactions or a nonReentrant guard to the function that pays "
         "out; the impact says who lost what"},
    };
    for (const Meta& m : dynamic)
        r.push_back(std::make_unique<MetaCheck>(m));
    return r;
}

} // namespace

std::string_view to_string(Severity s) {
    switch (s) {
    case Severity::info:
        return "info";
    case Severity::low:
        return "low";
    case Severity::medium:
        return "medium";
    case Severity::high:
        return "high";
    }
    return "?";
}

bool parse_severity(const std::string& text, Severity& out) {
    for (Severity s : {Severity::info, Severity::low, Severity::medium, Severity::high})
        if (to_string(s) == text) {
            out = s;
            return true;
        }
    return false;
}

const std::vector<std::unique_ptr<Check>>& registry() {
    static const std::vector<std::unique_ptr<Check>> r = make_registry();
    return r;
}

const Check* find_check(CheckId id) {
    for (const auto& c : registry())
        if (c->id() == id) return c.get();
    return nullptr;
}

std::vector<Candidate> static_candidates(const Facts& facts) {
    std::vector<Candidate> out;
    for (const auto& c : registry())
        c->run(facts, out);
    std::stable_sort(out.begin(), out.end(), [](const Candidate& a, const Candidate& b) {
        return std::make_tuple(-a.rank, a.call.file, a.call.begin) <
               std::make_tuple(-b.rank, b.call.file, b.call.begin);
    });
    return out;
}

} // namespace mallory::analyzer
