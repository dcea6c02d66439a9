# Value transfers per second: in memory, and persisted with one block per 1,000 transactions.
mallory_benchmark(chain_bench SOURCES ${CMAKE_CURRENT_SOURCE_DIR}/chain_bench.cpp LIBS mallory_chain mallory_lang)
