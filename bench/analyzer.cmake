# The analyzer: analysis time per corpus contract, the DAO's time to its first confirmed
# finding, and the explorer's throughput (VM transactions per second).
mallory_benchmark(analyzer_bench SOURCES ${CMAKE_CURRENT_LIST_DIR}/analyzer_bench.cpp LIBS mallory_analyzer)
