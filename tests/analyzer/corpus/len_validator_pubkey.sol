// expect: adversary-profit same-function
// options: defaults
pragma solidity ^0.8.20;
/// A staking pool that queues validator slots: each request carries a BLS public key of
/// exactly 48 bytes and 32 ether. A queued request can be cancelled for a refund, which is
/// paid before the request is marked cancelled: the adversary re-enters `cancel` and is paid
/// its 32 ether again out of the other requests' deposits. The request only passes with a
/// key of the length the pool compares, so the search must generate one.
contract ValidatorQueue {
    uint256 public constant DEPOSIT = 32 ether;
    uint256 public constant PUBKEY_LENGTH = 48;
    struct Request {
        address owner;
        bytes pubkey;
        bool cancelled;
    }
    Request[] public requests;
    event Requested(uint256 indexed id, address indexed owner);
    event Cancelled(uint256 indexed id);
    function requestSlot(bytes calldata pubkey) external payable returns (uint256 id) {
        require(msg.value == DEPOSIT, "deposit is 32 ether");
        require(pubkey.length == PUBKEY_LENGTH, "bad public key");
        id = requests.length;
        requests.push(Request(msg.sender, pubkey, false));
        emit Requested(id, msg.sender);
    }
    function cancel(uint256 id) external {
        Request storage r = requests[id];
        require(r.owner == msg.sender, "not yours");
        require(!r.cancelled, "already cancelled");
        (bool ok, ) = msg.sender.call{value: DEPOSIT}("");
        require(ok, "refund failed");
        r.cancelled = true;
        emit Cancelled(id);
    }
}
