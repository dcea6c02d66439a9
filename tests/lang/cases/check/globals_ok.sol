pragma solidity ^0.8.20;
contract Globals {
    uint256 public constant ONE = 1e18;
    uint256 public immutable created;
    address public constant DEAD = 0x000000000000000000000000000000000000dEaD;
    bytes32 public constant TAG = keccak256("tag");
    event Seen(address indexed who, uint256 value, bytes4 sig);
    constructor() { created = block.timestamp; }
    function all() public payable returns (uint256 total) {
        total = msg.value + block.number + block.timestamp + block.chainid + tx.gasprice;
        total += gasleft() % 2 + address(this).balance + msg.sender.code.length;
        total += 1 wei + 2 gwei + 3 ether + 4 seconds + 5 minutes + 6 hours + 7 days + 8 weeks;
        total += 0xff + 1_000 + 2e3;
        address c = block.coinbase;
        address o = tx.origin;
        bytes memory d = msg.data;
        emit Seen(c == o ? c : o, d.length, msg.sig);
        bytes32 h = sha256(abi.encodePacked(total, hex"00ff"));
        total += uint256(h) % 7 + uint256(TAG) % 5;
        unchecked { total -= 1; }
        total = total > ONE ? total ** 1 : total << 2 >> 1;
        total |= 1;
        total &= ~uint256(0);
        total ^= 2;
        do { total--; } while (false);
    }
}
// ----
