# Random bytes as a transaction encoding, a receipt, a block header or a state diff record.
mallory_fuzz_target(chain_fuzz SOURCES ${CMAKE_CURRENT_SOURCE_DIR}/chain_fuzz.cpp LIBS mallory_chain)
