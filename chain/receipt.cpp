#include "chain/receipt.hpp"

#include <fmt/format.h>

namespace mallory::chain {

namespace {

constexpr std::uint8_t error_selector[4] = {0x08, 0xc3, 0x79, 0xa0};
constexpr std::uint8_t panic_selector[4] = {0x4e, 0x48, 0x7b, 0x71};

bool has_selector(BytesView d, const std::uint8_t (&sel)[4]) noexcept {
    return d.size() >= 4 && std::equal(sel, sel + 4, d.begin());
}

/// Error(string): selector, offset word, length word, bytes. Nothing when malformed.
std::optional<std::string> decode_error_string(BytesView d) {
    if (d.size() < 4 + 64) return std::nullopt;
    const U256 offset = vm::load_be(d.data() + 4);
    if (!offset.fits64() || offset.low() > d.size() - 4 - 32) return std::nullopt;
    const std::size_t at = 4 + offset.low();
    const U256 len = vm::load_be(d.data() + at);
    if (!len.fits64() || len.low() > d.size() - at - 32) return std::nullopt;
    return std::string(reinterpret_cast<const char*>(d.data() + at + 32), len.low());
}

void encode_log(rlp::Encoder& e, const vm::Log& log) {
    const auto m = e.begin_list();
    e.address(log.address);
    const auto t = e.begin_list();
    for (const auto& topic : log.topics)
        e.uint(topic);
    e.end_list(t);
    e.bytes(log.data);
    e.end_list(m);
}

bool decode_log(rlp::Reader& r, vm::Log& log) {
    rlp::Reader l{{}}, topics{{}};
    if (!r.list(l) || !l.address(log.address) || !l.list(topics)) return false;
    while (!topics.at_end()) {
        U256 t;
        if (!topics.uint(t)) return false;
        log.topics.push_back(t);
    }
    return l.bytes(log.data) && l.finish();
}

} // namespace

using vm::U256;

std::string_view panic_meaning(std::uint64_t code) noexcept {
    switch (code) {
    case vm::panic::generic:
        return "generic compiler panic";
    case vm::panic::assert_failed:
        return "assertion failed";
    case vm::panic::overflow:
        return "arithmetic overflow or underflow";
    case vm::panic::division_by_zero:
        return "division or modulo by zero";
    case vm::panic::enum_conversion:
        return "invalid enum conversion";
    case vm::panic::storage_encoding:
        return "invalid storage byte array encoding";
    case vm::panic::pop_empty:
        return "pop on an empty array";
    case vm::panic::index_out_of_bounds:
        return "array index out of bounds";
    case vm::panic::out_of_memory:
        return "too much memory allocated";
    case vm::panic::zero_function:
        return "call to a zero-initialized internal function";
    default:
        return "unknown panic code";
    }
}

std::string decode_revert(BytesView d) {
    if (d.empty()) return "reverted without a reason";
    if (has_selector(d, error_selector))
        if (auto s = decode_error_string(d)) return *s;
    if (has_selector(d, panic_selector) && d.size() == 4 + 32) {
        const U256 code = vm::load_be(d.data() + 4);
        const std::uint64_t c = code.fits64() ? code.low() : ~0ULL;
        return fmt::format("panic {}: {}", vm::to_hex(code), panic_meaning(c));
    }
    if (d.size() >= 4) return fmt::format("custom error {}", vm::to_hex(BytesView{d.data(), 4}));
    return fmt::format("revert data {}", vm::to_hex(d));
}

std::string Receipt::revert_reason() const {
    if (success()) return {};
    if (status != vm::Status::Revert) return std::string(vm::to_string(status));
    return decode_revert(output);
}

Bytes Receipt::encode() const {
    rlp::Encoder e;
    const auto m = e.begin_list();
    e.hash(tx_hash);
    e.uint(block_number);
    e.uint(std::uint64_t{index});
    e.uint(std::uint64_t{static_cast<std::uint8_t>(status)});
    e.uint(static_cast<std::uint64_t>(gas_used));
    e.uint(static_cast<std::uint64_t>(cumulative_gas));
    const auto l = e.begin_list();
    for (const auto& log : logs)
        encode_log(e, log);
    e.end_list(l);
    if (created)
        e.address(*created);
    else
        e.bytes({});
    e.bytes(output);
    e.end_list(m);
    return std::move(e).take();
}

bool Receipt::decode(BytesView in, Receipt& out) {
    out = {};
    rlp::Reader top{in}, r{{}}, logs{{}};
    std::uint64_t index = 0, status = 0, gas = 0, cumulative = 0;
    BytesView created;
    if (!top.list(r) || !top.finish() || !r.hash(out.tx_hash) || !r.uint(out.block_number) ||
        !r.uint(index) || !r.uint(status) || !r.uint(gas) || !r.uint(cumulative) || !r.list(logs))
        return false;
    while (!logs.at_end()) {
        vm::Log log;
        if (!decode_log(logs, log)) return false;
        out.logs.push_back(std::move(log));
    }
    if (!r.bytes(created) || !r.bytes(out.output) || !r.finish()) return false;
    if (index > UINT32_MAX || status > static_cast<std::uint8_t>(vm::Status::OutOfMemory) ||
        gas > INT64_MAX || cumulative > INT64_MAX || (created.size() != 0 && created.size() != 20))
        return false;
    out.index = static_cast<std::uint32_t>(index);
    out.status = static_cast<vm::Status>(status);
    out.gas_used = static_cast<vm::Gas>(gas);
    out.cumulative_gas = static_cast<vm::Gas>(cumulative);
    if (created.size() == 20) {
        Address a;
        std::copy(created.begin(), created.end(), a.bytes.begin());
        out.created = a;
    }
    return true;
}

} // namespace mallory::chain
