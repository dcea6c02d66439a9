#pragma once
/// A program under analysis: the front end's result, the compiled contracts, and the targets
/// (the deployable contracts of the files named on the command line) with their storage
/// layouts. Everything the analyzer's parts share about the source is reached from here.

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

/// One contract the explorer deploys and attacks.
struct Target {
    const check::ContractInfo* info = nullptr;
    const lang::CompiledContract* compiled = nullptr;
    std::unique_ptr<lang::codegen::StorageLayout> layout;
    /// Constructor arguments given by the user (`--args`), as words; nullopt: chosen.
    std::optional<std::vector<vm::U256>> ctor_args;
    const std::string& name() const { return info->name; }
};

class Program {
public:
    /// Loads and compiles files from disk (or in-memory sources when `texts` is non-empty:
    /// (path, text) pairs). Check `ok()`; `errors()` renders what went wrong.
    static std::unique_ptr<Program> load(const std::vector<std::string>& paths);
    static std::unique_ptr<Program>
    from_sources(const std::vector<std::pair<std::string, std::string>>& files);

    bool ok() const { return m_ok; }
    std::string errors(bool color) const;

    /// Restricts the targets to `name` (and keeps the others only as deployable helpers);
    /// false when no such deployable contract exists.
    bool select(const std::string& name);
    /// Sets constructor arguments: "v1,v2" for the first target with parameters, or
    /// "Name:v1,v2;Other:v3". Values: decimal, 0x-hex, `N ether`, dev account names.
    bool set_args(const std::string& spec, std::string* error);

    const lang::FrontendResult& front() const { return m_front; }
    const lang::SourceManager& sources() const { return m_front.sources; }
    const check::SemanticModel& model() const { return *m_front.model; }
    std::vector<Target>& targets() { return m_targets; }
    const std::vector<Target>& targets() const { return m_targets; }
    const Target* target(const std::string& name) const;
    /// Paths of the root files as given.
    const std::vector<std::string>& paths() const { return m_paths; }
    /// In-memory sources (empty when loaded from disk): replay needs them.
    const std::vector<std::pair<std::string, std::string>>& texts() const { return m_texts; }

    /// Any function of any contract or interface with this selector (for the adversary's
    /// answers to interface calls), or nullptr.
    const check::FunctionInfo* function_by_selector(std::uint32_t selector) const;

private:
    void finish();

    lang::FrontendResult m_front;
    lang::Diagnostics m_compile_diagnostics;
    lang::CompileOutput m_output;
    std::vector<Target> m_targets;
    std::vector<std::string> m_paths;
    std::vector<std::pair<std::string, std::string>> m_texts;
    std::map<std::uint32_t, const check::FunctionInfo*> m_by_selector;
    bool m_ok = false;
};

/// Parses one argument value (decimal, 0x-hex, "5 ether", "true", a dev account name).
std::optional<vm::U256> parse_value(const std::string& text);

/// Dev account addresses, identical in the explorer and on the replay chain.
vm::Address account_address(const std::string& name);

/// Rational -> word (two's complement for negatives); nullopt when it is not an integer.
std::optional<vm::U256> rational_word(const check::Rational& r);

} // namespace mallory::analyzer
