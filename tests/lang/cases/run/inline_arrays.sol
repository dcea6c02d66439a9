// Inline array literals `[a, b, c]`: a memory `T[N]` of the elements' common type (solc's
// mobile type of the first element, widened by later ones), built at the point of use: in
// declarations, arguments, returns, index access, nested, of strings and addresses, and copied
// into storage arrays (dynamic, and fixed ones of equal or greater length) with the elements
// converted to the storage element type.
pragma solidity ^0.8.20;

contract InlineArrays {
    event Word(uint256 v);
    event Signed(int256 v);
    event Text(string s);
    event Who(address a);

    uint256[] dynamicStore;
    uint256[4] fixedStore;
    string[] names;
    uint16[2][] pairs;
    uint256[] initialised = [7, 8, 9];
    int16[3] signedStore = [-1, 2];

    function sum(uint8[3] memory xs) internal pure returns (uint256 s) {
        for (uint256 i = 0; i < xs.length; i++) s += xs[i];
    }

    function pair(uint256 x, uint256 y) internal pure returns (uint256[2] memory) {
        return [x, y];
    }

    function next(uint256 x) internal returns (uint256) {
        emit Word(x);
        return x;
    }

    function run() external payable {
        uint8[3] memory small = [1, 2, 3];
        emit Word(sum(small));
        emit Word(sum([4, 5, 6]));
        uint256[2] memory wide = [uint256(1), 2];
        emit Word(wide[0] + wide[1]);
        uint16[2] memory widened = [1, 256]; // uint8 widened by 256 to uint16
        emit Word(widened[1]);
        int8[2] memory signs = [-1, 1];
        emit Signed(signs[0]);
        uint256 i = 1;
        emit Word([10, 20, 30][i]);
        emit Word(pair(7, 8)[1]);
        uint8[2][2] memory nested = [[1, 2], [3, 4]];
        emit Word(nested[1][0]);
        string[2] memory words = ["a", "bc"];
        emit Text(words[1]);
        address[2] memory who = [address(0x1234), msg.sender];
        emit Who(who[0]);
        // Evaluated left to right.
        uint256[3] memory ordered = [next(1), next(2), next(3)];
        emit Word(ordered[2]);
        // Copies into storage convert the elements.
        dynamicStore = [1, 2, 3];
        emit Word(dynamicStore.length);
        emit Word(dynamicStore[2]);
        fixedStore = [5, 6, 7, 8];
        fixedStore = [9, 10];
        emit Word(fixedStore[0] + fixedStore[1] + fixedStore[2] + fixedStore[3]);
        names = ["x", "yz"];
        emit Text(names[1]);
        pairs.push([1, 2]);
        emit Word(pairs[0][1]);
        emit Word(abi.encode([1, 2]).length);
        emit Word(initialised[2] + initialised.length);
        emit Signed(signedStore[0] + signedStore[1] + signedStore[2]);
        uint8[2] memory source = [200, 100];
        dynamicStore = source; // a memory uint8[2] copied into a uint256[]
        emit Word(dynamicStore[0] + dynamicStore[1] + dynamicStore.length);
    }
}
// ----
// success
// Word("6")
// Word("15")
// Word("3")
// Word("256")
// Signed("-1")
// Word("20")
// Word("8")
// Word("3")
// Text("bc")
// Who("0x0000000000000000000000000000000000001234")
// Word("1")
// Word("2")
// Word("3")
// Word("3")
// Word("3")
// Word("3")
// Word("19")
// Text("yz")
// Word("2")
// Word("64")
// Word("12")
// Signed("1")
// Word("302")
