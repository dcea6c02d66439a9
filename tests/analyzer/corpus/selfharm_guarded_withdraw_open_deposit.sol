// expect: self-harm
pragma solidity ^0.8.20;
/// EtherStore with a guard on withdraw only: withdraw still zeroes the balance after paying,
/// and deposit is open during the callback. A deposit made from the callback is wiped by the
/// late write, but the only one who loses it is the caller who made it: no order of the same
/// calls leaves anyone else worse off, so the finding is self-harm (info), not an attack.
contract PartlyGuardedStore {
    mapping(address => uint256) public balances;
    bool private locked;

    modifier nonReentrant() {
        require(!locked, "no re-entry");
        locked = true;
        _;
        locked = false;
    }

    function deposit() external payable {
        balances[msg.sender] += msg.value;
    }

    function withdraw() external nonReentrant {
        uint256 amount = balances[msg.sender];
        require(amount > 0, "nothing to withdraw");
        (bool sent, ) = msg.sender.call{value: amount}("");
        require(sent, "send failed");
        balances[msg.sender] = 0;
    }
}
