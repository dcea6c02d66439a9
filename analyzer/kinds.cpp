#include "analyzer/kinds.hpp"

#include <array>

namespace mallory::analyzer {

namespace {

constexpr std::array property_text{
#define MALLORY_PROPERTY(e, text, check) std::string_view{text},
#include "analyzer/kinds.def"
#undef MALLORY_PROPERTY
};
constexpr std::array property_check{
#define MALLORY_PROPERTY(e, text, check) CheckId::check,
#include "analyzer/kinds.def"
#undef MALLORY_PROPERTY
};
constexpr std::array check_text{
#define MALLORY_CHECK(e, text) std::string_view{text},
#include "analyzer/kinds.def"
#undef MALLORY_CHECK
};
constexpr std::array reentry_text{
#define MALLORY_REENTRY(e, text) std::string_view{text},
#include "analyzer/kinds.def"
#undef MALLORY_REENTRY
};
static_assert(property_text.size() == std::size(all_property_kinds));
static_assert(check_text.size() == std::size(all_check_ids));
static_assert(reentry_text.size() == std::size(all_reentry_kinds));

/// The enumerator of `all` whose text is `text`.
template <class Enum, std::size_t N>
std::optional<Enum> parse_in(const Enum (&all)[N], std::string_view text) {
    for (Enum e : all)
        if (to_string(e) == text) return e;
    return std::nullopt;
}

} // namespace

std::string_view to_string(PropertyKind k) {
    return property_text.at(static_cast<std::size_t>(k));
}
std::string_view to_string(CheckId c) {
    return check_text.at(static_cast<std::size_t>(c));
}
std::string_view to_string(ReentryKind k) {
    return reentry_text.at(static_cast<std::size_t>(k));
}
CheckId check_of(PropertyKind k) {
    return property_check.at(static_cast<std::size_t>(k));
}

std::optional<PropertyKind> parse_property_kind(std::string_view text) {
    return parse_in(all_property_kinds, text);
}
std::optional<CheckId> parse_check_id(std::string_view text) {
    return parse_in(all_check_ids, text);
}
std::optional<ReentryKind> parse_reentry_kind(std::string_view text) {
    return parse_in(all_reentry_kinds, text);
}

} // namespace mallory::analyzer
