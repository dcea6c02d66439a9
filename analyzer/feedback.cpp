#include "analyzer/feedback.hpp"

#include "vm/u256.hpp"

#include <algorithm>

namespace mallory::analyzer {

namespace {

void add_unique(std::vector<vm::U256>& v, const vm::U256& x) {
    if (std::find(v.begin(), v.end(), x) == v.end()) v.push_back(x);
}

bool is_ordering(vm::Op op) {
    return op == vm::Op::LT || op == vm::Op::GT || op == vm::Op::SLT || op == vm::Op::SGT;
}

} // namespace

void ComparisonLog::on_step(const vm::StepInfo& step) {
    if (m_hash_depth >= 0 && step.depth == m_hash_depth && !step.stack.empty() &&
        computed.size() < max_pairs)
        add_unique(computed, step.stack.back());
    m_hash_depth = -1;
    if (step.stack.size() < 2) return;
    if (step.op == vm::Op::KECCAK256) { // off len -- h (vm/opcodes.def): the length on top
        const vm::U256& size = step.stack.back();
        if (!size.is_zero() && size != vm::U256{32} && size != vm::U256{64})
            m_hash_depth = step.depth;
        return;
    }
    const vm::U256& a = step.stack[step.stack.size() - 1];
    const vm::U256& b = step.stack[step.stack.size() - 2];
    if (step.op == vm::Op::EQ) {
        if (vm::bit_length(a) <= 128 && vm::bit_length(b) <= 128 && equalities.size() < max_pairs &&
            std::find(equalities.begin(), equalities.end(), Pair{a, b}) == equalities.end())
            equalities.push_back(Pair{a, b});
        if (vm::bit_length(a) <= 160 && vm::bit_length(b) <= 160) return;
        for (const vm::U256& x : {a, b})
            if (vm::bit_length(x) > 160 && hashes.size() < max_pairs) add_unique(hashes, x);
        return;
    }
    if (!is_ordering(step.op) || vm::bit_length(a) > 128 || vm::bit_length(b) > 128) return;
    const Pair p{a, b};
    last_ordering = p;
    if (orderings.size() < max_pairs &&
        std::find(orderings.begin(), orderings.end(), p) == orderings.end())
        orderings.push_back(p);
}

void ProgressLog::on_step(const vm::StepInfo& step) {
    if (step.op == vm::Op::JUMPI || step.op == vm::Op::SLOAD) m_points.emplace(step.code, step.pc);
    if (!is_ordering(step.op) || step.stack.size() < 2) return;
    const vm::U256& a = step.stack[step.stack.size() - 1];
    const vm::U256& b = step.stack[step.stack.size() - 2];
    m_distance = a < b ? b - a : a - b;
}

std::vector<vm::U256> payments_asked(const ComparisonLog& log, const vm::U256& sent,
                                     std::size_t max) {
    std::vector<vm::U256> out;
    for (const auto* pairs : {&log.equalities, &log.orderings})
        for (const auto& [left, right] : *pairs)
            for (const auto& [side, other] : {std::pair{left, right}, std::pair{right, left}})
                if (side == sent && other != sent && !other.is_zero() &&
                    vm::bit_length(other) <= 96 && out.size() < max)
                    add_unique(out, other);
    return out;
}

std::vector<vm::U256> limits_for(const std::vector<ComparisonLog::Pair>& orderings,
                                 const vm::U256& v, std::size_t max, bool sums) {
    std::vector<vm::U256> out;
    const auto offer = [&](const vm::U256& limit) {
        add_unique(out, limit);
        if (!limit.is_zero()) add_unique(out, limit - vm::U256{1});
    };
    // Sides equal to `v` first (the argument compared as it is), then sums that hold it.
    for (const bool exact : {true, false})
        for (const auto& [left, right] : orderings)
            for (const auto& [side, other] : {std::pair{left, right}, std::pair{right, left}}) {
                if (exact && side == v)
                    offer(other);
                else if (!exact && sums && side > v && other >= side - v) // held + v' = other
                    offer(other - (side - v));
            }
    std::erase(out, v);
    if (out.size() > max) out.resize(max);
    return out;
}

} // namespace mallory::analyzer
