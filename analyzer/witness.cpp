#include "analyzer/witness.hpp"

#include "vm/keccak.hpp"

#include <algorithm>
#include <array>
#include <fmt/format.h>
#include <unordered_map>

namespace mallory::analyzer {

namespace {

using nlohmann::json;

json call_json(const CallSpec& c) {
    json args = json::array();
    for (const vm::U256& a : c.args)
        args.push_back(vm::to_dec(a));
    return json{{"contract", c.contract},
                {"function", c.signature},
                {"args", args},
                {"value", vm::to_dec(c.value)}};
}

bool read_word(const json& j, vm::U256& out) {
    if (j.is_number_unsigned()) {
        out = vm::U256{j.get<std::uint64_t>()};
        return true;
    }
    return j.is_string() && vm::parse_u256(j.get<std::string>(), out);
}

bool read_call(const json& j, CallSpec& c) {
    if (!j.is_object() || !j.contains("contract") || !j.contains("function")) return false;
    c.contract = j["contract"].get<std::string>();
    c.signature = j["function"].get<std::string>();
    c.args.clear();
    for (const json& a : j.value("args", json::array())) {
        vm::U256 w;
        if (!read_word(a, w)) return false;
        c.args.push_back(w);
    }
    c.value = vm::U256{};
    return !j.contains("value") || read_word(j["value"], c.value);
}

json choice_json(const Choice& ch) {
    json out;
    switch (ch.kind) {
    case ChoiceKind::ret:
        out = json{{"action", "return"}};
        break;
    case ChoiceKind::revert:
        return json{{"action", "revert"}};
    case ChoiceKind::reenter:
        out = json{{"action", "reenter"}, {"call", call_json(ch.call)}};
        if (ch.then) out["then"] = call_json(*ch.then);
        break;
    }
    // Omitted for the default answer, so witnesses without answers read as before.
    if (ch.returns) out["returns"] = vm::to_hex(vm::BytesView{*ch.returns});
    return out;
}

/// "0x" followed by an even number of hex digits (raw ABI return data).
std::optional<vm::Bytes> read_bytes(const json& j) {
    if (!j.is_string()) return std::nullopt;
    const std::string& s = j.get_ref<const std::string&>();
    if (s.size() < 2 || s[0] != '0' || (s[1] != 'x' && s[1] != 'X') || s.size() % 2 != 0)
        return std::nullopt;
    const auto digit = [](char c) -> int {
        if (c >= '0' && c <= '9') return c - '0';
        if (c >= 'a' && c <= 'f') return c - 'a' + 10;
        if (c >= 'A' && c <= 'F') return c - 'A' + 10;
        return -1;
    };
    vm::Bytes out;
    for (std::size_t i = 2; i < s.size(); i += 2) {
        const int hi = digit(s[i]), lo = digit(s[i + 1]);
        if (hi < 0 || lo < 0) return std::nullopt;
        out.push_back(static_cast<std::uint8_t>(hi * 16 + lo));
    }
    return out;
}

json step_json(const TxStep& s) {
    if (s.is_warp() && s.roll == 0) return json{{"warp", s.warp}};
    if (s.is_warp()) return json{{"warp", s.warp}, {"roll", s.roll}};
    json choices = json::array();
    for (const Choice& c : s.choices)
        choices.push_back(choice_json(c));
    return json{{"from", s.sender}, {"call", call_json(s.call)}, {"callbacks", choices}};
}

bool read_step(const json& j, TxStep& s) {
    if (j.is_object() && j.contains("warp")) {
        const bool rolls = j.contains("roll");
        if (!j["warp"].is_number_unsigned() || j.size() != 1u + rolls ||
            (rolls && !j["roll"].is_number_unsigned()))
            return false;
        s.warp = j["warp"].get<std::uint64_t>();
        s.roll = rolls ? j["roll"].get<std::uint64_t>() : 0;
        return (s.warp > 0 || s.roll > 0) && s.roll <= max_roll;
    }
    if (!j.is_object() || !j.contains("from") || !j.contains("call")) return false;
    s.sender = j["from"].get<std::string>();
    if (!read_call(j["call"], s.call)) return false;
    for (const json& c : j.value("callbacks", json::array())) {
        Choice ch;
        const std::string action = c.value("action", "return");
        if (action == "revert")
            ch.kind = ChoiceKind::revert;
        else if (action == "reenter") {
            ch.kind = ChoiceKind::reenter;
            if (!c.contains("call") || !read_call(c["call"], ch.call)) return false;
            if (c.contains("then") && !read_call(c["then"], ch.then.emplace())) return false;
        } else if (action != "return")
            return false;
        if (c.contains("returns")) {
            if (ch.kind == ChoiceKind::revert) return false; // a revert answers nothing
            ch.returns = read_bytes(c["returns"]);
            if (!ch.returns) return false;
        }
        s.choices.push_back(ch);
    }
    return true;
}

} // namespace

bool TxStep::has_choices() const {
    return std::any_of(choices.begin(), choices.end(),
                       [](const Choice& c) { return !c.is_default(); });
}

std::size_t TxStep::reentries() const {
    std::size_t n = 0;
    for (const Choice& c : choices)
        n += c.kind == ChoiceKind::reenter ? 1 + (c.then ? 1 : 0) : 0;
    return n;
}

std::size_t reentries(const std::vector<TxStep>& steps) {
    std::size_t n = 0;
    for (const TxStep& s : steps)
        n += s.reentries();
    return n;
}

std::size_t Witness::reentries() const {
    return analyzer::reentries(steps);
}

json to_json(const Witness& w) {
    json deployments = json::array();
    for (const Deployment& d : w.deployments) {
        json args = json::array();
        for (const vm::U256& a : d.args)
            args.push_back(vm::to_dec(a));
        deployments.push_back(
            json{{"contract", d.contract}, {"args", args}, {"value", vm::to_dec(d.value)}});
        if (d.helper) deployments.back()["helper"] = true; // absent: as older witnesses
    }
    json setup = json::array(), steps = json::array();
    for (const TxStep& s : w.setup)
        setup.push_back(step_json(s));
    for (const TxStep& s : w.steps)
        steps.push_back(step_json(s));
    json out{{"format", "mallory-witness/1"},
             {"files", w.files},
             {"deployer", deployer_name},
             {"adversary", adversary_name},
             {"deployments", deployments},
             {"setup", setup},
             {"steps", steps},
             {"property", json{{"kind", to_string(w.property)},
                               {"contract", w.contract},
                               {"function", w.function},
                               {"index", w.index},
                               {"expression", w.expression}}}};
    // Written only when the world placed tokens, so witnesses without them stay as they were.
    if (!w.tokens.empty()) out["tokens"] = w.tokens;
    return out;
}

std::optional<Witness> witness_from_json(const json& j, std::string* error) {
    std::string where; // the JSON path being read, for the message
    auto bad = [&](const std::string& why) {
        if (error) *error = where.empty() ? why : where + ": " + why;
        return std::nullopt;
    };
    if (!j.is_object() || j.value("format", "") != "mallory-witness/1")
        return bad("not a mallory witness (expected \"format\": \"mallory-witness/1\")");
    Witness w;
    try {
        where = "files";
        w.files = j.at("files").get<std::vector<std::string>>();
        where = "deployments";
        const json& deployments = j.at("deployments");
        if (!deployments.is_array()) return bad("expected an array");
        for (std::size_t i = 0; i < deployments.size(); ++i) {
            const json& d = deployments[i];
            where = fmt::format("deployments[{}]", i);
            Deployment dep;
            dep.contract = d.at("contract").get<std::string>();
            for (const json& a : d.value("args", json::array())) {
                vm::U256 v;
                if (!read_word(a, v)) return bad("bad constructor argument");
                dep.args.push_back(v);
            }
            if (d.contains("value") && !read_word(d["value"], dep.value)) return bad("bad value");
            if (d.contains("helper")) {
                if (!d["helper"].is_boolean()) return bad("helper: expected true or false");
                dep.helper = d["helper"].get<bool>();
            }
            w.deployments.push_back(dep);
        }
        where = "tokens";
        if (j.contains("tokens")) {
            if (!j["tokens"].is_array()) return bad("expected an array of account names");
            for (const json& t : j["tokens"]) {
                if (!t.is_string()) return bad("expected an account name (\"untrusted1\")");
                w.tokens.push_back(t.get<std::string>());
            }
        }
        for (const char* part : {"setup", "steps"}) {
            const json steps = j.value(part, json::array());
            if (!steps.is_array()) return bad(std::string(part) + ": expected an array");
            for (std::size_t i = 0; i < steps.size(); ++i) {
                where = fmt::format("{}[{}]", part, i);
                TxStep step;
                if (!read_step(steps[i], step))
                    return bad("malformed step (expected from, call{contract, function, args, "
                               "value}, callbacks[{action: return|revert|reenter, then: call, "
                               "returns: \"0x<hex>\"}])");
                (std::string(part) == "setup" ? w.setup : w.steps).push_back(step);
            }
        }
        where = "property";
        const json& p = j.at("property");
        const std::string kind = p.at("kind").get<std::string>();
        const std::optional<PropertyKind> known = parse_property_kind(kind);
        if (!known) return bad("unknown property kind '" + kind + "'");
        w.property = *known;
        w.contract = p.value("contract", "");
        w.function = p.value("function", "");
        where = "property.index";
        w.index = p.value("index", 0);
        if (w.index < 0) return bad("must not be negative");
        where = "property";
        w.expression = p.value("expression", "");
    } catch (const json::exception& e) {
        return bad(e.what());
    }
    return w;
}

std::string format_wei(const vm::U256& v) {
    static const vm::U256 ether{1'000'000'000'000'000'000ULL};
    if (!v.is_zero() && vm::umod(v, ether).is_zero())
        return vm::to_dec(vm::udiv(v, ether)) + " ether";
    return vm::to_dec(v) + " wei";
}

std::string describe(const CallSpec& c) {
    std::string name =
        c.signature.empty() ? "receive" : c.signature.substr(0, c.signature.find('('));
    std::string args;
    for (const vm::U256& a : c.args) {
        if (!args.empty()) args += ", ";
        args += vm::bit_length(a) > 64 ? vm::to_hex(a) : vm::to_dec(a);
    }
    std::string out = fmt::format("{}.{}({})", c.contract, name, args);
    if (!c.value.is_zero()) out += fmt::format(" with {}", format_wei(c.value));
    return out;
}

vm::Bytes calldata_of(const CallSpec& c) {
    vm::Bytes out;
    if (c.signature.empty()) return out;
    // Selectors memoised per thread: the explorer builds calldata for every transaction.
    thread_local std::unordered_map<std::string, std::array<std::uint8_t, 4>> selectors;
    auto it = selectors.find(c.signature);
    if (it == selectors.end())
        it = selectors.emplace(c.signature, vm::selector_of(c.signature)).first;
    const auto& sel = it->second;
    out.assign(sel.begin(), sel.end());
    for (const vm::U256& a : c.args) {
        std::uint8_t w[32];
        vm::store_be(w, a);
        out.insert(out.end(), w, w + 32);
    }
    return out;
}

} // namespace mallory::analyzer
