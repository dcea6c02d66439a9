#pragma once
/// solc's rule for a function (or modifier) that a contract inherits through more than one of
/// its direct bases without defining it itself (OverrideChecker::checkAmbiguousOverrides).
///
/// The callables the direct bases see, one per base, are joined in an undirected graph: the
/// contract on one side, an artificial top on the other, each callable linked to the ones it
/// overrides (or to the top when it overrides nothing). A callable every path goes through (a
/// cut vertex) settles everything below it: the callables it overrides, directly or not, need
/// no override, nor does the cut vertex itself when it has no body. If more than one of the
/// inherited callables is left, the contract must override them. So `C is A, B` with `B`
/// overriding `A.f` must override `f`: both `A.f` and `B.f` are seen, and `A.f`, the cut
/// vertex, has a body.

#include <algorithm>
#include <map>
#include <set>
#include <vector>

namespace mallory::lang::check {

namespace override_graph_detail {

template <typename T> class Graph {
public:
    template <typename BasesOf> Graph(const std::vector<const T*>& inherited, BasesOf& bases_of) {
        for (const T* t : inherited)
            link(0, visit(t, bases_of));
    }

    /// The callables that separate the contract from the top (Tarjan's articulation points,
    /// from the contract's node, which itself is never one).
    std::set<const T*> cut_vertices() {
        m_depth.assign(m_edges.size(), -1);
        m_low.assign(m_edges.size(), 0);
        std::set<const T*> out;
        search(0, -1, 0, out);
        return out;
    }

private:
    std::map<const T*, int> m_ids;
    std::vector<const T*> m_nodes{nullptr, nullptr}; ///< 0: the contract, 1: the top
    std::vector<std::set<int>> m_edges{{}, {}};
    std::vector<int> m_depth, m_low;

    void link(int a, int b) {
        m_edges[static_cast<std::size_t>(a)].insert(b);
        m_edges[static_cast<std::size_t>(b)].insert(a);
    }

    template <typename BasesOf> int visit(const T* t, BasesOf& bases_of) {
        if (auto it = m_ids.find(t); it != m_ids.end()) return it->second;
        const int id = static_cast<int>(m_nodes.size());
        m_ids.emplace(t, id);
        m_nodes.push_back(t);
        m_edges.emplace_back();
        const std::vector<const T*> bases = bases_of(t);
        for (const T* b : bases)
            link(id, visit(b, bases_of));
        if (bases.empty()) link(id, 1);
        return id;
    }

    void search(int u, int parent, int depth, std::set<const T*>& out) {
        const auto su = static_cast<std::size_t>(u);
        m_depth[su] = m_low[su] = depth;
        for (const int v : m_edges[su]) {
            const auto sv = static_cast<std::size_t>(v);
            if (m_depth[sv] < 0) {
                search(v, u, depth + 1, out);
                if (parent >= 0 && m_low[sv] >= m_depth[su] && m_nodes[su]) out.insert(m_nodes[su]);
                m_low[su] = std::min(m_low[su], m_low[sv]);
            } else if (v != parent) {
                m_low[su] = std::min(m_low[su], m_depth[sv]);
            }
        }
    }
};

} // namespace override_graph_detail

/// The callables of `inherited` (those the direct bases see, without duplicates) that the
/// contract must override by solc's rule above; empty when it need not. `bases_of(t)` gives
/// the callables `t` overrides directly, `implemented(t)` whether `t` has a body.
template <typename T, typename BasesOf, typename Implemented>
std::vector<const T*> must_override(std::vector<const T*> inherited, BasesOf bases_of,
                                    Implemented implemented) {
    if (inherited.size() <= 1) return {};
    override_graph_detail::Graph<T> graph(inherited, bases_of);
    auto drop = [&](const T* t) { std::erase(inherited, t); };
    for (const T* cut : graph.cut_vertices()) {
        std::set<const T*> seen;
        std::vector<const T*> below = bases_of(cut);
        while (!below.empty()) {
            const T* b = below.back();
            below.pop_back();
            if (!seen.insert(b).second) continue;
            drop(b);
            for (const T* bb : bases_of(b))
                below.push_back(bb);
        }
        if (!implemented(cut)) drop(cut);
    }
    return inherited.size() > 1 ? inherited : std::vector<const T*>{};
}

} // namespace mallory::lang::check
