# Source text through check, compile, verify and execution (fuzz/compile_fuzz.cpp).
mallory_fuzz_target(compile_fuzz SOURCES ${CMAKE_CURRENT_LIST_DIR}/compile_fuzz.cpp LIBS mallory_lang mallory_vm)
