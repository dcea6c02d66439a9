// Every instruction: its result on both backends, its gas, and the table's consistency.
#include "tests/vm/vm_fixture.hpp"
#include "vm/checked.hpp"
#include "vm/keccak.hpp"
#include "vm/opcodes.hpp"

#include <set>

namespace mallory::vm::test {
namespace {

TEST(OpTable, NamesUniqueAndSizesConsistent) {
    std::set<std::string_view> names;
    for (const OpInfo& op : op_table) {
        EXPECT_TRUE(names.insert(op.name).second) << op.name;
        std::size_t total = 0;
        for (Imm k : op.imms)
            total += imm_size(k);
        EXPECT_EQ(op.imm_bytes, total) << op.name;
        EXPECT_FALSE(op.stack.empty()) << op.name;
        EXPECT_FALSE(op.doc.empty()) << op.name;
        EXPECT_GE(op.gas, 0) << op.name;
    }
    EXPECT_EQ(op_info(static_cast<std::uint8_t>(op_count)), nullptr);
    EXPECT_EQ(info(Op::CALL).in, 7);
}

/// Runs `body` followed by returning the top word; the value and the gas used.
class Eval : public VmTest {
protected:
    U256 eval(const std::function<void(FunctionBuilder&)>& body) {
        const Result r = run(single([&](FunctionBuilder& f) {
            body(f);
            return_top(f);
        }));
        EXPECT_EQ(r.status, Status::Success) << to_string(r.status);
        return word(r);
    }
    U256 binary(Op op, const U256& a, const U256& b) {
        return eval([&](FunctionBuilder& f) { f.push(a).push(b).emit(op); });
    }
    /// Gas of `op` (with immediates) after `setup` has pushed its operands.
    Gas cost(const std::function<void(FunctionBuilder&)>& setup, Op op,
             std::initializer_list<Operand> imms = {}) {
        const Result base = run(single([&](FunctionBuilder& f) {
            setup(f);
            f.emit(Op::STOP);
        }));
        const Result with = run(single([&](FunctionBuilder& f) {
            setup(f);
            f.emit(op, imms);
            f.emit(Op::STOP);
        }));
        EXPECT_EQ(with.status, Status::Success) << info(op).name;
        return base.gas_left - with.gas_left;
    }
};

TEST_P(Eval, Arithmetic) {
    const U256 m = U256::max(), min = U256::min_signed();
    EXPECT_EQ(binary(Op::ADD, m, U256{2}), U256{1});
    EXPECT_EQ(binary(Op::SUB, U256{1}, U256{2}), m);
    EXPECT_EQ(binary(Op::MUL, min, U256{2}), U256{});
    EXPECT_EQ(binary(Op::DIV, U256{7}, U256{2}), U256{3});
    EXPECT_EQ(binary(Op::DIV, U256{7}, U256{0}), U256{});
    EXPECT_EQ(binary(Op::SDIV, -U256{7}, U256{2}), -U256{3});
    EXPECT_EQ(binary(Op::SDIV, min, m), min);
    EXPECT_EQ(binary(Op::MOD, U256{7}, U256{0}), U256{});
    EXPECT_EQ(binary(Op::SMOD, -U256{7}, U256{2}), -U256{1});
    EXPECT_EQ(binary(Op::EXP, U256{3}, U256{5}), U256{243});
    EXPECT_EQ(binary(Op::SIGNEXTEND, U256{0x80}, U256{0}), m - U256{0x7F});
    EXPECT_EQ(eval([&](FunctionBuilder& f) { f.push(m).push(m).push(U256{7}).emit(Op::ADDMOD); }),
              U256{2}); // (2^257 - 2) % 7
    EXPECT_EQ(eval([&](FunctionBuilder& f) { f.push(m).push(m).push(U256{12}).emit(Op::MULMOD); }),
              U256{9});
}

TEST_P(Eval, ComparisonAndBitwise) {
    const U256 m = U256::max();
    EXPECT_EQ(binary(Op::LT, U256{1}, U256{2}), U256{1});
    EXPECT_EQ(binary(Op::GT, U256{1}, U256{2}), U256{});
    EXPECT_EQ(binary(Op::SLT, m, U256{0}), U256{1});
    EXPECT_EQ(binary(Op::SGT, m, U256{0}), U256{});
    EXPECT_EQ(binary(Op::EQ, m, m), U256{1});
    EXPECT_EQ(eval([&](FunctionBuilder& f) { f.push(U256{0}).emit(Op::ISZERO); }), U256{1});
    EXPECT_EQ(binary(Op::AND, U256{0b1100}, U256{0b1010}), U256{0b1000});
    EXPECT_EQ(binary(Op::OR, U256{0b1100}, U256{0b1010}), U256{0b1110});
    EXPECT_EQ(binary(Op::XOR, U256{0b1100}, U256{0b1010}), U256{0b0110});
    EXPECT_EQ(eval([&](FunctionBuilder& f) { f.push(U256{0}).emit(Op::NOT); }), m);
    EXPECT_EQ(binary(Op::BYTE, m, U256{31}), U256{0xFF});
    EXPECT_EQ(binary(Op::BYTE, m, U256{32}), U256{});
    EXPECT_EQ(binary(Op::SHL, U256{1}, U256{255}), U256::min_signed());
    EXPECT_EQ(binary(Op::SHL, U256{1}, U256{256}), U256{});
    EXPECT_EQ(binary(Op::SHR, m, U256{255}), U256{1});
    EXPECT_EQ(binary(Op::SAR, U256::min_signed(), U256{300}), m);
}

TEST_P(Eval, StackAndLocals) {
    EXPECT_EQ(eval([](FunctionBuilder& f) {
                  f.push(U256{1}).push(U256{2}).emit(Op::DUP, {2}).emit(Op::ADD).emit(Op::ADD);
              }),
              U256{4});
    EXPECT_EQ(eval([](FunctionBuilder& f) {
                  f.push(U256{10}).push(U256{3}).emit(Op::SWAP, {1}).emit(Op::SUB);
              }),
              -U256{7});
    EXPECT_EQ(eval([](FunctionBuilder& f) { f.push(U256{1}).push(U256{2}).emit(Op::POP); }),
              U256{1});
    EXPECT_EQ(eval([](FunctionBuilder& f) { f.emit(Op::PUSH8, {0x1122334455667788ULL}); }),
              U256{0x1122334455667788ULL});
    const U256 big{1, 2, 3, 4};
    EXPECT_EQ(eval([&](FunctionBuilder& f) { f.push(big); }), big);
    Builder b;
    auto& f = b.function(0, 0, 2);
    f.push(U256{5}).lset(0).push(U256{6}).emit(Op::LTEE, {1}).lget(0).emit(Op::ADD);
    f.emit(Op::LGET2, {0, 1})
        .emit(Op::MUL)
        .emit(Op::ADD)
        .emit(Op::LADDI, {1, 200})
        .lget(1)
        .emit(Op::ADD);
    return_top(f);
    const Result r = run(b.build());
    EXPECT_EQ(word(r), U256{6 + 5 + 30 + 206});
}

TEST_P(Eval, JumpsAndFusedBranches) {
    // sum of 0..9 with a bottom-tested JLTLL loop: locals i(0) n(1) s(2)
    Builder b;
    auto& f = b.function(0, 0, 3);
    auto body = f.label(), test = f.label();
    f.push(U256{10}).lset(1).emit(Op::JUMP, {test});
    f.bind(body).emit(Op::LGET2, {2, 0}).emit(Op::ADD).lset(2).emit(Op::LADDI, {0, 1});
    f.bind(test).emit(Op::JLTLL, {0, 1, body});
    f.lget(2);
    auto small = f.label();
    f.emit(Op::JNLTLI, {2, 50, small}); // 45 < 50: falls through
    f.push(U256{1000}).emit(Op::ADD);
    f.bind(small);
    auto skip = f.label();
    f.push(U256{0}).emit(Op::JUMPI, {skip}).push(U256{1}).emit(Op::ADD);
    f.bind(skip).push(U256{0}).emit(Op::JUMPZ, {skip = f.label()}).push(U256{100000}).emit(Op::ADD);
    f.bind(skip);
    return_top(f);
    EXPECT_EQ(word(run(b.build())), U256{45 + 1000 + 1});
}

TEST_P(Eval, InternalCalls) {
    // f1(a, b) -> (a - b, a + b); entry returns (7-3) * (7+3)
    Builder b;
    auto& main = b.function(0, 0);
    auto& f1 = b.function(2, 2, 1);
    main.push(U256{7}).push(U256{3}).callf(1).emit(Op::MUL);
    return_top(main);
    f1.lget(0).lget(1).emit(Op::SUB).lset(2).lget(2).lget(0).lget(1).emit(Op::ADD).emit(Op::RETF);
    EXPECT_EQ(word(run(b.build())), U256{40});
}

TEST_P(Eval, RecursionHitsStackAndFrameLimits) {
    Builder b;
    auto& main = b.function(0, 0);
    auto& r = b.function(0, 0);
    main.callf(1).emit(Op::STOP);
    r.callf(1).emit(Op::RETF);
    const Result res = run(b.build(), {}, 10'000'000);
    EXPECT_EQ(res.status, Status::CallFrameLimit);
    EXPECT_EQ(res.gas_left, 0);
    Builder b2;
    auto& m2 = b2.function(0, 0);
    auto& r2 = b2.function(0, 0, 3); // 3 slots per frame: the 1024-item stack runs out first
    m2.callf(1).emit(Op::STOP);
    r2.callf(1).emit(Op::RETF);
    EXPECT_EQ(run(b2.build(), {}, 10'000'000).status, Status::StackOverflow);
}

TEST_P(Eval, HaltingInstructions) {
    EXPECT_EQ(run(single([](FunctionBuilder& f) { f.emit(Op::STOP); })).status, Status::Success);
    const Result rv = run(single([](FunctionBuilder& f) {
                              f.push(U256{0})
                                  .push(U256{0xAB})
                                  .emit(Op::MSTORE8)
                                  .push(U256{0})
                                  .push(U256{1})
                                  .emit(Op::REVERT);
                          }),
                          {}, 1000);
    EXPECT_EQ(rv.status, Status::Revert);
    EXPECT_EQ(rv.output, Bytes{0xAB});
    EXPECT_GT(rv.gas_left, 0);
    const Result inv = run(single([](FunctionBuilder& f) { f.emit(Op::INVALID); }), {}, 1000);
    EXPECT_EQ(inv.status, Status::InvalidInstruction);
    EXPECT_EQ(inv.gas_left, 0);
    const Result p = run(single([](FunctionBuilder& f) { f.emit(Op::PANIC, {0x32}); }));
    EXPECT_EQ(p.status, Status::Revert);
    EXPECT_EQ(p.output, panic_data(0x32));
    const Result oog = run(single([](FunctionBuilder& f) {
                               auto l = f.label();
                               f.bind(l).emit(Op::JUMP, {l});
                           }),
                           {}, 1000);
    EXPECT_EQ(oog.status, Status::OutOfGas);
    EXPECT_EQ(oog.gas_left, 0);
}

TEST_P(Eval, Environment) {
    ex.block() =
        BlockContext{Address::from_u64(0xC01), 77, 1234, U256{5}, 30'000'000, U256{}, U256{}, {}};
    ex.tx() = TxContext{Address::from_u64(0x0419), U256{9}};
    EXPECT_EQ(eval([](FunctionBuilder& f) { f.emit(Op::ADDRESS); }), kContract.to_word());
    EXPECT_EQ(eval([](FunctionBuilder& f) { f.emit(Op::CALLER); }), kSender.to_word());
    EXPECT_EQ(eval([](FunctionBuilder& f) { f.emit(Op::ORIGIN); }), U256{0x0419});
    EXPECT_EQ(eval([](FunctionBuilder& f) { f.emit(Op::GASPRICE); }), U256{9});
    EXPECT_EQ(eval([](FunctionBuilder& f) { f.emit(Op::COINBASE); }), U256{0xC01});
    EXPECT_EQ(eval([](FunctionBuilder& f) { f.emit(Op::NUMBER); }), U256{77});
    EXPECT_EQ(eval([](FunctionBuilder& f) { f.emit(Op::TIMESTAMP); }), U256{1234});
    EXPECT_EQ(eval([](FunctionBuilder& f) { f.emit(Op::CHAINID); }), U256{5});
    EXPECT_EQ(eval([](FunctionBuilder& f) { f.emit(Op::GASLIMIT); }), U256{30'000'000});
    EXPECT_EQ(eval([](FunctionBuilder& f) { f.emit(Op::BASEFEE); }), U256{});
    ex.block().gas_limit = 20'000'000;
    ex.block().base_fee = U256{7};
    ex.block().prevrandao = U256{0xabc};
    EXPECT_EQ(eval([](FunctionBuilder& f) { f.emit(Op::GASLIMIT); }), U256{20'000'000});
    EXPECT_EQ(eval([](FunctionBuilder& f) { f.emit(Op::BASEFEE); }), U256{7});
    EXPECT_EQ(eval([](FunctionBuilder& f) { f.emit(Op::PREVRANDAO); }), U256{0xabc});
    // BLOCKHASH: 0 without history; with it, only the 256 blocks before the current one.
    EXPECT_EQ(eval([](FunctionBuilder& f) { f.push(U256{76}).emit(Op::BLOCKHASH); }), U256{});
    ex.block().hash_of = [](std::uint64_t n) { return U256{1000 + n}; };
    const auto hash = [&](const U256& n) {
        return eval([n](FunctionBuilder& f) { f.push(n).emit(Op::BLOCKHASH); });
    };
    EXPECT_EQ(hash(U256{76}), U256{1076});
    EXPECT_EQ(hash(U256{0}), U256{1000});
    EXPECT_EQ(hash(U256{77}), U256{}); // the current block
    EXPECT_EQ(hash(U256{78}), U256{});
    EXPECT_EQ(hash(~U256{}), U256{});
    ex.block().number = 300;
    EXPECT_EQ(hash(U256{44}), U256{1044}); // 256 back
    EXPECT_EQ(hash(U256{43}), U256{});     // 257 back
    ex.block().number = 77;
    ex.block().hash_of = nullptr;
    EXPECT_EQ(eval([](FunctionBuilder& f) { f.emit(Op::CALLVALUE); }), U256{});
    EXPECT_EQ(eval([](FunctionBuilder& f) { f.emit(Op::SELFBALANCE); }), U256{});
    EXPECT_EQ(eval([](FunctionBuilder& f) { f.push(kSender.to_word()).emit(Op::BALANCE); }),
              U256{1'000'000'000});
    EXPECT_GT(eval([](FunctionBuilder& f) { f.emit(Op::CODESIZE); }), U256{0});
    EXPECT_EQ(eval([](FunctionBuilder& f) { f.push(kSender.to_word()).emit(Op::EXTCODESIZE); }),
              U256{});
    // EIP-1052: an account holding ether but no code hashes no bytes; one that does not exist
    // hashes to 0; a contract to keccak256 of its code bytes.
    const auto code_hash = [&](const Address& a) {
        return eval([a](FunctionBuilder& f) { f.push(a.to_word()).emit(Op::EXTCODEHASH); });
    };
    EXPECT_EQ(code_hash(kSender), keccak256_word(BytesView{}));
    EXPECT_EQ(code_hash(Address::from_u64(0xDEAD)), U256{});
    EXPECT_NE(code_hash(kContract), U256{});
    EXPECT_NE(code_hash(kContract), keccak256_word(BytesView{}));
    EXPECT_EQ(eval([](FunctionBuilder& f) { f.emit(Op::RETURNDATASIZE); }), U256{});
    const U256 g = eval([](FunctionBuilder& f) { f.emit(Op::GAS); });
    EXPECT_EQ(g, U256{1'000'000 - 2});
}

TEST_P(Eval, Calldata) {
    Bytes input(40);
    for (std::size_t i = 0; i < input.size(); ++i)
        input[i] = static_cast<std::uint8_t>(i + 1);
    auto code = single([](FunctionBuilder& f) {
        f.push(U256{8}).emit(Op::CALLDATALOAD);                // bytes 9..40 as a word
        f.push(U256{39}).emit(Op::CALLDATALOAD).emit(Op::ADD); // 0x28 then zero padding
        f.push(U256{64}).push(U256{30}).push(U256{20}).emit(
            Op::CALLDATACOPY); // mem[64..84) = 31..40, zeros
        f.push(U256{64}).emit(Op::MLOAD).emit(Op::ADD);
        f.emit(Op::CALLDATASIZE).emit(Op::ADD);
        return_top(f);
    });
    const Result r = run(code, input);
    ASSERT_EQ(r.status, Status::Success);
    std::uint8_t w1[32] = {}, w3[32] = {};
    for (int i = 0; i < 32; ++i)
        w1[i] = static_cast<std::uint8_t>(9 + i);
    for (int i = 0; i < 10; ++i)
        w3[i] = static_cast<std::uint8_t>(31 + i);
    const U256 expect = load_be(w1) + shl(U256{0x28}, 248) + load_be(w3) + U256{40};
    EXPECT_EQ(word(r), expect);
}

TEST_P(Eval, KeccakAndMemory) {
    auto code = single([](FunctionBuilder& f) {
        f.push(U256{0}).push(U256{0}).emit(Op::KECCAK256);     // keccak of empty
        f.push(U256{0}).push(U256{0x616263}).emit(Op::MSTORE); // "abc" at bytes 29..31
        f.push(U256{29}).push(U256{3}).emit(Op::KECCAK256).emit(Op::XOR);
        f.push(U256{100}).push(U256{0}).push(U256{32}).emit(Op::MCOPY); // copy to 100
        f.push(U256{100}).emit(Op::MLOAD).emit(Op::XOR).emit(Op::MSIZE).emit(Op::XOR);
        return_top(f);
    });
    U256 empty, abc;
    ASSERT_TRUE(
        parse_u256("0xc5d2460186f7233c927e7db2dcc703c0e500b653ca82273b7bfad8045d85a470", empty));
    ASSERT_TRUE(
        parse_u256("0x4e03657aea45a94fc7d47ba826c8d667c0d1e6e33a64a036ec44f58fa12d6c45", abc));
    EXPECT_EQ(word(run(code)), empty ^ abc ^ U256{0x616263} ^ U256{160});
}

TEST_P(Eval, CheckedInstructionsPanic) {
    const Result r = run(single([](FunctionBuilder& f) {
        f.push(U256{250}).push(U256{10}).checked(Op::CADD, IntType{1, false});
        return_top(f);
    }));
    EXPECT_EQ(r.status, Status::Revert);
    EXPECT_EQ(r.output, panic_data(0x11));
    const Result d = run(single([](FunctionBuilder& f) {
        f.push(U256{1}).push(U256{0}).checked(Op::CDIV, uint256_t);
        return_top(f);
    }));
    EXPECT_EQ(d.output, panic_data(0x12));
    EXPECT_EQ(eval([](FunctionBuilder& f) {
                  f.push(U256{250}).push(U256{5}).checked(Op::CADD, IntType{1, false});
              }),
              U256{255});
    EXPECT_EQ(eval([](FunctionBuilder& f) {
                  f.push(U256{250}).push(U256{5}).checked(Op::CSUB, uint256_t);
              }),
              U256{245});
    EXPECT_EQ(eval([](FunctionBuilder& f) {
                  f.push(-U256{3}).push(U256{5}).checked(Op::CMUL, int256_t);
              }),
              -U256{15});
    EXPECT_EQ(eval([](FunctionBuilder& f) {
                  f.push(-U256{7}).push(U256{2}).checked(Op::CMOD, int256_t);
              }),
              -U256{1});
    EXPECT_EQ(eval([](FunctionBuilder& f) {
                  f.push(U256{2}).push(U256{10}).checked(Op::CEXP, uint256_t);
              }),
              U256{1024});
    EXPECT_EQ(eval([](FunctionBuilder& f) { f.push(U256{5}).checked(Op::CNEG, int256_t); }),
              -U256{5});
    EXPECT_EQ(eval([](FunctionBuilder& f) { f.push(U256{0x1FF}).emit(Op::TRUNC, {1}); }),
              U256{0xFF});
    EXPECT_EQ(eval([](FunctionBuilder& f) { f.push(U256{0x80}).emit(Op::SEXT, {1}); }),
              -U256{0x80});
    EXPECT_EQ(eval([](FunctionBuilder& f) {
                  f.push(U256{7}).emit(Op::CSUBI, {uint256_t.encode(), 2});
              }),
              U256{5});
    Builder b;
    auto& f = b.function(0, 0, 1);
    f.push(U256{40}).lset(0).push(U256{2}).emit(Op::CADDL, {uint256_t.encode(), 0});
    return_top(f);
    EXPECT_EQ(word(run(b.build())), U256{42});
    const Result under = run(single([](FunctionBuilder& f2) {
        f2.push(U256{1}).emit(Op::CSUBI, {uint256_t.encode(), 2});
        return_top(f2);
    }));
    EXPECT_EQ(under.output, panic_data(0x11));
}

TEST_P(Eval, StaticGasMatchesTable) {
    const auto two = [](FunctionBuilder& f) { f.push(U256{3}).push(U256{2}); };
    const auto three = [](FunctionBuilder& f) { f.push(U256{3}).push(U256{2}).push(U256{5}); };
    for (Op op : {Op::ADD,        Op::SUB, Op::MUL,  Op::DIV, Op::SDIV, Op::MOD, Op::SMOD,
                  Op::SIGNEXTEND, Op::LT,  Op::GT,   Op::SLT, Op::SGT,  Op::EQ,  Op::AND,
                  Op::OR,         Op::XOR, Op::BYTE, Op::SHL, Op::SHR,  Op::SAR, Op::POP})
        EXPECT_EQ(cost(two, op), static_gas(op)) << info(op).name;
    for (Op op : {Op::ADDMOD, Op::MULMOD})
        EXPECT_EQ(cost(three, op), static_gas(op));
    for (Op op : {Op::ADDRESS, Op::ORIGIN, Op::CALLER, Op::CALLVALUE, Op::CALLDATASIZE,
                  Op::CODESIZE, Op::GASPRICE, Op::COINBASE, Op::TIMESTAMP, Op::NUMBER, Op::CHAINID,
                  Op::GAS, Op::RETURNDATASIZE, Op::MSIZE, Op::SELFBALANCE, Op::PUSH0, Op::GASLIMIT,
                  Op::BASEFEE, Op::PREVRANDAO})
        EXPECT_EQ(cost([](FunctionBuilder&) {}, op), static_gas(op)) << info(op).name;
    for (Op op : {Op::CADD, Op::CSUB, Op::CMUL, Op::CDIV, Op::CMOD})
        EXPECT_EQ(cost(two, op, {uint256_t.encode()}), static_gas(op)) << info(op).name;
    EXPECT_EQ(cost(two, Op::DUP, {2}), 3);
    EXPECT_EQ(cost(two, Op::SWAP, {1}), 3);
    EXPECT_EQ(cost([](FunctionBuilder&) {}, Op::PUSH1, {1}), 3);
    EXPECT_EQ(cost([](FunctionBuilder&) {}, Op::PUSH8, {1}), 3);
}

TEST_P(Eval, DynamicGas) {
    // EXP: 10 + 50 per exponent byte
    EXPECT_EQ(cost([](FunctionBuilder& f) { f.push(U256{3}).push(U256{0x1234}); }, Op::EXP),
              10 + 2 * 50);
    EXPECT_EQ(cost([](FunctionBuilder& f) { f.push(U256{3}).push(U256{0}); }, Op::EXP), 10);
    // KECCAK256 of 64 bytes from fresh memory: 30 + 2*6 + memory(2 words) = 30 + 12 + 6
    EXPECT_EQ(cost([](FunctionBuilder& f) { f.push(U256{0}).push(U256{64}); }, Op::KECCAK256), 48);
    // cold then warm BALANCE
    const Address other = Address::from_u64(0x0DD);
    EXPECT_EQ(cost([&](FunctionBuilder& f) { f.push(other.to_word()); }, Op::BALANCE), 2600);
    EXPECT_EQ(cost([&](FunctionBuilder& f) { f.push(other.to_word()); }, Op::BALANCE), 100);
    // LOG2 with 10 bytes: 375*3 + 80 + memory(1 word)
    EXPECT_EQ(
        cost([](FunctionBuilder& f) { f.push(U256{0}).push(U256{10}).push(U256{1}).push(U256{2}); },
             Op::LOG2),
        1125 + 80 + 3);
}

TEST_P(Eval, TracerSeesEveryStep) {
    run(single(
        [](FunctionBuilder& f) { f.push(U256{1}).push(U256{2}).emit(Op::ADD).emit(Op::STOP); }));
    if (GetParam() == Backend::Traced) {
        EXPECT_EQ(tracer.steps, 4u);
        EXPECT_EQ(tracer.last_op, Op::STOP);
        EXPECT_EQ(tracer.enters, tracer.exits);
    } else {
        EXPECT_EQ(tracer.steps, 0u);
    }
}

/// Reports calls only: the executor must keep it off the per-instruction path.
class CallOnlyTracer final : public Tracer {
public:
    void on_call_enter(const Message&) override { ++enters; }
    void on_call_exit(const Message&, const Result&) override { ++exits; }
    void on_step(const StepInfo&) override { ++steps; }
    std::size_t enters = 0, exits = 0, steps = 0;
};

TEST_P(Eval, CallOnlyTracerSeesCallsButNoSteps) {
    CallOnlyTracer calls;
    ex.set_tracer(&calls);
    EXPECT_FALSE(ex.traces_steps());
    run(single(
        [](FunctionBuilder& f) { f.push(U256{1}).push(U256{2}).emit(Op::ADD).emit(Op::STOP); }));
    EXPECT_EQ(calls.enters, 1u);
    EXPECT_EQ(calls.exits, 1u);
    EXPECT_EQ(calls.steps, 0u);
}

INSTANTIATE_TEST_SUITE_P(Backends, Eval, ::testing::Values(Backend::Plain, Backend::Traced),
                         backend_name);

} // namespace
} // namespace mallory::vm::test
