// Calldata arrays whose elements are references (structs with dynamic members, `bytes`,
// `string`) copied to memory: a deep copy, so writes to the copy leave the calldata alone.
pragma solidity ^0.8.20;

contract CalldataReferenceArrays {
    struct Item {
        uint256 id;
        string name;
        uint256[] values;
    }

    event Word(uint256 v);
    event Text(string s);
    event Data(bytes b);

    function items(Item[] calldata list) external {
        Item[] memory copy = list;
        copy[0].id = 99;
        emit Word(list[0].id);
        emit Word(copy[0].id);
        emit Text(copy[1].name);
        emit Word(copy[1].values.length);
        emit Word(copy[1].values[1]);
    }

    function blobs(bytes[] calldata list) external {
        bytes[] memory copy = list;
        copy[0][0] = 0xff;
        emit Data(list[0]);
        emit Data(copy[0]);
        emit Word(copy.length);
    }

    function run() external payable {
        Item[] memory list = new Item[](2);
        list[0] = Item(1, "one", new uint256[](0));
        uint256[] memory values = new uint256[](2);
        values[0] = 5;
        values[1] = 6;
        list[1] = Item(2, "two", values);
        this.items(list);
        bytes[] memory blobs_ = new bytes[](2);
        blobs_[0] = hex"0102";
        blobs_[1] = hex"";
        this.blobs(blobs_);
    }
}
// ----
// success
// Word("1")
// Word("99")
// Text("two")
// Word("2")
// Word("6")
// Data("0x0102")
// Data("0xff02")
// Word("2")
