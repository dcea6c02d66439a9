#pragma once
/// C3 linearization of a contract's inheritance graph, with Solidity's conventions.

#include <functional>
#include <optional>
#include <vector>

namespace mallory::lang::check {

/// Linearizes node `self` whose direct bases are `bases(self)` as written after `is`
/// (`is A, B`: B is the most derived base, as in solc). The result starts with `self` and goes
/// from most derived to most base. Returns nullopt if no consistent order exists (or the
/// graph has a cycle). Nodes are compared by value (use pointers or ids).
template <typename Node>
std::optional<std::vector<Node>>
c3_linearize(Node self, const std::function<std::vector<Node>(Node)>& bases, int depth = 0) {
    if (depth > 256) return std::nullopt; // cycle
    std::vector<Node> direct = bases(self);
    // Solidity reverses the written order: the last base is the most derived.
    std::vector<std::vector<Node>> lists;
    for (auto it = direct.rbegin(); it != direct.rend(); ++it) {
        if (*it == self) return std::nullopt;
        auto sub = c3_linearize<Node>(*it, bases, depth + 1);
        if (!sub) return std::nullopt;
        lists.push_back(std::move(*sub));
    }
    lists.emplace_back(direct.rbegin(), direct.rend());
    std::vector<Node> result{self};
    auto in_tail = [&](const Node& n) {
        for (const auto& l : lists)
            for (std::size_t i = 1; i < l.size(); ++i)
                if (l[i] == n) return true;
        return false;
    };
    while (true) {
        bool all_empty = true;
        for (const auto& l : lists)
            all_empty = all_empty && l.empty();
        if (all_empty) return result;
        std::optional<Node> pick;
        for (const auto& l : lists) {
            if (l.empty()) continue;
            if (!in_tail(l.front())) {
                pick = l.front();
                break;
            }
        }
        if (!pick) return std::nullopt;
        for (const auto& r : result)
            if (r == *pick) return std::nullopt; // cycle through self
        result.push_back(*pick);
        for (auto& l : lists)
            if (!l.empty() && l.front() == *pick) l.erase(l.begin());
    }
}

} // namespace mallory::lang::check
