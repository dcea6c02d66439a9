// OpenZeppelin's Arrays.sort, which turns a bytes32 or address comparator into a uint256 one in
// inline assembly and calls it through that type, and EnumerableSet, built on it.
pragma solidity ^0.8.24;

import {Arrays} from "@openzeppelin/contracts/utils/Arrays.sol";
import {EnumerableSet} from "@openzeppelin/contracts/utils/structs/EnumerableSet.sol";

contract OzArraysAndSets {
    using EnumerableSet for EnumerableSet.AddressSet;
    using EnumerableSet for EnumerableSet.UintSet;

    event Sorted(uint256[] numbers, bytes32[] words, address[] accounts);
    event Set(uint256 length, bool hasTwo, address first, uint256[] values);

    EnumerableSet.AddressSet private members;
    EnumerableSet.UintSet private ids;

    function descending(bytes32 a, bytes32 b) private pure returns (bool) {
        return a > b;
    }

    function run() external payable {
        uint256[] memory numbers = new uint256[](5);
        numbers[0] = 42;
        numbers[1] = 7;
        numbers[2] = 99;
        numbers[3] = 7;
        numbers[4] = 1;
        bytes32[] memory words = new bytes32[](3);
        words[0] = "b";
        words[1] = "c";
        words[2] = "a";
        address[] memory accounts = new address[](3);
        accounts[0] = address(0xB0B);
        accounts[1] = address(0xA11CE);
        accounts[2] = address(0xCAFE);
        emit Sorted(Arrays.sort(numbers), Arrays.sort(words, descending), Arrays.sort(accounts));

        members.add(address(0xA11CE));
        members.add(address(0xB0B));
        members.add(address(0xA11CE));
        members.remove(address(0xB0B));
        ids.add(3);
        ids.add(2);
        ids.add(5);
        ids.remove(3);
        emit Set(members.length(), ids.contains(2), members.at(0), ids.values());
    }
}
// ----
// success
// Sorted(["1","7","7","42","99"], ["0x6300000000000000000000000000000000000000000000000000000000000000","0x6200000000000000000000000000000000000000000000000000000000000000","0x6100000000000000000000000000000000000000000000000000000000000000"], ["0x0000000000000000000000000000000000000b0b","0x000000000000000000000000000000000000cafe","0x00000000000000000000000000000000000a11ce"])
// Set("1", true, "0x00000000000000000000000000000000000a11ce", ["5","2"])
