# Parser throughput on a generated 10k-line file (lines/s).
mallory_benchmark(parse_bench SOURCES ${CMAKE_CURRENT_LIST_DIR}/parse_bench.cpp LIBS mallory_lang)
