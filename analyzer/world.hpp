#pragma once
/// The world the explorer and the replay share: accounts, deployments, the adversary (a native
/// account that answers every call with a scripted choice: return, revert, or re-enter), and
/// the observer that hashes and shows the targets' state through the storage layout.

#include "analyzer/facts.hpp"
#include "analyzer/guard_bounds.hpp"
#include "analyzer/program.hpp"
#include "analyzer/witness.hpp"
#include "vm/executor.hpp"
#include "vm/memory_state.hpp"
#include "vm/tracer.hpp"

#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace mallory::analyzer {

struct Domains;
struct CallBudget;

/// Who is who. Dev-account addresses are the chain's, so a witness means the same thing on the
/// replay chain.
///
/// The adversary is an attack *contract* (at the address of the first contract its owner, the
/// dev account "mallory", would create): the targets see it as `msg.sender`, call it back, and
/// find code there (solc's high-level calls revert on accounts without code). Its owner's
/// externally owned account only signs the replay's transactions, which the contract forwards
/// (an EOA cannot hold code: EIP-3607). In a witness "mallory" names the contract.
struct Accounts {
    vm::Address deployer;
    vm::Address adversary;       ///< the attack contract
    vm::Address adversary_owner; ///< the EOA that sends its transactions (tx.origin)
    /// The adversary's second contract (its owner's creation after the own token), answering
    /// like the attack contract: where a re-entry parks what the attack contract is about to
    /// give up (`shares.transfer(accomplice, n)` while `redeem` pays for those shares), as
    /// real attacks use a second contract. Its holdings are the adversary's, and a finding
    /// that uses it rests on no assumption: the adversary deploys it. Re-entries name it (the
    /// explorer's re-entry domain); the top-level calls do not, which would add a variant to
    /// every call with an address parameter for what a re-entry already covers.
    vm::Address accomplice;
    /// The accomplice also sends transactions of its own, holding ether for them as the attack
    /// contract does: when the program refuses a party as the caller of a deal
    /// (has_no_self_dealing_rule), the adversary's second account is the other side (it posts
    /// the gig the adversary is paid for, it buys what the adversary lists).
    bool accomplice_acts = false;
    /// Honest users: the depositors (bob, carol), who pay in during set-up, then a latecomer
    /// (dave), who holds the same funds but only pays in during the search. A depositor is
    /// early in every list the system keeps; the latecomer can come after the adversary, whom
    /// a loop over the list (a refund to every contributor) then pays before paying him.
    std::vector<std::pair<std::string, vm::Address>> users;
    /// How many of `users` (the first ones) deposit during set-up.
    std::size_t depositors = 0;
    std::vector<std::pair<std::string, vm::Address>> contracts; ///< targets, by target index
    /// Untrusted dependencies: accounts the adversary controls (contracts its owner deploys,
    /// answering like the attack contract) that stand for an address the targets are given at
    /// deployment but that nobody vouches for: a constructor parameter the user did not pass
    /// and no instance of the system can fill. A finding that needs one says so.
    std::vector<std::pair<std::string, vm::Address>> untrusted;
    /// Address literals of the program (a constant-address callee) that hold no contract of
    /// the system and that the user did not vouch for (`--trust`): the adversary answers
    /// there too.
    std::vector<std::pair<std::string, vm::Address>> literals;
    /// The program writes `address(0)`: an argument a branch may compare with, as the literals
    /// (ether named among tokens: `token == address(0)`).
    bool names_zero_address = false;
    /// The untrusted addresses at which the world places a standard token the adversary holds
    /// (token.hpp) instead of the adversary answering: the stand-ins (of `untrusted`) whose
    /// constructor parameter has a token interface type (it declares ERC-20 `transfer` or
    /// ERC-777 `send`), then the `literals` the targets call through such a type, so the
    /// targets call them with token selectors; last the adversary's own token (own_token). A
    /// witness records the names (Witness::tokens) so the replay places the same tokens.
    std::vector<std::pair<std::string, vm::Address>> tokens;
    /// The adversary's own token (a ledger it deployed, holds alone and hooks into): placed,
    /// and listed in `tokens` under own_token_name, when the targets take a token from their
    /// caller (a function parameter of a token interface type, or an address parameter in a
    /// program that declares one: `IERC20(tokenIn).transferFrom(...)`). Its units are worth
    /// nothing (the adversary can mint them), so they never count as value (monitor.hpp).
    vm::Address own_token;
    /// A public token with ERC-777 hooks (the imBTC model: a listed token anyone may deposit,
    /// whose transfers call the holders' registered hooks): placed, and listed in `tokens`
    /// under hooked_token_name before the adversary's own, when the targets take a token from
    /// their caller and the system has no token of its own (no stand-in or literal token). The
    /// honest users hold and deposit it like the adversary, so its units are value; a finding that
    /// needs its hooks says so (a token with transfer hooks is used).
    vm::Address hooked_token;
    /// Every address the exploration knows: keys of sum(m), mapping keys the observer reads.
    std::vector<vm::Address> known;
    /// A target's own token ledger: the ERC-20/721 balance mapping of a target that is a
    /// token (an NFT sale, a share token). Its units are value for the monitor: minting past
    /// a cap through a callback is a gain, not a loss of the ether paid for it.
    struct OwnLedger {
        /// How the ledger finds a holder's units.
        enum class Keying : std::uint8_t {
            account,         ///< `balanceOf[account]` (ERC-20, ERC-721 with balances)
            id_then_account, ///< `balanceOf[id][account]` (OpenZeppelin's ERC1155)
            account_then_id, ///< `balanceOf[account][id]` (solmate's ERC1155)
            /// `ownerOf[id] == account` over the first ids (item_ids_counted): a minimal
            /// ERC-721 that keeps no balances, whose units are the items a holder owns.
            owners,
        };
        std::string name;  ///< "CappedNFT.balanceOf", "Editions.balanceOf[1]", "Art.ownerOf"
        vm::Address token; ///< the target's address
        vm::U256 slot;     ///< the mapping's slot in the compiler's layout
        Keying keying = Keying::account;
        /// A multi-token ledger's token id (ERC-1155): each id is an asset of its own.
        std::optional<vm::U256> id;
        /// The slots of the first ids' owners (Keying::owners only), computed once: the
        /// monitor counts a holder's items after every transaction.
        std::vector<vm::U256> owner_slots;
        /// The slot of `account`'s units; unused for Keying::owners (see owner_slots).
        vm::U256 entry_slot(const vm::Address& account) const;
    };
    /// The first ids of a collection's counter, which the set-up's and the search's mints use:
    /// those an owner ledger counts, and those the set-up looks a holder's items up among.
    static constexpr std::uint64_t item_ids_counted = 16;
    std::vector<OwnLedger> ledgers;
    /// The slots of one party's units in every ledger: its token balance slot (the same in
    /// each token: token.hpp) and its entry in each of `ledgers`, in order.
    struct PartySlots {
        vm::Address holder;
        vm::U256 token;
        std::vector<vm::U256> ledgers;
    };
    /// The parties' slots, computed once (index_party_slots): the monitor weighs the
    /// adversary's holdings after every transaction, and a keccak per party and ledger there
    /// was a sixth of a multi-contract search.
    std::vector<PartySlots> party_slots;
    /// Computes party_slots for every party the accounts name.
    void index_party_slots();
    /// The slots of `holder`, or null when it is no party (computed by the caller then).
    const PartySlots* slots_of(const vm::Address& holder) const;

    static Accounts make(const Program& program);
    /// The same accounts with exactly the stand-ins named in `names` as tokens (a witness's
    /// choice); nullopt with `error` naming the first name that is no untrusted stand-in.
    std::optional<Accounts> with_tokens(const std::vector<std::string>& names,
                                        std::string* error) const;
    /// The names of `tokens`, for the witness.
    std::vector<std::string> token_names() const;
    /// The words a branch may compare an address argument with: the program's `literals`,
    /// then address(0) when `names_zero_address` (`token == ETH` names ether among tokens).
    std::vector<vm::U256> sentinel_words() const;
    bool is_token(const vm::Address& a) const;
    /// Whether `a` is the adversary's own token (and the world placed it).
    bool is_own_token(const vm::Address& a) const;
    /// Whether `a` is the public hooked token (and the world placed it).
    bool is_hooked_token(const vm::Address& a) const;
    vm::Address address_of_contract(const std::string& name) const;
    vm::Address address_of_account(const std::string& name) const;
    std::string name_of(const vm::Address& a) const;
    /// Whether the adversary answers calls to `a` (the attack contract or an untrusted stand-in
    /// that is not a token).
    bool adversary_controls(const vm::Address& a) const;
};

/// The name of the adversary's own token (Accounts::own_token) in witnesses and reports.
inline constexpr const char* own_token_name = "mallory_token";
/// The name of the public hooked token (Accounts::hooked_token) in witnesses and reports.
inline constexpr const char* hooked_token_name = "erc777_token";

/// Gas below which the adversary cannot call back (a 2300 stipend cannot pay for a call).
inline constexpr vm::Gas min_reentry_gas = 5000;
/// Gas of each transaction the explorer runs.
inline constexpr vm::Gas tx_gas = 29'000'000;
/// Block times: the replay mines one block per transaction, the explorer mimics it.
inline constexpr std::uint64_t block_time = 12;
/// The timestamp of block `number` of the replay's chain (deployment i in block i+1, then one
/// block per set-up call and per step) when the warps before it added `warped` seconds.
std::uint64_t chain_timestamp(std::uint64_t number, std::uint64_t warped);
/// How far the warps so far moved the clock beyond one block per transaction: extra seconds,
/// and extra empty blocks (each block_time long). The explorer saves and restores it with
/// the state.
struct ClockOffset {
    std::uint64_t seconds = 0;
    std::uint64_t blocks = 0;
    friend bool operator==(const ClockOffset&, const ClockOffset&) = default;
};

/// One thing that happened at a callback (for the replay's step log and the explorer).
struct CallbackEvent {
    int index = 0; ///< callback number in the transaction
    int depth = 0; ///< message depth of the call into the adversary
    vm::Address from;
    vm::Address to; ///< the adversary's account that was called (see Accounts::untrusted)
    vm::U256 value;
    Choice choice;
    bool low_gas = false; ///< a re-entry was asked but the gas could not pay for it
    vm::Status status = vm::Status::Success;      ///< of the re-entry
    vm::Status then_status = vm::Status::Success; ///< of Choice::then, when there is one
};

/// The code the adversary's account shows to the contracts (EXTCODESIZE, `a.code.length`):
/// one INVALID byte. The adversary stands for an attacker *contract*, so high-level calls
/// to it (interface calls, token hooks) must pass solc's "target has code" check; the bytes
/// never run, the native handler answers instead.
inline const vm::Bytes adversary_code{0xfe};

/// Whether a call only pays: the function it runs writes no storage and calls nothing
/// (FunctionFacts::only_accepts_ether, payment_functions). Empty: nothing only pays.
using IsPayment = std::function<bool(const CallSpec&)>;

/// The adversary account. Bind `handler()` as a native account at its address, and install
/// `adversary_code` there.
class Adversary {
public:
    Adversary(const Program& program, const Accounts& accounts);

    /// Starts a transaction with this script (nullptr: always return).
    void arm(const std::vector<Choice>* script);
    /// The replay's transactions go owner -> attack contract -> target: the next message from
    /// the owner at depth 0 is forwarded as `call` (not counted as a callback).
    void forward(const CallSpec& call) { m_forward = call; }
    /// Ends a transaction: later calls return, the counters of the last one stay readable.
    void disarm() { m_script = nullptr; }
    vm::NativeHandler handler();

    /// Called at a callback, before a re-entry runs (the caller's frame is suspended).
    std::function<void(vm::Executor&, const vm::Message&)> before_reentry;
    /// Called after a re-entry returned.
    std::function<void(const CallSpec&, const vm::Result&)> after_reentry;

    int callbacks() const { return m_count; }
    /// Per callback: whether a re-entry could run there (enough gas).
    const std::vector<bool>& eligible() const { return m_eligible; }
    /// Per callback: the message depth.
    const std::vector<int>& depths() const { return m_depths; }
    /// Per callback: the account that called the adversary.
    const std::vector<vm::Address>& callers() const { return m_callers; }
    /// Per callback: the selector of the call (nullopt: a plain ether transfer), from which
    /// the explorer draws the adversary's other answers (answers.hpp).
    const std::vector<std::optional<std::uint32_t>>& selectors() const { return m_selectors; }
    /// Per callback: the ether the caller may expect back (repayment_amounts, answers.hpp).
    const std::vector<std::vector<vm::U256>>& repayments() const { return m_repayments; }
    /// Per callback: the ether it brought.
    const std::vector<vm::U256>& received() const { return m_received; }
    /// Re-entries that succeeded and whose enclosing re-entries succeeded too, in start order.
    std::vector<CallSpec> landed() const;
    /// The same re-entries as transactions of their own, each from the adversary's account that
    /// made it (the attack contract or a stand-in): what a run without re-entry would send. A
    /// re-entry made at a callback of the transaction itself (not inside another re-entry)
    /// into a function that `pays` says only pays is left out: such a run makes it where it
    /// was made (answers_without_reentry).
    std::vector<TxStep> landed_steps(const IsPayment& pays = {}) const;
    std::vector<CallbackEvent> events;
    bool record_events = false;

private:
    vm::Result handle(vm::Executor& exec, const vm::Message& msg);
    vm::Bytes answer(const vm::Message& msg) const;
    /// Makes `call` from the attack contract while the callback `msg` is open, with what is
    /// left of `gas` (a landing under the open re-entry); returns the gas it used.
    vm::Gas call_back(vm::Executor& exec, const vm::Message& msg, vm::Gas gas, const CallSpec& call,
                      vm::Status& status);

    const Program& m_program;
    const Accounts& m_accounts;
    const std::vector<Choice>* m_script = nullptr;
    std::optional<CallSpec> m_forward;
    int m_count = 0;
    std::vector<bool> m_eligible;
    std::vector<int> m_depths;
    std::vector<vm::Address> m_callers;
    std::vector<std::optional<std::uint32_t>> m_selectors;
    std::vector<std::vector<vm::U256>> m_repayments;
    std::vector<vm::U256> m_received;
    struct Landing {
        CallSpec call;
        int parent; ///< index of the enclosing re-entry, -1 at top
        bool ok = false;
        vm::Address from; ///< the adversary's account that re-entered
    };
    std::vector<Landing> m_landings;
    int m_open = -1;
};

/// The state the properties talk about. Its identity (hash) is every non-zero storage slot of
/// every contract of the system (vm::State::storage_digest) and the balances of every known
/// account; its labelled values (for people and for argument domains) are read through the
/// storage layout (and the ledgers of the tokens the world placed): value-type variables, mapping
/// entries at the known keys (and small integer keys), array lengths.
/// A `string` (`text`) or `bytes` state variable's slot word as solc encodes it: a short value
/// shown quoted (or as hex when not printable text), a long one by its length.
std::string describe_byte_array(const vm::U256& word, bool text);

/// Whether a stored word may be an amount (a balance, a price, a stake, a goal): non-zero, at
/// most 96 bits (ether-sized), and not a point of the chain's clock (a start or an end between
/// the genesis and ten years later: a packed `uint32 endAt`), which the search would otherwise
/// try as payments and integers where it never is one.
bool may_be_amount(const vm::U256& word);

class Observer {
public:
    Observer(const Program& program, const Accounts& accounts);
    /// Order-sensitive hash of the observed values.
    std::uint64_t hash(vm::State& state) const;
    /// (label, value) of every non-zero observed value of a contract ("balances[mallory]").
    std::vector<std::pair<std::string, vm::U256>> values(vm::State& state,
                                                         const std::string& contract) const;
    /// The same values as people read them: an address by its account's name ("mallory",
    /// "Vault"), a bool as true/false, a signed integer with its sign, other words in decimal.
    std::vector<std::pair<std::string, std::string>>
    described_values(vm::State& state, const std::string& contract) const;
    /// hash() without what belongs to the adversary alone: its ether and its own entries
    /// (mapping values keyed by one of its accounts, `balances[mallory]`, and the fields of
    /// its records, `stores[2].earnings` where `stores[2].payout` is mallory). Two states with
    /// the same hash here differ only in what the adversary holds or is owed.
    std::uint64_t others_hash(vm::State& state) const;
    /// The adversary's own entries (see others_hash), in a fixed order: 0 for a field of a
    /// record that is not the adversary's in `state`.
    std::vector<vm::U256> own_values(vm::State& state) const;
    /// Per own entry (aligned with own_values), the object it belongs to when it is an entry of
    /// a nested mapping keyed by an object and then by the adversary (`pledgeOf[1][mallory]`:
    /// 1), else nothing: the id a call that cashes the entry in names (`withdrawPledge(1)`).
    const std::vector<std::optional<vm::U256>>& own_keys() const { return m_own_keys; }
    /// Per own entry (aligned with own_values), whether it is what the adversary owes rather
    /// than what it is owed: a variable or field named for a debt (`rewardDebt`, `debtOf`,
    /// `borrowed`), which a re-entry that leaves it larger leaves the adversary poorer by.
    const std::vector<bool>& own_debts() const { return m_own_debts; }
    /// Per own entry (aligned with own_values), whether it is the adversary's units in a
    /// token ledger of the system (Accounts::ledgers): what the monitor already counts as a
    /// holding (Holdings), not what the system owes it.
    const std::vector<bool>& own_holdings() const { return m_own_holdings; }
    /// How many observed values name one of the adversary's accounts (`ownerOf[2] =
    /// mallory`): what the system records it acquired.
    std::uint64_t acquired(vm::State& state) const;
    /// The non-zero words of the first elements of a contract's dynamic arrays (a bet's
    /// stake, a listing's price in `Bet[] bets`), which values() does not observe.
    std::vector<vm::U256> element_words(vm::State& state, const std::string& contract) const;
    /// The bounds the targets' own checks keep (guard_bounds.hpp) that `state` breaks, as
    /// bits: a re-entry that breaks one is not the adversary's self-harm.
    std::uint64_t broken_bounds(vm::State& state) const;
    /// The same bounds as text ("sold <= CAP (checked by ...)"), for a finding's impact.
    std::vector<std::string> broken_bound_texts(vm::State& state) const;

private:
    struct Item {
        std::size_t contract; ///< index into accounts.contracts
        std::string label;
        vm::U256 slot;
        /// The value type held in the slot (at byte `offset`, packed as solc packs); null for
        /// a slot that is part of a larger value (a struct, an array length), shown as the
        /// slot's whole word.
        const check::Type* type = nullptr;
        std::uint8_t offset = 0;
        /// A mapping value keyed by one of the adversary's accounts (the inner key of a
        /// nested mapping whose outer key is not an address: `balanceOf[id][mallory]`).
        bool own = false;
        /// Part of a record: a struct's field (`streams[1].recipient`) or an entry of a nested
        /// mapping (`approvals[1][bob]`), named for people and its amounts read, but not what
        /// the system records the adversary acquired (acquired() counts whole values:
        /// `ownerOf[2] = mallory`).
        bool in_record = false;
        /// For an own entry of a nested mapping (`pledgeOf[1][mallory]`), its outer key.
        std::optional<vm::U256> record_key{};
        /// For a field of a record kept under an id (`stores[2].earnings`), the record
        /// (index into m_records): the adversary's own while the record's owners are its.
        std::optional<std::size_t> record{};
    };
    /// A struct kept in a mapping under an id (`stores[2]`) with address fields (`payout`):
    /// it belongs to the adversary in a state where one of those fields holds one of its
    /// accounts and none holds another account, and its other fields are then the
    /// adversary's own entries, as `balances[mallory]` is.
    struct Record {
        std::vector<std::size_t> owners;                     ///< its address fields' items
        std::vector<std::pair<std::size_t, vm::U256>> slots; ///< its other fields' slots, once
    };
    /// Groups the items of the record added from `first` on (a struct under id `key`) when it
    /// has owners.
    void add_record(std::size_t first, const vm::U256& key);
    /// Whether `item` is one of the adversary's own entries in some state: always (`own`) or
    /// while its record is the adversary's.
    static bool may_be_own(const Item& item) { return item.own || item.record.has_value(); }
    bool is_adversarys(vm::State& state, const Record& record) const;
    /// Whether `item` is one of the adversary's entries in a token ledger (own_holdings).
    bool is_own_units(const Item& item) const;
    /// Items for a value of type `ty` at `slot` (byte `offset`) labelled `label`, within its
    /// first `max_slots` slots: a struct by its fields (`grants[1].amount`, packed as solc
    /// packs), nested structs likewise, any other value by its slots.
    void add_items(std::size_t contract, const std::string& label, const vm::U256& slot,
                   const check::Type& ty, std::uint8_t offset, bool own, std::uint64_t max_slots,
                   bool in_record = false, std::optional<vm::U256> record_key = {});
    std::string describe(const Item& item, const vm::U256& word) const;
    /// The item's value: its packed bytes of the slot, cleaned, or the whole word.
    vm::U256 item_value(vm::State& state, const Item& item) const;
    bool is_adversary(const vm::Address& a) const;
    const Program& m_program;
    const Accounts& m_accounts;
    std::vector<vm::Address> m_adversary; ///< adversary_accounts and the adversary's owner
    std::vector<Item> m_items;
    struct DynamicArray {
        std::size_t contract; ///< index into accounts.contracts
        vm::U256 slot;
        const check::Type* type;
    };
    std::vector<DynamicArray> m_arrays;
    /// own_keys and own_debts, fixed once the items are (each transaction's run asks).
    std::vector<std::optional<vm::U256>> m_own_keys;
    std::vector<bool> m_own_debts;
    std::vector<bool> m_own_holdings;
    /// The own items' slots, each once (a struct's packed fields share one), by contract:
    /// what others_hash takes out of each contract's digest.
    std::vector<std::pair<std::size_t, vm::U256>> m_own_slots;
    std::vector<Record> m_records;
};

/// Constructor arguments: the user's, else chosen: small distinct integers, true for bools,
/// and for an address or contract parameter an instance of the system of a matching type
/// (any deployment order: addresses are known in advance), for a plain address another
/// target, and otherwise an untrusted stand-in (Accounts::untrusted).
///
/// Threat model: an address the user passes with `--args`, or that holds a contract of the
/// system, is trusted: calls to it reach code the deployer controls. An address nobody
/// vouches for (a parameter left to Mallory with no instance to fill it) may be attacker
/// code: the adversary answers calls to it, and re-enters from it.
///
/// A dynamic array gets two elements, so that parallel lists (`address[] payees, uint256[]
/// shares`) agree in length; a list of accounts holds the adversary and then honest users
/// (any listed account may be a contract that answers).
///
/// An integer the contract multiplies by an elapsed time (a reward rate) gets an amount per
/// second (actions.hpp accrues_per_time).
///
/// `variant` (0 .. ctor_variants-1) picks other values when a constructor rejects the first
/// ones: 0 as above; 1 the same without the rate; 2 integers 1, 2, 3...; 3 whole ether
/// amounts; 4 ones and false. The
/// addresses are the same in every variant (each unvouched parameter has its own stand-in,
/// so `require(a != b)` holds already). The result is the ABI encoding of the arguments, in
/// words.
std::vector<vm::U256> choose_ctor_args(const Target& t, const Accounts& accounts,
                                       const Program& program, int variant = 0);
/// The arguments of deployment `d` as a report shows them, accounts by name:
/// "[mallory, bob], [10, 4]" (the raw words when they do not decode).
std::string describe_ctor_args(const Program& program, const Accounts& accounts,
                               const Deployment& d);
/// A call as a report shows it: "Bank.deposit(bob, 5000) with 1 ether", accounts by name and
/// integers in decimal by the function's parameter types (witness.hpp's describe when the
/// function is not the program's).
std::string describe_call(const Program& program, const Accounts& accounts, const CallSpec& c);
/// How many argument choices World::deploy tries per constructor before it gives up.
inline constexpr int ctor_variants = 5;
/// Value sent with a payable constructor (a funded contract).
vm::U256 ctor_value(const Target& t);

/// An item of the system the adversary holds: its collection (a target), its id, and whether
/// the collection is an ERC-1155 one (approved for all at set-up, deposited by amount) rather
/// than an ERC-721 one (approved and deposited item by item: World::item_deposits).
struct HeldItem {
    std::string collection;
    vm::U256 id;
    bool multi = false;
};

/// The explorer's world: a journaled in-memory state, an executor, the adversary.
class World {
public:
    explicit World(const Program& program);
    /// Deploys every target; false (with the reason) when one fails.
    bool deploy(std::string* error);
    /// The deployer wires the system (wire_system), then honest users deposit into the first
    /// payable function that accepts their ether, buying at a price when none does, and first
    /// creating what they pay for when only that makes a payment possible (an auction's lot,
    /// a campaign: create_then_pay_in).
    /// Deposits are 5 and 3 `deposit_unit`s of ether or tokens (alternately per user): a
    /// smaller unit leaves a sale below its soft cap, a campaign below its goal.
    void setup_honest(const vm::U256& deposit_unit);
    void setup_honest(); ///< in whole ether
    /// What depositor `user` pays in (setup_honest).
    vm::U256 honest_deposit(std::size_t user) const;
    /// Runs one transaction with the adversary following `step.choices`.
    vm::Result run(const TxStep& step, std::uint64_t block_number);
    /// How far the warps so far moved the clock beyond one block per transaction.
    void set_clock(ClockOffset c) { m_clock = c; }
    ClockOffset clock() const { return m_clock; }
    /// The timestamp of the block at position `number` (one per deployment, set-up call and
    /// step) with the warps so far (set_block's clock).
    std::uint64_t timestamp_of(std::uint64_t number) const;

    vm::MemoryState& state() { return m_state; }
    vm::Executor& executor() { return m_exec; }
    Adversary& adversary() { return m_adversary; }
    const Accounts& accounts() const { return m_accounts; }
    const Observer& observer() const { return m_observer; }
    const std::vector<Deployment>& deployments() const { return m_deployments; }
    const std::vector<TxStep>& setup() const { return m_setup; }
    /// The ids of the objects honest users created at set-up to pay into them
    /// (create_then_pay_in), one per creation step: the next id a counter hands out is the
    /// number of set-up payments, not of set-up steps.
    const std::vector<vm::U256>& created_ids() const { return m_created_ids; }
    /// Of created_ids, those the deployer opened because only the owner may (a raffle, an
    /// auction house's lot): objects open to every player, the adversary too, not an honest
    /// user's own.
    const std::vector<vm::U256>& opened_by_the_owner() const { return m_opened_by_the_owner; }
    /// The objects the adversary's item opened at set-up that an honest user paid into (its
    /// lot with an honest bid: setup_system_nft), which its argument domains name first.
    const std::vector<vm::U256>& adversary_objects() const { return m_adversary_objects; }
    /// A payable function's call at the price its code compared the payment with.
    struct PricedCall {
        const Target* target;
        const check::FunctionInfo* function;
        std::vector<vm::U256> args;
        vm::U256 price;
    };
    /// The payments honest users made at set-up at the price a payable function's code
    /// compared the payment with (pay_price_asked): exact prices, computed from the object
    /// paid into (`msg.value == f.deposit + f.rent`).
    const std::vector<PricedCall>& prices_paid() const { return m_prices_paid; }
    /// The prices the system's payable functions ask (payments_asked in feedback.hpp): each
    /// called by `sender` with its argument lists in `d` (`budget`) and `sent` wei under a
    /// comparison log, from the current state, which is restored. At most `max`, in source
    /// order.
    std::vector<PricedCall> prices_asked(const std::string& sender, const Domains& d,
                                         const CallBudget& budget, const vm::U256& sent,
                                         std::size_t max);
    /// The prices `call`'s code compares its payment with (payments_asked), at most `max`:
    /// `call` runs under a comparison log from the current state, which is restored.
    std::vector<vm::U256> prices_compared(const TxStep& call, std::size_t max);
    /// Whether `call`'s code compares its payment for equality with a price that it meets
    /// exactly (`msg.value == l.price`, not a pledge of any amount): `call` runs under a
    /// comparison log from the current state, which is restored.
    bool pays_a_price_asked(const TxStep& call);
    /// The system's ERC-721 items the adversary got at set-up (its own, to stake or list).
    const std::vector<HeldItem>& adversary_items() const { return m_adversary_items; }
    /// The system's ERC-20 tokens for which the adversary approved the system's other
    /// contracts without limit at set-up (setup_system_tokens): its own approvals during the
    /// search can only lower what they may pull.
    const std::set<std::string>& approved_without_limit() const { return m_approved_without_limit; }
    /// The adversary's deposits of its items, as a depositor's at set-up: each approved to
    /// each other contract of the system (the first step of `approve` then `stake(id)`, which
    /// pulls it), and each sent there with safeTransferFrom (a receiver hook that records a
    /// stake).
    std::vector<CallSpec> item_deposits() const;
    std::uint64_t transactions() const { return m_txs; }
    const Program& program() const { return m_program; }
    /// The static facts of the program's functions, computed once per world.
    const Facts& facts() const { return m_facts; }
    /// Whether `call` is the deployer's alone: from the current state (left as it was), it
    /// succeeds sent by the deployer and reverts sent by the adversary.
    bool only_the_deployer_passes(const CallSpec& call);
    /// Whether `step` succeeds from the current state (it is undone either way).
    bool succeeds(const TxStep& step);

private:
    /// Block `number` of the one clock that deployment, set-up and transactions share (the
    /// replay chain's: genesis time + block_time per block, plus the warps so far).
    void set_block(std::uint64_t number);
    /// Honest users pay tokens in (setup_honest's second half), when the world has tokens.
    void setup_token_deposits();
    /// The deployer's wiring after deployment, as a deployment script does it: when a target
    /// calls a function of another guarded by who calls (`ledger.credit(...)` where Ledger
    /// checks `msg.sender == owner` or `writers[msg.sender]`), the deployer calls each
    /// privileged one-address setter of the callee that writes what that function reads
    /// (`ledger.setOwner(bank)`, `ledger.addWriter(bank)`), with the caller; the calls that
    /// succeed are setup steps.
    void wire_system();
    /// The instances the system's own functions create (`new Escrow(...)` in a factory's
    /// `createEscrow`), made once at set-up so that they are targets like the constructors'
    /// (Program::resolve_system): the adversary creates for itself what anyone may (its own
    /// escrow, its own vault) and the deployer lists what only it may (a market). Each
    /// creating function is called once, with the caller's own address first, then naming
    /// others, paying one ether when payable; the calls that succeed are set-up steps.
    void create_instances();
    /// A treasury, a prize pool or a grant fund takes donations as plain ether (`receive()
    /// external payable {}`) beside its payable functions, and spends what its balance holds
    /// beyond its users' deposits (`address(this).balance - totalLocked`). The deployer
    /// endows each target that accepts plain ether, has other payable functions (so the
    /// users' deposits went through those), keeps what it is sent without crediting anyone
    /// (`receive() external payable {}`) and reads a balance, with `endowment` wei.
    void endow_treasuries();
    /// One set-up payment of `value` into `f` of `t` with each parameter at its first value in
    /// `d`, kept when it succeeds; whether it did.
    bool pay_in(const std::string& name, const check::FunctionInfo& f, const Target& t,
                const Domains& d, const vm::U256& value);
    /// As pay_in, with the arguments `args` (the words after the selector).
    bool pay_in(const std::string& name, const check::FunctionInfo& f, const Target& t,
                std::vector<vm::U256> args, const vm::U256& value);
    /// The arguments of an honest user's set-up calls (the program's amounts, one ether, the
    /// user's address).
    Domains setup_arguments(const vm::Address& user) const;
    /// One set-up payment into the first payable function of `t` (source order) that accepts
    /// one of `values` with its parameters at their first values in `d`; whether one did.
    bool pay_into(const std::string& name, const Target& t, const Domains& d,
                  const std::vector<vm::U256>& values);
    /// One set-up payment by `name` (`user`), the first way that works: pay_in_first_accepting,
    /// buy_at_a_price, pay_in_naming_others, create_then_pay_in, pay_price_asked,
    /// pay_into_an_existing_object; whether one paid.
    bool pay_in_once(const std::string& name, const vm::Address& user,
                     const std::vector<vm::U256>& values);
    /// pay_in_once after the deployer stocks the targets that read token balances with the
    /// system's tokens (stock_token_readers): a bond depository sells only what it holds of
    /// its payout token (`require(payout <= token.balanceOf(address(this)) - owed)`), which
    /// its owner mints to it. The stock is kept only when it let the payment through.
    bool pay_in_once_stocked(const std::string& name, const vm::Address& user,
                             const std::vector<vm::U256>& values);
    /// The deployer mints each system token's round amount to each other target that reads
    /// a token balance (a call of `balanceOf(address)`), with the token's first minting
    /// function that raises that target's balance; whether any target got tokens.
    bool stock_token_readers();
    /// The plain state variables (no mapping entry, no element) that hold `who`, as
    /// "contract.variable".
    std::set<std::string> roles_held_by(const vm::Address& who);
    /// Where the set-up is: undoing to it forgets every set-up step, state change and record
    /// made after it.
    struct SetupMark {
        vm::Snapshot state;
        std::size_t steps = 0;
        std::vector<HeldItem> adversary_items;
        std::vector<vm::U256> created_ids;
        std::vector<vm::U256> opened_by_the_owner;
        std::vector<PricedCall> prices_paid;
        std::vector<vm::U256> adversary_objects;
        std::set<std::string> approved_without_limit;
    };
    SetupMark setup_mark();
    void back_to(const SetupMark& mark);
    /// When the first user's set-up payment makes it the holder of a role (`if (treasurer ==
    /// address(0)) treasurer = msg.sender`: a treasurer, a king, a first member), the
    /// adversary, who can always be first at a fresh deployment, pays in the same way before
    /// it and takes the role (kept only when it does).
    void take_first_come_roles(const std::string& name, const vm::Address& user,
                               const std::vector<vm::U256>& values);
    /// One set-up payment into the first payable function of the system (source order) that
    /// accepts one of `values` with its parameters at their first values in `d`; whether one
    /// did.
    bool pay_into_any(const std::string& name, const Domains& d,
                      const std::vector<vm::U256>& values);
    /// A system of several contracts has users of each: the user also pays into the first
    /// payable function of every other instance that accepts one of `values` with first
    /// arguments (a lender's `supply()` beside a pool's `addLiquidity()`: the lender holds
    /// what an attack through the pool takes).
    void pay_into_each_other_instance(const std::string& name, const vm::Address& user,
                                      const std::vector<vm::U256>& values);
    /// Whether an honest user called `f` of `t` at set-up.
    bool called_by_an_honest_user(const Target& t, const check::FunctionInfo& f) const;
    /// Whether paying into `f` of `t` gives an honest user a kind of position no honest user
    /// holds yet: none called it at set-up, and it hands its payer no role.
    bool opens_a_new_position(const Target& t, const check::FunctionInfo& f) const;
    /// A second kind of position: `name` (`user`) pays into each payable function no honest
    /// user paid into yet (a policy of an insurance pool whose users all provided capital),
    /// with one of `values` and first arguments, else at the price its code compares the
    /// payment with. Plain ether (`receive`) and payments that hand the payer a role are left
    /// out.
    void pay_into_each_unpaid_function(const std::string& name, const vm::Address& user,
                                       const std::vector<vm::U256>& values);
    /// The first payable function (source order) that accepts one of `values` from `user`,
    /// called with the program's constants as integers; whether one did.
    bool pay_in_first_accepting(const std::string& name, const vm::Address& user,
                                const std::vector<vm::U256>& values);
    /// As pay_in_first_accepting, the integers being the quantity each payment buys at one
    /// of the program's prices, then the payment itself; whether one did.
    bool buy_at_a_price(const std::string& name, const vm::Address& user,
                        const std::vector<vm::U256>& values);
    /// When no payment with first values is accepted, the user tries other argument lists
    /// (argument_lists, cover mode): another honest user where an address is asked (the
    /// counterparty of a channel or an escrow, which may not be the payer itself), then the
    /// system's contracts; zero after the program's amounts (an ether-only channel, whose
    /// token amount must be zero when the token is no contract). Whether one paid.
    bool pay_in_naming_others(const std::string& name, const vm::Address& user,
                              const std::vector<vm::U256>& values);
    /// Pays, as `name`, `call` at its price, recorded in prices_paid; whether it was paid.
    bool pay_at_price(const std::string& name, const PricedCall& call);
    /// Pays, as `name`, into the first payable call (arguments from `d`) at a price its code
    /// compares the payment with, found by paying the first of `values` (prices_asked); in a
    /// world of small deposits, at the least price asked.
    bool pay_price_asked(const std::string& name, const Domains& d,
                         const std::vector<vm::U256>& values);
    /// Pays, as `name`, into an object the deployment already made (its id a key parameter
    /// at 0 or 1: the raffle a constructor opened, `buyTickets(id, n)` at the price the raffle
    /// asks), first at one of `values`, then at a price asked; whether it paid. The ids of
    /// setup_arguments are the program's amounts, which name no such object.
    bool pay_into_an_existing_object(const std::string& name, const vm::Address& user,
                                     const std::vector<vm::U256>& values);
    /// When nothing accepts a payment yet (bids need an auction, pledges a campaign), the
    /// user first creates what it pays for: the first non-payable function (source order)
    /// after which a payment naming the new object (its returned id, else 0 or 1) is accepted,
    /// called by the user, else by the deployer where only the owner may (an auction house's
    /// lot: one per depositor that finds none it can pay into); both are set-up steps.
    /// Whether one paid.
    bool create_then_pay_in(const std::string& name, const vm::Address& user,
                            const std::vector<vm::U256>& values);
    /// Where the creator of object `id` may not pay into it (a seller buying its own listing),
    /// another depositor does (the buyer), as create_then_pay_in's payment; whether one paid.
    bool counterparty_pays_into(const std::string& creator, const vm::U256& id,
                                const std::vector<vm::U256>& values);
    /// The system's own ERC-20 tokens (targets with its four functions): each user and the
    /// adversary get some (hand_out_supply, else mint_to_holders), or already hold what their
    /// deposits bought (an LP token the pool mints); each depositor then approves the other
    /// contracts for half of its tokens and pays that half in (pay_system_tokens_in), and the
    /// adversary approves them without limit. Every call that succeeds is a set-up step.
    void setup_system_tokens();
    /// The system's own ERC-721 collections: each recipient gets an item (mint_to_holders) and
    /// each depositor puts its item into the first other contract that takes it, with a day
    /// where a duration is asked (timed_first_arguments). Where that deposit opened an object
    /// (a listing, an auction), another depositor pays into it (pay_into_opened: a bid
    /// escrowed for an honest seller, which a seller's re-entered payout may take). The
    /// adversary then deposits its item the same way, kept only where an honest user pays
    /// into what it opened (adversary_objects).
    void setup_system_nft(const Target& nft,
                          const std::vector<std::pair<std::string, vm::Address>>& recipients);
    /// The system's own ERC-1155 collections (is_system_multi_token): each recipient gets
    /// some of an id the way the collection hands them out (mint_to_holders, a few at a time
    /// so that an id parameter names one of the first ids); the adversary approves the other
    /// contracts for all of its items, as an attack contract does when it is set up; each
    /// depositor approves them too and puts its items into the first that takes some (a
    /// listing, an escrow), passing their amount, else their id, where a number is asked.
    /// Deposits that opened an object get a counterparty's payment (pay_into_opened).
    void
    setup_system_multi_token(const Target& token,
                             const std::vector<std::pair<std::string, vm::Address>>& recipients);
    /// How many of id `id` of ERC-1155 collection `token` `holder` has (a balance call,
    /// undone); nullopt when it reverts.
    std::optional<vm::U256> multi_token_balance(const Target& token, const vm::Address& holder,
                                                const vm::U256& id);
    /// The first id (of a counter's first ids) of which `holder` has some, with how many.
    std::optional<std::pair<vm::U256, vm::U256>> multi_token_held(const Target& token,
                                                                  const vm::Address& holder);
    /// Deposits that opened objects: by whom, and the ids each result may name (ids_named_by).
    using Opened = std::vector<std::pair<std::string, std::vector<vm::U256>>>;
    /// For each deposit that opened objects, another depositor pays into the first of them
    /// that takes a payment (a bid: counterparty_pays_into), as a creation does
    /// (create_then_pay_in): the system then escrows honest ether for the sellers, which a
    /// re-entered payout to one seller may take. A payment after which the system holds fewer
    /// of the deposited items than `escrowed` told before (a purchase, which hands the item to
    /// the buyer) is undone: the items stay in the system. The ids paid into, in order.
    std::vector<vm::U256> pay_into_opened(const Opened& opened,
                                          const std::function<vm::U256()>& escrowed);
    /// `name` (holding `holder`'s item `id` of `nft`) puts it into the first other contract
    /// that takes it: approved and passed by id to a function, else sent with
    /// safeTransferFrom; a function's result that names an id is added to `opened`. Whether
    /// the item moved (every step kept; nothing kept when it did not).
    bool deposit_nft(const Target& nft, const std::string& name, const vm::Address& holder,
                     const vm::U256& id, Opened& opened);
    /// The owner of item `id` as a word (an ownerOf call, undone); nullopt when it reverts.
    std::optional<vm::U256> nft_owner(const Target& nft, const vm::U256& id);
    /// The first id (of the first few) that `holder` owns.
    std::optional<vm::U256> nft_owned_by(const Target& nft, const vm::Address& holder);
    /// The deployer, when it holds the supply (minted to it by the constructor), gives a
    /// tenth to each user and to the adversary and to each other contract that reads a token
    /// balance (a vesting contract that grants what it holds), and approves the other
    /// contracts for the rest (the owner funds them: `allocate(who, amount)` pulls it);
    /// whether it held any. A token without approvals (is_transfer_only_token) is handed out
    /// with its `transfer`, its approvals refused.
    bool hand_out_supply(const Target& token, const std::vector<vm::Address>& recipients);
    /// Each recipient gets tokens the way the token hands them out: the first open function
    /// of the token (a faucet, `mint(to, amount)`) that raises the recipient's balance when
    /// the recipient calls it, else when the deployer calls it for the recipient (an owner's
    /// mint); whether anyone got tokens.
    bool mint_to_holders(const Target& token,
                         const std::vector<std::pair<std::string, vm::Address>>& recipients);
    /// What a recipient holds of a collection, for mint_for to see a mint raise it.
    using HeldBy = std::function<std::optional<vm::U256>(const vm::Address&)>;
    /// mint_to_holders with `held` as the measure of a holding and `amounts` as the amounts
    /// tried, largest first; with `quiet_only`, only mints that call nobody are used.
    bool mint_to_holders(const Target& token,
                         const std::vector<std::pair<std::string, vm::Address>>& recipients,
                         const HeldBy& held, const std::vector<vm::U256>& amounts,
                         bool quiet_only = false);
    /// One mint of `f` for `holder` sent by `sender` with one of `amounts`, kept when it
    /// raised what `held` tells the holder has; whether it did.
    bool mint_for(const Target& token, const check::FunctionInfo& f, const std::string& sender,
                  const vm::Address& holder, const HeldBy& held,
                  const std::vector<vm::U256>& amounts);
    /// One depositor pays `amount` of `token` into the first non-payable function (source
    /// order) of another target that takes it (the tokens move to that target: a stake, not
    /// a burn that redeems them); whether one did.
    bool pay_system_tokens_in(const std::string& name, const vm::Address& user, const Target& token,
                              const vm::U256& amount);
    /// `holder`'s balance of a system token (a balanceOf call, undone); nullopt on failure.
    std::optional<vm::U256> system_token_balance(const Target& token, const vm::Address& holder);
    /// The first word `read` returns when the deployer calls it, the call undone; nullopt
    /// when it reverts or returns less than a word.
    std::optional<vm::U256> read_word(CallSpec read);
    /// The ether the system's contracts hold together.
    vm::U256 ether_of_the_system();
    /// Runs `step` as a set-up step: kept when it succeeds, undone when it fails.
    bool keep_if_success(const TxStep& step);
    /// keep_if_success, with the result of the step kept (nullopt: it failed and was undone).
    std::optional<vm::Result> keep_result_if_success(const TxStep& step);
    /// What honest user `user` pays at set-up, in order: its deposit (honest_deposit), then
    /// the program's amounts that fit 96 bits (a price, a fee).
    std::vector<vm::U256> deposit_values(std::size_t user) const;
    /// The token version of pay_into_each_unpaid_function: `name` (`user`) pays `amount`
    /// into each function of a contract that holds deposits that takes an amount and opens
    /// a new position (a policy whose premium the pool pulls in tokens), with each address
    /// order in turn, its parameters at the values the code compares them with (a term of
    /// at least a day) when the amount alone does not pass.
    void
    pay_tokens_into_each_unpaid_function(const std::string& name, const vm::Address& user,
                                         const vm::U256& amount,
                                         const std::vector<std::vector<vm::U256>>& address_orders);
    /// One user's token deposit with `addresses` as the address domain; whether one paid.
    bool pay_tokens_in(const std::string& name, const vm::Address& user, const vm::U256& amount,
                       const std::vector<vm::U256>& addresses);
    /// As pay_tokens_in, into `f` of `t` alone: `f` called with the amount (or the count it
    /// buys), and with `compared` each parameter the code compares with a bound at that
    /// bound's value instead (Domains::compared), kept when the user's balance of some token
    /// went down; whether it was.
    bool pay_tokens_into(const std::string& name, const vm::Address& user, const vm::U256& amount,
                         const std::vector<vm::U256>& addresses, const Target& t,
                         const check::FunctionInfo& f, bool compared = false);
    /// One creation transaction of `t` by the deployer (no rollback: the caller's job).
    vm::Result create(const Target& t, const Deployment& d);

    const Program& m_program;
    Facts m_facts;
    Accounts m_accounts;
    vm::MemoryState m_state;
    vm::Executor m_exec;
    Adversary m_adversary;
    Observer m_observer;
    /// The values each function compares its parameters with (compared_parameters): the
    /// set-up's honest calls pass those checks too.
    std::map<const check::FunctionInfo*, std::vector<std::vector<vm::U256>>> m_compared;
    /// The parameters each function refuses at zero (nonzero_parameters).
    std::map<const check::FunctionInfo*, std::vector<bool>> m_nonzero;
    /// The constants each function multiplies its narrow parameters by (scaled_parameters).
    std::map<const check::FunctionInfo*, std::vector<vm::U256>> m_factors;
    std::vector<Deployment> m_deployments;
    std::vector<TxStep> m_setup;
    std::vector<HeldItem> m_adversary_items;
    vm::U256 m_deposit_unit; ///< setup_honest's

    std::set<std::string> m_approved_without_limit; ///< see approved_without_limit()
    std::vector<vm::U256> m_created_ids;
    std::vector<vm::U256> m_opened_by_the_owner;
    std::vector<vm::U256> m_adversary_objects;
    std::vector<PricedCall> m_prices_paid;
    std::uint64_t m_txs = 0;
    ClockOffset m_clock;
};

/// A contract instance a target's constructor created (see Program::resolve_system).
struct CreatedInstance {
    std::size_t creator = 0; ///< target index of the creator (counting earlier creations)
    std::uint64_t nonce = 0; ///< the creator's nonce at the creation
    const lang::CompiledContract* compiled = nullptr;
    /// The creator's state variable that holds its address (`small`), empty when none or
    /// several do.
    std::string holder;
    /// Created by a set-up transaction (World::create_instances, an honest deposit into a
    /// factory), not by a constructor: it has no code until the set-up ran.
    bool at_setup = false;
    bool operator==(const CreatedInstance&) const = default;
};
/// When find_created looks for created instances: after deployment only, or after the honest
/// set-up too.
enum class CreatedBy : std::uint8_t { constructors, setup };
/// Deploys the program's targets once (and runs the set-up for CreatedBy::setup) and lists the
/// contracts created, transitively, identified by their code (at most 16); empty when
/// deployment fails.
std::vector<CreatedInstance> find_created(const Program& program, CreatedBy by);

/// The attack contract, its accomplice and the untrusted stand-ins: every account the adversary
/// answers for (the tokens excluded: their ledger answers).
std::vector<vm::Address> adversary_accounts(const Accounts& accounts);

/// A fungible token's standard transfer of the caller's own units.
inline constexpr std::string_view standard_transfer = "transfer(address,uint256)";
/// The calls that only pay in `program` (IsPayment): a call of a function that only accepts
/// ether (payment_functions), and the standard `transfer(address,uint256)` of a target of the
/// system whose transfer calls nobody and none of whose functions calls out before it is
/// through (a plain ledger: the payer's own units move to the named account, and no frame of
/// that target can be half-done; WETH, whose withdraw sends ether last, is one) naming an
/// account the adversary does not control (units moved to its accomplice are moved, not
/// paid).
IsPayment payments_of(const Program& program, const Facts& facts, const Accounts& accounts);
/// The targets payments_of pays tokens through: their `transfer(address,uint256)`.
std::vector<std::string> plain_token_targets(const Program& program, const Facts& facts);

/// Installs the accounts' tokens on a state (code marker and ledger: every holder's initial
/// balance, unlimited allowances to the system's contracts) and binds their handler with the
/// adversary's accounts as the hooked ones; `bind` is the executor's or the chain's
/// bind_native.
void install_tokens(vm::State& state, const Accounts& accounts,
                    const std::function<void(const vm::Address&, vm::NativeHandler)>& bind);

/// The choices of a transaction's callbacks with every re-entry and revert made a plain
/// return that keeps its answer: what the same transaction does without re-entry, for the
/// callback-freedom check. Callbacks made inside a re-entry are dropped (a run without it
/// does not receive them), so the others keep their positions. A re-entry into a function
/// that only pays (`pays`) stays where it was made: it can neither observe nor change what the
/// interrupted call left half-done, only add to a balance, so a taker paying for its fill
/// from the fill's callback is the honest use of that protocol, the baseline the re-entries
/// that do more are measured against (Adversary::landed_steps leaves it out).
std::vector<Choice> answers_without_reentry(const std::vector<CallbackEvent>& events,
                                            const IsPayment& pays = {});

/// Whether the function a call names is view/pure (cannot change state).
bool is_view_call(const Program& program, const CallSpec& c);

/// Every message of a transaction in call order: a tracer installed only to classify a
/// re-entry after the fact (the explorer's own runs stay untraced).
class CallLog : public vm::Tracer {
public:
    struct Entry {
        int depth = 0;
        vm::Address to;   ///< the recipient (whose storage the frame uses)
        vm::Address code; ///< the code address (the adversary's calls are recognised by it)
        std::optional<std::uint32_t> selector; ///< none: plain ether transfer
        bool is_static = false;
    };
    void on_call_enter(const vm::Message& msg) override;
    std::vector<Entry> entries;
};

/// How the re-entry in a witness relates to the frames it interrupted.
///
/// The frames are the target calls on the stack when the adversary was called (for a token
/// hook that is the vault *and* the token). The re-entry is
/// - `same-function` when it calls a function that is on that stack (the DAO);
/// - `cross-function` when it calls another function of a contract on the stack;
/// - `read-only` when it enters another contract whose only contact with the contracts on
///   the stack is through view calls (it reads their half-updated state);
/// - `cross-contract` otherwise: another contract, which writes to shared state, or owns it.
struct ReentryShape {
    std::string interrupted_contract, interrupted_function; ///< the frame it relates to
    std::string reentered_contract, reentered_function;
    ReentryKind kind = ReentryKind::none; ///< never none for a classified re-entry
};

/// The shape of the first successful re-entry of a transaction run under `log`, whose
/// adversary recorded `events`; nullopt when no re-entry succeeded.
/// The honest users (Accounts::users) whose address a constructor was given (an owner of a
/// multisig, a relayer): they hold a role in the system, as the deployer does. In user order.
std::vector<std::string> honest_users_named_at_deployment(const World& w);

std::optional<ReentryShape> classify_reentry(const Program& program, const Accounts& accounts,
                                             const std::vector<CallLog::Entry>& log,
                                             const std::vector<CallbackEvent>& events);

} // namespace mallory::analyzer
