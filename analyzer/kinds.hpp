#pragma once
/// Closed enums for the analyzer's vocabularies: property kinds, check ids and re-entry
/// kinds. Their text lives in one table (kinds.def); `to_string` and `parse` are derived
/// from it, so a name cannot be spelled two ways.

#include <cstdint>
#include <optional>
#include <string_view>

namespace mallory::analyzer {

/// What a property says (explorer.hpp, Property; witness.hpp, Witness::property).
enum class PropertyKind : std::uint8_t {
#define MALLORY_PROPERTY(e, text, check) e,
#include "analyzer/kinds.def"
#undef MALLORY_PROPERTY
};

/// The check a finding or candidate is reported under (checks.hpp holds each one's metadata).
enum class CheckId : std::uint8_t {
#define MALLORY_CHECK(e, text) e,
#include "analyzer/kinds.def"
#undef MALLORY_CHECK
};

/// How a re-entry relates to the frames it interrupted; `none`: a direct violation.
enum class ReentryKind : std::uint8_t {
#define MALLORY_REENTRY(e, text) e,
#include "analyzer/kinds.def"
#undef MALLORY_REENTRY
};

/// The witness text of a property kind ("callback-freedom").
std::string_view to_string(PropertyKind k);
/// The id of a check ("reentrancy").
std::string_view to_string(CheckId c);
/// The text of a re-entry kind ("same-function"; "" for none).
std::string_view to_string(ReentryKind k);

/// The check a violated property of this kind is reported under.
CheckId check_of(PropertyKind k);

/// The enumerator whose text is `text`; nullopt for an unknown name.
std::optional<PropertyKind> parse_property_kind(std::string_view text);
std::optional<CheckId> parse_check_id(std::string_view text);
std::optional<ReentryKind> parse_reentry_kind(std::string_view text);

/// Every enumerator, in table order (loops, `--list-checks`, tests).
inline constexpr PropertyKind all_property_kinds[] = {
#define MALLORY_PROPERTY(e, text, check) PropertyKind::e,
#include "analyzer/kinds.def"
#undef MALLORY_PROPERTY
};
inline constexpr CheckId all_check_ids[] = {
#define MALLORY_CHECK(e, text) CheckId::e,
#include "analyzer/kinds.def"
#undef MALLORY_CHECK
};
inline constexpr ReentryKind all_reentry_kinds[] = {
#define MALLORY_REENTRY(e, text) ReentryKind::e,
#include "analyzer/kinds.def"
#undef MALLORY_REENTRY
};

} // namespace mallory::analyzer
