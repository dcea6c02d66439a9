// Inline assembly, first step: OpenZeppelin's StorageSlot idiom (`r.slot := slot` on a storage
// pointer return variable), reading `x.slot` and `x.offset` of storage pointers and state
// variables, and Yul that computes on stack values with sload/sstore.
pragma solidity ^0.8.20;

library Slots {
    struct Uint256Slot {
        uint256 value;
    }

    function getUint256Slot(bytes32 slot) internal pure returns (Uint256Slot storage r) {
        assembly ("memory-safe") {
            r.slot := slot
        }
    }
}

contract AssemblyStoragePointer {
    struct Pair {
        uint256 a;
        uint256 b;
    }

    event Word(uint256 v);
    event Word32(bytes32 v);

    uint256 first = 7;
    Pair pair;
    mapping(uint256 => Pair) pairs;
    bytes32 private constant SLOT = 0x9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f00;

    function slotOf(Pair storage p) internal pure returns (uint256 s, uint256 o) {
        assembly {
            s := p.slot
            o := p.offset
        }
    }

    function pairAt(uint256 s) internal pure returns (Pair storage p) {
        assembly {
            p.slot := s
        }
    }

    function arithmetic(uint256 x, uint256 y) internal pure returns (uint256 r) {
        assembly {
            let t := add(x, y)
            {
                let u := mul(t, 2)
                t := sub(u, 1)
            }
            r := xor(shl(8, t), shr(4, not(0)))
            r := add(r, and(iszero(eq(x, y)), or(lt(x, y), gt(x, y))))
            r := add(r, div(x, 0))
            r := add(r, byte(31, 0x1234))
            r := add(r, sar(1, sub(0, 4)))
        }
    }

    function run() external payable {
        Slots.Uint256Slot storage s = Slots.getUint256Slot(SLOT);
        s.value = 42;
        emit Word(Slots.getUint256Slot(SLOT).value);
        uint256 raw;
        assembly {
            raw := sload(0x9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f00)
        }
        emit Word(raw);

        (uint256 ps, uint256 po) = slotOf(pair);
        emit Word(ps);
        emit Word(po);
        uint256 fs;
        assembly {
            fs := first.slot
        }
        emit Word(fs);

        pairs[3].b = 11;
        (uint256 ms, ) = slotOf(pairs[3]);
        Pair storage again = pairAt(ms);
        emit Word(again.b);
        again.a = 5;
        emit Word(pairs[3].a);

        assembly {
            sstore(add(ps, 1), 99)
            let v := sload(first.slot)
            sstore(first.slot, add(v, 1))
        }
        emit Word(pair.b);
        emit Word(first);
        emit Word(arithmetic(3, 5));
        bytes32 w;
        assembly {
            w := not(0)
        }
        emit Word32(w);
    }
}
// ----
// success
// Word("42")
// Word("42")
// Word("1")
// Word("0")
// Word("0")
// Word("11")
// Word("5")
// Word("99")
// Word("8")
// Word("7237005577332262213973186563042994240829374041602535252466099000494570598706")
// Word32("0xffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff")
