#pragma once
/// The analyzer tests' way to load a program from text: one file, which must compile (a test
/// whose source does not is reported at the caller with the front end's errors).

#include "analyzer/program.hpp"

#include <gtest/gtest.h>
#include <memory>
#include <string>

namespace mallory::analyzer {

inline std::unique_ptr<Program> load_program(const std::string& source,
                                             const std::string& file = "A.sol") {
    auto p = Program::from_sources({{file, source}});
    EXPECT_TRUE(p->ok()) << p->errors(false);
    return p;
}

} // namespace mallory::analyzer
