// expect: safe
// options: defaults
// contract: GrantRounds
// The grant-round factory with a round that clears the contribution before paying it back
// (checks-effects-interactions): a re-entered withdrawal finds nothing left to pay. The
// opener's collection of a round that met its target is what the round is for.
pragma solidity ^0.8.20;

contract Round {
    address public immutable opener;
    uint256 public immutable target;
    uint256 public immutable closesAt;
    uint256 public raised;
    bool public collected;
    mapping(address => uint256) public contributed;

    constructor(address opener_, uint256 target_, uint256 closesAt_) {
        opener = opener_;
        target = target_;
        closesAt = closesAt_;
    }

    function contribute() external payable {
        require(block.timestamp < closesAt, "round closed");
        require(msg.value > 0, "nothing sent");
        contributed[msg.sender] += msg.value;
        raised += msg.value;
    }

    /// Takes part of a contribution back while the round is open.
    function reduce(uint256 amount) external {
        require(block.timestamp < closesAt, "round closed");
        require(contributed[msg.sender] >= amount, "more than contributed");
        contributed[msg.sender] -= amount;
        raised -= amount;
        (bool ok, ) = payable(msg.sender).call{value: amount}("");
        require(ok, "transfer failed");
    }

    function collect() external {
        require(msg.sender == opener, "not the opener");
        require(block.timestamp >= closesAt, "still open");
        require(raised >= target, "target missed");
        require(!collected, "collected");
        collected = true;
        (bool ok, ) = opener.call{value: address(this).balance}("");
        require(ok, "payout failed");
    }

    function withdrawContribution() external {
        require(block.timestamp >= closesAt, "still open");
        require(raised < target, "target met");
        uint256 amount = contributed[msg.sender];
        require(amount > 0, "nothing to withdraw");
        contributed[msg.sender] = 0;
        (bool ok, ) = payable(msg.sender).call{value: amount}("");
        require(ok, "withdrawal failed");
    }
}

contract GrantRounds {
    uint256 public constant MIN_LENGTH = 1 days;
    uint256 public constant MAX_LENGTH = 30 days;
    Round[] public rounds;

    function openRound(uint256 target, uint256 length) external returns (Round round) {
        require(target > 0, "no target");
        require(length >= MIN_LENGTH && length <= MAX_LENGTH, "bad length");
        round = new Round(msg.sender, target, block.timestamp + length);
        rounds.push(round);
    }

    function roundCount() external view returns (uint256) {
        return rounds.length;
    }
}
