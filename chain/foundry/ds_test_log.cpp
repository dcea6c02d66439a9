#include "chain/foundry/ds_test_log.hpp"

#include "chain/foundry/abi.hpp"
#include "vm/keccak.hpp"

#include <map>

namespace mallory::chain::foundry {

namespace {

/// How an event's decoded arguments become its line.
enum class Shape : std::uint8_t {
    value,         ///< log_uint(v): "v"
    named,         ///< log_named_uint(key, v): "key: v"
    named_decimal, ///< log_named_decimal_uint(key, v, decimals): "key: v / 10^decimals"
};

struct DsTestEvent {
    Signature signature;
    Shape shape;
};

/// DSTest's events by topic 0 (forge-std's StdAssertions declares the same).
const std::map<U256, DsTestEvent>& ds_test_events() {
    static const auto table = [] {
        std::map<U256, DsTestEvent> t;
        const auto add = [&t](const char* text, Shape shape) {
            Signature sig = *parse_signature(text);
            const U256 topic = vm::load_be(vm::keccak256(sig.canonical()).data());
            t.emplace(topic, DsTestEvent{std::move(sig), shape});
        };
        for (const char* sig :
             {"log(string)", "logs(bytes)", "log_address(address)", "log_bytes32(bytes32)",
              "log_int(int256)", "log_uint(uint256)", "log_bytes(bytes)", "log_string(string)",
              "log_array(uint256[])", "log_array(int256[])", "log_array(address[])"})
            add(sig, Shape::value);
        for (const char* sig :
             {"log_named_address(string,address)", "log_named_bytes32(string,bytes32)",
              "log_named_int(string,int256)", "log_named_uint(string,uint256)",
              "log_named_bytes(string,bytes)", "log_named_string(string,string)",
              "log_named_array(string,uint256[])", "log_named_array(string,int256[])",
              "log_named_array(string,address[])"})
            add(sig, Shape::named);
        add("log_named_decimal_int(string,int256,uint256)", Shape::named_decimal);
        add("log_named_decimal_uint(string,uint256,uint256)", Shape::named_decimal);
        return t;
    }();
    return table;
}

/// A value as forge prints it in a log line: text raw, everything else as decoded.
std::string shown(const Value& v) {
    return v.type == "string" && v.json.is_string() ? v.json.get<std::string>() : v.text;
}

/// `digits` (a decimal integer, optionally negative) divided by 10^decimals, with every
/// fractional digit kept, as alloy's format_units prints it ("1500000000000000000", 18 ->
/// "1.500000000000000000"). Decimals beyond 77 leave the integer as it is (as alloy).
std::string scaled(std::string digits, const U256& decimals) {
    if (decimals.is_zero() || !decimals.fits64() || decimals.w[0] > 77) return digits;
    const std::size_t places = decimals.w[0];
    std::string sign;
    if (!digits.empty() && digits[0] == '-') {
        sign = "-";
        digits.erase(0, 1);
    }
    if (digits.size() <= places) digits.insert(0, places + 1 - digits.size(), '0');
    digits.insert(digits.size() - places, ".");
    return sign + digits;
}

} // namespace

std::optional<std::string> decode_ds_test_log(const vm::Log& log) {
    if (log.topics.size() != 1) return std::nullopt;
    const auto& table = ds_test_events();
    const auto it = table.find(log.topics[0]);
    if (it == table.end()) return std::nullopt;
    const DsTestEvent& event = it->second;
    const auto values = decode_values(event.signature.types, log.data);
    if (!values || values->size() != event.signature.types.size()) return std::nullopt;
    const std::vector<Value>& v = *values;
    switch (event.shape) {
    case Shape::value:
        return shown(v[0]);
    case Shape::named:
        return shown(v[0]) + ": " + shown(v[1]);
    case Shape::named_decimal:
        return shown(v[0]) + ": " + scaled(v[1].text, parse_amount(v[2].text).value_or(U256{}));
    }
    return std::nullopt;
}

} // namespace mallory::chain::foundry
