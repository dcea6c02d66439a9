# Witness JSON through the loader, the validator and the replay (fuzz/witness_fuzz.cpp).
mallory_fuzz_target(witness_fuzz SOURCES ${CMAKE_CURRENT_LIST_DIR}/witness_fuzz.cpp LIBS mallory_analyzer)
