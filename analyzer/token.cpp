#include "analyzer/token.hpp"

#include "lang/compile/layout.hpp"
#include "vm/keccak.hpp"

#include <algorithm>
#include <array>
#include <string_view>

namespace mallory::analyzer {

namespace {

using vm::U256;

std::uint32_t selector(std::string_view signature) {
    const auto s = vm::selector_of(signature);
    return (std::uint32_t{s[0]} << 24) | (std::uint32_t{s[1]} << 16) | (std::uint32_t{s[2]} << 8) |
           s[3];
}

/// The functions the ledger answers, by selector.
enum class TokenFn : std::uint8_t {
    balance_of,
    total_supply,
    allowance,
    approve,
    transfer,
    transfer_from,
    send,
    operator_send,
    decimals
};

struct TokenEntry {
    std::string_view signature;
    TokenFn fn;
};
constexpr std::array<TokenEntry, 9> token_table{{
    {"balanceOf(address)", TokenFn::balance_of},
    {"totalSupply()", TokenFn::total_supply},
    {"allowance(address,address)", TokenFn::allowance},
    {"approve(address,uint256)", TokenFn::approve},
    {"transfer(address,uint256)", TokenFn::transfer},
    {"transferFrom(address,address,uint256)", TokenFn::transfer_from},
    {"send(address,uint256,bytes)", TokenFn::send},
    {"operatorSend(address,address,uint256,bytes,bytes)", TokenFn::operator_send},
    {"decimals()", TokenFn::decimals},
}};

/// The table's selectors, hashed once (every token call looks its function up).
const std::array<std::uint32_t, token_table.size()>& token_selectors() {
    static const auto selectors = [] {
        std::array<std::uint32_t, token_table.size()> out{};
        for (std::size_t i = 0; i < token_table.size(); ++i)
            out[i] = selector(token_table[i].signature);
        return out;
    }();
    return selectors;
}

std::optional<TokenFn> token_fn(std::uint32_t sel) {
    const auto& selectors = token_selectors();
    for (std::size_t i = 0; i < selectors.size(); ++i)
        if (selectors[i] == sel) return token_table[i].fn;
    return std::nullopt;
}

const std::uint32_t tokens_to_send =
    selector("tokensToSend(address,address,address,uint256,bytes,bytes)");
const std::uint32_t tokens_received =
    selector("tokensReceived(address,address,address,uint256,bytes,bytes)");

/// The i-th static argument word (zero when the calldata is short, as solc would revert;
/// the caller checks the length first).
U256 arg(const vm::Message& msg, std::size_t i) {
    const std::size_t at = 4 + 32 * i;
    return at + 32 <= msg.input.size() ? vm::load_be(msg.input.data() + at) : U256{};
}

vm::Address arg_address(const vm::Message& msg, std::size_t i) {
    return vm::Address::from_word(arg(msg, i));
}

vm::Bytes word_output(const U256& w) {
    vm::Bytes out(32);
    vm::store_be(out.data(), w);
    return out;
}

/// ABI calldata of an ERC-777 hook: (operator, from, to, amount, "", "").
vm::Bytes hook_calldata(std::uint32_t sel, const vm::Address& op, const vm::Address& from,
                        const vm::Address& to, const U256& amount) {
    vm::Bytes out(4 + 32 * 8);
    for (int i = 0; i < 4; ++i)
        out[static_cast<std::size_t>(i)] = static_cast<std::uint8_t>(sel >> (24 - 8 * i));
    const U256 words[] = {op.to_word(), from.to_word(), to.to_word(), amount,
                          U256{0xc0},   U256{0xe0},     U256{},       U256{}};
    for (std::size_t i = 0; i < 8; ++i)
        vm::store_be(out.data() + 4 + 32 * i, words[i]);
    return out;
}

/// One token call in progress: the message, the gas it has left, the hooks' registry.
class TokenCall {
public:
    TokenCall(vm::Executor& exec, const vm::Message& msg,
              const std::function<bool(const vm::Address&)>& hooked)
        : m_exec(exec), m_msg(msg), m_hooked(hooked), m_gas(msg.gas) {}

    vm::Result run(TokenFn fn) {
        if (m_gas < token_op_gas) return fail(vm::Status::OutOfGas);
        m_gas -= token_op_gas;
        const vm::Address self = m_msg.recipient;
        vm::State& s = m_exec.state();
        switch (fn) {
        case TokenFn::balance_of:
            return ok(s.peek_storage(self, token_balance_slot(arg_address(m_msg, 0))));
        case TokenFn::total_supply:
            return ok(s.peek_storage(self, token_supply_slot()));
        case TokenFn::allowance:
            return ok(s.peek_storage(
                self, token_allowance_slot(arg_address(m_msg, 0), arg_address(m_msg, 1))));
        case TokenFn::decimals:
            return ok(U256{18});
        case TokenFn::approve:
            if (m_msg.is_static) return fail(vm::Status::StaticViolation);
            s.sstore(self, token_allowance_slot(m_msg.sender, arg_address(m_msg, 0)),
                     arg(m_msg, 1));
            return ok(U256{1});
        case TokenFn::transfer:
        case TokenFn::send:
            return move(m_msg.sender, arg_address(m_msg, 0), arg(m_msg, 1));
        case TokenFn::transfer_from:
        case TokenFn::operator_send:
            if (!spend_allowance(arg_address(m_msg, 0), arg(m_msg, 2))) return revert();
            return move(arg_address(m_msg, 0), arg_address(m_msg, 1), arg(m_msg, 2));
        }
        return revert();
    }

private:
    vm::Result ok(const U256& w) {
        return vm::Result{vm::Status::Success, m_gas, 0, word_output(w), {}};
    }
    vm::Result revert() { return vm::Result{vm::Status::Revert, m_gas, 0, {}, {}}; }
    static vm::Result fail(vm::Status st) { return vm::Result{st, 0, 0, {}, {}}; }

    /// The caller spends `amount` of `owner`'s allowance to it (the owner itself needs none).
    bool spend_allowance(const vm::Address& owner, const U256& amount) {
        if (owner == m_msg.sender) return true;
        vm::State& s = m_exec.state();
        const U256 slot = token_allowance_slot(owner, m_msg.sender);
        const U256 allowed = s.peek_storage(m_msg.recipient, slot);
        if (allowed < amount) return false;
        if (allowed != ~U256{}) s.sstore(m_msg.recipient, slot, allowed - amount);
        return true;
    }

    /// Moves `amount` from `from` to `to` with the ERC-777 hooks around the move.
    vm::Result move(const vm::Address& from, const vm::Address& to, const U256& amount) {
        if (m_msg.is_static) return fail(vm::Status::StaticViolation);
        if (m_hooked(from) && !hook(tokens_to_send, from, from, to, amount)) return revert();
        vm::State& s = m_exec.state();
        const vm::Address self = m_msg.recipient;
        const U256 from_balance = s.peek_storage(self, token_balance_slot(from)); // after the hook
        if (from_balance < amount) return revert();
        s.sstore(self, token_balance_slot(from), from_balance - amount);
        s.sstore(self, token_balance_slot(to),
                 s.peek_storage(self, token_balance_slot(to)) + amount);
        if (m_hooked(to) && !hook(tokens_received, to, from, to, amount)) return revert();
        return ok(U256{1});
    }

    /// Calls `holder`'s hook with what the caller forwards (all but 1/64 of the gas left).
    bool hook(std::uint32_t sel, const vm::Address& holder, const vm::Address& from,
              const vm::Address& to, const U256& amount) {
        const vm::Bytes data = hook_calldata(sel, m_msg.sender, from, to, amount);
        vm::Message m;
        m.kind = vm::CallKind::Call;
        m.depth = m_msg.depth + 1;
        m.gas = m_gas - m_gas / 64;
        m.sender = m_msg.recipient;
        m.recipient = m.code_address = holder;
        m.input = data;
        const vm::Result r = m_exec.execute(m);
        m_gas -= m.gas - r.gas_left;
        return r.success();
    }

    vm::Executor& m_exec;
    const vm::Message& m_msg;
    const std::function<bool(const vm::Address&)>& m_hooked;
    vm::Gas m_gas;
};

} // namespace

U256 initial_token_balance() {
    return U256{100} * U256{1'000'000'000'000'000'000ULL};
}

U256 token_balance_slot(const vm::Address& holder) {
    return lang::codegen::mapping_entry_slot(U256{0}, holder.to_word());
}

U256 token_allowance_slot(const vm::Address& owner, const vm::Address& spender) {
    return lang::codegen::mapping_entry_slot(
        lang::codegen::mapping_entry_slot(U256{1}, owner.to_word()), spender.to_word());
}

U256 token_supply_slot() {
    return U256{2};
}

U256 token_balance(vm::State& state, const vm::Address& token, const vm::Address& holder) {
    return state.peek_storage(token, token_balance_slot(holder));
}

void seed_token(vm::State& state, const vm::Address& token, const std::vector<vm::Address>& holders,
                const std::vector<vm::Address>& spenders) {
    U256 supply = state.peek_storage(token, token_supply_slot());
    for (const vm::Address& h : holders) {
        state.sstore(token, token_balance_slot(h),
                     token_balance(state, token, h) + initial_token_balance());
        supply = supply + initial_token_balance();
        for (const vm::Address& sp : spenders)
            state.sstore(token, token_allowance_slot(h, sp), ~U256{});
    }
    state.sstore(token, token_supply_slot(), supply);
}

bool is_token_selector(std::uint32_t sel) {
    return token_fn(sel).has_value();
}

bool is_token_function(std::string_view signature) {
    return std::any_of(token_table.begin(), token_table.end(),
                       [&](const TokenEntry& e) { return e.signature == signature; });
}

vm::NativeHandler token_handler(std::function<bool(const vm::Address&)> hooked) {
    return [hooked = std::move(hooked)](vm::Executor& exec, const vm::Message& msg) {
        if (!msg.value.is_zero() || msg.input.size() < 4) // not payable, no fallback
            return vm::Result{vm::Status::Revert, msg.gas, 0, {}, {}};
        const std::uint32_t sel = (std::uint32_t{msg.input[0]} << 24) |
                                  (std::uint32_t{msg.input[1]} << 16) |
                                  (std::uint32_t{msg.input[2]} << 8) | msg.input[3];
        const auto fn = token_fn(sel);
        if (!fn) return vm::Result{vm::Status::Revert, msg.gas, 0, {}, {}};
        return TokenCall(exec, msg, hooked).run(*fn);
    };
}

} // namespace mallory::analyzer
