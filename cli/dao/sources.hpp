#pragma once
/// The contracts of contracts/dao/, compiled into the binary at build time (cli/dao/CMakeLists.txt)
/// so that `mallory dao` runs from any directory, with the paths they have in the repository.

#include <string>
#include <utility>
#include <vector>

namespace mallory::cli::dao {

/// (path, text) of every tour contract, e.g. ("contracts/dao/DAO.sol", "...").
const std::vector<std::pair<std::string, std::string>>& embedded_sources();

/// The named files among embedded_sources(), in the order given (missing names are skipped).
std::vector<std::pair<std::string, std::string>> sources(const std::vector<std::string>& names);

} // namespace mallory::cli::dao
