#pragma once
/// Parameter names by canonical signature: what an ABI does not carry and traces, decoded
/// events and errors want to show ("Transfer(from: ..., to: ..., amount: ...)").

#include "lang/check/model.hpp"

#include <string>
#include <unordered_map>
#include <vector>

namespace mallory::lang::check {

/// For every event, custom error and function with a selector in `model`:
/// canonical signature -> parameter names in order.
std::unordered_map<std::string, std::vector<std::string>>
parameter_names(const SemanticModel& model);

} // namespace mallory::lang::check
