// Inline assembly assigns whole words to narrower Solidity variables (OpenZeppelin's
// TransientSlot: `value := tload(slot)` into a bool or an address). Clean words read as they
// are; dirty ones (bits beyond the type) read as solc reads them in comparisons, arithmetic,
// storage and the ABI: cleaned.
pragma solidity ^0.8.24;

contract AssemblyAssignsNarrowValues {
    event Values(bool b, bool aIsSelf, uint8 u, int8 i, bytes4 s);
    event Compared(bool bIsTrue, bool uIs255, bool iIsNegative, bool aIsSelf);
    event Stored(uint8 u, bool aIsSelf);

    uint8 storedU;
    address storedA;
    bool transient flag;

    function run() external payable {
        bool b;
        address a;
        uint8 u;
        int8 i;
        bytes4 s;
        address self = address(this);
        assembly {
            tstore(0, 1)
            b := tload(0)
            a := self
            u := 255
            i := sub(0, 1)
            s := shl(224, 0x12345678)
        }
        emit Values(b, a == self, u, i, s);
        assembly {
            b := 2
            a := or(shl(160, 0xff), self)
            u := 0x1ff
            i := 0x17f
            s := not(0)
        }
        emit Values(b, a == self, u, i, s);
        emit Compared(b == true, u == 255, i < 0, a == address(this));
        storedU = u;
        storedA = a;
        emit Stored(storedU + 0, storedA == self);
        flag = true;
        bool f;
        assembly {
            f := tload(flag.slot)
        }
        emit Compared(f, u + 0 == 255, i + 0 == 127, true);
    }
}
// ----
// success
// Values(true, true, "255", "-1", "0x12345678")
// Values(true, true, "255", "127", "0xffffffff")
// Compared(true, true, false, true)
// Stored("255", true)
// Compared(true, true, true, true)
