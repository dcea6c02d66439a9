#pragma once
/// A program under analysis: the front end's result, the compiled contracts, and the targets
/// (the deployable contracts of the files named on the command line) with their storage
/// layouts. Everything the analyzer's parts share about the source is reached from here.

#include "analyzer/guard_bounds.hpp"
#include "lang/compile/layout.hpp"
#include "lang/compiler.hpp"
#include "lang/frontend.hpp"

#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace mallory::analyzer {

namespace check = lang::check;

struct CreatedInstance;

/// One contract instance of the system the explorer deploys and attacks: a contract of the
/// files given (deployed by the deployer), or one that a constructor created.
struct Target {
    const check::ContractInfo* info = nullptr;
    const lang::CompiledContract* compiled = nullptr;
    std::unique_ptr<lang::codegen::StorageLayout> layout;
    /// The instance's name where it differs from the contract's: a created instance is named
    /// by the creator's variable that holds it, "Creator.variable" (`Factory.small`), else
    /// "Creator.Contract" ("Creator.Contract#2" for the second of one creator).
    std::string instance;
    /// A created instance: the index of the target whose constructor created it, and the
    /// creator's nonce at that creation (its address is create_address(creator, nonce)).
    std::optional<std::size_t> creator;
    std::uint64_t creation_nonce = 0;
    /// Created by a set-up transaction (a factory's function), not by a constructor.
    bool created_at_setup = false;
    /// Constructor arguments given by the user (`--args`), as words; nullopt: chosen.
    std::optional<std::vector<vm::U256>> ctor_args;
    /// Constructor parameters Mallory chooses above what the honest users deposit (a
    /// campaign's goal): set by the analysis when a function that reads one never ran with
    /// the first choice (10, met by the first deposit, so that `refund` never runs).
    std::vector<std::string> thresholds;
    /// False for a helper: deployed because a selected target's constructor needs an instance
    /// of its type. A helper is part of the system (deployed, observed, callable) but its own
    /// properties are not checked: the user asked about the selected contracts.
    bool selected = true;
    const std::string& name() const { return instance.empty() ? info->name : instance; }
};

class Program {
public:
    /// Loads and compiles files from disk (or in-memory sources when `texts` is non-empty:
    /// (path, text) pairs). Check `ok()`; `errors()` renders what went wrong.
    static std::unique_ptr<Program> load(const std::vector<std::string>& paths,
                                         const lang::FrontendOptions& options = {});
    static std::unique_ptr<Program>
    from_sources(const std::vector<std::pair<std::string, std::string>>& files);

    bool ok() const { return m_ok; }
    std::string errors(bool color) const;

    /// Restricts the targets to `name` and the system it needs: the contracts that can fill its
    /// constructor's contract parameters (parameter_contract; transitively) stay as helpers
    /// (see Target::selected); false when no such deployable contract exists. Any deployable
    /// contract may be named, a standalone copy the whole program leaves out too.
    bool select(const std::string& name);
    /// The deployed contracts `select(name)` would keep, in deployment order: `name`, then the
    /// contracts that fill its constructor's contract parameters, transitively; empty when
    /// `name` is no deployed contract.
    std::vector<std::string> system_of(const std::string& name) const;
    /// The contract (or interface) parameter `i` of constructor `ctor` stands for: its type
    /// when it is contract-typed, else, for an address, the contract the constructor converts
    /// it to (`ledger = Ledger(ledger_)`); nullptr for an address used as such.
    const check::ContractInfo* parameter_contract(const check::FunctionInfo& ctor,
                                                  std::size_t i) const;
    /// Whether a constructor parameter of `taker` can be filled by an instance of `given`
    /// (parameter_contract names `given` or a base of it): `taker` is deployed after `given`.
    bool constructor_takes(const check::ContractInfo& taker,
                           const check::ContractInfo& given) const;
    /// Sets constructor arguments: "v1,v2" for the first target with parameters, or
    /// "Name:v1,v2;Other:v3". Values: decimal, 0x-hex, `N ether`, dev account names, and
    /// for an address or contract parameter a target's name (its deployed_address).
    bool set_args(const std::string& spec, std::string* error);
    /// Addresses the user vouches for (`--trust`): "name,0xADDR,...", each a constructor
    /// parameter name (left to Mallory, it gets the deployer's account, not an untrusted
    /// stand-in) or an address (a literal callee that is then not the adversary).
    bool set_trusted(const std::string& spec, std::string* error);
    /// Chooses the constructor parameters `params` of the deployed target `name` above the
    /// honest deposits (Target::thresholds); false when no deployed target has that name.
    bool raise_thresholds(const std::string& name, const std::vector<std::string>& params);
    bool trusts_parameter(const std::string& name) const;
    bool trusts_address(const vm::Address& a) const;

    const lang::FrontendResult& front() const { return m_front; }
    const lang::SourceManager& sources() const { return m_front.sources; }
    /// The program's integer constants that look like amounts (2 .. 2^128: literals, constant
    /// expressions, `constant` variables), the most frequent first (ties: smaller first), at
    /// most six, then the targets' own `constant`s the six left out: argument, value and
    /// deposit domains.
    const std::vector<vm::U256>& amount_constants() const { return m_amount_constants; }
    /// The bounds the selected targets check and then raise (guard_bounds.hpp).
    const std::vector<GuardBound>& guard_bounds() const { return m_guard_bounds; }
    /// Every contract that compiled (deployable or not a target): created instances' types.
    const lang::CompileOutput& compiled() const { return m_output; }
    const check::SemanticModel& model() const { return *m_front.model; }
    std::vector<Target>& targets() { return m_targets; }
    const std::vector<Target>& targets() const { return m_targets; }
    const Target* target(const std::string& name) const;
    /// Finds the instances the targets' constructors create (transitively, by deploying the
    /// system once) and adds them as targets, selected when their creator is. Called after
    /// every change to the system (load, select, set_args, set_trusted); deterministic. The
    /// facts derived from the system (amount constants, guard bounds) are derived anew.
    void resolve_system();
    /// Target indices in deployment order (created instances are not deployed: their creator
    /// makes them): a contract whose constructor takes an instance of
    /// another target's type is deployed after it (addresses are known in advance, so wiring
    /// never depends on the order; a constructor that calls its dependency does).
    std::vector<std::size_t> deploy_order() const;
    /// The address target `target` gets when the deployer deploys the targets in
    /// deploy_order (its nonce is the position there); nullopt for a created instance.
    std::optional<vm::Address> deployed_address(std::size_t target) const;
    /// Paths of the root files as given.
    const std::vector<std::string>& paths() const { return m_paths; }
    /// In-memory sources (empty when loaded from disk): replay needs them.
    const std::vector<std::pair<std::string, std::string>>& texts() const { return m_texts; }

    /// Any function of any contract or interface with this selector (for the adversary's
    /// answers to interface calls), or nullptr.
    const check::FunctionInfo* function_by_selector(std::uint32_t selector) const;

private:
    /// Replaces the created targets with `created` and derives the system's facts anew.
    void use_created(const std::vector<CreatedInstance>& created);
    void finish();
    /// The deployable contracts of the files as targets, in source order.
    std::vector<Target> deployable_targets() const;
    /// Leaves out each deployed target whose contract a constructor of the system creates
    /// (the token a staking contract makes with `new`) and that no constructor parameter
    /// takes: a deployer deploys the creator, not a second token nobody uses, and that copy
    /// would only spread the search over calls no user of the system makes. Whether one was.
    bool drop_standalone_copies();
    /// Why "Name:…" in --args names no deployed target: a contract a constructor creates (its
    /// creator gives its arguments), or no such contract (the ones that take arguments).
    std::string unknown_args_target(const std::string& name) const;

    lang::FrontendResult m_front;
    lang::Diagnostics m_compile_diagnostics;
    lang::CompileOutput m_output;
    std::vector<Target> m_targets;
    std::vector<std::string> m_paths;
    std::vector<std::pair<std::string, std::string>> m_texts;
    std::map<std::uint32_t, const check::FunctionInfo*> m_by_selector;
    std::vector<vm::U256> m_ranked_constants; ///< the whole compilation's, see rank_constants
    std::vector<vm::U256> m_amount_constants;
    std::vector<GuardBound> m_guard_bounds;
    std::vector<std::string> m_trusted_names;
    std::vector<vm::Address> m_trusted_addresses;
    bool m_ok = false;
};

/// Parses one argument value (decimal, 0x-hex, "5 ether", "true", a dev account name).
std::optional<vm::U256> parse_value(const std::string& text);

/// Dev account addresses, identical in the explorer and on the replay chain.
vm::Address account_address(const std::string& name);

/// The function a call without data reaches: `receive`, else a payable `fallback` (a
/// deposit through the fallback); null when such a call reverts.
const check::FunctionInfo* plain_entry(const check::ContractInfo& c);
/// A function's signature as a CallSpec names it: "" for `receive` and `fallback` (a call
/// without data), the signature otherwise.
std::string call_signature(const check::FunctionInfo& f);

/// Rational -> word (two's complement for negatives); nullopt when it is not an integer.
std::optional<vm::U256> rational_word(const check::Rational& r);

} // namespace mallory::analyzer
