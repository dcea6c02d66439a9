#include "cli/dao/svg.hpp"

#include "cli/xml_escape.hpp"

#include <algorithm>
#include <fmt/format.h>

namespace mallory::cli::dao {

namespace {

constexpr int row_height = 22;
constexpr int lane_width = 170;
constexpr int diagram_left = 40;
constexpr int plot_left = 660;
constexpr int plot_width = 420;
constexpr int header = 70;

/// Ether as a double, for plotting only (the numbers printed come from ether_text).
double ether_value(const vm::U256& wei) {
    const std::string digits = vm::to_dec(wei);
    return std::stod(digits) / 1e18;
}

int lane_of(const std::string& who) {
    if (who == "mallory") return 0;
    if (who == "Mallory") return 1;
    return 2;
}

int lane_x(int lane) {
    return diagram_left + 60 + lane * lane_width;
}

std::string sequence(const VariantReport& v, int top) {
    std::string out;
    const std::string lanes[] = {"mallory (EOA)", "Mallory (attacker)",
                                 std::string(variant_contract(v.variant))};
    const int bottom = top + 40 + static_cast<int>(v.run.rows.size()) * row_height;
    for (int i = 0; i < 3; ++i) {
        out += fmt::format(
            R"svg(<rect x="{}" y="{}" width="130" height="26" rx="4" fill="#eef" stroke="#446"/>)svg"
            R"svg(<text x="{}" y="{}" text-anchor="middle" font-weight="bold">{}</text>)svg"
            R"svg(<line x1="{}" y1="{}" x2="{}" y2="{}" stroke="#99a" stroke-dasharray="4 3"/>)svg"
            "\n",
            lane_x(i) - 65, top, lane_x(i), top + 18, cli::xml_escape(lanes[i]), lane_x(i),
            top + 26, lane_x(i), bottom);
    }
    int y = top + 50;
    for (const StepRow& r : v.run.rows) {
        const int from = lane_x(lane_of(r.from)), to = lane_x(lane_of(r.exit ? r.to : r.to));
        const bool payout =
            !r.exit && r.to == "Mallory" && r.from != "mallory" && !r.value.is_zero();
        const char* colour = r.exit   ? (r.outcome == "ok" ? "#667" : "#c33")
                             : payout ? "#d80"
                                      : "#236";
        std::string label = r.exit ? r.what + " " + r.outcome : r.what;
        if (!r.exit && !r.value.is_zero()) label += " {" + ether_text(r.value) + "}";
        out += fmt::format(
            R"svg(<line x1="{}" y1="{}" x2="{}" y2="{}" stroke="{}" stroke-width="1.5" {} marker-end="url(#arrow)"/>)svg"
            R"svg(<text x="{}" y="{}" font-size="11" fill="{}" text-anchor="middle">{}. {}</text>)svg"
            "\n",
            from, y, to, y, colour, r.exit ? R"svg(stroke-dasharray="5 3")svg" : "",
            (from + to) / 2, y - 4, colour, r.step, cli::xml_escape(label));
        y += row_height;
    }
    return out;
}

std::string plot(const VariantReport& v, int top, int height) {
    const auto& series = v.run.series;
    double max = 1;
    for (const BalancePoint& p : series)
        max = std::max({max, ether_value(p.dao), ether_value(p.mallory)});
    const int left = plot_left + 50, bottom = top + height;
    const double dx = series.size() > 1 ? static_cast<double>(plot_width - 60) /
                                              static_cast<double>(series.size() - 1)
                                        : 0;
    auto y_of = [&](double value) { return bottom - value / max * (height - 20); };
    std::string out = fmt::format(
        R"svg(<line x1="{0}" y1="{1}" x2="{0}" y2="{2}" stroke="#333"/><line x1="{0}" y1="{2}" x2="{3}" y2="{2}" stroke="#333"/>)svg"
        R"svg(<text x="{4}" y="{5}" font-size="11">{6:.0f} ether</text><text x="{4}" y="{2}" font-size="11">0</text>)svg"
        R"svg(<text x="{0}" y="{7}" font-size="11">steps of the attack transaction</text>)svg"
        "\n",
        left, top, bottom, left + plot_width - 40, plot_left, top + 10, max, bottom + 16);
    const std::pair<const char*, const char*> lines[] = {{"#236", "DAO balance"},
                                                         {"#d80", "Mallory's balance"}};
    for (int which = 0; which < 2; ++which) {
        std::string points;
        for (std::size_t i = 0; i < series.size(); ++i)
            points +=
                fmt::format("{:.1f},{:.1f} ", left + dx * static_cast<double>(i),
                            y_of(ether_value(which == 0 ? series[i].dao : series[i].mallory)));
        out +=
            fmt::format(R"svg(<polyline points="{}" fill="none" stroke="{}" stroke-width="2"/>)svg"
                        R"svg(<text x="{}" y="{}" font-size="12" fill="{}">{}</text>)svg"
                        "\n",
                        points, lines[which].first, left + 170 * which, bottom + 34,
                        lines[which].first, lines[which].second);
    }
    return out;
}

} // namespace

std::string tour_svg(const TourReport& report) {
    std::string body;
    int top = 20;
    for (const VariantReport& v : report.variants) {
        const int rows_height = 60 + static_cast<int>(v.run.rows.size()) * row_height;
        body += fmt::format(
            R"svg(<text x="{}" y="{}" font-size="16" font-weight="bold">{} ({}): Mallory stole {}, the investors lost {}</text>)svg"
            "\n",
            diagram_left, top + 20, variant_name(v.variant), variant_contract(v.variant),
            ether_text(v.run.stolen), ether_text(v.run.investor_loss));
        body += sequence(v, top + header - 30);
        body += plot(v, top + header, std::min(260, rows_height - 40));
        top += header + rows_height;
    }
    return fmt::format(
        R"svg(<?xml version="1.0" encoding="UTF-8"?>)svg"
        "\n"
        R"svg(<svg xmlns="http://www.w3.org/2000/svg" width="{}" height="{}" font-family="sans-serif" font-size="12">)svg"
        "\n"
        R"svg(<defs><marker id="arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M 0 0 L 10 5 L 0 10 z" fill="#555"/></marker></defs>)svg"
        "\n"
        R"svg(<rect width="100%" height="100%" fill="white"/>)svg"
        "\n{}</svg>\n",
        plot_left + plot_width + 40, top + 20, body);
}

} // namespace mallory::cli::dao
