// DSTest's log events decoded into forge's "Logs:" lines (chain/foundry/ds_test_log.hpp).
#include "chain/foundry/abi.hpp"
#include "chain/foundry/ds_test_log.hpp"
#include "vm/keccak.hpp"

#include <gtest/gtest.h>

namespace mallory::chain::foundry {
namespace {

/// The log `emit <signature>(args...)` leaves: topic 0 the event's hash, the arguments as data.
vm::Log emitted(const std::string& signature, const std::vector<std::string>& args) {
    const Signature sig = *parse_signature(signature);
    std::string error;
    const auto data = encode_arguments(sig.types, args, {}, error);
    EXPECT_TRUE(data) << error;
    vm::Log log;
    log.topics.push_back(vm::load_be(vm::keccak256(sig.canonical()).data()));
    log.data = data.value_or(Bytes{});
    return log;
}

TEST(DsTestLog, SingleValuesPrintAsForgePrintsThem) {
    EXPECT_EQ(decode_ds_test_log(emitted("log(string)", {"plain text"})), "plain text");
    EXPECT_EQ(decode_ds_test_log(emitted("log_string(string)", {"s"})), "s");
    EXPECT_EQ(decode_ds_test_log(emitted("log_uint(uint256)", {"42"})), "42");
    EXPECT_EQ(decode_ds_test_log(emitted("log_int(int256)", {"-42"})), "-42");
    EXPECT_EQ(decode_ds_test_log(
                  emitted("log_address(address)", {"0x5aaeb6053f3e94c9b9a09f33669435e7ef1beaed"})),
              "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed");
    EXPECT_EQ(decode_ds_test_log(emitted("log_bytes(bytes)", {"0xc0ffee"})), "0xc0ffee");
    EXPECT_EQ(decode_ds_test_log(emitted("log_array(uint256[])", {"[1,2,3]"})), "[1, 2, 3]");
}

TEST(DsTestLog, NamedValuesPrintTheirKey) {
    EXPECT_EQ(decode_ds_test_log(emitted("log_named_uint(string,uint256)", {"balance", "1000"})),
              "balance: 1000");
    EXPECT_EQ(decode_ds_test_log(emitted("log_named_int(string,int256)", {"delta", "-5"})),
              "delta: -5");
    EXPECT_EQ(decode_ds_test_log(emitted("log_named_string(string,string)", {"name", "m"})),
              "name: m");
    EXPECT_EQ(decode_ds_test_log(emitted("log_named_array(string,int256[])", {"xs", "[-1,2]"})),
              "xs: [-1, 2]");
}

TEST(DsTestLog, DecimalValuesKeepEveryFractionalDigit) {
    const char* uint_sig = "log_named_decimal_uint(string,uint256,uint256)";
    EXPECT_EQ(decode_ds_test_log(emitted(uint_sig, {"price", "1500000000000000000", "18"})),
              "price: 1.500000000000000000");
    EXPECT_EQ(decode_ds_test_log(emitted(uint_sig, {"tiny", "5", "3"})), "tiny: 0.005");
    EXPECT_EQ(decode_ds_test_log(emitted(uint_sig, {"whole", "7", "0"})), "whole: 7");
    EXPECT_EQ(decode_ds_test_log(
                  emitted("log_named_decimal_int(string,int256,uint256)", {"loss", "-25", "1"})),
              "loss: -2.5");
}

TEST(DsTestLog, OtherEventsAreNotLogLines) {
    EXPECT_FALSE(decode_ds_test_log(
        emitted("Transfer(address,address,uint256)",
                {"0x" + std::string(40, '1'), "0x" + std::string(40, '2'), "5"})));
    vm::Log indexed = emitted("log_uint(uint256)", {"1"});
    indexed.topics.push_back(U256{1}); // the same name with an indexed parameter is not DSTest's
    EXPECT_FALSE(decode_ds_test_log(indexed));
    vm::Log truncated = emitted("log_named_uint(string,uint256)", {"k", "1"});
    truncated.data.resize(40);
    EXPECT_FALSE(decode_ds_test_log(truncated));
}

} // namespace
} // namespace mallory::chain::foundry
