#pragma once
/// The explorer's actions: which functions of the system are called, with which arguments and
/// which ether. Arguments come from per-type domains built once per analysis: the values the
/// deployed system holds, the program's own constants, boundaries, every address of the world,
/// and the hint engines' models of branch conditions. Every function is callable whatever its
/// parameter types: dynamic ones (`bytes`, `string`, `T[]`, structs) get small generated
/// values with a correct ABI encoding.

#include "analyzer/program.hpp"
#include "analyzer/witness.hpp"

#include <functional>
#include <map>
#include <optional>
#include <string_view>
#include <utility>
#include <vector>

namespace mallory::analyzer {

class ProofEngine;
class World;

/// What a parameter is for, read from the function's text: the order of its candidates.
enum class ParamRole : std::uint8_t {
    plain,
    /// A duration (added to the clock, or compared with it across another term:
    /// `block.timestamp + d`, `block.timestamp >= start + d`): first a day, so that the cross
    /// product's other parameters meet a deadline that a few blocks do not pass and a warp does.
    clock,
    /// A point in time (compared alone with the clock, `startTime >= block.timestamp`, or with
    /// another such parameter, `stopTime > startTime`): first the set-up's time plus a day per
    /// position among the function's moments (moment_value), so that a start lies ahead of
    /// the first transaction, a stop after its start, and a warp passes both.
    moment,
    /// An id (a mapping key or an array index: `campaigns[id]`): first 1, then 0, the ids a
    /// counter hands out first, so that honest users (who use first values) act on the
    /// object the adversary or the owner created.
    key,
    /// A duration counted in a time unit (`block.timestamp + days_ * 1 days`, or stored as
    /// `cliffDays * 1 days` for later): first 1, a unit, which a bound on the count
    /// (`days_ <= 90`) lets through where a day of seconds does not, and which a narrow
    /// integer multiplied by the unit holds where an ether-sized amount overflows.
    time_units,
};

/// The first value of a duration parameter (ParamRole::clock, Domains::duration): a day, more
/// than the blocks of a short sequence, less than the clock's longest warp (clock_jumps: past
/// the program's longest duration, and past a year).
inline const vm::U256 first_duration{86'400};
/// 10^18 wei.
inline const vm::U256 one_ether{1'000'000'000'000'000'000ULL};
/// What an honest user sends with a payable call of the search (a purchase, a bid, a
/// deposit). The adversary's integers include it, so that a price it asks is one an honest
/// buyer pays (buying its listing).
inline const vm::U256 honest_payment = vm::U256{2} * one_ether;
/// What the deployer donates to a treasury at set-up (World::endow_treasuries).
inline const vm::U256 endowment = vm::U256{4} * one_ether;
/// A constructor threshold chosen above the honest deposits (Target::thresholds): ten times
/// what they pay in together, so that a goal stays unmet after them.
inline const vm::U256 threshold_above_deposits = vm::U256{100} * one_ether;
/// The round top of the payments' spread (Domains::values): more than a short sequence's
/// payments add up to, so a bid of it outbids any earlier one.
inline const vm::U256 round_top_payment = vm::U256{10} * one_ether;

struct Domains {
    std::vector<vm::U256> uints;     ///< unsigned integers, most promising first
    std::vector<vm::U256> ints;      ///< signed integers (two's complement words)
    std::vector<vm::U256> addresses; ///< the adversary first, then honest users, instances...
    /// Ether sent with a payable function besides the default amount: zero and the program's
    /// constants (those compared with `msg.value` among them).
    std::vector<vm::U256> values;
    /// The program's 32-byte constants (word_constants in answers.hpp): the adversary's
    /// `bytes32` answers.
    std::vector<vm::U256> words;
    /// Words naming the caller (its account's name, left-aligned), the first candidates of a
    /// `bytesN` parameter, cut to N bytes: the handle an honest user registers at set-up
    /// (`register(bytes32 handle)` refuses zero and a handle already taken, so each account
    /// claims its own). Empty in the search, whose first `bytesN` value stays zero.
    std::vector<vm::U256> handles;
    /// Per function: values from the hint engines, tried for each unsigned parameter.
    std::map<const check::FunctionInfo*, std::vector<vm::U256>> hints;
    /// Per function with a parameter of a known role, each parameter's role: its integer
    /// candidates start with the values of that role (see ParamRole).
    std::map<const check::FunctionInfo*, std::vector<ParamRole>> roles;
    /// Per function with a `bytes`, `string` or array parameter whose length the body
    /// compares (compared_lengths), each parameter's lengths: its first candidates.
    std::map<const check::FunctionInfo*, std::vector<std::vector<std::size_t>>> lengths;
    /// Per function with an integer parameter the body compares with a bound
    /// (compared_values), each parameter's values: its first candidates.
    std::map<const check::FunctionInfo*, std::vector<std::vector<vm::U256>>> compared;
    /// Per function with an unsigned parameter its body refuses at zero (must_be_nonzero),
    /// which parameters: their candidates try zero last.
    std::map<const check::FunctionInfo*, std::vector<bool>> nonzero;
    /// Per function with an unsigned parameter narrower than a word that its body multiplies
    /// by a constant (largest_factor: `cliffDays * 86400` of a `uint64`), each parameter's
    /// largest factor (1: none): candidates whose product overflows the width come last.
    std::map<const check::FunctionInfo*, std::vector<vm::U256>> factors;
    /// Per payable function, the prices per unit it asks (a stored or immutable `price`, which
    /// no constant names): each argument above 1 that divides the price its first list was
    /// asked, with the quotient (`msg.value == quantity * price` asked 400 of `commit(40)`:
    /// parameter 0 at 10 a unit). Each payment then buys its quantity in that parameter.
    std::map<const check::FunctionInfo*, std::vector<std::pair<std::size_t, vm::U256>>> unit_prices;
    /// Per payable function, the exact prices the honest users paid into it at set-up
    /// (World::prices_paid: `msg.value == f.deposit + f.rent`, a sum no storage word holds,
    /// of a listing each of them took): the adversary's first argument lists also pay them,
    /// into an object the owner opens alike during the search (it repeats its set-up calls).
    std::map<const check::FunctionInfo*, std::vector<vm::U256>> paid_at_setup;
    /// The honest users' set-up payments at a price asked, each as the adversary makes it
    /// (honest_payments): a call with the same arguments and the same ether, so that the
    /// adversary buys what they bought at the price they paid (the listing an honest seller
    /// opened, at its price).
    std::vector<CallSpec> honest_payments;
    /// The first value of a clock parameter: a day.
    vm::U256 duration;
    /// The time of the search's first block (with no warp): the origin of moment parameters.
    std::uint64_t now = 0;
    /// The values of an id parameter (ParamRole::key), each tried whatever the budget: the ids
    /// a counter hands out first (1, 0), then the next ones after the objects the honest
    /// users' deposits created (k and k + 1 after k deposits: a 0-based and a 1-based
    /// counter), so that the owner and the adversary act on the object the adversary creates.
    std::vector<vm::U256> keys{vm::U256{1}, vm::U256{0}};
    /// The ids of the objects the honest users created at set-up and paid into (World::
    /// created_ids), which `keys` leaves out: a payable call naming one is also tried with
    /// the largest value of `values` (outbidding an honest bidder on its auction), in cover
    /// mode.
    std::vector<vm::U256> honest_objects;
    /// The clock's jumps between two transactions (clock_jumps), computed once from the world
    /// after set-up so that every partition's world makes the same ones.
    std::vector<std::uint64_t> clock_jumps;
    /// The block-number jumps (block_jumps): empty blocks that pass between two transactions.
    std::vector<std::uint64_t> block_jumps;
};

/// The word an account registers as its handle (Domains::handles): its name, left-aligned.
vm::U256 handle_of(std::string_view account);

/// The clock jumps (seconds) the search may make between two transactions (unit-tested; see
/// the definition): none when the program never reads `block.timestamp`.
std::vector<std::uint64_t> warp_amounts(const Program& p);
/// The clock jumps the search makes: warp_amounts, then to just past each deadline the
/// deployed system holds (a time in its storage between the search's first block and ten
/// years later: a `commitEnd` set from a constructor's duration, which no constant names),
/// nearest first, at most max_clock_jumps in all, each unless a jump already passes it by less
/// than an hour. None when the program never reads the clock.
inline constexpr std::size_t max_clock_jumps = 5;
std::vector<std::uint64_t> clock_jumps(const Program& p, World& w);
/// The most empty blocks the search lets pass at once (the replay mines each of them).
inline constexpr std::uint64_t max_block_jump = 100'000;
/// The block-number jumps the search makes (unit-tested): past the longest count the program
/// names up to max_block_jump (a lock of `MIN_LOCK_BLOCKS`, a voting period in blocks), else
/// a day of blocks; none when the program never reads `block.number`.
std::vector<std::uint64_t> block_jumps(const Program& p);

/// Which of the parameters `names` are moments in `body` (ParamRole::moment): compared alone
/// with the clock (`start < block.timestamp`, `deadline <= block.timestamp + MAX`, not
/// `block.timestamp >= start + lock`), or with a moment (`stopTime <= startTime`), to a fixed
/// point (unit-tested).
/// `clocks` names more stand-ins for the clock (clock_parameters).
std::vector<bool> moments(std::string_view body, const std::vector<std::string>& names,
                          const std::vector<std::string>& clocks = {});
/// The first value of the moment parameter at `position` among its function's moments: `now`
/// plus one day more per position.
vm::U256 moment_value(std::uint64_t now, std::size_t position);

/// Whether values of `ty` are accounts: an address or a contract.
bool is_address_like(const check::Type& ty);

/// Whether parameter `name` is a token supply the constructor `body` creates: written to a
/// total supply (`totalSupply = name`, `_totalSupply = name * 10**decimals`), credited to the
/// deployer (`balanceOf[msg.sender] = name`) or minted (`_mint(msg.sender, name * 1e18)`;
/// unit-tested).
bool mints_supply(std::string_view body, const std::string& name);
/// The bound `body` checks parameter `name` against when it is a share of a whole: compared
/// with at most a million, a literal or one of the program's constants (`require(bps <=
/// 10000)`, `if (pct > MAX_PCT) revert ...`, `100 >= fee`); nullopt otherwise (unit-tested).
std::optional<vm::U256> share_bound(const Program& p, std::string_view body,
                                    const std::string& name);
/// Whether `contract` (a contract's source text) compares variable `name` as the upper bound of
/// an amount of ether it pays or is paid: `require(paid <= name)` or `if (paid > name) revert`
/// where `paid` is sent with `{value: paid}`, or `msg.value <= name` (a desk's most per trade, a
/// sale's largest purchase; unit-tested).
bool caps_a_payment(std::string_view contract, const std::string& name);
/// Whether parameter `name` is added to, subtracted from or compared with the clock in the
/// source text `body` (`block.timestamp + name`, `name < block.number`; unit-tested).
/// `clocks` names more stand-ins for the clock (clock_parameters).
bool meets_clock(std::string_view body, const std::string& name,
                 const std::vector<std::string>& clocks = {});
/// The parameters of the functions defined in `text` that a call in `text` passes the clock
/// (`vestedAmount(b, uint64(block.timestamp))` makes `vestedAmount`'s second parameter one):
/// inside those functions the parameter is the clock (unit-tested).
std::vector<std::string> clock_parameters(std::string_view text);
/// The plain variables `body` stores parameter `name` in, possibly converted (`start =
/// _start;`, `duration = uint64(d);`; unit-tested).
std::vector<std::string> stored_names(std::string_view body, const std::string& name);
/// A struct type's name and its fields' names, in declaration order.
struct StructFields {
    std::string name;
    std::vector<std::string> fields;
};
/// The fields of the structs `structs` that `body` stores parameter `name` in, possibly
/// converted: by member assignment (`g.cliff = cliff;`), by a struct constructor's position
/// (`Grant(total, 0, uint64(block.timestamp), cliff, duration)`) or by its name
/// (`Grant({cliff: cliff, ...})`; unit-tested).
std::vector<std::string> stored_members(std::string_view body, const std::string& name,
                                        const std::vector<StructFields>& structs);
/// Which of the parameters `names` of a function whose source is `body` are moments, and
/// which durations, through the variables `body` stores them in, as the whole `contract`
/// (its source and its bases') uses those variables: a start kept by the constructor and
/// compared with a timestamp argument in a view (`if (timestamp < start) return 0;` where
/// `vestedAmount(b, uint64(block.timestamp))`) is a moment, the duration added to it
/// (`timestamp >= start + duration`) a duration (unit-tested). A moment the contract
/// requires the clock to stay before (keeps_clock_before: a deadline) lies ahead, as a
/// parameter's own moment; any other one (a start) has `started`: the window it opens is open
/// at deployment, so that an attack needs no jump of the clock to begin.
struct StoredTimeRoles {
    std::vector<bool> moment;
    std::vector<bool> started;
    std::vector<bool> duration;
};
/// A parameter kept in a field of one of `structs` (stored_members) has the role the field's
/// reads in `contract` give it (`block.timestamp < g.start + g.cliff`: a duration).
StoredTimeRoles stored_time_roles(std::string_view body, std::string_view contract,
                                  const std::vector<std::string>& names,
                                  const std::vector<StructFields>& structs = {});
/// Whether `text` requires the clock (or one of `clocks`) to stay before `name`
/// (`require(block.timestamp < deadline)`, `if (block.timestamp >= end) revert Ended();`;
/// unit-tested).
bool keeps_clock_before(std::string_view text, const std::string& name,
                        const std::vector<std::string>& clocks = {});
/// Whether `name` is a rate that `text` multiplies by an elapsed time: by the clock, by a
/// name set from it (`elapsed = block.timestamp - start`, `lastUpdate = block.timestamp`, a
/// plain copy of such a name, a function that returns the clock) or by a parenthesised
/// difference of such times (`(t - lastRewardTime) * rewardPerSecond`, Synthetix's
/// `rewardRate * (lastTimeRewardApplicable() - lastUpdateTime)`; unit-tested).
bool accrues_per_time(std::string_view text, const std::string& name);
/// Whether parameter `name` counts time units in `body` (`name * 1 days`, `2 hours * name`,
/// `name * DAY` when `units` names DAY; unit-tested).
bool counts_time_units(std::string_view body, const std::string& name,
                       const std::vector<std::string>& units = {});
/// The names of the targets' constants written in a time unit (`uint256 constant DAY = 1
/// days;`, `WEEK = 7 * 1 days`): a parameter multiplied by one counts that unit.
std::vector<std::string> time_unit_constants(const Program& p);
/// Whether parameter `name` is compared with the payment in the source text `body`
/// (`require(msg.value == amount)`, `amount <= msg.value`; unit-tested).
bool meets_payment(std::string_view body, const std::string& name);
/// The lengths of parameter `name` (a `bytes`, `string` or array) that pass each comparison
/// of its length in `body` taken alone, the nearest to the bound (`name.length == 48`: 48,
/// `bytes(name).length >= MIN_NAME` where `constants` gives MIN_NAME's value, `> 0`: 1), in
/// order, without repeats, none above max_compared_length (unit-tested).
inline constexpr std::size_t max_compared_length = 1024;
std::vector<std::size_t> compared_lengths(std::string_view body, const std::string& name,
                                          const std::map<std::string, vm::U256>& constants = {});
/// The values integer parameter `name` must have, or at least have, to pass each comparison
/// of it in `body` taken alone: the bound of an equality (`require(shareBps == 10000)`:
/// 10000), the least passing value of a lower bound above 1 (`period >= MIN_PERIOD`: its value
/// from `constants`; `30 days` is read with its unit); those where the parameter comes first,
/// then the others, without repeats, at most max_compared_values (unit-tested).
inline constexpr std::size_t max_compared_values = 4;
std::vector<vm::U256> compared_values(std::string_view body, const std::string& name,
                                      const std::map<std::string, vm::U256>& constants = {});
/// Per mutator with an unsigned parameter its body compares with a bound, each parameter's
/// compared_values (Domains::compared).
std::map<const check::FunctionInfo*, std::vector<std::vector<vm::U256>>>
compared_parameters(const Program& p);
/// Whether `body` refuses parameter `name` at zero: `require(name > 0)`, `name != 0`,
/// `name >= 1`, or `if (name == 0) revert ...` (an `if` that reverts is read negated).
bool must_be_nonzero(std::string_view body, const std::string& name,
                     const std::map<std::string, vm::U256>& constants = {});
/// Per mutator with an unsigned parameter its body refuses at zero, which (Domains::nonzero).
std::map<const check::FunctionInfo*, std::vector<bool>> nonzero_parameters(const Program& p);
/// The largest constant `body` multiplies parameter `name` by (`name * 86400`, `SCALE * name`
/// where `constants` gives SCALE, `name * 1 days`), or 1 when it multiplies it by none
/// (unit-tested).
vm::U256 largest_factor(std::string_view body, const std::string& name,
                        const std::map<std::string, vm::U256>& constants);
/// Per mutator with an unsigned parameter narrower than a word that its body multiplies by a
/// constant, each parameter's largest factor (Domains::factors).
std::map<const check::FunctionInfo*, std::vector<vm::U256>> scaled_parameters(const Program& p);
/// Whether parameter `name` indexes a mapping or an array in `body` (`campaigns[name]`).
bool is_key(std::string_view body, const std::string& name);
/// Whether `body` sets a flag per object `name` and per sender (`hasVoted[name][msg.sender] =
/// true`, `confirmations[msg.sender][name] = true`): a vote, a confirmation, an endorsement,
/// which counts once per account, so that a quorum needs several accounts to make the same
/// call; an amount kept per object and sender (`pledged[id][msg.sender] += msg.value`) is not
/// one (unit-tested).
bool records_per_sender(std::string_view body, const std::string& name);
/// Whether `body` sets a flag per sender, whatever else keys it (`ready[msg.sender] = true`,
/// `hasPaid[round][msg.sender] = true`): a step each account takes once (a member's
/// contribution to a round, a depositor marking itself ready), so that what waits for all of
/// them needs several accounts to make the same call (unit-tested).
bool marks_the_sender(std::string_view body);
/// Whether `body` refuses some party as its caller (`require(msg.sender != seller)`,
/// `if (g.client == msg.sender) revert SelfDeal();`; not `if (msg.sender != owner) revert`,
/// which admits only the owner): no self-dealing, so an attack that needs the adversary on
/// both sides of a deal (the buyer of its own listing, the client of its own gig) needs a
/// second account (unit-tested).
bool refuses_the_caller_as_party(std::string_view body);
/// Whether some mutator of the program refuses a party as its caller
/// (refuses_the_caller_as_party): the adversary's second account then acts at top level too.
bool has_no_self_dealing_rule(const Program& p);
/// Whether parameter `name` is assigned whole to a variable in `body` (`treasury = name;`):
/// an address kept as a setting, where one stored in a record (`payments.push(Payment(name,
/// amount))`) or used as a key names whom the call serves.
bool is_assigned_whole(std::string_view body, const std::string& name);

/// The domains of a deployed world (after the honest users' deposits).
/// The role of each parameter of `f` in its source text `body` (ParamRole): `units` are the
/// program's time-unit constants (time_unit_constants), `keyed` the functions whose
/// parameters are keys (a call passing a parameter there makes it one).
std::vector<ParamRole> parameter_roles(std::string_view body, const check::FunctionInfo& f,
                                       const std::vector<std::string>& units,
                                       const std::map<std::string, std::set<std::size_t>>& keyed);
/// Per function with a key parameter (ParamRole::key: the id of an object, `buy(id, n)`
/// reading `raffles[id]`), its parameters' roles with every other role plain.
std::map<const check::FunctionInfo*, std::vector<ParamRole>> key_parameters(const Program& p);
/// The first arguments of `f` (first_arguments) with each integer parameter of a time role
/// (a duration, a moment, a count of time units) at its role's first value, `d.duration` and
/// `d.now` set by the caller: an honest seller's listing runs a day, not as many seconds as
/// its item's id (unit-tested).
std::vector<vm::U256> timed_first_arguments(const Program& p, const check::FunctionInfo& f,
                                            const Domains& d);
Domains make_domains(const Program& p, World& w, const std::vector<ProofEngine*>& engines);

/// The payments the honest users of `w` made at set-up at the exact price the code asks
/// (World::pays_a_price_asked of each from the state after set-up, which is restored), each as
/// the adversary makes it: the same call and ether, every argument word that named an honest
/// user naming the adversary instead. A payment of any amount (a pledge) is not among them:
/// the adversary's own amounts pay into that already (unit-tested).
std::vector<CallSpec> honest_payments(World& w);

/// Quantities a payment of `value` buys at each of the program's prices (unit-tested): value / c
/// for every constant c > 1 that divides it (`buy(n)` with `msg.value == n * PRICE`).
std::vector<vm::U256> quantities_bought(const vm::U256& value, const std::vector<vm::U256>& prices);

/// Non-view callable functions of every target (receive included), in source order.
std::vector<std::pair<const Target*, const check::FunctionInfo*>> mutators(const Program& p);

/// How many calls to generate per function.
struct CallBudget {
    std::size_t per_param = 1; ///< values of each parameter in the cross product
    std::size_t cap = 1;       ///< argument lists in the cross product
    /// Also cover every other value of each parameter once (the others at their first
    /// value), and every value of Domains::values for payable functions.
    bool cover = false;
    /// Payable functions are also called with every value of Domains::values (with the
    /// first argument lists), without covering the parameters (re-entries: a price check
    /// `msg.value == n * PRICE` inside a callback).
    bool values = false;
    /// Where the cap cut the cross product, each value within a parameter's width is still
    /// tried once, with the first list's other values (the owner's few calls: a
    /// `fund(member, days)` names the honest member too, not the adversary alone in every
    /// list the cap kept).
    bool width_covered = false;
};

/// Argument lists of `f` (encoded as the words after the selector): the cross product of the
/// first `b.per_param` values of each parameter (addresses: at most two), at most `b.cap`
/// lists, then the hint engines' values, every combination of keys in the key parameters (at
/// most max_key_combinations), and (cover mode) each further value of each parameter once,
/// the others at their first value.
inline constexpr std::size_t max_key_combinations = 16;
std::vector<std::vector<vm::U256>> argument_lists(const check::FunctionInfo* f, const Domains& d,
                                                  const CallBudget& b);

/// The calls of every mutator with arguments from `d`; payable ones send `value`.
std::vector<CallSpec> make_calls(const Program& p, const Domains& d, const CallBudget& budget,
                                 const vm::U256& value);

/// ABI-encoded argument candidates of one parameter type (unit-tested): each entry is the
/// parameter's head words when static, its tail words (length and data) when dynamic.
struct EncodedArg {
    bool dynamic = false;
    std::vector<vm::U256> words;
    friend bool operator==(const EncodedArg&, const EncodedArg&) = default;
};
std::vector<EncodedArg> argument_candidates(const check::Type& t, const Domains& d,
                                            const std::vector<vm::U256>* hints);
/// The arguments of `f` with each parameter at its first candidate value.
std::vector<vm::U256> first_arguments(const check::FunctionInfo& f, const Domains& d);
/// Head/tail ABI encoding of a parameter list as the words after the selector.
std::vector<vm::U256> encode_arguments(const std::vector<EncodedArg>& args);

/// How a word of a value type reads in a report ("mallory", "10").
using WordText = std::function<std::string(const check::Type&, const vm::U256&)>;
/// The values of `types` ABI-encoded in `words` (as encode_arguments lays them out), one text
/// each: arrays as `[a, b]`, bytes and strings as hex; nullopt when the words do not decode.
/// `word_types`, when given, receives the value type held by each word (nullptr for offsets,
/// lengths and byte data).
std::optional<std::vector<std::string>>
describe_arguments(const std::vector<check::TypePtr>& types, const std::vector<vm::U256>& words,
                   const WordText& word_text,
                   std::vector<const check::Type*>* word_types = nullptr);

} // namespace mallory::analyzer
