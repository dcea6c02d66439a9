// The table of magic members (lang/magic_members.def) against the VM and the checker: every
// row's instruction pushes one value from nothing, every supported row is accepted with its
// type and recorded on the model, every unsupported row and every other name is rejected.
#include "lang/check/types.hpp"
#include "lang/frontend.hpp"
#include "lang/magic.hpp"

#include <gtest/gtest.h>
#include <string>
#include <vector>

using namespace mallory::lang;
namespace vm = mallory::vm;

namespace {

std::string spelled(MagicType t) {
    switch (t) {
    case MagicType::address:
        return "address";
    case MagicType::address_payable:
        return "address payable";
    case MagicType::uint256:
        return "uint256";
    case MagicType::bytes_calldata:
        return "bytes calldata";
    case MagicType::bytes4:
        return "bytes4";
    case MagicType::none:
        break;
    }
    return "";
}

/// An internal function (msg.value needs no `payable` there) of the given mutability
/// returning `expr`, checked alone.
FrontendResult check_function(const std::string& type, const std::string& expr,
                              const std::string& mutability = "view") {
    const std::string source = "pragma solidity ^0.8.20;\ncontract C {\n"
                               "    function f() internal " +
                               mutability + " returns (" + type + ") { return " + expr + "; }\n}\n";
    return check_sources({{"magic.sol", source}});
}

/// The type a function returning the member declares (msg.data is copied to memory).
std::string return_type(const MagicMember& row) {
    return row.type == MagicType::bytes_calldata ? "bytes memory" : spelled(row.type);
}

/// The Magic values the checker recorded, in node order.
std::vector<Magic> recorded(const FrontendResult& r) {
    std::vector<Magic> out;
    for (ast::NodeId id = 0; id < 1000; ++id)
        if (const check::ExprInfo* info = r.model->expr(id); info && info->magic != Magic::none)
            out.push_back(info->magic);
    return out;
}

std::vector<DiagCode> error_codes(const FrontendResult& r) {
    std::vector<DiagCode> out;
    for (const Diagnostic& d : r.diagnostics.sorted())
        if (d.severity == Severity::error) out.push_back(d.code);
    return out;
}

TEST(MagicMembers, EveryInstructionPushesOneValueFromNothing) {
    for (const MagicMember& row : magic_members) {
        if (!row.op) continue;
        const vm::OpInfo& op = vm::info(*row.op);
        EXPECT_LT(static_cast<std::size_t>(*row.op), vm::op_count) << row.member;
        EXPECT_EQ(op.in, 0) << row.object << "." << row.member << " " << op.name;
        EXPECT_EQ(op.out, 1) << row.object << "." << row.member << " " << op.name;
    }
}

TEST(MagicMembers, RowsAreWellFormed) {
    for (const MagicMember& row : magic_members) {
        EXPECT_EQ(&magic_member(row.magic), &row);
        EXPECT_EQ(find_magic(row.object, row.member), &row);
        EXPECT_TRUE(is_magic_object(row.object));
        EXPECT_EQ(row.supported(), row.type != MagicType::none) << row.member;
        EXPECT_EQ(row.supported(), !row.meaning.empty()) << row.member;
    }
    EXPECT_EQ(magic_name(Magic::msg_sender), "msg.sender");
    EXPECT_EQ(find_magic("block", "gas"), nullptr);
    EXPECT_FALSE(is_magic_object("abi"));
}

TEST(MagicMembers, SupportedRowsAreAcceptedAndRecorded) {
    for (const MagicMember& row : magic_members) {
        if (!row.supported()) continue;
        const std::string name = magic_name(row.magic);
        FrontendResult r = check_function(return_type(row), name);
        EXPECT_TRUE(error_codes(r).empty()) << name;
        EXPECT_EQ(recorded(r), std::vector<Magic>{row.magic}) << name;
    }
}

TEST(MagicMembers, OnlyEnvironmentReadsNeedView) {
    for (const MagicMember& row : magic_members) {
        if (!row.supported()) continue;
        FrontendResult r = check_function(return_type(row), magic_name(row.magic), "pure");
        EXPECT_EQ(!error_codes(r).empty(), row.reads_environment) << magic_name(row.magic);
    }
}

TEST(MagicMembers, UnsupportedRowsAndOtherNamesAreRejected) {
    for (const MagicMember& row : magic_members) {
        if (row.supported()) continue;
        FrontendResult r = check_function("uint256", magic_name(row.magic));
        EXPECT_EQ(error_codes(r), std::vector<DiagCode>{DiagCode::UnsupportedMember});
        EXPECT_TRUE(recorded(r).empty());
    }
    for (const char* other : {"block.gas", "msg.gas", "tx.value", "block.hash"}) {
        FrontendResult r = check_function("uint256", other);
        EXPECT_EQ(error_codes(r), std::vector<DiagCode>{DiagCode::MemberNotFound}) << other;
        EXPECT_TRUE(recorded(r).empty());
    }
}

} // namespace
