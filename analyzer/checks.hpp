#pragma once
/// The check registry: every check is a small self-describing class (id, kind, severity,
/// confidence, explanation, recommendation). Static checks filter the shared Facts into
/// candidates (never final verdicts); dynamic checks name what the explorer confirms.
/// `mallory analyze --list-checks` prints this table.

#include "analyzer/facts.hpp"
#include "analyzer/kinds.hpp"

#include <memory>
#include <string>
#include <vector>

namespace mallory::analyzer {

enum class Severity : std::uint8_t { info, low, medium, high };
std::string_view to_string(Severity s);
bool parse_severity(const std::string& text, Severity& out);

/// A static candidate: where a re-entry may matter. Ranked, never reported as confirmed.
struct Candidate {
    CheckId check = CheckId::reentrancy_late_write;
    ReentryKind kind = ReentryKind::none;
    std::string contract, function;
    lang::Span call; ///< the external call
    lang::Span late; ///< the late write / stale read
    std::string variable;
    int rank = 0; ///< higher first
};

class Check {
public:
    virtual ~Check() = default;
    virtual CheckId id() const = 0;
    virtual std::string_view kind() const = 0; ///< static | dynamic
    virtual Severity severity() const = 0;
    virtual std::string_view confidence() const = 0;
    virtual std::string_view explanation() const = 0;
    virtual std::string_view recommendation() const = 0;
    /// Static checks add candidates; dynamic ones do nothing here.
    virtual void run(const Facts&, std::vector<Candidate>&) const {}
};

/// Every check, in a fixed order.
const std::vector<std::unique_ptr<Check>>& registry();
const Check* find_check(CheckId id);

/// Runs every static check; candidates sorted by rank, then location.
std::vector<Candidate> static_candidates(const Facts& facts);

} // namespace mallory::analyzer
