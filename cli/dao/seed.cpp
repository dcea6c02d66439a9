#include "cli/dao/seed.hpp"

#include "chain/chain.hpp"
#include "vm/keccak.hpp"
#include "vm/serialize.hpp"

namespace mallory::cli::dao {

namespace {

using vm::Address;
using vm::U256;

constexpr std::uint64_t tx_gas = 29'000'000;

vm::Bytes word_bytes(const U256& v) {
    vm::Bytes out(32);
    vm::store_be(out.data(), v);
    return out;
}

vm::Bytes selector(std::string_view signature) {
    const auto sel = vm::selector_of(signature);
    return vm::Bytes(sel.begin(), sel.end());
}

class SeedChain {
public:
    SeedChain() {
        chain::GenesisConfig g;
        g.gas_price = U256{};
        g.dev_accounts = {"deployer", "mallory"};
        m_chain = chain::Chain::in_memory(g);
    }
    std::optional<chain::Receipt> send(const char* from, std::optional<Address> to,
                                       vm::Bytes data) {
        const auto sub = m_chain->submit(
            m_chain->prepare(chain::Chain::dev_key(from), to, U256{}, std::move(data), tx_gas));
        if (!sub.ok()) return std::nullopt;
        m_chain->mine();
        return m_chain->receipt(sub.hash);
    }
    std::optional<Address> deploy(const char* from, const vm::ContractCode& code, const U256& a,
                                  const U256& b) {
        vm::Bytes data = vm::serialize(code);
        for (const U256& w : {a, b}) {
            const vm::Bytes wb = word_bytes(w);
            data.insert(data.end(), wb.begin(), wb.end());
        }
        const auto rc = send(from, std::nullopt, std::move(data));
        return rc && rc->success() && rc->created ? rc->created : std::nullopt;
    }
    U256 word(const Address& to, std::string_view signature) {
        const chain::CallResult r =
            m_chain->call(chain::Chain::dev_address("deployer"), to, selector(signature));
        return r.success() && r.output.size() >= 32 ? vm::load_be(r.output.data()) : U256{};
    }

private:
    std::unique_ptr<chain::Chain> m_chain;
};

bool safe_withdrawal(const U256& bank, const U256& mallory) {
    const U256 balance{seed_balance}, amount{seed_amount};
    return (bank == balance && mallory.is_zero()) || (bank == balance && mallory == amount) ||
           (bank == balance - amount && mallory == amount);
}

} // namespace

SeedRun run_seed(const analyzer::Program& program, int attack) {
    SeedRun out;
    out.attack = attack;
    const analyzer::Target* bank_target = program.target("SeedModel");
    const analyzer::Target* mallory_target = program.target("SeedMallory");
    if (!bank_target || !mallory_target) {
        out.error = "the seed program lacks SeedModel or SeedMallory";
        return out;
    }
    SeedChain c;
    const auto bank =
        c.deploy("deployer", *bank_target->compiled->code, U256{seed_balance}, U256{seed_amount});
    if (!bank) {
        out.error = "deploying SeedModel failed";
        return out;
    }
    const auto mallory = c.deploy("mallory", *mallory_target->compiled->code, bank->to_word(),
                                  U256{static_cast<std::uint64_t>(attack)});
    if (!mallory) {
        out.error = "deploying SeedMallory failed";
        return out;
    }
    const auto rc = c.send("mallory", *mallory, selector("transact()"));
    if (!rc) {
        out.error = "the transaction was rejected";
        return out;
    }
    out.success = rc->success();
    if (!out.success) out.failure = rc->revert_reason();
    const std::string_view event = "Dispensed(address,uint256,uint256,uint256)";
    const U256 topic = vm::keccak256_word(
        vm::BytesView{reinterpret_cast<const std::uint8_t*>(event.data()), event.size()});
    for (const vm::Log& log : rc->logs)
        if (log.address == *bank && !log.topics.empty() && log.topics[0] == topic &&
            log.data.size() >= 96)
            out.dispensed.push_back({vm::load_be(log.data.data()),
                                     vm::load_be(log.data.data() + 32),
                                     vm::load_be(log.data.data() + 64)});
    out.bank_balance = c.word(*bank, "bankBalance()");
    out.mallory_balance = c.word(*bank, "malloryBalance()");
    out.safe_withdrawal = safe_withdrawal(out.bank_balance, out.mallory_balance);
    return out;
}

std::vector<std::pair<std::string, std::string>> paper_counterexample() {
    return {
        {"Init", "attack = 3, bankBalance = 10, malloryBalance = 0"},
        {"Transact", "the blockchain process calls BankWithdraw(4)"},
        {"CheckBalance", "bankBalance = 10 >= 4: the withdrawal goes on"},
        {"DispenseAmount", "BankWithdraw calls MallorySendMoney(4)"},
        {"Receive", "malloryBalance = 4; attack = 2; Mallory calls BankWithdraw(4) again"},
        {"CheckBalance", "bankBalance is still 10 >= 4 (line 17 has not run)"},
        {"DispenseAmount", "BankWithdraw calls MallorySendMoney(4)"},
        {"Receive", "malloryBalance = 8 with bankBalance = 10: SafeWithdrawal is violated"},
    };
}

} // namespace mallory::cli::dao
