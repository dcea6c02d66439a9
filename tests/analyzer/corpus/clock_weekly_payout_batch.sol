// expect: adversary-profit cross-function
// contract: WeeklyTips
pragma solidity ^0.8.20;

/// Fans tip the creators listed at deployment; once a week anyone may run the batch payout.
/// Bug: the batch pays each creator before it clears what the creator is owed, so a creator's
/// callback withdraws the same tips again through `withdraw()`. The payout is due a week after
/// the last one (the first at any time after deployment): a generated test must run on the
/// analysis's clock to reproduce it.
contract WeeklyTips {
    uint256 public constant INTERVAL = 7 days;
    address payable[] public creators;
    mapping(address => bool) public listed;
    mapping(address => uint256) public owed;
    uint256 public lastPayout;

    constructor(address payable[] memory initial) {
        for (uint256 i = 0; i < initial.length; i++) {
            require(!listed[initial[i]], "listed twice");
            listed[initial[i]] = true;
            creators.push(initial[i]);
        }
    }

    function tip(address creator) external payable {
        require(listed[creator], "not a creator");
        owed[creator] += msg.value;
    }

    function withdraw() external {
        uint256 amount = owed[msg.sender];
        require(amount > 0, "nothing owed");
        owed[msg.sender] = 0;
        (bool ok, ) = msg.sender.call{value: amount}("");
        require(ok, "payment failed");
    }

    function payoutAll() external {
        require(block.timestamp >= lastPayout + INTERVAL, "too early");
        lastPayout = block.timestamp;
        for (uint256 i = 0; i < creators.length; i++) {
            address payable c = creators[i];
            uint256 amount = owed[c];
            if (amount == 0) continue;
            (bool ok, ) = c.call{value: amount}("");
            if (ok) owed[c] = 0;
        }
    }
}
