// expect: safe
// options: defaults
pragma solidity ^0.8.20;
/// Handles: claiming one locks a bond for thirty days, and the record is keyed by the hash of
/// the prefixed handle. Abandoning a handle after the lock deletes the record before it refunds
/// the bond (checks-effects-interactions): a re-entry finds no record. The id a caller passes
/// is the hash of a handle it claimed: nothing in the code compares it with one.
contract HandleRegistry {
    uint256 public constant BOND = 0.5 ether;
    uint256 public constant LOCK = 30 days;

    struct Handle {
        address owner;
        uint256 bond;
        uint256 since;
    }

    mapping(bytes32 => Handle) public handles;

    function claim(string calldata handle) external payable {
        require(bytes(handle).length >= 4, "too short");
        bytes32 id = keccak256(abi.encodePacked("handle:", handle));
        require(handles[id].owner == address(0), "taken");
        require(msg.value == BOND, "wrong bond");
        handles[id] = Handle(msg.sender, msg.value, block.timestamp);
    }

    function abandon(bytes32 id) external {
        Handle storage h = handles[id];
        require(h.owner == msg.sender, "not the owner");
        require(block.timestamp >= h.since + LOCK, "locked");
        uint256 bond = h.bond;
        delete handles[id];
        (bool ok, ) = msg.sender.call{value: bond}("");
        require(ok, "refund failed");
    }
}
