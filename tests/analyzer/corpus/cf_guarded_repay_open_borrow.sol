// expect: reentrancy cross-function
pragma solidity ^0.8.20;
/// repay is guarded and refunds any excess before it clears the debt; borrow is open. A loan
/// taken from repay's callback is wiped by the late write: the adversary ends holding as much
/// ether as after borrowing and repaying in either order, but owes nothing, so it can take
/// its collateral back as well. Only its own record differs, yet in its favour: an attack,
/// not self-harm.
contract Pawnshop {
    mapping(address => uint256) public collateral;
    mapping(address => uint256) public debt;
    bool private locked;

    modifier nonReentrant() {
        require(!locked, "no re-entry");
        locked = true;
        _;
        locked = false;
    }

    function pledge() external payable {
        collateral[msg.sender] += msg.value;
    }

    function borrow(uint256 amount) external {
        require(debt[msg.sender] + amount <= collateral[msg.sender] / 2, "over limit");
        debt[msg.sender] += amount;
        (bool sent, ) = msg.sender.call{value: amount}("");
        require(sent, "send failed");
    }

    function repay() external payable nonReentrant {
        uint256 owed = debt[msg.sender];
        require(msg.value >= owed, "too little");
        (bool sent, ) = msg.sender.call{value: msg.value - owed}("");
        require(sent, "refund failed");
        debt[msg.sender] = 0;
    }

    function reclaim() external {
        require(debt[msg.sender] == 0, "repay first");
        uint256 amount = collateral[msg.sender];
        collateral[msg.sender] = 0;
        (bool sent, ) = msg.sender.call{value: amount}("");
        require(sent, "send failed");
    }
}
