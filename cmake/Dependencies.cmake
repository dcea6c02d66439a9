# Third-party parts, all from Debian 12's packages (scripts/setup.sh installs them).
find_package(Boost 1.74 REQUIRED)            # Spirit X3, multiprecision (header-only)
find_package(fmt REQUIRED)
find_package(nlohmann_json 3.10 REQUIRED)
find_package(CLI11 CONFIG REQUIRED)
find_package(SQLite3 REQUIRED)
find_package(GTest REQUIRED)
find_package(benchmark REQUIRED)
find_package(Z3 CONFIG QUIET)
if(NOT Z3_FOUND)
  find_path(Z3_INCLUDE_DIR z3++.h REQUIRED)
  find_library(Z3_LIBRARY z3 REQUIRED)
  add_library(z3::libz3 UNKNOWN IMPORTED)
  set_target_properties(z3::libz3 PROPERTIES IMPORTED_LOCATION ${Z3_LIBRARY}
                                             INTERFACE_INCLUDE_DIRECTORIES ${Z3_INCLUDE_DIR})
endif()

find_package(PkgConfig REQUIRED)
pkg_check_modules(SECP256K1 REQUIRED IMPORTED_TARGET libsecp256k1)
pkg_check_modules(CRYPTOPP REQUIRED IMPORTED_TARGET libcrypto++)

if(MALLORY_JIT)
  find_package(LLVM 14 REQUIRED CONFIG)
endif()
