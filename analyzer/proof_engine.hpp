#pragma once
/// Property status, kept apart from the engines that decide it (STYLE.md 16), and the
/// interface a proving engine (the Z3 engine, issue 5 item 3) implements.
///
/// How it plugs in: `analyze()` first runs the explorer; for every property still without a
/// violation it asks each registered ProofEngine. An engine answers `proved` only when its
/// argument covers all values (never from a bounded search); it may also return a candidate
/// witness (`violated`), which analyze() replays on the VM before reporting it, exactly like
/// the explorer's. Argument hints (`suggest_arguments`) feed the explorer's domains.

#include "analyzer/explorer.hpp"

#include <chrono>
#include <optional>
#include <string>
#include <vector>

namespace mallory::analyzer {

enum class PropertyStatus : std::uint8_t { proved, violated, unknown };
std::string_view to_string(PropertyStatus s);

struct ProofResult {
    PropertyStatus status = PropertyStatus::unknown;
    std::string reason;             ///< for unknown: timeout, unsupported construct, bound
    std::optional<Witness> witness; ///< for violated: replayed before it is believed
};

class ProofEngine {
public:
    virtual ~ProofEngine() = default;
    virtual std::string_view name() const = 0;
    virtual ProofResult prove(const Program& program, const Property& property,
                              double timeout_seconds) = 0;
    /// Values worth trying for a function's parameters (path conditions); empty by default.
    virtual std::vector<vm::U256> suggest_arguments(const Program&, const check::FunctionInfo*) {
        return {};
    }
    /// The whole analysis's deadline (`analyze --timeout`): after it no work starts and no
    /// solver query runs past it, whatever timeout a single call is given. Default: none.
    virtual void set_deadline(std::chrono::steady_clock::time_point) {}
};

} // namespace mallory::analyzer
