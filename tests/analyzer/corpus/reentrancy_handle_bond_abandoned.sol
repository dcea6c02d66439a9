// expect: adversary-profit same-function
// options: defaults
pragma solidity ^0.8.20;
/// Handles: claiming one locks a bond for thirty days, and the record is keyed by the hash of
/// the prefixed handle. Abandoning a handle after the lock refunds the bond before the record
/// is deleted, so the owner re-enters and is refunded again from the others' bonds. The id a
/// caller passes is the hash of a handle it claimed: nothing in the code compares it with one.
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
        (bool ok, ) = msg.sender.call{value: h.bond}("");
        require(ok, "refund failed");
        delete handles[id];
    }
}
