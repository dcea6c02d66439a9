// The verifier rejects each kind of malformed code, with the offending offset.
#include "vm/builder.hpp"
#include "vm/verify.hpp"

#include <gtest/gtest.h>

namespace mallory::vm {
namespace {

VerifyError verify_one(const std::function<void(FunctionBuilder&)>& body,
                       std::uint16_t locals = 0) {
    Builder b;
    body(b.function(0, 0, locals));
    return verify(b.build()).error;
}

TEST(Verify, AcceptsWellFormedCode) {
    Builder b;
    auto& f = b.function(0, 0, 1);
    auto& g = b.function(2, 1);
    auto l = f.label();
    f.push(U256{1})
        .push(U256{2})
        .callf(1)
        .lset(0)
        .bind(l)
        .lget(0)
        .emit(Op::JUMPZ, {l})
        .emit(Op::STOP);
    g.lget(0).lget(1).emit(Op::ADD).emit(Op::RETF);
    const ContractCode c = b.build();
    EXPECT_TRUE(verify(c).ok()) << to_string(verify(c).error);
    EXPECT_EQ(c.functions[0].max_stack, 3);
    EXPECT_EQ(c.functions[1].max_stack, 4); // 2 inputs + 2 operands
}

TEST(Verify, EveryErrorHasText) {
    for (int e = 0; e <= static_cast<int>(VerifyError::BadChild); ++e)
        EXPECT_NE(to_string(static_cast<VerifyError>(e)), "unknown verify error");
}

TEST(Verify, StructuralErrors) {
    EXPECT_EQ(verify(ContractCode{}).error, VerifyError::NoFunctions);
    Builder b;
    b.function(1, 0).emit(Op::STOP);
    EXPECT_EQ(verify(b.build()).error, VerifyError::BadEntryFunction);
    ContractCode c = [] {
        Builder x;
        x.function(0, 0).emit(Op::STOP);
        return x.build();
    }();
    c.functions[0].size = 2;
    EXPECT_EQ(verify(c).error, VerifyError::BadFunctionLayout);
    c.functions[0].size = 1;
    c.functions[0].max_stack = 2000;
    EXPECT_EQ(verify(c).error, VerifyError::StackLimitExceeded);
    c.functions[0].max_stack = 5;
    EXPECT_EQ(verify(c).error, VerifyError::MaxStackMismatch);
    c.functions[0].max_stack = 0;
    c.constructor = 3;
    EXPECT_EQ(verify(c).error, VerifyError::BadConstructor);
    c.constructor.reset();
    auto bad_child = std::make_shared<ContractCode>();
    c.children.push_back(bad_child);
    EXPECT_EQ(verify(c).error, VerifyError::BadChild);
}

TEST(Verify, DecodingErrors) {
    EXPECT_EQ(verify_one([](FunctionBuilder& f) { f.raw({0xFF}); }), VerifyError::UnknownOpcode);
    EXPECT_EQ(verify_one([](FunctionBuilder& f) {
                  f.raw({static_cast<std::uint8_t>(Op::PUSH8), 1, 2});
              }),
              VerifyError::TruncatedImmediate);
    EXPECT_EQ(verify_one([](FunctionBuilder& f) { f.lget(1).emit(Op::STOP); }, 1),
              VerifyError::BadLocalIndex);
    EXPECT_EQ(verify_one([](FunctionBuilder& f) { f.callf(9).emit(Op::STOP); }),
              VerifyError::BadFunctionIndex);
    EXPECT_EQ(verify_one([](FunctionBuilder& f) { f.emit(Op::PUSHK, {0}).emit(Op::STOP); }),
              VerifyError::BadConstantIndex);
    EXPECT_EQ(verify_one([](FunctionBuilder& f) {
                  f.push(U256{0}).push(U256{0}).push(U256{0}).emit(Op::CREATE, {0}).emit(Op::STOP);
              }),
              VerifyError::BadChildIndex);
    EXPECT_EQ(verify_one([](FunctionBuilder& f) {
                  f.push(U256{1}).push(U256{1}).emit(Op::CADD, {33}).emit(Op::STOP);
              }),
              VerifyError::BadTypeImmediate);
    EXPECT_EQ(
        verify_one([](FunctionBuilder& f) { f.push(U256{1}).emit(Op::TRUNC, {0}).emit(Op::STOP); }),
        VerifyError::BadTypeImmediate);
    EXPECT_EQ(
        verify_one([](FunctionBuilder& f) { f.push(U256{1}).emit(Op::DUP, {0}).emit(Op::STOP); }),
        VerifyError::BadStackIndex);
}

TEST(Verify, ControlFlowErrors) {
    EXPECT_EQ(verify_one([](FunctionBuilder& f) { f.emit(Op::JUMP, {100}); }),
              VerifyError::JumpOutOfFunction);
    // target 1 is inside PUSH1's immediate
    EXPECT_EQ(
        verify_one([](FunctionBuilder& f) { f.push(U256{1}).emit(Op::POP).emit(Op::JUMP, {1}); }),
        VerifyError::JumpIntoImmediate);
    EXPECT_EQ(verify_one([](FunctionBuilder& f) { f.push(U256{1}); }), VerifyError::FallsOffEnd);
    EXPECT_EQ(verify_one([](FunctionBuilder& f) { f.emit(Op::ADD).emit(Op::STOP); }),
              VerifyError::StackUnderflow);
    // locals are not operands: POP with only a local in the frame underflows
    EXPECT_EQ(verify_one([](FunctionBuilder& f) { f.emit(Op::POP).emit(Op::STOP); }, 1),
              VerifyError::StackUnderflow);
    EXPECT_EQ(verify_one([](FunctionBuilder& f) {
                  auto l = f.label();
                  f.bind(l).push(U256{1}).emit(Op::JUMP, {l}); // grows by one per iteration
              }),
              VerifyError::StackHeightMismatch);
    EXPECT_EQ(verify_one([](FunctionBuilder& f) {
                  for (int i = 0; i < 1025; ++i)
                      f.push(U256{1});
                  f.emit(Op::STOP);
              }),
              VerifyError::StackOverflow);
    Builder b;
    b.function(0, 0).callf(1).emit(Op::STOP);
    b.function(0, 1).emit(Op::RETF); // must leave one output
    const VerifyResult r = verify(b.build());
    EXPECT_EQ(r.error, VerifyError::BadRetfHeight);
    EXPECT_EQ(r.function, 1);
    EXPECT_EQ(r.offset, 4u); // after CALLF(3 bytes) + STOP of function 0
}

TEST(Verify, UnreachableCodeIsDecodedButNotFlowChecked) {
    EXPECT_EQ(verify_one([](FunctionBuilder& f) { f.emit(Op::STOP).emit(Op::ADD).emit(Op::STOP); }),
              VerifyError::Ok);
    EXPECT_EQ(verify_one([](FunctionBuilder& f) { f.emit(Op::STOP).raw({0xEE}); }),
              VerifyError::UnknownOpcode);
}

} // namespace
} // namespace mallory::vm
