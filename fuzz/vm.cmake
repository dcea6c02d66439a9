# Random bytes as bytecode: deserialize, verify, and run what is accepted with bounded gas.
mallory_fuzz_target(vm_fuzz SOURCES ${CMAKE_CURRENT_SOURCE_DIR}/vm_fuzz.cpp LIBS mallory_vm)
