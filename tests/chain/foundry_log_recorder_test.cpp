// vm.recordLogs()/getRecordedLogs() parts: the recorder's bookkeeping over a transaction's log
// list, and the ABI encoding of Vm.Log[] (decoded back with the generic decoder).
#include "chain/foundry/abi.hpp"
#include "chain/foundry/log_recorder.hpp"

#include <gtest/gtest.h>

namespace mallory::chain::foundry {
namespace {

vm::Log make_log(std::uint64_t emitter, std::vector<U256> topics, Bytes data) {
    return vm::Log{Address::from_u64(emitter), std::move(topics), std::move(data)};
}

TEST(FoundryLogRecorder, NothingIsRecordedBeforeStart) {
    LogRecorder r;
    const std::vector<vm::Log> tx{make_log(1, {U256{1}}, {})};
    EXPECT_TRUE(r.take(tx).empty());
    EXPECT_FALSE(r.recording());
}

TEST(FoundryLogRecorder, RecordsFromStartOnAndTakeEmpties) {
    LogRecorder r;
    std::vector<vm::Log> tx{make_log(1, {U256{1}}, {})};
    r.start(tx); // the log already emitted is not recorded
    tx.push_back(make_log(2, {U256{2}}, {0xaa}));
    tx.push_back(make_log(3, {}, {}));
    const auto got = r.take(tx);
    ASSERT_EQ(got.size(), 2u);
    EXPECT_EQ(got[0], tx[1]);
    EXPECT_EQ(got[1], tx[2]);
    EXPECT_TRUE(r.take(tx).empty());
    tx.push_back(make_log(4, {}, {}));
    ASSERT_EQ(r.take(tx).size(), 1u); // still recording
}

TEST(FoundryLogRecorder, StartAgainForgetsEarlierLogs) {
    LogRecorder r;
    std::vector<vm::Log> tx;
    r.start(tx);
    tx.push_back(make_log(1, {}, {}));
    r.start(tx);
    tx.push_back(make_log(2, {}, {}));
    const auto got = r.take(tx);
    ASSERT_EQ(got.size(), 1u);
    EXPECT_EQ(got[0].address, Address::from_u64(2));
}

TEST(FoundryLogRecorder, KeepsSuccessfulTransactionsLogsOnly) {
    LogRecorder r;
    r.begin_transaction();
    std::vector<vm::Log> tx;
    r.start(tx);
    tx.push_back(make_log(1, {}, {}));
    r.end_transaction(tx, true);
    r.begin_transaction();
    const std::vector<vm::Log> failed{make_log(2, {}, {})};
    r.end_transaction(failed, false);
    r.begin_transaction();
    const std::vector<vm::Log> next{make_log(3, {}, {})};
    const auto got = r.take(next);
    ASSERT_EQ(got.size(), 2u);
    EXPECT_EQ(got[0].address, Address::from_u64(1));
    EXPECT_EQ(got[1].address, Address::from_u64(3));
}

TEST(FoundryLogRecorder, ARevertBelowTheCursorDoesNotReadPastTheList) {
    LogRecorder r;
    std::vector<vm::Log> tx{make_log(1, {}, {}), make_log(2, {}, {})};
    r.start(tx);
    tx.resize(1); // an enclosing frame reverted
    tx.push_back(make_log(3, {}, {}));
    EXPECT_TRUE(r.take(tx).empty()); // the cursor (2) is at the list's end
}

TEST(FoundryLogRecorder, EncodesForgeStdsLogArray) {
    const std::vector<vm::Log> logs{
        make_log(0xabc, {U256{7}, U256{8}}, Bytes{1, 2, 3}),
        make_log(0xdef, {}, Bytes(40, 0x11)),
    };
    const Bytes enc = encode_logs(logs);
    // Decoded as parallel fields through the generic decoder: the array's head, then each tuple.
    const auto head = decode_values({"uint256", "uint256", "uint256", "uint256"}, enc);
    ASSERT_TRUE(head);
    EXPECT_EQ((*head)[0].text, "32"); // offset of the array
    EXPECT_EQ((*head)[1].text, "2");  // length
    EXPECT_EQ((*head)[2].text, "64"); // first tuple, after the two offsets
    const std::size_t first = 32 + 32 + 64;
    const auto t0 = decode_values({"bytes32[]", "bytes", "address"}, BytesView{enc}.subspan(first));
    ASSERT_TRUE(t0);
    EXPECT_EQ((*t0)[0].json.size(), 2u);
    EXPECT_EQ((*t0)[1].json.get<std::string>(), "0x010203");
    EXPECT_EQ((*t0)[2].json.get<std::string>(), address_hex(Address::from_u64(0xabc)));
    const std::size_t second = 32 + 32 + std::stoul((*head)[3].text);
    const auto t1 =
        decode_values({"bytes32[]", "bytes", "address"}, BytesView{enc}.subspan(second));
    ASSERT_TRUE(t1);
    EXPECT_TRUE((*t1)[0].json.empty());
    EXPECT_EQ((*t1)[1].json.get<std::string>().size(), 2u + 80u);
    EXPECT_EQ(enc.size(), second + 32 * 3 + 32 + 32 + 64); // topics len, data len, 2 data words
}

TEST(FoundryLogRecorder, EncodesAnEmptyArray) {
    const Bytes enc = encode_logs({});
    ASSERT_EQ(enc.size(), 64u);
    EXPECT_EQ(enc[31], 32);
    EXPECT_EQ(enc[63], 0);
}

} // namespace
} // namespace mallory::chain::foundry
