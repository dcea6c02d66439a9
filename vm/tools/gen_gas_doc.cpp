// Writes vm/GAS.md (path given as the only argument) from the instruction table.
#include "vm/gas_doc.hpp"

#include <cstdio>
#include <fstream>

int main(int argc, char** argv) {
    if (argc != 2) {
        std::fprintf(stderr, "usage: vm_gen_gas_doc OUTPUT.md\n");
        return 2;
    }
    std::ofstream out(argv[1], std::ios::binary);
    out << mallory::vm::render_gas_markdown();
    return out ? 0 : 1;
}
