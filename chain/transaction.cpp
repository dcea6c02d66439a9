#include "chain/transaction.hpp"

#include "vm/keccak.hpp"

#include <fmt/format.h>

namespace mallory::chain {

namespace {

void encode_fields(rlp::Encoder& e, const Transaction& tx) {
    e.uint(tx.nonce);
    e.uint(tx.gas_price);
    e.uint(tx.gas_limit);
    if (tx.to)
        e.address(*tx.to);
    else
        e.bytes({});
    e.uint(tx.value);
    e.bytes(tx.data);
}

bool decode_to(rlp::Reader& r, std::optional<Address>& to) noexcept {
    BytesView v;
    if (!r.bytes(v)) return false;
    if (v.empty()) {
        to.reset();
        return true;
    }
    if (v.size() != 20) return r.fail(rlp::Error::NonCanonical);
    Address a;
    std::memcpy(a.bytes.data(), v.data(), 20);
    to = a;
    return true;
}

} // namespace

Hash Transaction::signing_hash() const {
    rlp::Encoder e;
    const auto m = e.begin_list();
    encode_fields(e, *this);
    e.uint(chain_id);
    e.uint(std::uint64_t{0});
    e.uint(std::uint64_t{0});
    e.end_list(m);
    return vm::keccak256(BytesView{e.out()});
}

Bytes Transaction::encode() const {
    rlp::Encoder e;
    const auto m = e.begin_list();
    encode_fields(e, *this);
    e.uint(U256{chain_id} * U256{2} + U256{35} + U256{sig.recovery_id});
    e.uint(sig.r);
    e.uint(sig.s);
    e.end_list(m);
    return std::move(e).take();
}

Hash Transaction::hash() const {
    return vm::keccak256(BytesView{encode()});
}

std::optional<Address> Transaction::recover_sender() const {
    return recover(signing_hash(), sig);
}

void Transaction::sign(const PrivateKey& key) {
    sig = key.sign(signing_hash());
    from = key.address();
}

std::variant<Transaction, rlp::Error> Transaction::decode(BytesView encoded, bool recover) {
    Transaction tx;
    rlp::Reader top{encoded};
    rlp::Reader r{{}};
    U256 v;
    const bool ok = top.list(r) && top.finish() && r.uint(tx.nonce) && r.uint(tx.gas_price) &&
                    r.uint(tx.gas_limit) && decode_to(r, tx.to) && r.uint(tx.value) &&
                    r.bytes(tx.data) && r.uint(v) && r.uint(tx.sig.r) && r.uint(tx.sig.s) &&
                    r.finish();
    if (!ok) return top.error() ? *top.error() : r.error().value_or(rlp::Error::Truncated);
    // EIP-155: v = chainId * 2 + 35 + {0,1}. Pre-EIP-155 signatures (v = 27/28) are refused.
    if (v < U256{35} || !(v - U256{35}).fits64() || (v - U256{35}).low() / 2 > (1ULL << 62))
        return rlp::Error::TooLarge;
    const std::uint64_t w = (v - U256{35}).low();
    tx.chain_id = w / 2;
    tx.sig.recovery_id = static_cast<std::uint8_t>(w % 2);
    if (recover) tx.from = tx.recover_sender().value_or(Address{});
    return tx;
}

std::string_view to_string(TxError e) noexcept {
    switch (e) {
#define X(NAME, TEXT)                                                                              \
    case TxError::NAME:                                                                            \
        return TEXT;
        MALLORY_TX_ERRORS(X)
#undef X
    }
    return "unknown transaction error";
}

std::string_view name_of(TxError e) noexcept {
    switch (e) {
#define X(NAME, TEXT)                                                                              \
    case TxError::NAME:                                                                            \
        return #NAME;
        MALLORY_TX_ERRORS(X)
#undef X
    }
    return "?";
}

std::string TxRejection::message() const {
    switch (error) {
    case TxError::WrongChainId:
    case TxError::NonceTooLow:
    case TxError::NonceTooHigh:
        return fmt::format("{}: expected {}, got {}", to_string(error), vm::to_dec(expected),
                           vm::to_dec(got));
    case TxError::IntrinsicGasTooLow:
        return fmt::format("{}: needs at least {}, got {}", to_string(error), vm::to_dec(expected),
                           vm::to_dec(got));
    case TxError::GasLimitAboveBlock:
        return fmt::format("{}: block allows {}, got {}", to_string(error), vm::to_dec(expected),
                           vm::to_dec(got));
    case TxError::InsufficientFunds:
        return fmt::format("{}: needs {} wei, balance {} wei", to_string(error),
                           vm::to_dec(expected), vm::to_dec(got));
    default:
        return std::string(to_string(error));
    }
}

vm::Gas intrinsic_gas(const Transaction& tx) noexcept {
    vm::Gas g = vm::gas::tx_base + vm::calldata_cost(tx.data.data(), tx.data.size());
    if (tx.is_create()) g += vm::gas::tx_create;
    return g;
}

} // namespace mallory::chain
