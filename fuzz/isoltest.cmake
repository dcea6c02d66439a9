# solc test files through the conformance suite's parsers (fuzz/isoltest_fuzz.cpp). The parsers
# live with the conformance runner in tests/, which the fuzzing build always has.
if(TARGET mallory_conformance)
  mallory_fuzz_target(isoltest_fuzz SOURCES ${CMAKE_CURRENT_LIST_DIR}/isoltest_fuzz.cpp LIBS mallory_conformance)
endif()
