// Nested ABI values (structs in structs, arrays of arrays and of structs) and copies of nested
// values between storage and memory: compile, run, and compare with solc's encoding.
#include "tests/lang/compile_fixture.hpp"

namespace mallory::lang::testing {
namespace {

using vm::Status;
using vm::U256;

vm::Bytes words(std::string_view signature, const std::vector<U256>& args) {
    return calldata(signature, args);
}

std::vector<U256> output_words(const vm::TxResult& r) {
    std::vector<U256> out;
    for (std::size_t i = 0; i + 32 <= r.result.output.size(); i += 32)
        out.push_back(vm::load_be(r.result.output.data() + i));
    return out;
}

constexpr const char* nested_source = R"sol(
    pragma solidity ^0.8.20;
    contract Nested {
        struct Point { uint256 x; uint256 y; }
        struct Line { Point a; Point b; }
        struct Poly { uint256[] xs; Point origin; uint256 tag; }
        Poly[] polys;
        Line[] lines;
        event Drawn(Line l, Poly p);

        function length(Line memory l) external pure returns (uint256) {
            return (l.b.x - l.a.x) + (l.b.y - l.a.y);
        }
        function makeLine(uint256 k) external pure returns (Line memory l) {
            l.a.x = k; l.a.y = k + 1; l.b.x = k + 2; l.b.y = k + 3;
        }
        function roundTrip(uint256 k) external pure returns (uint256, uint256, uint256) {
            Poly memory p;
            p.xs = new uint256[](2);
            p.xs[1] = k;
            p.origin.y = 3;
            p.tag = 5;
            Poly memory q = abi.decode(abi.encode(p), (Poly));
            return (q.xs[1], q.xs.length, q.origin.y + q.tag);
        }
        function addPoly(Poly memory p) external returns (uint256) {
            polys.push(p);
            return polys.length;
        }
        function getPoly(uint256 i) external view returns (Poly memory) { return polys[i]; }
        function shrink(uint256 i) external {
            Poly memory p = polys[i];
            p.xs = new uint256[](1);
            p.xs[0] = 42;
            polys[i] = p;
        }
        function addLine(Line memory l) external { lines.push(l); }
        function lineAt(uint256 i) external view returns (Line memory) { return lines[i]; }
        function draw(Line memory l, Poly memory p) external { emit Drawn(l, p); }
    }
)sol";

TEST(CompileAbiNested, StructsOfStructsAsParametersAndReturns) {
    CompiledProgram p(nested_source);
    const CompiledContract* c = p.find("Nested");
    ASSERT_NE(c, nullptr);
    VmWorld w;
    vm::Address at = w.deploy(*c).result.created;
    EXPECT_EQ(
        w.call_word(at, words("length(((uint256,uint256),(uint256,uint256)))", {1, 2, 5, 10})),
        U256{12});
    EXPECT_EQ(output_words(w.call(at, words("makeLine(uint256)", {4}))),
              (std::vector<U256>{4, 5, 6, 7}));
    const char* add_line = "addLine(((uint256,uint256),(uint256,uint256)))";
    ASSERT_EQ(w.call(at, words(add_line, {1, 2, 3, 4})).result.status, Status::Success);
    ASSERT_EQ(w.call(at, words(add_line, {5, 6, 7, 8})).result.status, Status::Success);
    EXPECT_EQ(output_words(w.call(at, words("lineAt(uint256)", {1}))),
              (std::vector<U256>{5, 6, 7, 8}));
}

TEST(CompileAbiNested, DynamicStructsEncodeAndDecodeLikeSolc) {
    CompiledProgram p(nested_source);
    const CompiledContract* c = p.find("Nested");
    ASSERT_NE(c, nullptr);
    VmWorld w;
    vm::Address at = w.deploy(*c).result.created;
    EXPECT_EQ(output_words(w.call(at, words("roundTrip(uint256)", {9}))),
              (std::vector<U256>{9, 2, 8}));
    // Poly{xs: [1, 2], origin: (3, 4), tag: 6} as solc encodes it: offset of the tuple, then
    // its heads (offset of xs relative to the tuple, origin inline, tag), then xs
    std::vector<U256> poly{0x20, 0x80, 3, 4, 6, 2, 1, 2};
    const char* add_poly = "addPoly((uint256[],(uint256,uint256),uint256))";
    EXPECT_EQ(w.call_word(at, words(add_poly, poly)), U256{1});
    EXPECT_EQ(output_words(w.call(at, words("getPoly(uint256)", {0}))), poly);
    ASSERT_EQ(w.call(at, words("shrink(uint256)", {0})).result.status, Status::Success);
    EXPECT_EQ(output_words(w.call(at, words("getPoly(uint256)", {0}))),
              (std::vector<U256>{0x20, 0x80, 3, 4, 6, 1, 42}));
    EXPECT_EQ(w.call_word(at, words(add_poly, poly)), U256{2});
    EXPECT_EQ(output_words(w.call(at, words("getPoly(uint256)", {1}))), poly);
    // an offset pointing far outside the calldata reverts instead of reading garbage
    EXPECT_EQ(
        w.call(at, words(add_poly, {U256{0x10000000000ull}, 0x80, 3, 4, 6, 2, 1, 2})).result.status,
        Status::Revert);
}

TEST(CompileAbiNested, EventsCarryNestedStructs) {
    CompiledProgram p(nested_source);
    const CompiledContract* c = p.find("Nested");
    ASSERT_NE(c, nullptr);
    VmWorld w;
    vm::Address at = w.deploy(*c).result.created;
    // draw(Line, Poly): Line inline (4 words), then the offset of Poly (0xa0), then Poly
    std::vector<U256> args{1, 2, 3, 4, 0xa0, 0x80, 5, 6, 7, 1, 9};
    vm::TxResult r = w.call(
        at,
        words("draw(((uint256,uint256),(uint256,uint256)),(uint256[],(uint256,uint256),uint256))",
              args));
    ASSERT_EQ(r.result.status, Status::Success);
    ASSERT_EQ(r.logs.size(), 1u);
    vm::Bytes expected;
    for (const U256& a : args) {
        vm::Bytes b = word(a);
        expected.insert(expected.end(), b.begin(), b.end());
    }
    EXPECT_EQ(r.logs[0].data, expected);
}

TEST(CompileAbiNested, StorageCopiesOfArraysOfStructsAndArrays) {
    CompiledProgram p(R"sol(
        pragma solidity ^0.8.20;
        contract Copies {
            struct Point { uint256 x; uint256 y; }
            Point[] a;
            Point[] b;
            uint256[][] grid;
            uint256[][] grid2;
            function fill() external {
                b.push(Point(1, 2));
                b.push(Point(3, 4));
                a.push(Point(9, 9));
                a.push(Point(9, 9));
                a.push(Point(9, 9));
                grid.push();
                grid.push();
                grid[1].push(5);
                grid[1].push(6);
            }
            function copy() external { a = b; grid2 = grid; delete grid; }
            function regrow() external returns (uint256, uint256) {
                a.push();
                return (a[2].x, a[2].y);
            }
            function read() external view returns (uint256, uint256, uint256, uint256, uint256) {
                return (a.length, a[1].x + a[1].y, grid2[1][1], grid2.length, grid.length);
            }
        }
    )sol");
    const CompiledContract* c = p.find("Copies");
    ASSERT_NE(c, nullptr);
    VmWorld w;
    vm::Address at = w.deploy(*c).result.created;
    ASSERT_EQ(w.call(at, words("fill()", {})).result.status, Status::Success);
    ASSERT_EQ(w.call(at, words("copy()", {})).result.status, Status::Success);
    EXPECT_EQ(output_words(w.call(at, words("read()", {}))), (std::vector<U256>{2, 7, 6, 2, 0}));
    // the third element that the shorter copy dropped was cleared, as solc does
    EXPECT_EQ(output_words(w.call(at, words("regrow()", {}))), (std::vector<U256>{0, 0}));
}

TEST(CompileAbiNested, IndexedReferenceParametersHashTheirInPlaceEncoding) {
    CompiledProgram p(R"sol(
        pragma solidity ^0.8.20;
        contract Idx {
            struct Point { uint256 x; uint256 y; }
            event P(Point indexed p, uint256[] indexed xs);
            function f() external {
                uint256[] memory xs = new uint256[](2);
                xs[0] = 5;
                xs[1] = 6;
                emit P(Point(1, 2), xs);
            }
        }
    )sol");
    const CompiledContract* c = p.find("Idx");
    ASSERT_NE(c, nullptr);
    VmWorld w;
    vm::Address at = w.deploy(*c).result.created;
    vm::TxResult r = w.call(at, words("f()", {}));
    ASSERT_EQ(r.logs.size(), 1u);
    ASSERT_EQ(r.logs[0].topics.size(), 3u);
    auto hash_of = [](const std::vector<U256>& ws) {
        vm::Bytes b;
        for (const U256& x : ws) {
            vm::Bytes one = word(x);
            b.insert(b.end(), one.begin(), one.end());
        }
        return vm::load_be(vm::keccak256(b).data());
    };
    EXPECT_EQ(r.logs[0].topics[1], hash_of({1, 2}));
    EXPECT_EQ(r.logs[0].topics[2], hash_of({5, 6}));
}

TEST(CompileAbiNested, PackedFixedArraysPadEachElementLikeSolc) {
    CompiledProgram p(R"sol(
        pragma solidity ^0.8.20;
        contract Packed {
            function f() external pure returns (bytes memory) {
                uint256[2] memory pair;
                pair[0] = 1;
                pair[1] = 2;
                uint8[] memory small = new uint8[](1);
                small[0] = 3;
                return abi.encodePacked(uint8(9), pair, small);
            }
        }
    )sol");
    const CompiledContract* c = p.find("Packed");
    ASSERT_NE(c, nullptr);
    VmWorld w;
    vm::Address at = w.deploy(*c).result.created;
    vm::TxResult r = w.call(at, words("f()", {}));
    ASSERT_EQ(r.result.status, Status::Success);
    vm::Bytes expected{9};
    for (unsigned v : {1u, 2u, 3u}) {
        vm::Bytes one = word(v);
        expected.insert(expected.end(), one.begin(), one.end());
    }
    ASSERT_GE(r.result.output.size(), 64u + expected.size());
    EXPECT_EQ(vm::load_be(r.result.output.data() + 32), U256{expected.size()});
    EXPECT_EQ(
        vm::Bytes(r.result.output.begin() + 64, r.result.output.begin() + 64 + expected.size()),
        expected);
}

TEST(CompileAbiNested, MemoryReferenceAssignmentIsAValueAndReturnDataDecodesNested) {
    CompiledProgram p(R"sol(
        pragma solidity ^0.8.20;
        contract R {
            struct Point { uint256 x; uint256 y; }
            struct Box { Point low; Point high; uint256[] tags; }
            function chain() external pure returns (uint256, uint256) {
                Point memory p = Point(4, 5);
                Point memory q;
                Point memory r = (q = p);
                r.y = 6;
                return (q.x, p.y);
            }
            function make(uint256 k) external pure returns (Box memory b, string memory s) {
                b.low.x = k;
                b.tags = new uint256[](2);
                b.tags[1] = k + 1;
                s = "hi";
            }
            function use(R other) external view returns (uint256, uint256, uint256) {
                (Box memory b, string memory s) = other.make(5);
                return (b.low.x, b.tags[1], bytes(s).length);
            }
        }
    )sol");
    const CompiledContract* c = p.find("R");
    ASSERT_NE(c, nullptr);
    VmWorld w;
    vm::Address at = w.deploy(*c).result.created;
    EXPECT_EQ(output_words(w.call(at, words("chain()", {}))), (std::vector<U256>{4, 6}));
    EXPECT_EQ(output_words(w.call(at, words("use(address)", {at.to_word()}))),
              (std::vector<U256>{5, 6, 2}));
}

TEST(CompileAbiNested, FixedArraysOfStructsInsideStructs) {
    CompiledProgram p(R"sol(
        pragma solidity ^0.8.20;
        contract S {
            struct Point { uint256 x; uint256 y; }
            struct Tri { Point[3] ps; uint256[2] w; }
            Tri stored;
            Point[3] fixedPts;
            function f(uint256 k) external returns (uint256, uint256) {
                Tri memory t;
                t.ps[2].y = k;
                t.w[1] = 3;
                stored = t;
                Tri memory u = stored;
                fixedPts[1] = Point(1, 2);
                Point memory q = fixedPts[1];
                delete fixedPts;
                return (u.ps[2].y + u.w[1], q.y + fixedPts[1].y);
            }
            function g(Tri memory t) external pure returns (Tri memory) {
                t.ps[0].x += 1;
                return t;
            }
        }
    )sol");
    const CompiledContract* c = p.find("S");
    ASSERT_NE(c, nullptr);
    VmWorld w;
    vm::Address at = w.deploy(*c).result.created;
    EXPECT_EQ(output_words(w.call(at, words("f(uint256)", {7}))), (std::vector<U256>{10, 2}));
    EXPECT_EQ(output_words(w.call(
                  at, words("g(((uint256,uint256)[3],uint256[2]))", {1, 2, 3, 4, 5, 6, 7, 8}))),
              (std::vector<U256>{2, 2, 3, 4, 5, 6, 7, 8}));
}

TEST(CompileAbiNested, EncodeWithAComputedSignatureHashesItAtRunTime) {
    CompiledProgram p(R"sol(
        pragma solidity ^0.8.20;
        contract Sig {
            function computed(string memory sig, uint256 x) public pure returns (bytes memory) {
                return abi.encodeWithSignature(sig, x);
            }
            function same(uint256 x) external pure returns (bool) {
                bytes memory a = computed("transfer(address,uint256)", x);
                bytes memory b = abi.encodeWithSignature("transfer(address,uint256)", x);
                return keccak256(a) == keccak256(b) && a.length == 36;
            }
        }
    )sol");
    const CompiledContract* c = p.find("Sig");
    ASSERT_NE(c, nullptr);
    VmWorld w;
    vm::Address at = w.deploy(*c).result.created;
    EXPECT_EQ(w.call_word(at, words("same(uint256)", {77})), U256{1});
}

// The checker accepts a struct field that is a memory array of structs (only a memory array
// variable of reference types is rejected), so the compiler must handle it like solc.
TEST(CompileAbiNested, StructFieldsHoldingArraysOfStructs) {
    CompiledProgram p(R"sol(
        pragma solidity ^0.8.20;
        contract Bags {
            struct Point { uint256 x; uint256 y; }
            struct Bag { Point[] points; uint256 tag; }
            Bag stored;
            function echo(Bag memory b) external returns (Bag memory) {
                stored = b;
                Bag memory c = stored;
                c.tag = c.points.length;
                return c;
            }
        }
    )sol");
    const CompiledContract* c = p.find("Bags");
    ASSERT_NE(c, nullptr);
    VmWorld w;
    vm::Address at = w.deploy(*c).result.created;
    EXPECT_EQ(output_words(w.call(at, words("echo(((uint256,uint256)[],uint256))",
                                            {0x20, 0x40, 9, 2, 1, 2, 3, 4}))),
              (std::vector<U256>{0x20, 0x40, 2, 2, 1, 2, 3, 4}));
}

} // namespace
} // namespace mallory::lang::testing
