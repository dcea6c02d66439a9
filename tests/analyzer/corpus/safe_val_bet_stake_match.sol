// expect: safe
// contract: Bets
// options: defaults
// callback-freedom: proved
pragma solidity ^0.8.20;

/// The bets of val_bet_stake_match.sol with the bet marked as paid before the pot goes out
/// (checks-effects-interactions).
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
        b.paid = true;
        (bool ok, ) = msg.sender.call{value: b.stake * 2}("");
        require(ok, "pay");
    }
}
