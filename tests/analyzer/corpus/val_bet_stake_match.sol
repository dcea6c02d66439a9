// expect: reentrancy same-function
// contract: Bets
// options: defaults
pragma solidity ^0.8.20;

/// Two-party bets settled by an arbiter (the deployer). Taking a bet must match its stake
/// exactly (`msg.value == b.stake`, a value held in a struct inside a dynamic array); the
/// winner withdraws the pot, which is paid before the bet is marked as paid, so a re-entrant
/// withdraw is paid the pot again out of the other bettors' stakes.
contract Bets {
    struct Bet {
        address maker;
        address taker;
        uint256 stake;
        address winner;
        bool paid;
    }
    address public immutable arbiter;
    Bet[] public bets;

    constructor() {
        arbiter = msg.sender;
    }

    function make() external payable returns (uint256 id) {
        require(msg.value > 0, "stake");
        bets.push(Bet(msg.sender, address(0), msg.value, address(0), false));
        return bets.length - 1;
    }

    function take(uint256 id) external payable {
        Bet storage b = bets[id];
        require(b.taker == address(0) && b.maker != msg.sender, "taken");
        require(msg.value == b.stake, "match the stake");
        b.taker = msg.sender;
    }

    function settle(uint256 id, bool makerWins) external {
        require(msg.sender == arbiter, "arbiter");
        Bet storage b = bets[id];
        require(b.taker != address(0) && b.winner == address(0), "open");
        b.winner = makerWins ? b.maker : b.taker;
    }

    function withdraw(uint256 id) external {
        Bet storage b = bets[id];
        require(msg.sender == b.winner && !b.paid, "not yours");
        (bool ok, ) = msg.sender.call{value: b.stake * 2}("");
        require(ok, "pay");
        b.paid = true;
    }
}
