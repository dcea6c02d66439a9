// Transactions, fees, the mempool and mining, receipts, fork choice and reorgs, persistence.
#include "chain/chain.hpp"
#include "tests/scratch_dir.hpp"

#include <filesystem>
#include <fstream>
#include <gtest/gtest.h>

using namespace mallory::chain;
namespace vm = mallory::vm;

namespace {

const PrivateKey alice = Chain::dev_key("alice");
const PrivateKey bob = Chain::dev_key("bob");
const Address carol = Chain::dev_address("carol");

TxError rejection(Chain& c, Transaction tx, bool sign_with_alice = true) {
    if (sign_with_alice) tx.sign(alice);
    const auto r = c.submit(tx);
    EXPECT_FALSE(r.ok());
    return r.error ? r.error->error : TxError::Malformed;
}

} // namespace

TEST(Genesis, DevAccountsAreFunded) {
    auto c = Chain::in_memory();
    EXPECT_EQ(c->balance(alice.address()), U256{10000} * ether);
    EXPECT_EQ(c->height(), 0u);
    EXPECT_TRUE(c->verify_state_root());
}

TEST(TxValidation, EveryRejectionAndNothingChanges) {
    auto c = Chain::in_memory();
    const Hash root = c->state().root();
    Transaction base = c->prepare(alice, carol, U256{1});

    Transaction t = base;
    t.chain_id = 1;
    EXPECT_EQ(rejection(*c, t), TxError::WrongChainId);

    t = base;
    t.value = U256{2}; // signature no longer matches the claimed sender
    EXPECT_EQ(rejection(*c, t, false), TxError::BadSignature);

    t = base;
    t.sign(PrivateKey::dev("nobody"));
    EXPECT_EQ(rejection(*c, t, false), TxError::UnknownSender);

    t = base;
    t.nonce = 5;
    t.sign(alice);
    const auto r = c->submit(t);
    ASSERT_TRUE(r.error);
    EXPECT_EQ(r.error->error, TxError::NonceTooHigh);
    EXPECT_EQ(r.error->message(), "wrong nonce (too high): expected 0, got 5");

    t = base;
    t.gas_limit = 20999;
    EXPECT_EQ(rejection(*c, t), TxError::IntrinsicGasTooLow);
    t = base;
    t.data = {0, 1, 0};
    t.gas_limit = 21000 + 4 + 16; // needs 21024
    EXPECT_EQ(rejection(*c, t), TxError::IntrinsicGasTooLow);
    t = base;
    t.to.reset();
    t.gas_limit = 52999;
    EXPECT_EQ(rejection(*c, t), TxError::IntrinsicGasTooLow);

    t = base;
    t.gas_limit = c->config().gas_limit + 1;
    EXPECT_EQ(rejection(*c, t), TxError::GasLimitAboveBlock);

    t = base;
    t.value = U256{10000} * ether; // plus the gas: too much
    EXPECT_EQ(rejection(*c, t), TxError::InsufficientFunds);
    t = base;
    t.gas_price = U256::max(); // gasLimit * gasPrice overflows
    EXPECT_EQ(rejection(*c, t), TxError::InsufficientFunds);

    ASSERT_TRUE(c->submit(base).ok());
    EXPECT_EQ(c->submit(base).error->error, TxError::AlreadyKnown);
    c->mine();
    EXPECT_EQ(rejection(*c, base, false), TxError::NonceTooLow); // replay is impossible

    // A contract cannot send.
    EXPECT_EQ(to_string(TxError::SenderNotEoa),
              "sender is a contract, not an externally owned account");
    EXPECT_EQ(name_of(TxError::Malformed), "Malformed");
    EXPECT_NE(root, c->state().root()); // only the one good transaction changed the state
}

TEST(Fees, TransferPaysGasToCoinbase) {
    GenesisConfig cfg;
    cfg.gas_price = U256{7};
    auto c = Chain::in_memory(cfg);
    const U256 before = c->balance(alice.address());
    const auto tx = c->prepare(alice, carol, U256{1000});
    const auto h = c->submit(tx).hash;
    const Block& b = c->mine();
    const auto r = c->receipt(h);
    ASSERT_TRUE(r);
    EXPECT_TRUE(r->success());
    EXPECT_EQ(r->gas_used, 21000);
    EXPECT_EQ(r->cumulative_gas, 21000);
    EXPECT_EQ(b.header.gas_used, 21000u);
    EXPECT_EQ(c->balance(alice.address()), before - U256{1000} - U256{21000 * 7});
    EXPECT_EQ(c->balance(cfg.coinbase), U256{21000 * 7});
    EXPECT_EQ(c->account(alice.address()).nonce, 1u);
    EXPECT_TRUE(c->verify_state_root());
}

TEST(Mining, GasPriceOrderThenNonce) {
    auto c = Chain::in_memory();
    auto cheap = c->prepare(alice, carol, U256{1});
    cheap.gas_price = U256{1};
    cheap.sign(alice);
    auto cheap2 = cheap;
    cheap2.nonce = 1;
    cheap2.gas_price = U256{100}; // high price, but only executable after alice's nonce 0
    cheap2.sign(alice);
    auto dear = c->prepare(bob, carol, U256{1});
    dear.gas_price = U256{50};
    dear.sign(bob);
    ASSERT_TRUE(c->submit(cheap).ok());
    ASSERT_TRUE(c->submit(cheap2).ok());
    ASSERT_TRUE(c->submit(dear).ok());
    const Block& b = c->mine();
    ASSERT_EQ(b.transactions.size(), 3u);
    EXPECT_EQ(b.transactions[0].from, bob.address());
    EXPECT_EQ(b.transactions[1].nonce, 0u);
    EXPECT_EQ(b.transactions[2].nonce, 1u);
    EXPECT_EQ(c->mempool().size(), 0u);
}

TEST(Mining, PacksUpToTheGasLimit) {
    GenesisConfig cfg;
    cfg.gas_limit = 21000 * 3 + 20000;
    auto c = Chain::in_memory(cfg);
    for (int i = 0; i < 5; ++i)
        ASSERT_TRUE(c->submit(c->prepare(alice, carol, U256{1})).ok());
    EXPECT_EQ(c->mine().transactions.size(), 3u);
    EXPECT_EQ(c->mempool().size(), 2u);
    EXPECT_EQ(c->mine().transactions.size(), 2u);
    EXPECT_EQ(c->mine().transactions.size(), 0u);
    EXPECT_EQ(c->account(alice.address()).nonce, 5u);
}

TEST(Mining, SkipsTransactionsThatBecameInvalid) {
    GenesisConfig cfg;
    cfg.dev_accounts = {"alice", "bob"};
    cfg.dev_balance = U256{1'000'000'000'000'000ULL};
    cfg.gas_price = U256{1};
    auto c = Chain::in_memory(cfg);
    // Both fit alone; together the second cannot pay.
    const U256 half = cfg.dev_balance - U256{30000};
    ASSERT_TRUE(c->submit(c->prepare(alice, carol, half)).ok());
    ASSERT_TRUE(c->submit(c->prepare(alice, carol, half)).ok());
    const Block& b = c->mine();
    EXPECT_EQ(b.transactions.size(), 1u);
    EXPECT_EQ(c->mempool().size(), 0u);
}

TEST(Determinism, SameTransactionsSameRoots) {
    auto run = [] {
        auto c = Chain::in_memory();
        for (int i = 0; i < 10; ++i)
            (void)c->submit(
                c->prepare(i % 2 ? alice : bob, carol, U256{static_cast<std::uint64_t>(i + 1)}));
        const Block& b = c->mine();
        return std::make_tuple(b.hash, b.header.state_root, b.header.receipts_root,
                               b.header.transactions_root);
    };
    EXPECT_EQ(run(), run());
}

TEST(ForkChoice, MostWorkWinsAndReorgRewindsState) {
    auto c = Chain::in_memory();
    const Hash genesis = c->head().hash;
    // Branch A: two blocks of difficulty 1 paying carol 100 then 200.
    const Block& a1 = c->build_block(genesis, {c->prepare(alice, carol, U256{100})});
    const Hash a1h = a1.hash;
    const Block& a2 = c->build_block(a1h, {c->prepare(alice, carol, U256{200})});
    const Hash a2h = a2.hash;
    EXPECT_EQ(c->head().hash, a2h);
    EXPECT_EQ(c->balance(carol) - U256{10000} * ether, U256{300});

    // Branch B from genesis: one block of difficulty 5 (more work than A's 2) paying 7.
    Transaction tb;
    tb.nonce = 0;
    tb.gas_price = c->config().gas_price;
    tb.gas_limit = 21000;
    tb.to = carol;
    tb.value = U256{7};
    tb.chain_id = c->config().chain_id;
    tb.sign(alice);
    const Block& b1 = c->build_block(genesis, {tb}, BlockOptions{{}, {}, U256{5}});
    const Hash b1h = b1.hash;
    EXPECT_EQ(c->head().hash, b1h);
    EXPECT_EQ(c->height(), 1u);
    EXPECT_EQ(c->balance(carol) - U256{10000} * ether, U256{7});
    EXPECT_EQ(c->account(alice.address()).nonce, 1u);
    EXPECT_TRUE(c->verify_state_root());
    EXPECT_FALSE(c->receipt(a1.receipts[0].tx_hash)); // off the canonical chain now
    // A2's payment (nonce 1) was abandoned by the reorg and is executable again: back in the
    // pool. A1's (nonce 0) is void: B's block used nonce 0.
    const Hash a2_tx = a2.receipts[0].tx_hash, a1_tx = a1.receipts[0].tx_hash;
    EXPECT_EQ(c->mempool().size(), 1u);
    EXPECT_TRUE(c->mempool().contains(a2_tx));
    EXPECT_FALSE(c->mempool().contains(a1_tx));

    // Extending A to equal work (5 = 1+1+3) ties: lowest hash wins, deterministically.
    Transaction t3 = tb;
    t3.nonce = 2;
    t3.value = U256{1};
    t3.sign(alice);
    const Block& a3 = c->build_block(a2h, {t3}, BlockOptions{{}, {}, U256{3}});
    const Hash a3h = a3.hash;
    EXPECT_EQ(c->total_work(a3h), c->total_work(b1h));
    EXPECT_EQ(c->head().hash, a3h < b1h ? a3h : b1h);
    EXPECT_TRUE(c->verify_state_root());
    // And more work on A moves back to A with A's state.
    const Block& a4 = c->build_block(a3h, {}, BlockOptions{{}, {}, U256{1}});
    EXPECT_EQ(c->head().hash, a4.hash);
    EXPECT_EQ(c->mempool().size(), 0u); // A includes the payment again: nothing to return
    EXPECT_EQ(c->balance(carol) - U256{10000} * ether, U256{301});
    EXPECT_TRUE(c->verify_state_root());
}

TEST(Call, ReadOnly) {
    auto c = Chain::in_memory();
    const Hash root = c->state().root();
    const auto r = c->call(alice.address(), carol, {}, U256{5});
    EXPECT_TRUE(r.success());
    EXPECT_EQ(c->state().root(), root);
    EXPECT_EQ(c->balance(carol), U256{10000} * ether);
}

TEST(RevertReasons, ErrorAndPanic) {
    Bytes err = {0x08, 0xc3, 0x79, 0xa0};
    Bytes word(32, 0);
    word[31] = 0x20;
    err.insert(err.end(), word.begin(), word.end());
    word[31] = 3;
    err.insert(err.end(), word.begin(), word.end());
    Bytes text(32, 0);
    text[0] = 'b';
    text[1] = 'a';
    text[2] = 'd';
    err.insert(err.end(), text.begin(), text.end());
    EXPECT_EQ(decode_revert(BytesView{err}), "bad");
    const Bytes panic = vm::panic_data(0x11);
    EXPECT_EQ(decode_revert(BytesView{panic}), "panic 0x11: arithmetic overflow or underflow");
    EXPECT_EQ(decode_revert({}), "reverted without a reason");
    const Bytes custom = {0xde, 0xad, 0xbe, 0xef};
    EXPECT_EQ(decode_revert(BytesView{custom}), "custom error 0xdeadbeef");
    EXPECT_EQ(panic_meaning(0x32), "array index out of bounds");
}

TEST(Persistence, RoundTripAndReopen) {
    const mallory::testing::ScratchDir dir("chain_roundtrip");
    const std::string path = dir.file("chain.db");
    Hash head, root, txh;
    {
        auto c = Chain::open(path);
        for (int i = 0; i < 3; ++i) {
            txh = c->submit(c->prepare(alice, carol, U256{static_cast<std::uint64_t>(i + 1)})).hash;
            c->mine();
        }
        head = c->head().hash;
        root = c->head().header.state_root;
    }
    {
        auto c = Chain::open(path);
        EXPECT_EQ(c->height(), 3u);
        EXPECT_EQ(c->head().hash, head);
        EXPECT_EQ(c->state().root(), root);
        EXPECT_TRUE(c->verify_state_root());
        ASSERT_TRUE(c->receipt(txh));
        EXPECT_EQ(c->account(alice.address()).nonce, 3u);
        c->submit(c->prepare(alice, carol, U256{9}));
        c->mine();
        EXPECT_EQ(c->height(), 4u);
    }
    EXPECT_EQ(Chain::open(path)->height(), 4u);
}

TEST(Persistence, ForeignFilesGiveClearErrors) {
    const mallory::testing::ScratchDir dir("chain_foreign");
    const std::string text = dir.file("text.db");
    std::ofstream(text) << "this is not a database, just some text that is long enough to "
                           "matter................................";
    try {
        Chain::open(text);
        FAIL() << "opened a text file";
    } catch (const StoreError& e) {
        EXPECT_NE(std::string(e.what()).find(text), std::string::npos) << e.what();
    }
    const std::string other = dir.file("sqlite.db");
    { auto s = Store::open(dir.file("unused.db")); }
    // A SQLite database of another program.
    {
        std::string cmd = "sqlite3 " + other + " 'CREATE TABLE t(x)'";
        ASSERT_EQ(std::system(cmd.c_str()), 0);
    }
    try {
        Chain::open(other);
        FAIL() << "opened a foreign SQLite file";
    } catch (const StoreError& e) {
        EXPECT_NE(std::string(e.what()).find("not a Mallory chain database"), std::string::npos)
            << e.what();
    }
}
