# The parser's libFuzzer target: arbitrary bytes into parse(), print_tree and print_source.
mallory_fuzz_target(parse_fuzz SOURCES ${CMAKE_CURRENT_LIST_DIR}/parse_fuzz.cpp LIBS mallory_lang)
