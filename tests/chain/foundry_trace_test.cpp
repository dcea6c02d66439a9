// The call-trace recorder and printer.
#include "chain/foundry/session.hpp"
#include "vm/keccak.hpp"
#include "vm/memory_state.hpp"

#include <gtest/gtest.h>

namespace mallory::chain::foundry {
namespace {

TEST(FoundryTrace, RendersATreeWithEventsAndReverts) {
    vm::ContractCode dao;
    dao.name = "DAO";
    vm::AbiEntry deposit;
    deposit.name = "deposit";
    deposit.signature = "deposit()";
    deposit.mutability = vm::Mutability::Payable;
    vm::AbiEntry ev;
    ev.kind = vm::AbiKind::Event;
    ev.name = "Transfer";
    ev.signature = "Transfer(address,uint256)";
    ev.inputs = {"address", "uint256"};
    ev.indexed = {true, false};
    dao.abi = {deposit, ev};
    auto code = std::make_shared<const vm::ContractCode>(dao);

    CallNode root;
    root.recipient = Address::from_u64(0x7e57);
    root.input = {0x12, 0x34, 0x56, 0x78};
    root.gas_used = 50000;
    root.status = vm::Status::Revert;
    root.output = encode_error("assertion failed");
    auto child = std::make_unique<CallNode>();
    child->recipient = child->code_address = Address::from_u64(0xda0);
    child->code = code;
    child->value = U256{1000};
    const auto sel = vm::selector_of("deposit()");
    child->input.assign(sel.begin(), sel.end());
    child->gas_used = 22000;
    vm::Log log;
    log.address = child->recipient;
    log.topics = {vm::load_be(ev.hash().data()), Address::from_u64(0xa11ce).to_word()};
    std::string error;
    log.data = *encode_arguments({"uint256"}, {"1000"}, {}, error);
    child->items.push_back(CallNode::Item{nullptr, log});
    root.items.push_back(CallNode::Item{std::move(child), std::nullopt});

    const std::map<Address, std::string> labels{{Address::from_u64(0xa11ce), "alice"}};
    TraceNames names;
    names.labels = &labels;
    const ParamNames params{{"Transfer(address,uint256)", {"to", "amount"}}};
    names.params = &params;
    names.code_of = [&](const Address& a) -> const vm::ContractCode* {
        return a == Address::from_u64(0xda0) ? code.get() : nullptr;
    };
    EXPECT_EQ(render_trace(root, names),
              "  [50000] 0x0000000000000000000000000000000000007e57::0x12345678()\n"
              "    ├─ [22000] DAO::deposit{value: 1000}()\n"
              "    │   ├─ emit Transfer(to: alice: [0x00000000000000000000000000000000000A11cE], "
              "amount: 1000)\n"
              "    │   └─ ← [Stop]\n"
              "    └─ ← [Revert] assertion failed\n");
}

TEST(FoundryTrace, RecordsCallsThroughTheExecutor) {
    Session s(true);
    vm::Message m;
    m.gas = 100000;
    m.sender = Address::from_u64(1);
    m.recipient = m.code_address = console_address();
    const auto sel = vm::selector_of("log(string)");
    std::string error;
    Bytes data(sel.begin(), sel.end());
    const auto args = encode_arguments({"string"}, {"hi"}, {}, error);
    data.insert(data.end(), args->begin(), args->end());
    m.input = data;
    ASSERT_TRUE(s.executor().execute(m).success());
    ASSERT_EQ(s.recorder()->roots().size(), 1U);
    EXPECT_EQ(render_trace(*s.recorder()->roots()[0], s.names(nullptr)),
              "  [0] console::log(\"hi\")\n"
              "    └─ ← [Stop]\n");
}

TEST(FoundryTrace, StopsRecordingAtItsLimitAndCountsTheRest) {
    vm::MemoryState state;
    TraceRecorder recorder(state, 2);
    vm::Message top;
    top.gas = 1000;
    vm::Message inner = top;
    inner.depth = 1;
    vm::Result done;
    done.status = vm::Status::Success;
    recorder.enter(top);
    for (int i = 0; i < 3; ++i) { // the first inner call fits the limit of 2, the others do not
        recorder.enter(inner);
        vm::Message nested = inner;
        nested.depth = 2;
        recorder.enter(nested);
        recorder.exit(nested, done);
        recorder.exit(inner, done);
    }
    recorder.exit(top, done);
    ASSERT_EQ(recorder.roots().size(), 1U);
    const CallNode& root = *recorder.roots()[0];
    ASSERT_EQ(root.items.size(), 1U);           // the first inner call
    EXPECT_EQ(root.items[0].call->omitted, 1U); // its nested call
    // The other two inner calls and their nested calls, all inside the root frame.
    EXPECT_EQ(root.omitted, 4U);
    EXPECT_NE(render_trace(root, TraceNames{}).find("... 4 more calls and events not recorded"),
              std::string::npos);
    // Top-level calls are always recorded.
    recorder.enter(top);
    recorder.exit(top, done);
    EXPECT_EQ(recorder.roots().size(), 2U);
}

} // namespace
} // namespace mallory::chain::foundry
