# Warning flags for Mallory's own targets: call mallory_warnings(target).
function(mallory_warnings target)
  target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor
                                           -Wold-style-cast -Wcast-align -Woverloaded-virtual
                                           -Wimplicit-fallthrough)
  if(CMAKE_CXX_COMPILER_ID STREQUAL "GNU")
    # GCC 12 reports false positives inside std::string and std::vector at -O3 (GCC bugs
    # 105329, 105651, 106199); ASan/UBSan in the clang build checks these accesses for real.
    target_compile_options(${target} PRIVATE -Wno-restrict -Wno-array-bounds -Wno-stringop-overflow
                                             -Wno-stringop-overread)
  endif()
  if(MALLORY_WERROR)
    target_compile_options(${target} PRIVATE -Werror)
  endif()
endfunction()
