// expect: safe
// options: defaults
pragma solidity ^0.8.20;
/// len_validator_pubkey.sol fixed: a request is marked cancelled before its refund is paid
/// (checks-effects-interactions), so a re-entered `cancel` is refused.
contract ValidatorQueueCEI {
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
        r.cancelled = true;
        (bool ok, ) = msg.sender.call{value: DEPOSIT}("");
        require(ok, "refund failed");
        emit Cancelled(id);
    }
}
