// Generated documentation and the disassembler.
#include "vm/builder.hpp"
#include "vm/disassembler.hpp"
#include "vm/gas_doc.hpp"

#include <fstream>
#include <gtest/gtest.h>
#include <sstream>

namespace mallory::vm {
namespace {

TEST(GasDoc, CommittedFileIsUpToDate) {
    std::ifstream in(std::string(MALLORY_SOURCE_DIR) + "/vm/GAS.md", std::ios::binary);
    ASSERT_TRUE(in) << "vm/GAS.md missing: build the vm_gas_doc target";
    std::stringstream ss;
    ss << in.rdbuf();
    EXPECT_EQ(ss.str(), render_gas_markdown())
        << "vm/GAS.md is stale: cmake --build <dir> --target vm_gas_doc";
}

TEST(GasDoc, ListsEveryOpcode) {
    const std::string doc = render_gas_markdown();
    for (const OpInfo& op : op_table)
        EXPECT_NE(doc.find("| " + std::string(op.name) + " |"), std::string::npos) << op.name;
}

TEST(Disassembler, ShowsImmediatesGasAndSourceLines) {
    Builder b;
    b.name("Demo");
    const auto file = b.file("demo.sol");
    auto& f = b.function(0, 0, 1);
    auto l = f.label();
    f.span({file, 0, 5}).push(U256{1, 0, 0, 1}).lset(0);
    f.span({file, 9, 12}).bind(l).lget(0).push(U256{1}).checked(Op::CADD, IntType{4, true});
    f.emit(Op::JUMPZ, {l}).emit(Op::STOP);
    const ContractCode c = b.build();
    const SourceTexts src{"line one\nline two\n"};
    const std::string asm_text = disassemble(c, &src);
    EXPECT_NE(asm_text.find("contract Demo"), std::string::npos);
    EXPECT_NE(asm_text.find("PUSHK"), std::string::npos);
    EXPECT_NE(asm_text.find("k0=0x1000000000000000000000000000000000000000000000001"),
              std::string::npos);
    EXPECT_NE(asm_text.find("CADD           int32"), std::string::npos);
    EXPECT_NE(asm_text.find("max_stack=3"), std::string::npos);
    EXPECT_NE(asm_text.find("demo.sol:1: line one"), std::string::npos);
    EXPECT_NE(asm_text.find("demo.sol:2: line two"), std::string::npos);
    EXPECT_NE(asm_text.find("JUMPZ          @0006"), std::string::npos) << asm_text;
    EXPECT_NE(asm_text.find("gas     10"), std::string::npos);
}

} // namespace
} // namespace mallory::vm
