// LANGUAGE.md §5 from source: the call semantics that reentrancy depends on, compiled by Mallory
// and run on the VM (the VM-level versions with hand-built code are in tests/vm/calls_test.cpp).
#include "tests/lang/compile_fixture.hpp"

namespace mallory::lang::testing {
namespace {

using vm::Status;
using vm::U256;

vm::Bytes addr_arg(const vm::Address& a) {
    return word(a.to_word());
}

vm::Bytes with_address(std::string_view signature, const vm::Address& a) {
    return calldata(signature, {a.to_word()});
}

/// Deploys `name` from `p` with optional constructor arguments; fails the test on error.
vm::Address deploy(VmWorld& w, const CompiledProgram& p, std::string_view name,
                   const vm::Bytes& args = {}, const U256& value = {}) {
    const CompiledContract* c = p.find(name);
    EXPECT_NE(c, nullptr) << name;
    if (!c) return {};
    vm::TxResult d = w.deploy(*c, args, value);
    EXPECT_EQ(d.result.status, Status::Success) << name << ": " << vm::to_string(d.result.status);
    return d.result.created;
}

TEST(CompileSemantics, RevertRollsBackEveryNestedFrameButNotTheCatchingOne) {
    CompiledProgram p(R"sol(
        pragma solidity ^0.8.20;
        contract C {
            uint256 public c;
            event Touched(uint256 v);
            function boom(uint256 v) external { c = v; emit Touched(v); revert("no"); }
            function ok(uint256 v) external { c = v; emit Touched(v); }
        }
        contract B {
            uint256 public b;
            C public cc;
            constructor(C c_) { cc = c_; }
            function viaLow(uint256 v) external returns (bool ok, uint256 size) {
                b = v;
                bytes memory data;
                (ok, data) = address(cc).call(abi.encodeWithSignature("boom(uint256)", v));
                size = data.length;
            }
            function viaHigh(uint256 v) external { b = v; cc.ok(v); cc.boom(v); }
        }
        contract A {
            uint256 public a;
            B public bb;
            constructor(B b_) { bb = b_; }
            function run(uint256 v) external { a = v; bb.viaHigh(v); }
            function runLow(uint256 v) external returns (bool ok) {
                a = v;
                (ok, ) = address(bb).call(abi.encodeWithSignature("viaHigh(uint256)", v));
            }
        }
    )sol");
    VmWorld w;
    vm::Address c = deploy(w, p, "C");
    vm::Address b = deploy(w, p, "B", addr_arg(c));
    vm::Address a = deploy(w, p, "A", addr_arg(b));

    // Low-level call: the callee's revert is a `false` with its revert data; B's write stays.
    vm::TxResult low = w.call(b, calldata("viaLow(uint256)", {7}));
    ASSERT_EQ(low.result.status, Status::Success);
    ASSERT_EQ(low.result.output.size(), 64u);
    EXPECT_EQ(vm::load_be(low.result.output.data()), U256{0});
    EXPECT_EQ(vm::load_be(low.result.output.data() + 32), U256{100}); // Error(string) "no"
    EXPECT_TRUE(low.logs.empty());
    EXPECT_EQ(w.call_word(b, calldata("b()")), U256{7});
    EXPECT_EQ(w.call_word(c, calldata("c()")), U256{0});

    // High-level calls re-raise: C's revert data reaches the transaction through B and A, and
    // every frame's writes and events (cc.ok's included) are undone.
    vm::TxResult high = w.call(a, calldata("run(uint256)", {5}));
    EXPECT_EQ(high.result.status, Status::Revert);
    EXPECT_EQ(high.result.output, error_string("no"));
    EXPECT_TRUE(high.logs.empty());
    EXPECT_EQ(w.call_word(a, calldata("a()")), U256{0});
    EXPECT_EQ(w.call_word(b, calldata("b()")), U256{7});
    EXPECT_EQ(w.call_word(c, calldata("c()")), U256{0});

    // A catches B's bubbled revert with a low-level call: A's write stays, B's and C's do not.
    vm::TxResult caught = w.call(a, calldata("runLow(uint256)", {9}));
    ASSERT_EQ(caught.result.status, Status::Success);
    EXPECT_EQ(vm::load_be(caught.result.output.data()), U256{0});
    EXPECT_TRUE(caught.logs.empty());
    EXPECT_EQ(w.call_word(a, calldata("a()")), U256{9});
    EXPECT_EQ(w.call_word(b, calldata("b()")), U256{7});
    EXPECT_EQ(w.call_word(c, calldata("c()")), U256{0});
}

TEST(CompileSemantics, TransferAndSendStipendCannotPayForAStorageWrite) {
    CompiledProgram p(R"sol(
        pragma solidity ^0.8.20;
        contract Writer { uint256 public hits; receive() external payable { hits += 1; } }
        contract Quiet { receive() external payable {} }
        contract Payer {
            constructor() payable {}
            function pay(address payable to) external { to.transfer(1); }
            function trySend(address payable to) external returns (bool) { return to.send(1); }
            function callPay(address to) external returns (bool ok) { (ok, ) = to.call{value: 1}(""); }
        }
    )sol");
    VmWorld w;
    vm::Address writer = deploy(w, p, "Writer");
    vm::Address quiet = deploy(w, p, "Quiet");
    vm::Address payer = deploy(w, p, "Payer", {}, U256{100});

    EXPECT_EQ(w.call(payer, with_address("pay(address)", writer)).result.status, Status::Revert);
    EXPECT_EQ(w.call_word(payer, with_address("trySend(address)", writer)), U256{0});
    EXPECT_EQ(w.state().balance(writer), U256{0});
    EXPECT_EQ(w.call_word(writer, calldata("hits()")), U256{0});

    EXPECT_EQ(w.call(payer, with_address("pay(address)", quiet)).result.status, Status::Success);
    EXPECT_EQ(w.call_word(payer, with_address("trySend(address)", quiet)), U256{1});
    EXPECT_EQ(w.state().balance(quiet), U256{2});

    // A low-level call forwards (almost) all gas: the same receive runs and writes.
    EXPECT_EQ(w.call_word(payer, with_address("callPay(address)", writer)), U256{1});
    EXPECT_EQ(w.call_word(writer, calldata("hits()")), U256{1});
    EXPECT_EQ(w.state().balance(writer), U256{1});
    EXPECT_EQ(w.state().balance(payer), U256{97});
}

TEST(CompileSemantics, CallsForwardAllButOne64thUnlessGasCapsThem) {
    CompiledProgram p(R"sol(
        pragma solidity ^0.8.20;
        contract Burner {
            uint256 public x;
            function burn() external { while (true) { x += 1; } }
        }
        contract Caller {
            uint256 public left;
            uint256 public used;
            function go(address b) external returns (bool ok) {
                (ok, ) = b.call(abi.encodeWithSignature("burn()"));
                left = gasleft();
            }
            function capped(address b) external returns (bool ok) {
                uint256 before = gasleft();
                (ok, ) = b.call{gas: 50000}(abi.encodeWithSignature("burn()"));
                used = before - gasleft();
            }
        }
    )sol");
    VmWorld w;
    vm::Address burner = deploy(w, p, "Burner");
    vm::Address caller = deploy(w, p, "Caller");
    // 30M gas: the callee burns its 63/64 and fails; the caller keeps about 30M / 64.
    vm::TxResult r = w.call(caller, with_address("go(address)", burner));
    ASSERT_EQ(r.result.status, Status::Success) << vm::to_string(r.result.status);
    EXPECT_EQ(vm::load_be(r.result.output.data()), U256{0});
    const U256 left = w.call_word(caller, calldata("left()"));
    EXPECT_GT(left, U256{440'000});
    EXPECT_LT(left, U256{30'000'000 / 64});

    EXPECT_EQ(w.call_word(caller, with_address("capped(address)", burner)), U256{0});
    const U256 used = w.call_word(caller, calldata("used()"));
    EXPECT_GE(used, U256{50'000});
    EXPECT_LT(used, U256{60'000});
    EXPECT_EQ(w.call_word(burner, calldata("x()")), U256{0});
}

TEST(CompileSemantics, CallDepthStopsAt1024) {
    CompiledProgram p(R"sol(
        pragma solidity ^0.8.20;
        contract Deep {
            uint256 public depth;
            function down(uint256 n) external returns (bool ok) {
                depth = n;
                (ok, ) = address(this).call(abi.encodeWithSignature("down(uint256)", n + 1));
            }
        }
    )sol");
    VmWorld w;
    vm::Address deep = deploy(w, p, "Deep");
    vm::Transaction tx;
    tx.from = VmWorld::alice;
    tx.to = deep;
    tx.data = calldata("down(uint256)", {0});
    tx.gas_limit = 4'000'000'000'000'000; // (63/64)^1025 of it still pays for the last frame
    vm::TxResult r = w.executor().transact(tx);
    ASSERT_EQ(r.result.status, Status::Success) << vm::to_string(r.result.status);
    EXPECT_EQ(w.call_word(deep, calldata("depth()")), U256{1024}); // frames at depths 0..1024
}

TEST(CompileSemantics, ViewCallsRunInAStaticContext) {
    CompiledProgram p(R"sol(
        pragma solidity ^0.8.20;
        interface IReader { function read() external view returns (uint256); }
        contract Sneaky { uint256 public n; function read() external returns (uint256) { n += 1; return n; } }
        contract Honest { function read() external pure returns (uint256) { return 7; } }
        contract Viewer {
            function look(IReader r) external view returns (uint256) { return r.read(); }
            function lookLow(address r) external view returns (bool ok) {
                (ok, ) = r.staticcall(abi.encodeWithSignature("read()"));
            }
        }
    )sol");
    VmWorld w;
    vm::Address sneaky = deploy(w, p, "Sneaky");
    vm::Address honest = deploy(w, p, "Honest");
    vm::Address viewer = deploy(w, p, "Viewer");
    EXPECT_EQ(w.call_word(viewer, with_address("look(address)", honest)), U256{7});
    EXPECT_EQ(w.call(viewer, with_address("look(address)", sneaky)).result.status, Status::Revert);
    EXPECT_EQ(w.call_word(viewer, with_address("lookLow(address)", sneaky)), U256{0});
    EXPECT_EQ(w.call_word(sneaky, calldata("n()")), U256{0});
    EXPECT_EQ(w.call_word(sneaky, calldata("read()")), U256{1}); // not static when called directly
}

TEST(CompileSemantics, ValueSentToNonPayableCodeReverts) {
    CompiledProgram p(R"sol(
        pragma solidity ^0.8.20;
        contract Plain {
            uint256 public x;
            function set(uint256 v) external { x = v; }
            function pay() external payable { x = msg.value; }
        }
        contract Sender {
            constructor() payable {}
            function poke(address p) external returns (bool ok) {
                (ok, ) = p.call{value: 1}(abi.encodeWithSignature("set(uint256)", 5));
            }
        }
    )sol");
    VmWorld w;
    const CompiledContract* plain_code = p.find("Plain");
    ASSERT_NE(plain_code, nullptr);
    EXPECT_EQ(w.deploy(*plain_code, {}, U256{1}).result.status, Status::Revert);
    vm::Address plain = deploy(w, p, "Plain");
    vm::Address sender = deploy(w, p, "Sender", {}, U256{10});
    const U256 alice_before = w.state().balance(VmWorld::alice);
    EXPECT_EQ(w.call(plain, calldata("set(uint256)", {3}), U256{1}).result.status, Status::Revert);
    EXPECT_EQ(w.state().balance(VmWorld::alice), alice_before); // gas price 0: nothing moved
    EXPECT_EQ(w.call(plain, calldata("pay()"), U256{4}).result.status, Status::Success);
    EXPECT_EQ(w.call_word(plain, calldata("x()")), U256{4});
    EXPECT_EQ(w.call_word(sender, with_address("poke(address)", plain)), U256{0});
    EXPECT_EQ(w.call_word(plain, calldata("x()")), U256{4});
    EXPECT_EQ(w.state().balance(plain), U256{4});
    EXPECT_EQ(w.state().balance(sender), U256{10});
}

} // namespace
} // namespace mallory::lang::testing
