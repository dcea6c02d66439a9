#pragma once
/// C3 linearization of a contract's inheritance graph, with Solidity's conventions.
///
/// Bounded on any input: each node is linearized once (a memo shared by the caller's calls),
/// bases are visited with an explicit stack (no recursion, so no depth limit: a 257-deep chain
/// that solc accepts is accepted), and the merge keeps a count of each node's occurrences in
/// the lists' tails, so one merge costs O(output * lists * log) instead of rescanning every list
/// for every pick. Without the memo a 24-level diamond took minutes.

#include <functional>
#include <map>
#include <optional>
#include <set>
#include <utility>
#include <vector>

namespace mallory::lang::check {

/// Linearizations already computed (nullopt: impossible, or on a cycle).
template <typename Node> using C3Memo = std::map<Node, std::optional<std::vector<Node>>>;

namespace c3_detail {

/// Merges `lists` (each most derived first) after `self`; nullopt if no consistent order.
template <typename Node>
std::optional<std::vector<Node>> merge(Node self, std::vector<std::vector<Node>> lists) {
    std::map<Node, std::size_t> in_tail; // occurrences at positions >= the list's head
    std::vector<std::size_t> head(lists.size(), 0);
    for (const auto& l : lists)
        for (std::size_t i = 1; i < l.size(); ++i)
            ++in_tail[l[i]];
    std::vector<Node> result{self};
    std::set<Node> taken{self};
    while (true) {
        std::optional<Node> pick;
        bool all_empty = true;
        for (std::size_t k = 0; k < lists.size() && !pick; ++k) {
            if (head[k] == lists[k].size()) continue;
            all_empty = false;
            const Node& n = lists[k][head[k]];
            const auto it = in_tail.find(n);
            if (it == in_tail.end() || it->second == 0) pick = n;
        }
        if (all_empty) return result;
        if (!pick || !taken.insert(*pick).second) return std::nullopt; // stuck, or a cycle
        result.push_back(*pick);
        for (std::size_t k = 0; k < lists.size(); ++k) {
            if (head[k] == lists[k].size() || !(lists[k][head[k]] == *pick)) continue;
            ++head[k];
            if (head[k] < lists[k].size()) --in_tail[lists[k][head[k]]]; // now a head
        }
    }
}

} // namespace c3_detail

/// Linearizes node `self` whose direct bases are `bases(self)` as written after `is`
/// (`is A, B`: B is the most derived base, as in solc). The result starts with `self` and goes
/// from most derived to most base. Returns nullopt if no consistent order exists (or the
/// graph has a cycle). Nodes are compared by value and ordered by `<` (pointers or ids).
template <typename Node>
std::optional<std::vector<Node>>
c3_linearize(Node self, const std::function<std::vector<Node>(Node)>& bases, C3Memo<Node>& memo) {
    std::set<Node> on_path; // expanded, not finished: meeting one again is a cycle
    std::vector<std::pair<Node, bool>> stack{{self, false}};
    while (!stack.empty()) {
        auto [node, expanded] = stack.back();
        if (memo.contains(node)) { // done, or found on a cycle while expanded
            stack.pop_back();
            on_path.erase(node);
            continue;
        }
        const std::vector<Node> direct = bases(node);
        if (!expanded) {
            stack.back().second = true;
            on_path.insert(node);
            for (const Node& b : direct) {
                if (on_path.contains(b)) {
                    memo[node] = std::nullopt; // a cycle through `node`
                    break;
                }
                if (!memo.contains(b)) stack.emplace_back(b, false);
            }
            continue;
        }
        stack.pop_back();
        on_path.erase(node);
        // Solidity reverses the written order: the last base is the most derived.
        std::vector<std::vector<Node>> lists;
        bool ok = true;
        for (auto it = direct.rbegin(); it != direct.rend() && ok; ++it) {
            const auto& sub = memo[*it];
            ok = sub.has_value();
            if (ok) lists.push_back(*sub);
        }
        lists.emplace_back(direct.rbegin(), direct.rend());
        memo[node] = ok ? c3_detail::merge(node, std::move(lists)) : std::nullopt;
    }
    return memo[self];
}

/// The same with a memo of its own (one contract).
template <typename Node>
std::optional<std::vector<Node>> c3_linearize(Node self,
                                              const std::function<std::vector<Node>(Node)>& bases) {
    C3Memo<Node> memo;
    return c3_linearize(self, bases, memo);
}

} // namespace mallory::lang::check
