// mallory_backend: Mallory's VM behind a JSON-lines protocol, the engine side of the
// differential tests (tests/reference/lib/mallory.mjs drives it; the EVM side is
// @ethereumjs/vm). One request per line on stdin, one reply per line on stdout:
//   {"op":"set_balance","address":"0x..","balance":"123"}        -> {}
//   {"op":"balance","address":"0x.."}                              -> {"balance":"123"}
//   {"op":"tx","from","to"|null,"value","data","gas","gas_price","block":{number,timestamp,coinbase}}
//        -> {"status":"success"|"reverted"|..., "output":"0x..", "logs":[{address,topics,data}],
//            "gas_used":"..", "created":"0x.."|null}   or {"invalid":"why"} when not run
//   a "tx" with "view": true runs the call and rolls all its effects back (getters)
// A bad request gets {"error":"..."}; the process never dies on input.
#include "vm/executor.hpp"
#include "vm/memory_state.hpp"

#include <iostream>
#include <nlohmann/json.hpp>
#include <string>

namespace {

using mallory::vm::Address;
using mallory::vm::Bytes;
using mallory::vm::U256;
namespace vm = mallory::vm;

U256 parse_number(const nlohmann::json& j) {
    U256 out;
    std::string text = j.is_string() ? j.get<std::string>() : j.dump();
    if (!vm::parse_u256(text, out)) throw std::invalid_argument("bad number '" + text + "'");
    return out;
}

Bytes parse_hex(const std::string& text) {
    std::string digits = text.rfind("0x", 0) == 0 ? text.substr(2) : text;
    if (digits.size() % 2) throw std::invalid_argument("odd-length hex");
    Bytes out(digits.size() / 2);
    for (std::size_t i = 0; i < out.size(); ++i)
        out[i] = static_cast<std::uint8_t>(std::stoul(digits.substr(2 * i, 2), nullptr, 16));
    return out;
}

Address parse_address(const nlohmann::json& j) {
    Bytes b = parse_hex(j.get<std::string>());
    if (b.size() != 20) throw std::invalid_argument("an address has 20 bytes");
    Address a;
    std::copy(b.begin(), b.end(), a.bytes.begin());
    return a;
}

std::string hex(const U256& v) {
    return vm::to_hex(vm::BytesView{vm::to_bytes(v)});
}

class Backend {
public:
    Backend() : m_exec(m_state) {}

    nlohmann::json handle(const nlohmann::json& request) {
        const std::string op = request.at("op").get<std::string>();
        if (op == "set_balance") {
            m_state.set_balance(parse_address(request.at("address")),
                                parse_number(request.at("balance")));
            return nlohmann::json::object();
        }
        if (op == "balance")
            return {{"balance", vm::to_dec(m_state.balance(parse_address(request.at("address"))))}};
        if (op == "tx") return transact(request);
        throw std::invalid_argument("unknown op '" + op + "'");
    }

private:
    nlohmann::json transact(const nlohmann::json& r) {
        vm::Transaction tx;
        tx.from = parse_address(r.at("from"));
        if (!r.at("to").is_null()) tx.to = parse_address(r.at("to"));
        tx.value = parse_number(r.at("value"));
        tx.data = parse_hex(r.at("data").get<std::string>());
        tx.gas_limit = static_cast<vm::Gas>(parse_number(r.at("gas")).low());
        tx.gas_price = parse_number(r.value("gas_price", nlohmann::json("0")));
        if (r.contains("block")) {
            const auto& b = r.at("block");
            m_exec.block().number = parse_number(b.at("number")).low();
            m_exec.block().timestamp = parse_number(b.at("timestamp")).low();
            m_exec.block().coinbase = parse_address(b.at("coinbase"));
        }
        if (r.value("view", false)) return view(tx);
        vm::TxResult result = m_exec.transact(tx);
        if (result.validity != vm::TxValidity::Valid)
            return {{"invalid", std::string(vm::to_string(result.validity))}};
        nlohmann::json logs = nlohmann::json::array();
        for (const vm::Log& log : result.logs) {
            nlohmann::json topics = nlohmann::json::array();
            for (const U256& t : log.topics)
                topics.push_back(hex(t));
            logs.push_back({{"address", vm::to_hex(log.address)},
                            {"topics", topics},
                            {"data", vm::to_hex(vm::BytesView{log.data})}});
        }
        nlohmann::json created = nullptr;
        if (!tx.to && result.result.success()) created = vm::to_hex(result.result.created);
        return {{"status", std::string(vm::to_string(result.result.status))},
                {"output", vm::to_hex(vm::BytesView{result.result.output})},
                {"logs", logs},
                {"gas_used", std::to_string(result.gas_used)},
                {"created", created}};
    }

    /// A call whose effects are all rolled back (reading getters): one message inside the
    /// current transaction, undone through the journal.
    nlohmann::json view(const vm::Transaction& tx) {
        m_state.begin_transaction();
        vm::Snapshot before = m_state.snapshot();
        vm::Gas intrinsic = 21000;
        for (std::uint8_t b : tx.data)
            intrinsic += b ? 16 : 4;
        vm::Message msg;
        msg.kind = vm::CallKind::Call;
        msg.gas = tx.gas_limit > intrinsic ? tx.gas_limit - intrinsic : 0;
        msg.sender = tx.from;
        msg.recipient = *tx.to;
        msg.code_address = *tx.to;
        msg.value = tx.value;
        msg.input = vm::BytesView{tx.data};
        m_exec.tx().origin = tx.from;
        vm::Result result = m_exec.execute(msg);
        nlohmann::json logs = nlohmann::json::array();
        if (result.success())
            for (const vm::Log& log : m_state.logs()) {
                nlohmann::json topics = nlohmann::json::array();
                for (const U256& t : log.topics)
                    topics.push_back(hex(t));
                logs.push_back({{"address", vm::to_hex(log.address)},
                                {"topics", topics},
                                {"data", vm::to_hex(vm::BytesView{log.data})}});
            }
        m_state.revert_to(before);
        return {{"status", std::string(vm::to_string(result.status))},
                {"output", vm::to_hex(vm::BytesView{result.output})},
                {"logs", logs},
                {"gas_used", std::to_string(intrinsic + (msg.gas - result.gas_left))},
                {"created", nullptr}};
    }

    vm::MemoryState m_state;
    vm::Executor m_exec;
};

} // namespace

int main() {
    Backend backend;
    std::string line;
    while (std::getline(std::cin, line)) {
        if (line.empty()) continue;
        nlohmann::json reply;
        try {
            reply = backend.handle(nlohmann::json::parse(line));
        } catch (const std::exception& e) {
            reply = {{"error", e.what()}};
        }
        std::cout << reply.dump() << std::endl;
    }
    return 0;
}
