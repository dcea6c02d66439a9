// expect: adversary-profit same-function
// options: defaults
pragma solidity ^0.8.20;
/// A savings account with a two-step exit: request, wait a day, confirm, wait another day,
/// then withdraw. Two waits with a transaction between them are two clock jumps in one
/// preparation. The withdrawal pays before it clears the balance: the adversary re-enters
/// and is paid again out of the honest savers' deposits.
contract TwoStepSavings {
    uint256 public constant DELAY = 1 days;
    mapping(address => uint256) public balanceOf;
    mapping(address => uint256) public stepAt;
    mapping(address => bool) public confirmed;

    event ExitRequested(address indexed who, uint256 at);

    function deposit() external payable {
        require(msg.value > 0, "nothing sent");
        balanceOf[msg.sender] += msg.value;
    }

    function requestExit() external {
        require(balanceOf[msg.sender] > 0, "no balance");
        stepAt[msg.sender] = block.timestamp;
        confirmed[msg.sender] = false;
        emit ExitRequested(msg.sender, block.timestamp);
    }

    function confirmExit() external {
        uint256 at = stepAt[msg.sender];
        require(at != 0 && block.timestamp >= at + DELAY, "first wait not over");
        confirmed[msg.sender] = true;
        stepAt[msg.sender] = block.timestamp;
    }

    function withdraw() external {
        require(confirmed[msg.sender], "exit not confirmed");
        require(block.timestamp >= stepAt[msg.sender] + DELAY, "second wait not over");
        uint256 amount = balanceOf[msg.sender];
        (bool ok, ) = msg.sender.call{value: amount}("");
        require(ok, "transfer failed");
        balanceOf[msg.sender] = 0;
        confirmed[msg.sender] = false;
    }
}
