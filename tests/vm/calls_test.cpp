// Message-call semantics of LANGUAGE.md section 5 and 6: rollback, bubbling, stipend, 63/64,
// depth, static context, empty accounts, creation, native accounts, transactions.
#include "tests/vm/vm_fixture.hpp"
#include "vm/keccak.hpp"

namespace mallory::vm::test {
namespace {

const Address kA = Address::from_u64(0xA);
const Address kB = Address::from_u64(0xB);
const Address kC = Address::from_u64(0xC);

/// CALL to `to` with `value`, forwarding `gas` (or all if 0xFFFF..), no input, output to mem 0..32.
void emit_call(FunctionBuilder& f, const U256& gas, const Address& to, const U256& value,
               Op op = Op::CALL) {
    f.push(gas).push(to.to_word());
    if (op == Op::CALL) f.push(value);
    f.push(U256{0}).push(U256{0}).push(U256{0}).push(U256{32}).emit(op);
}

void emit_sstore(FunctionBuilder& f, std::uint64_t key, std::uint64_t value) {
    f.push(U256{key}).push(U256{value}).emit(Op::SSTORE);
}

/// Stores the top of the stack in slot `key`.
void emit_store_top(FunctionBuilder& f, std::uint64_t key) {
    f.push(U256{key}).emit(Op::SWAP, {1}).emit(Op::SSTORE);
}

class Calls : public VmTest {
protected:
    U256 slot(const Address& a, std::uint64_t k) { return state.peek_storage(a, U256{k}); }
};

TEST_P(Calls, RevertRollsBackExactlyTheRevertingFrame) {
    // C: writes slot 1 then reverts. B: writes slot 1, calls C, stores C's success in slot 2.
    install(kC, single([](FunctionBuilder& f) {
                emit_sstore(f, 1, 33);
                f.push(U256{0}).push(U256{0}).emit(Op::REVERT);
            }));
    install(kB, single([](FunctionBuilder& f) {
                emit_sstore(f, 1, 22);
                emit_call(f, U256::max(), kC, U256{});
                emit_store_top(f, 2);
                f.emit(Op::STOP);
            }));
    // A: calls B, then writes slot 1, then reverts when its input is nonempty.
    install(kA, single([](FunctionBuilder& f) {
                emit_call(f, U256::max(), kB, U256{});
                emit_store_top(f, 2);
                emit_sstore(f, 1, 11);
                auto end = f.label();
                f.emit(Op::CALLDATASIZE).emit(Op::JUMPZ, {end});
                f.push(U256{0}).push(U256{0}).emit(Op::REVERT);
                f.bind(end).emit(Op::STOP);
            }));
    ASSERT_EQ(call(kA).status, Status::Success);
    EXPECT_EQ(slot(kC, 1), U256{});   // C reverted
    EXPECT_EQ(slot(kB, 1), U256{22}); // B kept its write
    EXPECT_EQ(slot(kB, 2), U256{0});  // C's call returned false
    EXPECT_EQ(slot(kA, 2), U256{1});
    // Now A reverts at the end: everything below it is rolled back as well.
    state.begin_transaction();
    install(kB, single([](FunctionBuilder& f) {
                emit_sstore(f, 1, 99);
                f.emit(Op::STOP);
            }));
    const Bytes nonempty{1};
    EXPECT_EQ(call(kA, nonempty).status, Status::Revert);
    EXPECT_EQ(slot(kB, 1), U256{22});
}

TEST_P(Calls, RevertDataBubbles) {
    install(kB, single([](FunctionBuilder& f) { f.emit(Op::PANIC, {0x01}); }));
    install(kA, single([](FunctionBuilder& f) {
                emit_call(f, U256::max(), kB, U256{});
                f.emit(Op::POP);
                f.push(U256{0}).push(U256{0}).emit(Op::RETURNDATASIZE).emit(Op::RETURNDATACOPY);
                f.push(U256{0}).emit(Op::RETURNDATASIZE).emit(Op::REVERT);
            }));
    const Result r = call(kA);
    EXPECT_EQ(r.status, Status::Revert);
    EXPECT_EQ(r.output, panic_data(0x01));
    // Reading past the return data fails the frame.
    install(
        kC, single([](FunctionBuilder& f) {
            emit_call(f, U256::max(), kB, U256{});
            f.push(U256{0}).push(U256{1}).push(U256{36}).emit(Op::RETURNDATACOPY).emit(Op::STOP);
        }));
    const Result oob = call(kC);
    EXPECT_EQ(oob.status, Status::ReturnDataOutOfBounds);
    EXPECT_EQ(oob.gas_left, 0);
}

TEST_P(Calls, StipendIsExhaustedByStorageWrites) {
    // `payable(B).transfer(1)`: gas 0 + 2300 stipend. B's receive writes storage: fails.
    install(kB, single([](FunctionBuilder& f) {
                emit_sstore(f, 1, 1);
                f.emit(Op::STOP);
            }));
    state.set_balance(kA, U256{10});
    install(kA, single([](FunctionBuilder& f) {
                emit_call(f, U256{0}, kB, U256{1});
                return_top(f);
            }));
    Result r = call(kA);
    ASSERT_EQ(r.status, Status::Success);
    EXPECT_EQ(word(r), U256{0});
    EXPECT_EQ(state.balance(kB), U256{});
    EXPECT_EQ(state.balance(kA), U256{10});
    // A receive that only emits an event fits in the stipend.
    install(kB, single([](FunctionBuilder& f) {
                f.push(U256{0}).push(U256{0}).emit(Op::LOG0).emit(Op::STOP);
            }));
    r = call(kA);
    EXPECT_EQ(word(r), U256{1});
    EXPECT_EQ(state.balance(kB), U256{1});
}

TEST_P(Calls, ForwardsAllButOne64th) {
    install(kB, single([](FunctionBuilder& f) {
                f.emit(Op::GAS);
                return_top(f);
            }));
    install(
        kA, single([](FunctionBuilder& f) {
            f.emit(Op::GAS);                               // g0: gas after GAS
            emit_call(f, U256::max(), kB, U256{});         // warm B (cold 2600)
            f.emit(Op::POP).push(U256{0}).emit(Op::MLOAD); // what B saw
            f.emit(Op::SWAP, {1}).push(U256{0}).emit(Op::SWAP, {1}).emit(Op::MSTORE); // mem[0] = g0
            emit_store_top(f, 1);
            f.push(U256{0}).emit(Op::MLOAD);
            emit_store_top(f, 0);
            f.emit(Op::STOP);
        }));
    ASSERT_EQ(call(kA, {}, 1'000'000).status, Status::Success);
    const Gas g0 = static_cast<Gas>(slot(kA, 0).w[0]);
    const Gas seen = static_cast<Gas>(slot(kA, 1).w[0]);
    // between GAS and the CALL: 7 pushes (PUSHK 3 + PUSH1 3 + PUSH0 2*3 ... ) then CALL 100 +
    // 2600-100 cold
    const Gas pushes = 3 + 3 + 2 + 2 + 2 + 2 + 3; // max, addr, value 0, 0, 0, 0, 32
    const Gas avail = g0 - pushes - 100 - 2500 - memory_cost(1);
    EXPECT_EQ(seen + 2 /*B's GAS*/, avail - avail / 64);
}

TEST_P(Calls, DepthLimitIs1024) {
    // Each frame increments slot 0 then calls itself with all gas; the 1025th nested call fails.
    install(kA, single([](FunctionBuilder& f) {
                f.push(U256{0}).emit(Op::SLOAD).push(U256{1}).emit(Op::ADD);
                emit_store_top(f, 0);
                emit_call(f, U256::max(), kA, U256{});
                f.emit(Op::STOP);
            }));
    const Result r = call(kA, {}, INT64_MAX / 2);
    ASSERT_EQ(r.status, Status::Success);
    EXPECT_EQ(slot(kA, 0), U256{kMaxDepth + 1}); // depths 0..1024
}

TEST_P(Calls, StaticContextRejectsWrites) {
    install(kB, single([](FunctionBuilder& f) {
                emit_sstore(f, 1, 1);
                f.emit(Op::STOP);
            }));
    install(kC, single([](FunctionBuilder& f) {
                f.push(U256{0}).push(U256{0}).emit(Op::LOG0).emit(Op::STOP);
            }));
    install(kA, single([](FunctionBuilder& f) {
                // a failing frame consumes the gas it was given, so cap what each call gets
                emit_call(f, U256{50000}, kB, U256{}, Op::STATICCALL);
                emit_call(f, U256{50000}, kC, U256{}, Op::STATICCALL);
                f.emit(Op::ADD);
                return_top(f);
            }));
    const Result r = call(kA);
    ASSERT_EQ(r.status, Status::Success);
    EXPECT_EQ(word(r), U256{0});
    EXPECT_EQ(slot(kB, 1), U256{});
    // A read-only callee succeeds in a static context.
    install(kB, single([](FunctionBuilder& f) {
                f.push(U256{1}).emit(Op::SLOAD);
                return_top(f);
            }));
    install(kA, single([](FunctionBuilder& f) {
                emit_call(f, U256::max(), kB, U256{}, Op::STATICCALL);
                return_top(f);
            }));
    EXPECT_EQ(word(call(kA)), U256{1});
    // Value in a static frame fails it.
    Message m;
    m.gas = 100000;
    m.is_static = true;
    m.recipient = m.code_address = kC;
    install(kC, single([](FunctionBuilder& f) {
                emit_call(f, U256::max(), kB, U256{1});
                f.emit(Op::STOP);
            }));
    EXPECT_EQ(ex.execute(m).status, Status::StaticViolation);
}

TEST_P(Calls, CallsToEmptyAccountsSucceedAndMoveValue) {
    const Address fresh = Address::from_u64(0xF4E5);
    state.set_balance(kA, U256{100});
    install(kA, single([&](FunctionBuilder& f) {
                f.emit(Op::GAS);
                emit_call(f, U256{0}, fresh, U256{40});
                f.emit(Op::SWAP, {1}).emit(Op::GAS).emit(Op::SUB); // g0 - g1
                emit_store_top(f, 1);
                emit_store_top(f, 0);
                f.emit(Op::STOP);
            }));
    ASSERT_EQ(call(kA).status, Status::Success);
    EXPECT_EQ(slot(kA, 0), U256{1});
    EXPECT_EQ(state.balance(fresh), U256{40});
    EXPECT_EQ(state.balance(kA), U256{60});
    // pushes 2+3+3+2+2+2+3 = 17 (gas 0 is PUSH0), CALL 100 + 2500 cold + 9000 value + 25000 new
    // account, memory 3, the unused stipend 2300 comes back; then SWAP, GAS: 3 + 2
    EXPECT_EQ(slot(kA, 1), U256{17 + 100 + 2500 + 9000 + 25000 + 3 - 2300 + 3 + 2});
}

TEST_P(Calls, InsufficientBalanceFailsWithoutConsumingGas) {
    install(kA, single([](FunctionBuilder& f) {
                emit_call(f, U256{5000}, kB, U256{1});
                return_top(f);
            }));
    const Result r = call(kA);
    EXPECT_EQ(word(r), U256{0});
    EXPECT_GT(r.gas_left, 1'000'000 - 50000);
}

TEST_P(Calls, DelegatecallUsesCallersStorageAndSender) {
    install(kB, single([](FunctionBuilder& f) {
                f.emit(Op::CALLER);
                emit_store_top(f, 5);
                f.emit(Op::STOP);
            }));
    install(kA, single([](FunctionBuilder& f) {
                emit_call(f, U256::max(), kB, U256{}, Op::DELEGATECALL);
                return_top(f);
            }));
    const Result r = call(kA);
    EXPECT_EQ(word(r), U256{1});
    EXPECT_EQ(slot(kA, 5), kSender.to_word());
    EXPECT_EQ(slot(kB, 5), U256{});
}

TEST_P(Calls, CsloadReadsTheStorageOfTheCodeThatRuns) {
    // B's code stores SLOAD 7 in slot 8 and CSLOAD 7 in slot 9. Run by A's DELEGATECALL, SLOAD
    // reads A's slot 7 and CSLOAD B's own (Solidity's immutables live with the code).
    install(kB, single([](FunctionBuilder& f) {
                f.push(U256{7}).emit(Op::SLOAD);
                emit_store_top(f, 8);
                f.push(U256{7}).emit(Op::CSLOAD);
                emit_store_top(f, 9);
                f.emit(Op::STOP);
            }));
    install(kA, single([](FunctionBuilder& f) {
                emit_call(f, U256::max(), kB, U256{}, Op::DELEGATECALL);
                return_top(f);
            }));
    state.sstore(kA, U256{7}, U256{111});
    state.sstore(kB, U256{7}, U256{222});
    const Result r = call(kA);
    EXPECT_EQ(word(r), U256{1});
    EXPECT_EQ(slot(kA, 8), U256{111});
    EXPECT_EQ(slot(kA, 9), U256{222});
    // Called directly, the code's account is the storage's: both read B's slot.
    ASSERT_EQ(call(kB).status, Status::Success);
    EXPECT_EQ(slot(kB, 8), U256{222});
    EXPECT_EQ(slot(kB, 9), U256{222});
}

ContractCode child_contract() {
    // constructor: stores calldata word 0 in slot 0 and CALLVALUE in slot 1; reverts if arg is 0
    Builder b;
    b.name("Child");
    b.function(0, 0).push(U256{0}).emit(Op::SLOAD).push(U256{0}).push(U256{32}).emit(Op::RETURN);
    auto& ctor = b.function(0, 0);
    auto ok = ctor.label();
    ctor.push(U256{0}).emit(Op::CALLDATALOAD).emit(Op::DUP, {1}).emit(Op::JUMPI, {ok});
    ctor.push(U256{0}).push(U256{0}).emit(Op::REVERT);
    ctor.bind(ok);
    emit_store_top(ctor, 0);
    ctor.emit(Op::CALLVALUE);
    emit_store_top(ctor, 1);
    ctor.emit(Op::STOP);
    b.constructor(1);
    return b.build();
}

TEST_P(Calls, CreateRunsConstructorAndInstallsCode) {
    Builder b;
    const auto child = b.child(std::make_shared<const ContractCode>(child_contract()));
    auto& f = b.function(0, 0);
    // args = calldata copied to memory 0
    f.push(U256{0}).push(U256{0}).emit(Op::CALLDATASIZE).emit(Op::CALLDATACOPY);
    f.push(U256{7}).push(U256{0}).emit(Op::CALLDATASIZE).emit(Op::CREATE, {child});
    return_top(f);
    install(kA, b.build());
    state.set_balance(kA, U256{100});
    Bytes arg(32, 0);
    arg[31] = 42;
    const Result r = call(kA, arg);
    ASSERT_EQ(r.status, Status::Success);
    const Address created = create_address(kA, 0);
    EXPECT_EQ(word(r), created.to_word());
    EXPECT_EQ(state.peek_storage(created, U256{0}), U256{42});
    EXPECT_EQ(state.peek_storage(created, U256{1}), U256{7});
    EXPECT_EQ(state.balance(created), U256{7});
    EXPECT_EQ(state.nonce(created), 1u);
    EXPECT_EQ(state.nonce(kA), 1u);
    EXPECT_GT(state.code_size(created), 0u);
    // A reverting constructor: CREATE pushes 0, the nonce still advances, no code, no value moved.
    const Bytes zero(32, 0);
    const Result r2 = call(kA, zero);
    EXPECT_EQ(word(r2), U256{});
    EXPECT_EQ(state.nonce(kA), 2u);
    EXPECT_EQ(state.code_size(create_address(kA, 1)), 0u);
    EXPECT_EQ(state.balance(kA), U256{93});
}

// CREATE2 (EIP-1014): the address comes from the salt and the hash of the init code (the
// child's serialized form, then the constructor arguments), not from the nonce; the same salt
// and arguments again collide (0 pushed, the nonce still advances); other arguments do not.
TEST_P(Calls, Create2AddressesBySaltAndInitCode) {
    Builder b;
    const auto code = std::make_shared<const ContractCode>(child_contract());
    const auto child = b.child(code);
    auto& f = b.function(0, 0);
    f.push(U256{0}).push(U256{0}).emit(Op::CALLDATASIZE).emit(Op::CALLDATACOPY);
    f.push(U256{0}).push(U256{0}).emit(Op::CALLDATASIZE).push(U256{0x5a17});
    f.emit(Op::CREATE2, {child});
    return_top(f);
    install(kA, b.build());
    Bytes arg(32, 0);
    arg[31] = 42;
    const Result r = call(kA, arg);
    ASSERT_EQ(r.status, Status::Success);
    Bytes init = serialize(*code);
    init.insert(init.end(), arg.begin(), arg.end());
    const Address created = create2_address(kA, U256{0x5a17}, keccak256(init));
    EXPECT_EQ(word(r), created.to_word());
    EXPECT_NE(created, create_address(kA, 0));
    EXPECT_EQ(state.peek_storage(created, U256{0}), U256{42});
    EXPECT_EQ(state.nonce(kA), 1u);
    EXPECT_EQ(word(call(kA, arg)), U256{}); // the same salt and arguments: a collision
    EXPECT_EQ(state.nonce(kA), 2u);
    Bytes other(32, 0);
    other[31] = 43;
    EXPECT_NE(word(call(kA, other)), U256{});
}

// CREATEM/CREATE2M (Yul's create/create2): the init code comes from memory, a serialized
// container then the constructor arguments; bytes that do not decode as a verified container
// fail the creation (0), leaving the caller running.
TEST_P(Calls, CreateFromMemoryDecodesTheContainerAndTakesTheRestAsArguments) {
    Builder b;
    auto& f = b.function(0, 0);
    f.push(U256{0}).push(U256{0}).emit(Op::CALLDATASIZE).emit(Op::CALLDATACOPY);
    f.push(U256{0}).push(U256{0}).emit(Op::CALLDATASIZE).push(U256{9});
    f.emit(Op::CREATE2M);
    return_top(f);
    install(kA, b.build());
    Bytes init = serialize(child_contract());
    Bytes arg(32, 0);
    arg[31] = 42;
    init.insert(init.end(), arg.begin(), arg.end());
    const Result r = call(kA, init);
    ASSERT_EQ(r.status, Status::Success);
    const Address created = create2_address(kA, U256{9}, keccak256(init));
    EXPECT_EQ(word(r), created.to_word());
    EXPECT_EQ(state.peek_storage(created, U256{0}), U256{42});
    EXPECT_EQ(word(call(kA, init)), U256{}); // the same salt and init code: a collision
    const Bytes junk{0xde, 0xad, 0xbe, 0xef};
    const Result bad = call(kA, junk);
    EXPECT_EQ(bad.status, Status::Success);
    EXPECT_EQ(word(bad), U256{});
}

// EIP-1014's own examples.
TEST(Create2Address, MatchesEip1014Examples) {
    const auto address = [](std::string_view hex) {
        U256 w;
        EXPECT_TRUE(parse_u256(hex, w));
        return to_hex(Address::from_word(w));
    };
    const auto hash_of = [](std::initializer_list<std::uint8_t> init) {
        const Bytes b(init);
        return keccak256(BytesView{b});
    };
    Address deadbeef_high, deadbeef_low;
    deadbeef_high.bytes[0] = 0xde, deadbeef_high.bytes[1] = 0xad, deadbeef_high.bytes[2] = 0xbe,
    deadbeef_high.bytes[3] = 0xef;
    deadbeef_low.bytes[16] = 0xde, deadbeef_low.bytes[17] = 0xad, deadbeef_low.bytes[18] = 0xbe,
    deadbeef_low.bytes[19] = 0xef;
    EXPECT_EQ(to_hex(create2_address(Address{}, U256{}, hash_of({0x00}))),
              address("0x4d1a2e2bb4f88f0250f26ffff098b0b30b26bf38"));
    EXPECT_EQ(to_hex(create2_address(deadbeef_high, U256{}, hash_of({0x00}))),
              address("0xb928f69bb1d91cd65274e3c79d8986362984fda3"));
    EXPECT_EQ(
        to_hex(create2_address(deadbeef_low, U256{0xcafebabe}, hash_of({0xde, 0xad, 0xbe, 0xef}))),
        address("0x60f3f640a8508fc6a86d45df051962668e1e8ac7"));
}

TEST_P(Calls, NativeAccountsCanReenter) {
    // A: slot0 += 1; then calls N (native) while slot0 < 3. N calls back into A.
    install(kA, single([](FunctionBuilder& f) {
                f.push(U256{0}).emit(Op::SLOAD).push(U256{1}).emit(Op::ADD).emit(Op::DUP, {1});
                emit_store_top(f, 0);
                auto end = f.label();
                f.push(U256{3}).emit(Op::LT).emit(Op::JUMPZ, {end});
                emit_call(f, U256::max(), kB, U256{});
                f.emit(Op::POP);
                f.bind(end).emit(Op::STOP);
            }));
    int native_calls = 0;
    ex.bind_native(kB, [&](Executor& e, const Message& m) {
        ++native_calls;
        Message back;
        back.depth = m.depth + 1;
        back.gas = m.gas - 1000;
        back.sender = kB;
        back.recipient = back.code_address = kA;
        Result r = e.execute(back);
        r.gas_left += 1000;
        r.output.clear();
        return r;
    });
    ASSERT_EQ(call(kA).status, Status::Success);
    EXPECT_EQ(slot(kA, 0), U256{3});
    EXPECT_EQ(native_calls, 2);
    // A failing native rolls back what it (and its callees) did.
    state.begin_transaction();
    ex.bind_native(kC, [&](Executor& e, const Message& m) {
        e.state().sstore(kC, U256{1}, U256{1});
        return Result{Status::Revert, m.gas, 0, {}, {}};
    });
    EXPECT_EQ(call(kC).status, Status::Revert);
    EXPECT_EQ(slot(kC, 1), U256{});
}

TEST_P(Calls, TransactionsPayGasAndCapRefunds) {
    const Address coinbase = Address::from_u64(0xC0B);
    ex.block().coinbase = coinbase;
    state.sstore(kA, U256{1}, U256{5});
    state.begin_transaction();
    install(kA, single([](FunctionBuilder& f) {
                emit_sstore(f, 1, 0);
                f.emit(Op::STOP);
            }));
    Transaction tx;
    tx.from = kSender;
    tx.to = kA;
    tx.gas_limit = 100000;
    tx.gas_price = U256{2};
    const U256 before = state.balance(kSender);
    const TxResult r = ex.transact(tx);
    ASSERT_EQ(r.validity, TxValidity::Valid);
    ASSERT_TRUE(r.result.success());
    const Gas raw = 21000 + 3 + 2 + 2100 + 2900; // PUSH1, PUSH0, clearing a cold slot
    EXPECT_EQ(r.gas_refunded, std::min<Gas>(4800, raw / 5));
    EXPECT_EQ(r.gas_used, raw - r.gas_refunded);
    EXPECT_EQ(state.balance(kSender), before - U256{static_cast<std::uint64_t>(r.gas_used * 2)});
    EXPECT_EQ(state.balance(coinbase), U256{static_cast<std::uint64_t>(r.gas_used * 2)});
    EXPECT_EQ(state.nonce(kSender), 1u);
    tx.gas_limit = 20000;
    EXPECT_EQ(ex.transact(tx).validity, TxValidity::IntrinsicGasTooLow);
}

TEST_P(Calls, CreationTransactionTakesConstructorArguments) {
    Bytes data = serialize(child_contract());
    Bytes arg(32, 0);
    arg[31] = 9;
    data.insert(data.end(), arg.begin(), arg.end());
    Transaction tx;
    tx.from = kSender;
    tx.data = data;
    tx.value = U256{3};
    tx.gas_limit = 10'000'000;
    const TxResult r = ex.transact(tx);
    ASSERT_TRUE(r.result.success()) << to_string(r.result.status);
    EXPECT_EQ(r.result.created, create_address(kSender, 0));
    EXPECT_EQ(state.peek_storage(r.result.created, U256{0}), U256{9});
    EXPECT_EQ(state.balance(r.result.created), U256{3});
    EXPECT_EQ(state.nonce(kSender), 1u);
}

TEST_P(Calls, EventsAreKeptOnlyOnSuccess) {
    install(kA, single([](FunctionBuilder& f) {
                f.push(U256{0}).push(U256{0}).push(U256{0xE1}).emit(Op::LOG1);
                auto end = f.label();
                f.emit(Op::CALLDATASIZE).emit(Op::JUMPZ, {end}).emit(Op::INVALID);
                f.bind(end).emit(Op::STOP);
            }));
    Transaction tx;
    tx.from = kSender;
    tx.to = kA;
    tx.gas_limit = 100000;
    TxResult r = ex.transact(tx);
    ASSERT_EQ(r.logs.size(), 1u);
    EXPECT_EQ(r.logs[0].topics, std::vector<U256>{U256{0xE1}});
    EXPECT_EQ(r.logs[0].address, kA);
    tx.data = {1};
    r = ex.transact(tx);
    EXPECT_FALSE(r.result.success());
    EXPECT_TRUE(r.logs.empty());
    EXPECT_EQ(r.gas_used, 100000); // invalid consumes all gas
}

INSTANTIATE_TEST_SUITE_P(Backends, Calls, ::testing::Values(Backend::Plain, Backend::Traced),
                         backend_name);

} // namespace
} // namespace mallory::vm::test
