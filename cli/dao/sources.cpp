#include "cli/dao/sources.hpp"

namespace mallory::cli::dao {

std::vector<std::pair<std::string, std::string>> sources(const std::vector<std::string>& names) {
    std::vector<std::pair<std::string, std::string>> out;
    for (const std::string& name : names)
        for (const auto& file : embedded_sources())
            if (file.first == "contracts/dao/" + name) out.push_back(file);
    return out;
}

} // namespace mallory::cli::dao
