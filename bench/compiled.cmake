# The shared workloads compiled from bench/workloads/*.sol by Mallory's compiler, against the
# hand-assembled versions and plain C++ (compiled_bench.cpp).
mallory_benchmark(compiled_bench SOURCES ${CMAKE_CURRENT_LIST_DIR}/compiled_bench.cpp
                  LIBS mallory_lang mallory_bench_workloads)
