#include "chain/foundry/console.hpp"

#include "chain/foundry/ds_test_log.hpp"
#include "vm/keccak.hpp"

#include <fmt/format.h>
#include <map>

namespace mallory::chain::foundry {

namespace {

constexpr std::array<const char*, 5> kConsoleTypes{"string", "uint256", "int256", "address",
                                                   "bool"};

/// Every `log(...)` overload with 0..4 arguments of the console types, by selector.
const std::map<std::array<std::uint8_t, 4>, std::string>& console_table() {
    static const auto table = [] {
        std::map<std::array<std::uint8_t, 4>, std::string> t;
        std::vector<std::string> level{""};
        for (int n = 0; n <= 4; ++n) {
            for (const std::string& args : level) {
                const std::string sig = "log(" + args + ")";
                t.emplace(vm::selector_of(sig), sig);
            }
            std::vector<std::string> next;
            for (const std::string& args : level)
                for (const char* type : kConsoleTypes)
                    next.push_back(args.empty() ? type : args + "," + type);
            level = std::move(next);
        }
        // forge-std's logBytes(b) and logBytes1..32(b) send their own names (console.sol);
        // logUint and the other single values send log(<type>), which is above.
        t.emplace(vm::selector_of("logBytes(bytes)"), "logBytes(bytes)");
        for (int n = 1; n <= 32; ++n) {
            const std::string sig = fmt::format("logBytes{}(bytes{})", n, n);
            t.emplace(vm::selector_of(sig), sig);
        }
        return t;
    }();
    return table;
}

/// A console argument as Foundry prints it: strings raw, addresses checksummed.
std::string plain(const Value& v) {
    return v.json.is_string() && v.type == "string" ? v.json.get<std::string>() : v.text;
}

/// Fills %s, %d, %i (and %% as a percent sign) from `args`; the rest are appended.
std::string format_line(const std::string& fmt_text, const std::vector<Value>& args) {
    std::string out;
    std::size_t next = 0;
    for (std::size_t i = 0; i < fmt_text.size(); ++i) {
        const char c = fmt_text[i];
        if (c == '%' && i + 1 < fmt_text.size()) {
            const char spec = fmt_text[i + 1];
            if (spec == '%') {
                out += '%';
                ++i;
                continue;
            }
            if ((spec == 's' || spec == 'd' || spec == 'i') && next < args.size()) {
                out += plain(args[next++]);
                ++i;
                continue;
            }
        }
        out += c;
    }
    for (; next < args.size(); ++next)
        out += " " + plain(args[next]);
    return out;
}

} // namespace

Address console_address() {
    return *parse_address("0x000000000000000000636F6e736F6c652e6c6f67");
}

std::optional<std::string> console_signature(std::array<std::uint8_t, 4> selector) {
    const auto& t = console_table();
    if (auto it = t.find(selector); it != t.end()) return it->second;
    return std::nullopt;
}

std::optional<std::string> decode_console(BytesView calldata) {
    if (calldata.size() < 4) return std::nullopt;
    std::array<std::uint8_t, 4> sel{};
    std::copy_n(calldata.begin(), 4, sel.begin());
    auto sig_text = console_signature(sel);
    if (!sig_text) return std::nullopt;
    const auto sig = parse_signature(*sig_text);
    auto values = decode_values(sig->types, calldata.subspan(4));
    if (!values) return std::nullopt;
    if (values->empty()) return std::string{};
    if ((*values)[0].type == "string") {
        const std::vector<Value> rest(values->begin() + 1, values->end());
        return format_line((*values)[0].json.get<std::string>(), rest);
    }
    std::string out;
    for (std::size_t i = 0; i < values->size(); ++i)
        out += (i ? " " : "") + plain((*values)[i]);
    return out;
}

vm::Result Console::handle(vm::Executor& /*ex*/, const vm::Message& msg) {
    auto line = decode_console(msg.input);
    m_lines.push_back(line ? *line
                           : "<console.log: unrecognised call " + vm::to_hex(msg.input) + ">");
    return vm::Result{vm::Status::Success, msg.gas, 0, {}, {}};
}

void Console::on_log(const vm::Log& log) {
    if (auto line = decode_ds_test_log(log)) m_lines.push_back(std::move(*line));
}

} // namespace mallory::chain::foundry
