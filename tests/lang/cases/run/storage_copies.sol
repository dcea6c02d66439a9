// Copies between storage locations are deep (arrays inside structs included), storage
// references alias, shortening an array clears the old tail, and pop/delete reset elements.
pragma solidity ^0.8.20;

contract StorageCopies {
    struct Inner {
        uint16 w;
        uint32[] list;
    }
    struct Outer {
        Inner inner;
        int8[3] fixedArr;
        bytes4 tag;
    }

    event U(uint256 v);
    event I(int256 v);
    event B4(bytes4 v);

    Outer a;
    Outer b;
    Outer[] many;
    mapping(uint256 => Outer) byId;
    uint256[] nums;
    uint256[] other;

    function run() external payable {
        a.inner.w = 65535;
        a.inner.list.push(1);
        a.inner.list.push(2);
        a.inner.list.push(3);
        a.fixedArr[2] = -5;
        a.tag = 0x01020304;
        b = a;
        a.inner.list[0] = 100;
        a.fixedArr[2] = 7;
        emit U(b.inner.list[0]);
        emit U(b.inner.list.length);
        emit I(b.fixedArr[2]);
        emit B4(b.tag);
        emit U(b.inner.w);

        byId[7] = b;
        Outer storage r = byId[7];
        r.inner.list.push(4);
        emit U(byId[7].inner.list.length);
        emit U(b.inner.list.length);

        many.push(a);
        many.push(b);
        many[0].inner.list.pop();
        emit U(many[0].inner.list.length);
        emit U(a.inner.list.length);
        many.pop();
        emit U(many.length);
        many.push();
        emit U(many[1].inner.list.length);
        emit U(many[1].inner.w);

        nums.push(1);
        nums.push(2);
        nums.push(3);
        other.push(9);
        nums = other;
        emit U(nums.length);
        nums.push();
        nums.push();
        emit U(nums[1] + nums[2]);
        delete b.inner;
        emit U(b.inner.list.length);
        emit I(b.fixedArr[2]);
        delete a;
        emit U(a.inner.list.length);
        emit B4(a.tag);
        Outer memory m = byId[7];
        m.inner.list[0] = 55;
        emit U(byId[7].inner.list[0]);
        byId[7] = m;
        emit U(byId[7].inner.list[0]);
    }
}
// ----
// success
// U("1")
// U("3")
// I("-5")
// B4("0x01020304")
// U("65535")
// U("4")
// U("3")
// U("2")
// U("3")
// U("1")
// U("0")
// U("0")
// U("1")
// U("0")
// U("0")
// I("-5")
// U("0")
// B4("0x00000000")
// U("1")
// U("55")
