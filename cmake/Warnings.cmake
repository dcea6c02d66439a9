# Warning flags for Mallory's own targets: call mallory_warnings(target).
function(mallory_warnings target)
  target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor
                                           -Wold-style-cast -Wcast-align -Woverloaded-virtual
                                           -Wimplicit-fallthrough)
  if(MALLORY_WERROR)
    target_compile_options(${target} PRIVATE -Werror)
  endif()
endfunction()
