// Pushing a storage struct (and one holding a dynamic array) onto a storage array
// copies every field; copies between storage, memory and storage keep packed fields apart.
pragma solidity ^0.8.20;

contract StorageStructPush {
    struct P {
        uint8 a;
        uint128 b;
        address c;
        uint256 d;
        bool e;
    }
    struct L {
        uint64 id;
        uint256[] xs;
        bytes4 tag;
    }

    event U(uint256 v);
    event A(address v);
    event S(string v);
    event B4(bytes4 v);
    event Flag(bool v);

    P stored;
    P[] ps;
    L lone;
    L[] ls;

    function run() external payable {
        stored = P(7, 2 ** 100 + 3, address(0xBEEF), 42, true);
        ps.push(stored);
        ps.push(P(1, 2, address(3), 4, false));
        ps.push(stored);
        emit U(ps.length);
        for (uint256 i = 0; i < ps.length; i++) {
            P storage p = ps[i];
            emit U(p.a);
            emit U(p.b);
            emit A(p.c);
            emit U(p.d);
            emit Flag(p.e);
        }
        stored.a = 9;
        emit U(ps[0].a);
        P memory m = ps[2];
        emit U(m.b);

        lone.id = 5;
        lone.xs.push(10);
        lone.xs.push(20);
        lone.xs.push(30);
        lone.tag = 0xa1b2c3d4;
        ls.push(lone);
        ls.push(lone);
        lone.xs[1] = 99;
        emit U(ls.length);
        emit U(ls[1].id);
        emit U(ls[1].xs.length);
        emit U(ls[1].xs[0] + ls[1].xs[1] + ls[1].xs[2]);
        emit B4(ls[1].tag);
        emit U(ls[0].xs[1]);
        L memory lm = ls[0];
        emit U(lm.xs[2]);
        ls[0] = lone;
        emit U(ls[0].xs[1]);
        ls.pop();
        emit U(ls.length);
    }
}
// ----
// success
// U("3")
// U("7")
// U("1267650600228229401496703205379")
// A("0x000000000000000000000000000000000000beef")
// U("42")
// Flag(true)
// U("1")
// U("2")
// A("0x0000000000000000000000000000000000000003")
// U("4")
// Flag(false)
// U("7")
// U("1267650600228229401496703205379")
// A("0x000000000000000000000000000000000000beef")
// U("42")
// Flag(true)
// U("7")
// U("1267650600228229401496703205379")
// U("2")
// U("5")
// U("3")
// U("60")
// B4("0xa1b2c3d4")
// U("20")
// U("30")
// U("99")
// U("1")
