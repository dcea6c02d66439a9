# Command-line call arguments: signatures, addresses, amounts, ABI encoding (fuzz/cli_args_fuzz.cpp).
mallory_fuzz_target(cli_args_fuzz SOURCES ${CMAKE_CURRENT_LIST_DIR}/cli_args_fuzz.cpp LIBS mallory_chain)
