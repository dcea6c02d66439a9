// Storage packing as solc lays it out: slots and offsets of packed state variables and struct
// members, the packed words seen by sload, neighbours left alone by narrow writes, signed and
// bytesN values read back clean, deletes and struct copies between storage and memory.
pragma solidity ^0.8.20;

contract PackedStorage {
    enum Mode {
        off,
        on
    }
    struct Trio {
        uint128 a;
        uint128 b;
        address c;
    }
    struct Mixed {
        int8 s;
        bytes3 tag;
        bool flag;
        uint256 big;
        uint16 tail;
    }

    event Word(uint256 v);
    event Signed(int256 v);
    event Tag(bytes3 v);

    address owner = address(0x1234567890123456789012345678901234567890);
    bool paused = true;
    uint96 x = 0xabcdef;
    uint256 y = 5;
    Trio trio;
    uint8 small = 0x11;
    Mode mode = Mode.on;
    int16 negative = -2;
    Mixed mixed;
    mapping(uint256 => Mixed) byId;

    function word(uint256 slot) internal view returns (uint256 w) {
        assembly {
            w := sload(slot)
        }
    }

    function run() external payable {
        uint256 s;
        uint256 o;
        assembly {
            s := x.slot
            o := x.offset
        }
        emit Word(s);
        emit Word(o);
        assembly {
            s := small.slot
            o := negative.offset
        }
        emit Word(s);
        emit Word(o);
        emit Word(word(0));
        emit Word(word(1));
        emit Word(word(5));

        trio = Trio(1, 2, address(0xbeef));
        emit Word(word(3));
        emit Word(word(4));
        trio.a = 7;
        emit Word(trio.b);
        emit Word(word(3));

        paused = false;
        emit Word(uint256(uint160(owner)));
        emit Word(x);
        negative -= 1000;
        emit Signed(negative);
        emit Word(small);
        emit Word(uint256(mode));
        emit Word(word(5));

        mixed = Mixed(-3, 0xa1b2c3, true, 9, 0xffff);
        emit Word(word(6));
        emit Word(word(7));
        emit Word(word(8));
        Mixed memory m = mixed;
        emit Signed(m.s);
        emit Tag(m.tag);
        mixed.tag = bytes3(0x010203);
        emit Signed(mixed.s);
        emit Word(word(6));
        delete mixed.flag;
        emit Word(word(6));

        byId[1] = mixed;
        byId[1].s = -128;
        emit Signed(byId[1].s);
        emit Tag(byId[1].tag);
        emit Word(byId[1].tail);
        delete byId[1];
        emit Word(byId[1].big);
        delete trio;
        emit Word(word(3));
        emit Word(word(4));
        emit Word(word(5));
    }
}
// ----
// success
// Word("1")
// Word("0")
// Word("5")
// Word("2")
// Word("1565430642638033138209783756300835524638043175056")
// Word("11259375")
// Word("4294836497")
// Word("680564733841876926926749214863536422913")
// Word("48879")
// Word("2")
// Word("680564733841876926926749214863536422919")
// Word("103929005307130220006098923584552504982110632080")
// Word("11259375")
// Signed("-1002")
// Word("17")
// Word("1")
// Word("4229300497")
// Word("7007814653")
// Word("9")
// Word("65535")
// Signed("-3")
// Tag("0xa1b2c3")
// Signed("-3")
// Word("4311876605")
// Word("16909309")
// Signed("-128")
// Tag("0x010203")
// Word("65535")
// Word("0")
// Word("0")
// Word("0")
// Word("4229300497")
