#include "chain/foundry/trace.hpp"

#include "chain/foundry/cheatcodes.hpp"
#include "chain/foundry/console.hpp"
#include "chain/foundry/env_cheats.hpp"
#include "chain/foundry/fs_cheats.hpp"
#include "chain/foundry/random_cheats.hpp"
#include "chain/foundry/string_cheats.hpp"

#include <algorithm>
#include <fmt/format.h>

namespace mallory::chain::foundry {

// ---- recording ------------------------------------------------------------------------------

void TraceRecorder::clear() {
    m_roots.clear();
    m_stack.clear();
    m_logs_seen = 0;
    m_items = 0;
    m_unrecorded = 0;
}

void TraceRecorder::flush_logs() {
    const auto& logs = m_state.logs();
    if (logs.size() < m_logs_seen || m_stack.empty()) { // reverted, or a new transaction
        m_logs_seen = logs.size();
        return;
    }
    for (; m_logs_seen < logs.size(); ++m_logs_seen) {
        if (!recording()) {
            ++m_stack.back()->omitted;
            continue;
        }
        m_stack.back()->items.push_back(CallNode::Item{nullptr, logs[m_logs_seen]});
        ++m_items;
    }
}

void TraceRecorder::enter(const vm::Message& msg) {
    flush_logs();
    if (!m_stack.empty() && !recording()) {
        ++m_stack.back()->omitted;
        ++m_unrecorded;
        return;
    }
    ++m_items;
    auto node = std::make_unique<CallNode>();
    node->kind = msg.kind;
    node->is_static = msg.is_static;
    node->depth = msg.depth;
    node->sender = msg.sender;
    node->recipient = msg.recipient;
    node->code_address = msg.code_address;
    node->value = msg.value;
    node->input.assign(msg.input.begin(), msg.input.end());
    node->gas_given = msg.gas;
    node->code = msg.kind == vm::CallKind::Create ? msg.init : m_state.code(msg.code_address);
    CallNode* raw = node.get();
    if (m_stack.empty())
        m_roots.push_back(std::move(node));
    else
        m_stack.back()->items.push_back(CallNode::Item{std::move(node), std::nullopt});
    m_stack.push_back(raw);
}

void TraceRecorder::exit(const vm::Message& msg, const vm::Result& result) {
    if (m_stack.empty()) return;
    flush_logs();
    if (m_unrecorded > 0) {
        --m_unrecorded;
        return;
    }
    CallNode* node = m_stack.back();
    node->status = result.status;
    node->gas_used = msg.gas - result.gas_left;
    node->output = result.output;
    node->created = result.created;
    if (node->kind == vm::CallKind::Create) node->recipient = result.created;
    m_stack.pop_back();
}

// ---- printing -------------------------------------------------------------------------------

namespace {

const vm::ContractCode* code_at(const Address& a, const TraceNames& names) {
    return names.code_of ? names.code_of(a) : nullptr;
}

/// The function a call's input selects: its signature and, if known, its ABI entry.
struct Selected {
    std::string name;
    std::vector<std::string> inputs;
    std::vector<std::string> outputs;
    bool known = false;
};

/// A cheatcode's name and parameter types split from its signature where parse_signature refuses
/// it: it knows only the types abi.hpp encodes, not envOr's string[] default, which
/// decode_values reads.
Selected cheat_selected(std::string_view sig) {
    const auto open = sig.find('(');
    Selected s{std::string(sig.substr(0, open)), {}, {}, true};
    std::string_view params = sig.substr(open + 1, sig.size() - open - 2);
    while (!params.empty()) {
        const auto comma = std::min(params.find(','), params.size());
        s.inputs.emplace_back(params.substr(0, comma));
        params.remove_prefix(std::min(comma + 1, params.size()));
    }
    return s;
}

Selected select(const CallNode& n) {
    Selected s;
    if (n.input.size() < 4) {
        const bool has_receive = n.code && std::any_of(n.code->abi.begin(), n.code->abi.end(),
                                                       [](const vm::AbiEntry& e) {
                                                           return e.kind == vm::AbiKind::Receive;
                                                       });
        s.name = n.input.empty() && (has_receive || !n.code) ? "receive" : "fallback";
        s.known = n.input.empty();
        return s;
    }
    std::array<std::uint8_t, 4> sel{};
    std::copy_n(n.input.begin(), 4, sel.begin());
    std::optional<std::string> sig;
    if (n.code_address == console_address())
        sig = console_signature(sel);
    else if (n.code_address == cheatcode_address())
        sig = cheatcode_signature(sel);
    if (sig) {
        const auto parsed = parse_signature(*sig);
        s = parsed ? Selected{parsed->name, parsed->types, {}, true} : cheat_selected(*sig);
        if (*sig == "addr(uint256)") s.outputs = {"address"};
        if (*sig == "sign(uint256,bytes32)") s.outputs = {"uint8", "bytes32", "bytes32"};
        if (*sig == "signCompact(uint256,bytes32)") s.outputs = {"bytes32", "bytes32"};
        if (const auto returns = string_cheat_returns(*sig)) s.outputs = {std::string(*returns)};
        if (const auto returns = env_cheat_returns(*sig)) s.outputs = {*returns};
        if (const auto returns = random_cheat_returns(*sig)) s.outputs = {std::string(*returns)};
        if (const auto returns = fs_cheat_returns(*sig)) s.outputs = {std::string(*returns)};
        return s;
    }
    if (n.code)
        if (const vm::AbiEntry* f = n.code->find_function(sel))
            return Selected{f->name, f->inputs, f->outputs, true};
    s.name = vm::to_hex(BytesView{sel.data(), 4});
    return s;
}

std::string callee(const CallNode& n, const TraceNames& names) {
    if (n.code_address == cheatcode_address()) return "VM";
    if (n.code_address == console_address()) return "console";
    if (names.labels)
        if (auto it = names.labels->find(n.recipient); it != names.labels->end()) return it->second;
    if (n.code) return n.code->name;
    return checksum(n.recipient);
}

std::string join(const std::vector<Value>& values) {
    std::string out;
    for (std::size_t i = 0; i < values.size(); ++i)
        out += (i ? ", " : "") + values[i].text;
    return out;
}

std::string call_text(const CallNode& n, const TraceNames& names) {
    const AddressNamer namer = [&](const Address& a) { return name_address(a, names); };
    const std::string value =
        n.value.is_zero() ? "" : fmt::format("{{value: {}}}", vm::to_dec(n.value));
    if (n.kind == vm::CallKind::Create) {
        const std::string name = n.code ? n.code->name : "<code>";
        return fmt::format("→ new {}@{}{}", name,
                           n.status == vm::Status::Success ? checksum(n.created) : "<failed>",
                           value);
    }
    const Selected s = select(n);
    std::string args;
    if (s.known && n.input.size() >= 4) {
        auto values = decode_values(s.inputs, BytesView{n.input}.subspan(4), namer);
        args = values ? join(*values) : vm::to_hex(BytesView{n.input}.subspan(4));
    } else if (!s.known && n.input.size() > 4) {
        args = vm::to_hex(BytesView{n.input}.subspan(4));
    } else if (!s.known && !n.input.empty() && n.input.size() < 4) {
        args = vm::to_hex(BytesView{n.input});
    }
    std::string suffix = n.kind == vm::CallKind::DelegateCall ? " [delegatecall]"
                         : n.is_static                        ? " [staticcall]"
                                                              : "";
    return fmt::format("{}::{}{}({}){}", callee(n, names), s.name, value, args, suffix);
}

std::string result_text(const CallNode& n, const TraceNames& names) {
    const AddressNamer namer = [&](const Address& a) { return name_address(a, names); };
    if (n.status == vm::Status::Revert)
        return "← [Revert] " + revert_reason(n.output, names.codes, names.params, namer);
    if (n.status != vm::Status::Success) return fmt::format("← [{}]", vm::to_string(n.status));
    if (n.kind == vm::CallKind::Create)
        return fmt::format("← [Return] {}", n.code ? n.code->name : "code");
    if (n.output.empty()) return "← [Stop]";
    const Selected s = select(n);
    if (s.known && !s.outputs.empty())
        if (auto values = decode_values(s.outputs, n.output, namer))
            return "← [Return] " + join(*values);
    return "← [Return] " + vm::to_hex(BytesView{n.output});
}

void render(const CallNode& n, const TraceNames& names, const std::string& first,
            const std::string& rest, std::string& out) {
    out += fmt::format("{}[{}] {}\n", first, n.gas_used, call_text(n, names));
    const AddressNamer namer = [&](const Address& a) { return name_address(a, names); };
    for (const CallNode::Item& item : n.items) {
        if (item.call) {
            render(*item.call, names, rest + "├─ ", rest + "│   ", out);
        } else {
            const DecodedEvent ev = decode_event(*item.log, code_at(item.log->address, names),
                                                 names.params, namer, names.codes);
            out += fmt::format("{}├─ emit {}\n", rest, ev.text());
        }
    }
    if (n.omitted)
        out += fmt::format("{}├─ ... {} more calls and events not recorded (trace limit)\n", rest,
                           n.omitted);
    out += fmt::format("{}└─ {}\n", rest, result_text(n, names));
}

} // namespace

std::string name_address(const Address& a, const TraceNames& names, const vm::ContractCode* code) {
    if (names.labels)
        if (auto it = names.labels->find(a); it != names.labels->end())
            return fmt::format("{}: [{}]", it->second, checksum(a));
    if (!code) code = code_at(a, names);
    if (code) return fmt::format("{}: [{}]", code->name, checksum(a));
    return checksum(a);
}

std::string render_trace(const CallNode& root, const TraceNames& names) {
    std::string out;
    render(root, names, "  ", "    ", out);
    return out;
}

} // namespace mallory::chain::foundry
