#pragma once
/// The wall-clock bound the analyzer tests give a search that must reach an attack. The token
/// systems take 1-2 s in release; under AddressSanitizer the VM runs about 20 times slower, and
/// a search cut by its clock would miss the attack. (The corpus cases searched with the CLI's
/// defaults, up to 12-18 s in release, are run in the release stage only.) A safe case needs no
/// such allowance: being cut cannot make it report a finding. (Counted budgets instead of a clock
/// would make this unnecessary.)

namespace mallory::analyzer {

#if defined(__has_feature)
#if __has_feature(address_sanitizer)
#define MALLORY_TESTS_UNDER_ASAN 1
#endif
#endif
#if defined(__SANITIZE_ADDRESS__)
#define MALLORY_TESTS_UNDER_ASAN 1
#endif

#ifdef MALLORY_TESTS_UNDER_ASAN
inline constexpr bool under_sanitizers = true;
inline constexpr double attack_search_seconds = 150;
#else
inline constexpr bool under_sanitizers = false;
inline constexpr double attack_search_seconds = 20;
#endif

} // namespace mallory::analyzer
