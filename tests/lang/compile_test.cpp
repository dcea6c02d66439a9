// The compiler, feature by feature: compile + run + check returns, storage, events, balances.
#include "tests/lang/compile_fixture.hpp"

namespace mallory::lang::testing {
namespace {

using vm::Status;
using vm::U256;

TEST(Compile, CounterStoresAndReturns) {
    CompiledProgram p(R"sol(
        pragma solidity ^0.8.20;
        contract Counter {
            uint256 public count;
            function increment() external { count += 1; }
            function add(uint256 n) external returns (uint256) { count = count + n; return count; }
        }
    )sol");
    const CompiledContract* c = p.find("Counter");
    ASSERT_NE(c, nullptr);
    VmWorld w;
    vm::TxResult d = w.deploy(*c);
    ASSERT_EQ(d.result.status, Status::Success) << vm::to_string(d.result.status);
    vm::Address at = d.result.created;
    EXPECT_EQ(w.call(at, calldata("increment()")).result.status, Status::Success);
    EXPECT_EQ(w.call_word(at, calldata("count()")), U256{1});
    EXPECT_EQ(w.call_word(at, calldata("add(uint256)", {41})), U256{42});
    EXPECT_EQ(w.call_word(at, calldata("count()")), U256{42});
}

/// The code of `name` compiled from `files` (the first file is the one holding it).
vm::Bytes serialized_code(const std::vector<std::pair<std::string, std::string>>& files,
                          std::string_view name, std::vector<std::string>* code_files = nullptr) {
    FrontendResult front = check_sources(files);
    EXPECT_TRUE(front.ok()) << render_all(front.sources, front.diagnostics.sorted(), false);
    if (!front.ok()) return {};
    Diagnostics diagnostics;
    CompileOutput out = compile(front.sources, *front.model, diagnostics);
    const CompiledContract* c = out.find(name);
    EXPECT_NE(c, nullptr);
    if (!c) return {};
    if (code_files) *code_files = c->code->files;
    return vm::serialize(*c->code);
}

// The code (and so the deployment cost) of a contract names only the files its source map
// refers to: compiling an unrelated file beside it (forge-std's console2.sol) changes nothing.
TEST(Compile, CodeDoesNotDependOnUnrelatedFilesCompiledBesideIt) {
    const std::pair<std::string, std::string> counter{
        "counter.sol", "pragma solidity ^0.8.20;\n"
                       "contract Counter { uint256 public n; function inc() external { n++; } }\n"};
    const std::pair<std::string, std::string> unrelated{
        "other.sol", "pragma solidity ^0.8.20;\ncontract Other { function f() external {} }\n"};
    std::vector<std::string> files;
    const vm::Bytes alone = serialized_code({counter}, "Counter", &files);
    EXPECT_EQ(files, std::vector<std::string>{"counter.sol"});
    EXPECT_EQ(serialized_code({counter, unrelated}, "Counter", &files), alone);
    EXPECT_EQ(files, std::vector<std::string>{"counter.sol"});
    // A contract built from two files names both, and its source map points into each.
    const std::pair<std::string, std::string> base{
        "base.sol", "pragma solidity ^0.8.20;\n"
                    "contract Base { uint256 public b; function setB() external { b = 1; } }\n"};
    const std::pair<std::string, std::string> derived{
        "derived.sol", "pragma solidity ^0.8.20;\nimport \"base.sol\";\n"
                       "contract Derived is Base { function g() external { b = 2; } }\n"};
    serialized_code({derived, base}, "Derived", &files);
    std::sort(files.begin(), files.end());
    EXPECT_EQ(files, (std::vector<std::string>{"base.sol", "derived.sol"}));
}

TEST(Compile, CheckedArithmeticPanicsAndUncheckedWraps) {
    CompiledProgram p(R"sol(
        pragma solidity ^0.8.20;
        contract Math {
            function add8(uint8 a, uint8 b) external pure returns (uint8) { return a + b; }
            function wrap8(uint8 a, uint8 b) external pure returns (uint8) { unchecked { return a + b; } }
            function sub(uint256 a, uint256 b) external pure returns (uint256) { return a - b; }
            function div(int256 a, int256 b) external pure returns (int256) { return a / b; }
            function neg(int8 a) external pure returns (int8) { return -a; }
        }
    )sol");
    const CompiledContract* c = p.find("Math");
    ASSERT_NE(c, nullptr);
    VmWorld w;
    vm::Address at = w.deploy(*c).result.created;
    EXPECT_EQ(w.call_word(at, calldata("add8(uint8,uint8)", {100, 27})), U256{127});
    vm::TxResult overflow = w.call(at, calldata("add8(uint8,uint8)", {200, 100}));
    EXPECT_EQ(overflow.result.status, Status::Revert);
    EXPECT_EQ(overflow.result.output, vm::panic_data(0x11));
    EXPECT_EQ(w.call_word(at, calldata("wrap8(uint8,uint8)", {200, 100})), U256{44});
    EXPECT_EQ(w.call(at, calldata("sub(uint256,uint256)", {1, 2})).result.output,
              vm::panic_data(0x11));
    EXPECT_EQ(w.call(at, calldata("div(int256,int256)", {1, 0})).result.output,
              vm::panic_data(0x12));
    EXPECT_EQ(w.call_word(at, calldata("div(int256,int256)", {U256{0} - U256{7}, 2})),
              U256{0} - U256{3});
    EXPECT_EQ(w.call(at, calldata("neg(int8)", {U256{0} - U256{128}})).result.output,
              vm::panic_data(0x11));
    // an argument that does not fit its type is rejected like solc does
    EXPECT_EQ(w.call(at, calldata("add8(uint8,uint8)", {256, 1})).result.status, Status::Revert);
}

TEST(Compile, BankWithMappingRequireAndTransfer) {
    CompiledProgram p(R"sol(
        pragma solidity ^0.8.20;
        contract Bank {
            mapping(address => uint256) public balances;
            event Deposit(address indexed who, uint256 amount);
            function deposit() external payable {
                balances[msg.sender] += msg.value;
                emit Deposit(msg.sender, msg.value);
            }
            function withdraw(uint256 amount) external {
                require(balances[msg.sender] >= amount, "insufficient balance");
                balances[msg.sender] -= amount;
                payable(msg.sender).transfer(amount);
            }
        }
    )sol");
    const CompiledContract* c = p.find("Bank");
    ASSERT_NE(c, nullptr);
    VmWorld w;
    vm::Address at = w.deploy(*c).result.created;
    vm::TxResult dep = w.call(at, calldata("deposit()"), ether(5));
    ASSERT_EQ(dep.result.status, Status::Success);
    ASSERT_EQ(dep.logs.size(), 1u);
    EXPECT_EQ(dep.logs[0].topics.size(), 2u);
    EXPECT_EQ(dep.logs[0].topics[0],
              vm::keccak256_word(vm::BytesView{
                  reinterpret_cast<const std::uint8_t*>("Deposit(address,uint256)"), 24}));
    EXPECT_EQ(dep.logs[0].topics[1], VmWorld::alice.to_word());
    EXPECT_EQ(vm::load_be(dep.logs[0].data.data()), ether(5));
    EXPECT_EQ(w.call_word(at, calldata("balances(address)", {VmWorld::alice.to_word()})), ether(5));
    EXPECT_EQ(w.state().balance(at), ether(5));
    vm::TxResult too_much = w.call(at, calldata("withdraw(uint256)", {ether(6)}));
    EXPECT_EQ(too_much.result.status, Status::Revert);
    EXPECT_EQ(too_much.result.output, error_string("insufficient balance"));
    EXPECT_EQ(w.call(at, calldata("withdraw(uint256)", {ether(2)})).result.status, Status::Success);
    EXPECT_EQ(w.state().balance(at), ether(3));
    EXPECT_EQ(w.call_word(at, calldata("balances(address)", {VmWorld::alice.to_word()})), ether(3));
    // non-payable function with value reverts
    EXPECT_EQ(w.call(at, calldata("withdraw(uint256)", {1}), 1).result.status, Status::Revert);
}

TEST(Compile, InheritanceModifiersSuperAndConstructor) {
    CompiledProgram p(R"sol(
        pragma solidity ^0.8.20;
        contract Owned {
            address public owner;
            constructor() { owner = msg.sender; }
            modifier onlyOwner() { require(msg.sender == owner, "not owner"); _; }
        }
        contract Base is Owned {
            uint256 public x;
            function bump() public virtual returns (uint256) { x += 1; return x; }
        }
        contract Derived is Base {
            uint256 public limit;
            constructor(uint256 l) { limit = l; }
            function bump() public override onlyOwner returns (uint256) {
                uint256 r = super.bump();
                require(r <= limit, "limit");
                return r * 10;
            }
        }
    )sol");
    const CompiledContract* c = p.find("Derived");
    ASSERT_NE(c, nullptr);
    VmWorld w;
    vm::TxResult d = w.deploy(*c, word(2));
    ASSERT_EQ(d.result.status, Status::Success);
    vm::Address at = d.result.created;
    EXPECT_EQ(w.call_word(at, calldata("owner()")), VmWorld::alice.to_word());
    EXPECT_EQ(w.call_word(at, calldata("limit()")), U256{2});
    EXPECT_EQ(w.call_word(at, calldata("bump()")), U256{10});
    EXPECT_EQ(w.call_word(at, calldata("bump()")), U256{20});
    EXPECT_EQ(w.call(at, calldata("bump()")).result.output, error_string("limit"));
    EXPECT_EQ(w.call_word(at, calldata("x()")), U256{2}); // the failed call rolled back
    EXPECT_EQ(w.call(at, calldata("bump()"), {}, VmWorld::bob).result.output,
              error_string("not owner"));
}

// `emit M.Ev()` and `revert M.Err()` through import aliases are the file's own event and error:
// the same topic and selector as named bare. (The run cases leave the emit out: solc 0.8.28's
// legacy code generator fails on it, so their reference cannot run it.)
TEST(Compile, EventAndErrorThroughAnImportAlias) {
    CompiledProgram p(std::vector<std::pair<std::string, std::string>>{{"events.sol", R"sol(
            pragma solidity ^0.8.20;
            event Moved(address indexed who, uint256 distance);
            error TooFar(uint256 distance);
        )sol"},
                                                                       {"main.sol", R"sol(
            pragma solidity ^0.8.20;
            import * as E from "./events.sol";
            import "./events.sol" as Again;
            contract Mover {
                function move(uint256 d) external {
                    if (d > 10) revert Again.TooFar(d);
                    emit E.Moved(msg.sender, d);
                }
            }
        )sol"}});
    const CompiledContract* c = p.find("Mover");
    ASSERT_NE(c, nullptr);
    VmWorld w;
    vm::TxResult d = w.deploy(*c);
    ASSERT_EQ(d.result.status, Status::Success);
    vm::Address at = d.result.created;
    vm::TxResult moved = w.call(at, calldata("move(uint256)", {7}));
    ASSERT_EQ(moved.result.status, Status::Success);
    ASSERT_EQ(moved.logs.size(), 1u);
    ASSERT_EQ(moved.logs[0].topics.size(), 2u);
    EXPECT_EQ(moved.logs[0].topics[0],
              vm::load_be(vm::keccak256(std::string_view("Moved(address,uint256)")).data()));
    EXPECT_EQ(moved.logs[0].topics[1], VmWorld::alice.to_word());
    EXPECT_EQ(moved.logs[0].data, word(7));
    vm::TxResult far = w.call(at, calldata("move(uint256)", {12}));
    EXPECT_EQ(far.result.status, Status::Revert);
    EXPECT_EQ(far.result.output, calldata("TooFar(uint256)", {12}));
}

TEST(Compile, StructsArraysAndLoops) {
    CompiledProgram p(R"sol(
        pragma solidity ^0.8.20;
        contract Store {
            struct Item { uint256 id; address owner; bool sold; }
            Item[] public items;
            mapping(uint256 => Item) public byId;
            uint256[3] public fixedOnes;
            function add(uint256 id) external {
                items.push(Item(id, msg.sender, false));
                byId[id] = Item(id, msg.sender, false);
            }
            function sell(uint256 i) external { items[i].sold = true; }
            function count() external view returns (uint256) { return items.length; }
            function sumIds() external view returns (uint256 s) {
                for (uint256 i = 0; i < items.length; i++) { s += items[i].id; }
            }
            function removeLast() external { items.pop(); }
            function setFixed(uint256 i, uint256 v) external { fixedOnes[i] = v; }
            function firstSold() external view returns (bool) { Item memory it = items[0]; return it.sold; }
        }
    )sol");
    const CompiledContract* c = p.find("Store");
    ASSERT_NE(c, nullptr);
    VmWorld w;
    vm::Address at = w.deploy(*c).result.created;
    for (std::uint64_t id : {5, 7, 11})
        ASSERT_EQ(w.call(at, calldata("add(uint256)", {id})).result.status, Status::Success);
    EXPECT_EQ(w.call_word(at, calldata("count()")), U256{3});
    EXPECT_EQ(w.call_word(at, calldata("sumIds()")), U256{23});
    EXPECT_EQ(w.call(at, calldata("sell(uint256)", {0})).result.status, Status::Success);
    EXPECT_EQ(w.call_word(at, calldata("firstSold()")), U256{1});
    vm::TxResult item = w.call(at, calldata("items(uint256)", {1}));
    ASSERT_EQ(item.result.output.size(), 96u);
    EXPECT_EQ(vm::load_be(item.result.output.data()), U256{7});
    vm::TxResult beyond = w.call(at, calldata("items(uint256)", {3})); // getters: empty revert
    EXPECT_EQ(beyond.result.status, Status::Revert);
    EXPECT_TRUE(beyond.result.output.empty());
    EXPECT_EQ(w.call(at, calldata("removeLast()")).result.status, Status::Success);
    EXPECT_EQ(w.call_word(at, calldata("count()")), U256{2});
    EXPECT_EQ(w.call(at, calldata("setFixed(uint256,uint256)", {3, 1})).result.output,
              vm::panic_data(0x32));
    EXPECT_EQ(w.call(at, calldata("setFixed(uint256,uint256)", {2, 9})).result.status,
              Status::Success);
    EXPECT_EQ(w.call_word(at, calldata("fixedOnes(uint256)", {2})), U256{9});
    EXPECT_EQ(w.call_word(at, calldata("byId(uint256)", {11})), U256{11});
}

TEST(Compile, ExternalCallsCreationAndRevertBubbling) {
    CompiledProgram p(R"sol(
        pragma solidity ^0.8.20;
        interface IVault { function put() external payable; function get() external view returns (uint256); }
        contract Vault is IVault {
            uint256 total;
            error TooBig(uint256 amount);
            function put() external payable { if (msg.value > 5 ether) revert TooBig(msg.value); total += msg.value; }
            function get() external view returns (uint256) { return total; }
        }
        contract Factory {
            Vault public vault;
            constructor() payable { vault = new Vault(); }
            function fund(uint256 v) external { vault.put{value: v}(); }
            function read() external view returns (uint256) { return IVault(address(vault)).get(); }
            function low(uint256 v) external returns (bool ok) {
                (ok, ) = address(vault).call{value: v}(abi.encodeWithSignature("put()"));
            }
        }
    )sol");
    const CompiledContract* c = p.find("Factory");
    ASSERT_NE(c, nullptr);
    VmWorld w;
    vm::TxResult d = w.deploy(*c, {}, ether(20));
    ASSERT_EQ(d.result.status, Status::Success) << vm::to_string(d.result.status);
    vm::Address at = d.result.created;
    EXPECT_EQ(w.call(at, calldata("fund(uint256)", {ether(2)})).result.status, Status::Success);
    EXPECT_EQ(w.call_word(at, calldata("read()")), ether(2));
    vm::TxResult big = w.call(at, calldata("fund(uint256)", {ether(6)}));
    EXPECT_EQ(big.result.status, Status::Revert);
    vm::Bytes expected = calldata("TooBig(uint256)", {ether(6)});
    EXPECT_EQ(big.result.output, expected);
    EXPECT_EQ(w.call_word(at, calldata("low(uint256)", {ether(6)})), U256{0});
    EXPECT_EQ(w.call_word(at, calldata("low(uint256)", {ether(1)})), U256{1});
    EXPECT_EQ(w.call_word(at, calldata("read()")), ether(3));
}

} // namespace
} // namespace mallory::lang::testing

namespace mallory::lang::testing {
namespace {

// A calldata argument's `x.offset` in inline assembly passes the checker (OpenZeppelin's ECDSA
// has such functions) but is compiled only where it is used: a library function nobody calls
// costs nothing, one that is called is a located compile error.
TEST(Compile, CalldataOffsetInAssemblyIsAnErrorOnlyWhereItIsCompiled) {
    const std::string library = R"sol(
        pragma solidity ^0.8.24;
        library Sig {
            function first(bytes calldata data) internal pure returns (bytes32 w) {
                assembly { w := calldataload(data.offset) }
            }
            function size(bytes calldata data) internal pure returns (uint256 n) {
                assembly { n := data.length }
            }
        }
    )sol";
    CompiledProgram unused(library + R"sol(
        contract UsesLength {
            function f(bytes calldata d) external pure returns (uint256) { return Sig.size(d); }
        }
    )sol");
    EXPECT_NE(unused.find("UsesLength"), nullptr);

    FrontendResult front = check_sources({{"test.sol", library + R"sol(
        contract UsesOffset {
            function f(bytes calldata d) external pure returns (bytes32) { return Sig.first(d); }
        }
    )sol"}});
    ASSERT_TRUE(front.ok());
    Diagnostics diagnostics;
    compile(front.sources, *front.model, diagnostics);
    ASSERT_TRUE(diagnostics.has_errors());
    const std::string text = render_all(front.sources, diagnostics.sorted(), false);
    EXPECT_NE(text.find("test.sol:5:46: error: cannot compile 'data.offset' of a calldata "
                        "argument in inline assembly"),
              std::string::npos)
        << text;
}

} // namespace
} // namespace mallory::lang::testing
