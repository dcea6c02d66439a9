#include "chain/foundry/gas_report.hpp"

#include "vm/serialize.hpp"

#include <algorithm>
#include <fmt/format.h>
#include <numeric>

namespace mallory::chain::foundry {

GasStats gas_stats(std::vector<vm::Gas> values) {
    GasStats s;
    if (values.empty()) return s;
    std::sort(values.begin(), values.end());
    const std::size_t n = values.size();
    s.min = values.front();
    s.max = values.back();
    s.avg = std::accumulate(values.begin(), values.end(), vm::Gas{0}) / static_cast<vm::Gas>(n);
    s.median = n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
    return s;
}

void GasReport::add(const CallNode& root) {
    add_node(root);
}

void GasReport::add_node(const CallNode& node) {
    if (node.code && !m_excluded.contains(node.code->name)) {
        Contract& c = m_contracts[node.code->name];
        if (node.kind == vm::CallKind::Create) {
            if (node.status == vm::Status::Success) {
                c.deployments.push_back(node.gas_used);
                c.size = vm::serialize(*node.code).size();
            }
        } else if (node.kind != vm::CallKind::DelegateCall && node.input.size() >= 4) {
            std::array<std::uint8_t, 4> sel{};
            std::copy_n(node.input.begin(), 4, sel.begin());
            const vm::AbiEntry* f = node.code->find_function(sel);
            c.calls[f ? f->name : vm::to_hex(BytesView{sel.data(), 4})].push_back(node.gas_used);
        }
    }
    for (const CallNode::Item& item : node.items)
        if (item.call) add_node(*item.call);
}

namespace {

/// One table, with forge's columns, as rows of cells.
std::string table(const std::vector<std::vector<std::string>>& rows) {
    std::vector<std::size_t> width(6, 0);
    for (const auto& row : rows)
        for (std::size_t i = 0; i < row.size(); ++i)
            width[i] = std::max(width[i], row[i].size());
    auto line = [&](const std::vector<std::string>& row) {
        std::string out = "|";
        for (std::size_t i = 0; i < width.size(); ++i)
            out += fmt::format(" {:<{}} |", i < row.size() ? row[i] : "", width[i]);
        return out + "\n";
    };
    std::string out = line(rows[0]);
    std::string rule = "|";
    for (std::size_t w : width)
        rule += std::string(w + 2, '-') + "|";
    out += rule + "\n";
    for (std::size_t i = 1; i < rows.size(); ++i)
        out += line(rows[i]);
    return out;
}

} // namespace

std::string GasReport::render() const {
    std::string out;
    for (const auto& [name, c] : m_contracts) {
        const auto path = m_paths.find(name);
        const std::string title =
            (path == m_paths.end() ? "" : path->second + ":") + name + " contract";
        std::vector<std::vector<std::string>> rows{{title}, {"Deployment Cost", "Deployment Size"}};
        rows.push_back({c.deployments.empty() ? "0" : std::to_string(gas_stats(c.deployments).avg),
                        std::to_string(c.size)});
        rows.push_back({"Function Name", "min", "avg", "median", "max", "# calls"});
        for (const auto& [fn, gas] : c.calls) {
            const GasStats s = gas_stats(gas);
            rows.push_back({fn, std::to_string(s.min), std::to_string(s.avg),
                            std::to_string(s.median), std::to_string(s.max),
                            std::to_string(gas.size())});
        }
        out += table(rows) + "\n";
    }
    return out;
}

} // namespace mallory::chain::foundry
