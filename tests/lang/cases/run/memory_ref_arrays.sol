// Memory arrays of reference types (structs, bytes, string, nested arrays): `new T[](n)`
// gives each struct element its own zeroed struct and points dynamic elements at the empty
// value; assignment of a memory element aliases; storage <-> memory copies are deep; external
// returns and parameters go through the ABI with offsets.
pragma solidity ^0.8.20;

contract MemoryRefArrays {
    struct P {
        uint256 a;
        address b;
    }
    struct Q {
        string name;
        uint8[] tags;
    }

    event U(uint256 v);
    event S(string v);
    event Bs(bytes v);
    event A(address v);

    P[] ps;
    string[] names;
    Q[] qs;

    function all() external view returns (P[] memory) {
        return ps;
    }

    function make(uint256 n) external pure returns (P[] memory out) {
        out = new P[](n);
        out[0] = P(1, address(0x1234));
        out[1].a = 2;
    }

    function names_() external view returns (string[] memory) {
        return names;
    }

    function nested(uint256[][] memory x) external pure returns (uint256, uint256) {
        return (x.length, x[1].length + x[1][0]);
    }

    function bytesList() external pure returns (bytes[] memory b) {
        b = new bytes[](3);
        b[0] = "ab";
        b[2] = hex"ff00ff";
    }

    function echoQ(Q[] memory q) external pure returns (Q[] memory) {
        return q;
    }

    function sumCalldata(P[] calldata list) external pure returns (uint256 s) {
        for (uint256 i = 0; i < list.length; ++i) s += list[i].a;
    }

    function lens(bytes[] calldata data) external pure returns (uint256 total, uint256 n) {
        for (uint256 i = 0; i < data.length; ++i) total += data[i].length;
        n = data.length;
    }

    function store(string[] memory xs) external {
        names = xs;
    }

    function run() external payable {
        ps.push(P(7, address(0xbeef)));
        ps.push(P(8, address(0xcafe)));
        P[] memory got = this.all();
        emit U(got.length);
        emit U(got[1].a);
        emit A(got[0].b);

        P[] memory made = this.make(3);
        emit U(made.length);
        emit U(made[0].a + made[1].a + made[2].a);
        emit A(made[0].b);

        // aliasing: a memory element is a reference
        P memory first = made[0];
        first.a = 42;
        emit U(made[0].a);
        made[2] = made[0];
        made[0].a = 43;
        emit U(made[2].a);

        names.push("alice");
        names.push("a string that is longer than thirty-one bytes, stored long");
        string[] memory ns = this.names_();
        emit U(ns.length);
        emit S(ns[1]);

        uint256[][] memory grid = new uint256[][](2);
        emit U(grid[0].length);
        grid[1] = new uint256[](3);
        grid[1][0] = 5;
        (uint256 rows, uint256 v) = this.nested(grid);
        emit U(rows);
        emit U(v);

        bytes[] memory bl = this.bytesList();
        emit U(bl.length);
        emit Bs(bl[0]);
        emit U(bl[1].length);
        emit Bs(bl[2]);

        Q[] memory q = new Q[](2);
        q[0].name = "zero";
        q[1].tags = new uint8[](2);
        q[1].tags[1] = 9;
        Q[] memory back = this.echoQ(q);
        emit S(back[0].name);
        emit U(back[1].tags[1]);
        emit U(back[0].tags.length);

        emit U(this.sumCalldata(made));
        (uint256 total, uint256 n) = this.lens(bl);
        emit U(total);
        emit U(n);

        string[] memory fresh = new string[](1);
        fresh[0] = "bob";
        this.store(fresh);
        emit U(names.length);
        emit S(names[0]);

        delete made[1];
        emit U(made[1].a);
        delete grid;
        emit U(grid.length);
        qs.push();
        qs[0].name = "stored";
        qs[0].tags.push(3);
        Q[] memory qm = qs;
        qm[0].tags[0] = 4;
        emit U(qs[0].tags[0]);
        emit S(qm[0].name);
    }
}
// ----
// success
// U("2")
// U("8")
// A("0x000000000000000000000000000000000000beef")
// U("3")
// U("3")
// A("0x0000000000000000000000000000000000001234")
// U("42")
// U("43")
// U("2")
// S("a string that is longer than thirty-one bytes, stored long")
// U("0")
// U("2")
// U("8")
// U("3")
// Bs("0x6162")
// U("0")
// Bs("0xff00ff")
// S("zero")
// U("9")
// U("0")
// U("88")
// U("5")
// U("3")
// U("1")
// S("bob")
// U("0")
// U("0")
// U("3")
// S("stored")
