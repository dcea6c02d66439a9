// SELFDESTRUCT after Cancun (EIP-6780): the balance moves to the beneficiary; only an account
// created in the same transaction is deleted, when the transaction's outermost message ends;
// a static context refuses it.
#include "tests/vm/vm_fixture.hpp"

namespace mallory::vm::test {
namespace {

const Address kFactory = Address::from_u64(0xFAC);
const Address kDoomed = Address::from_u64(0xD00);
const Address kHeir = Address::from_u64(0x4E14);

/// Function 0: SELFDESTRUCT to the address in calldata word 0.
void emit_destruct_to_calldata(FunctionBuilder& f) {
    f.push(U256{0}).emit(Op::CALLDATALOAD).emit(Op::SELFDESTRUCT);
}

/// A contract whose constructor writes slot 0 and then self-destructs to kHeir.
ContractCode short_lived() {
    Builder b;
    b.name("ShortLived");
    b.function(0, 0).emit(Op::STOP);
    auto& ctor = b.function(0, 0);
    ctor.push(U256{0}).push(U256{99}).emit(Op::SSTORE);
    ctor.push(kHeir.to_word()).emit(Op::SELFDESTRUCT);
    b.constructor(1);
    return b.build();
}

/// The factory's function 0: CREATE of the short-lived child with `value`, then, when
/// `revert_after` holds, REVERT.
ContractCode factory(const U256& value, bool revert_after) {
    Builder b;
    const auto child = b.child(std::make_shared<const ContractCode>(short_lived()));
    auto& f = b.function(0, 0);
    f.push(value).push(U256{0}).push(U256{0}).emit(Op::CREATE, {child}).emit(Op::POP);
    if (revert_after)
        f.push(U256{0}).push(U256{0}).emit(Op::REVERT);
    else
        f.emit(Op::STOP);
    return b.build();
}

Bytes word_bytes(const Address& a) {
    Bytes out(32, 0);
    const U256 w = a.to_word();
    for (std::size_t i = 0; i < 32; ++i)
        out[31 - i] = static_cast<std::uint8_t>(w.w[i / 8] >> (8 * (i % 8)));
    return out;
}

class SelfDestruct : public VmTest {};

TEST_P(SelfDestruct, AnOlderAccountOnlyHandsOverItsBalance) {
    Builder b;
    emit_destruct_to_calldata(b.function(0, 0));
    install(kDoomed, b.build());
    state.set_balance(kDoomed, U256{100});
    state.sstore(kDoomed, U256{1}, U256{5});
    const std::size_t code = state.code_size(kDoomed);
    const Result r = call(kDoomed, word_bytes(kHeir));
    ASSERT_EQ(r.status, Status::Success);
    EXPECT_TRUE(r.output.empty());
    EXPECT_EQ(state.balance(kHeir), U256{100});
    EXPECT_EQ(state.balance(kDoomed), U256{});
    EXPECT_EQ(state.code_size(kDoomed), code); // created in an earlier transaction: it stays
    EXPECT_EQ(state.peek_storage(kDoomed, U256{1}), U256{5});
}

TEST_P(SelfDestruct, ToItselfAnOlderAccountKeepsItsBalance) {
    Builder b;
    emit_destruct_to_calldata(b.function(0, 0));
    install(kDoomed, b.build());
    state.set_balance(kDoomed, U256{100});
    ASSERT_EQ(call(kDoomed, word_bytes(kDoomed)).status, Status::Success);
    EXPECT_EQ(state.balance(kDoomed), U256{100});
}

TEST_P(SelfDestruct, IsRefusedInAStaticContext) {
    Builder b;
    emit_destruct_to_calldata(b.function(0, 0));
    install(kDoomed, b.build());
    state.set_balance(kDoomed, U256{100});
    const Bytes input = word_bytes(kHeir);
    Message m;
    m.gas = 1'000'000;
    m.sender = kSender;
    m.recipient = m.code_address = kDoomed;
    m.input = input;
    m.is_static = true;
    EXPECT_EQ(ex.execute(m).status, Status::StaticViolation);
    EXPECT_EQ(state.balance(kDoomed), U256{100});
    EXPECT_EQ(state.balance(kHeir), U256{});
}

TEST_P(SelfDestruct, AnAccountCreatedInTheTransactionIsDeletedWhenItEnds) {
    install(kFactory, factory(U256{7}, false));
    state.set_balance(kFactory, U256{100});
    ASSERT_EQ(call(kFactory).status, Status::Success);
    const Address created = create_address(kFactory, 0);
    EXPECT_EQ(state.balance(kHeir), U256{7}); // the value it was created with
    EXPECT_EQ(state.code_size(created), 0u);
    EXPECT_EQ(state.peek_storage(created, U256{0}), U256{});
    EXPECT_EQ(state.storage_digest(created), 0u);
    EXPECT_EQ(state.nonce(created), 0u);
    EXPECT_TRUE(state.is_empty(created));
    EXPECT_EQ(state.nonce(kFactory), 1u); // the creation itself happened
}

TEST_P(SelfDestruct, AFrameThatRevertsUndoesIt) {
    install(kFactory, factory(U256{7}, true));
    state.set_balance(kFactory, U256{100});
    EXPECT_EQ(call(kFactory).status, Status::Revert);
    EXPECT_EQ(state.balance(kHeir), U256{});
    EXPECT_EQ(state.balance(kFactory), U256{100});
    // The next transaction's creation at the same nonce is not deleted by the reverted one.
    install(kFactory, factory(U256{7}, false));
    ASSERT_EQ(call(kFactory).status, Status::Success);
    EXPECT_EQ(state.balance(kHeir), U256{7});
}

INSTANTIATE_TEST_SUITE_P(Backends, SelfDestruct, ::testing::Values(Backend::Plain, Backend::Traced),
                         backend_name);

} // namespace
} // namespace mallory::vm::test
