// A wallet of several owners: an owner proposes a payment, the others confirm it, and once
// enough have, anyone executes it. Execution pays before it marks the payment executed, so
// the payee re-enters and is paid again. Its owners are constructor arguments
// (`--args '[bob,carol],2'`): honest accounts that propose and confirm the payment.
pragma solidity ^0.8.20;

contract OwnersWallet {
    struct Payment {
        address to;
        uint256 value;
        uint256 confirmations;
        bool executed;
    }

    mapping(address => bool) public isOwner;
    uint256 public immutable required;
    Payment[] public payments;
    mapping(uint256 => mapping(address => bool)) public confirmedBy;

    constructor(address[] memory owners, uint256 quorum) {
        require(quorum > 0 && quorum <= owners.length, "bad quorum");
        for (uint256 i = 0; i < owners.length; i++) {
            require(owners[i] != address(0) && !isOwner[owners[i]], "bad owner");
            isOwner[owners[i]] = true;
        }
        required = quorum;
    }

    receive() external payable {}

    function propose(address to, uint256 value) external returns (uint256 id) {
        require(isOwner[msg.sender], "not an owner");
        id = payments.length;
        payments.push(Payment(to, value, 0, false));
        confirm(id);
    }

    function confirm(uint256 id) public {
        require(isOwner[msg.sender], "not an owner");
        require(!confirmedBy[id][msg.sender], "confirmed");
        confirmedBy[id][msg.sender] = true;
        payments[id].confirmations += 1;
    }

    function execute(uint256 id) external {
        Payment storage p = payments[id];
        require(!p.executed && p.confirmations >= required, "not executable");
        (bool ok, ) = p.to.call{value: p.value}("");
        require(ok, "payment failed");
        p.executed = true;
    }
}
