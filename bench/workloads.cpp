#include "bench/workloads.hpp"

#include "vm/builder.hpp"
#include "vm/keccak.hpp"

namespace mallory::bench {

using namespace mallory::vm;

namespace {

constexpr std::uint16_t kWork = 1; // function index of the workload body

/// Function 0: dispatch `signature` to function 1 (one uint256 in, one out), ABI-encode the
/// result; any other selector reverts (no fallback).
void emit_dispatcher(Builder& b, const std::string& signature) {
    auto& f = b.function(0, 0);
    auto bad = f.label();
    const auto sel = selector_of(signature);
    const std::uint64_t selector = (std::uint64_t{sel[0]} << 24) | (std::uint64_t{sel[1]} << 16) |
                                   (std::uint64_t{sel[2]} << 8) | sel[3];
    f.emit(Op::CALLDATASIZE).push(U256{36}).emit(Op::GT).emit(Op::JUMPI, {bad});
    f.push(U256{0}).emit(Op::CALLDATALOAD).push(U256{224}).emit(Op::SHR);
    f.push(U256{selector}).emit(Op::EQ).emit(Op::JUMPZ, {bad});
    f.push(U256{4}).emit(Op::CALLDATALOAD).callf(kWork);
    f.push(U256{0}).emit(Op::SWAP, {1}).emit(Op::MSTORE);
    f.push(U256{0}).push(U256{32}).emit(Op::RETURN);
    f.bind(bad).push(U256{0}).push(U256{0}).emit(Op::REVERT);
    b.abi(abi_function(signature, {"uint256"}));
}

/// i = i + 1 with Solidity's checked arithmetic (what `++i` compiles to outside unchecked).
void emit_checked_increment(FunctionBuilder& f, std::uint16_t i) {
    f.lget(i).push(U256{1}).checked(Op::CADD, uint256_t).lset(i);
}

} // namespace

Bytes calldata(const std::string& signature, std::uint64_t arg) {
    Bytes d(36, 0);
    const auto sel = selector_of(signature);
    std::copy(sel.begin(), sel.end(), d.begin());
    store_be(d.data() + 4, U256{arg});
    return d;
}

// loop(n): unchecked { for (i = 0; i < n; ++i) s += i * i; }     slots: n=0 s=1 i=2
ContractCode loop_contract(Shape shape) {
    Builder b;
    b.name("Loop");
    emit_dispatcher(b, "loop(uint256)");
    auto& f = b.function(1, 1, 2);
    if (shape == Shape::Plain) {
        auto top = f.label(), end = f.label();
        f.bind(top).lget(2).lget(0).emit(Op::LT).emit(Op::JUMPZ, {end});
        f.lget(1).lget(2).lget(2).emit(Op::MUL).emit(Op::ADD).lset(1);
        f.lget(2).push(U256{1}).emit(Op::ADD).lset(2).emit(Op::JUMP, {top});
        f.bind(end).lget(1).emit(Op::RETF);
    } else {
        auto body = f.label(), test = f.label();
        f.emit(Op::JUMP, {test});
        f.bind(body).lget(1).emit(Op::LGET2, {2, 2}).emit(Op::MUL).emit(Op::ADD).lset(1);
        f.emit(Op::LADDI, {2, 1});
        f.bind(test).emit(Op::JLTLL, {2, 0, body});
        f.lget(1).emit(Op::RETF);
    }
    return b.build();
}

// _fib(n): if (n < 2) return n; return _fib(n - 1) + _fib(n - 2);   (checked)
ContractCode fib_contract(Shape shape) {
    Builder b;
    b.name("Fib");
    emit_dispatcher(b, "fib(uint256)");
    auto& f = b.function(1, 1);
    auto rec = f.label();
    if (shape == Shape::Plain) {
        f.lget(0).push(U256{2}).emit(Op::LT).emit(Op::JUMPZ, {rec}).lget(0).emit(Op::RETF);
        f.bind(rec).lget(0).push(U256{1}).checked(Op::CSUB, uint256_t).callf(kWork);
        f.lget(0).push(U256{2}).checked(Op::CSUB, uint256_t).callf(kWork);
        f.checked(Op::CADD, uint256_t).emit(Op::RETF);
    } else {
        f.emit(Op::JNLTLI, {0, 2, rec}).lget(0).emit(Op::RETF);
        f.bind(rec).lget(0).emit(Op::CSUBI, {uint256_t.encode(), 1}).callf(kWork);
        f.lget(0).emit(Op::CSUBI, {uint256_t.encode(), 2}).callf(kWork);
        f.checked(Op::CADD, uint256_t).emit(Op::RETF);
    }
    return b.build();
}

namespace {

/// slots[i] with `uint256[1 << 32] slots` at slot 0: bounds check, then slot = i.
void emit_slot_index(FunctionBuilder& f, std::uint16_t i) {
    auto ok = f.label();
    f.lget(i).push(U256{1ULL << 32}).emit(Op::LT).emit(Op::JUMPI, {ok}).emit(Op::PANIC, {0x32});
    f.bind(ok).lget(i);
}

/// for (; i < n; ++i) with the test at the top (Plain) or rotated to the bottom (Fused).
template <class Body>
void emit_for(FunctionBuilder& f, Shape shape, std::uint16_t i, std::uint16_t n, Body body) {
    if (shape == Shape::Plain) {
        auto top = f.label(), end = f.label();
        f.bind(top).lget(i).lget(n).emit(Op::LT).emit(Op::JUMPZ, {end});
        body();
        emit_checked_increment(f, i);
        f.emit(Op::JUMP, {top}).bind(end);
    } else {
        auto loop = f.label(), test = f.label();
        f.emit(Op::JUMP, {test}).bind(loop);
        body();
        emit_checked_increment(f, i);
        f.bind(test).emit(Op::JLTLL, {i, n, loop});
    }
}

} // namespace

// store(n): for i: slots[i] = i + 1;  for i: s += slots[i];      slots: n=0 s=1 i=2
ContractCode store_contract(Shape shape) {
    Builder b;
    b.name("Store");
    emit_dispatcher(b, "store(uint256)");
    auto& f = b.function(1, 1, 2);
    emit_for(f, shape, 2, 0, [&] {
        emit_slot_index(f, 2);
        f.lget(2).push(U256{1}).checked(Op::CADD, uint256_t).emit(Op::SSTORE);
    });
    f.push(U256{0}).lset(2);
    emit_for(f, shape, 2, 0, [&] {
        f.lget(1);
        emit_slot_index(f, 2);
        f.emit(Op::SLOAD).checked(Op::CADD, uint256_t).lset(1);
    });
    f.lget(1).emit(Op::RETF);
    return b.build();
}

// transfer(n): mapping(address => uint256) balanceOf at slot 0.
ContractCode transfer_contract(Shape shape) {
    constexpr std::uint16_t kSlotOf = 2, kXfer = 3;
    const U256 A{0xA11CE}, B{0xB0B};
    Builder b;
    b.name("Transfer");
    emit_dispatcher(b, "transfer(uint256)");
    // function 1: transfer(n) -> balanceOf[B]      slots: n=0 i=1
    auto& f = b.function(1, 1, 1);
    f.push(A).callf(kSlotOf).emit(Op::DUP, {1}).emit(Op::SLOAD);
    f.push(U256{1'000'000} * U256{1'000'000'000'000'000'000ULL})
        .checked(Op::CADD, uint256_t)
        .emit(Op::SSTORE);
    emit_for(f, shape, 1, 0, [&] {
        auto odd = f.label(), next = f.label();
        f.lget(1)
            .push(U256{2})
            .checked(Op::CMOD, uint256_t)
            .push(U256{0})
            .emit(Op::EQ)
            .emit(Op::JUMPZ, {odd});
        f.push(A).push(B).push(U256{3}).callf(kXfer).emit(Op::JUMP, {next});
        f.bind(odd).push(B).push(A).push(U256{1});
        f.lget(1)
            .push(U256{3})
            .checked(Op::CMOD, uint256_t)
            .checked(Op::CADD, uint256_t)
            .callf(kXfer);
        f.bind(next);
    });
    f.push(B).callf(kSlotOf).emit(Op::SLOAD).emit(Op::RETF);
    // function 2: slot of balanceOf[key] = keccak256(key . 0)
    auto& s = b.function(1, 1);
    s.push(U256{0}).lget(0).emit(Op::MSTORE).push(U256{32}).push(U256{0}).emit(Op::MSTORE);
    s.push(U256{0}).push(U256{64}).emit(Op::KECCAK256).emit(Op::RETF);
    // function 3: _transfer(from, to, amount)  slots: from=0 to=1 amount=2 fromBal=3 fromSlot=4
    // Plain evaluates balanceOf[from]'s slot twice, as written; Fused keeps it in a local
    // (common-subexpression elimination, as solc's optimizer does: 2 hashes per transfer).
    auto& x = b.function(3, 0, 2);
    auto ok = x.label();
    x.lget(0).callf(kSlotOf);
    if (shape == Shape::Fused) x.emit(Op::LTEE, {4});
    x.emit(Op::SLOAD).lset(3);
    x.lget(3).lget(2).emit(Op::LT).emit(Op::JUMPZ, {ok});
    x.push(U256{0}).push(U256{0}).emit(Op::REVERT); // "insufficient balance" (never taken here)
    x.bind(ok);
    if (shape == Shape::Fused)
        x.lget(4);
    else
        x.lget(0).callf(kSlotOf);
    x.lget(3).lget(2).checked(Op::CSUB, uint256_t).emit(Op::SSTORE);
    x.lget(1).callf(kSlotOf).emit(Op::DUP, {1}).emit(Op::SLOAD);
    if (shape == Shape::Plain)
        x.lget(2).checked(Op::CADD, uint256_t);
    else
        x.emit(Op::CADDL, {uint256_t.encode(), 2});
    x.emit(Op::SSTORE).emit(Op::RETF);
    return b.build();
}

} // namespace mallory::bench
