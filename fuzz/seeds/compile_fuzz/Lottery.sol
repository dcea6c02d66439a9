// SPDX-License-Identifier: MIT
pragma solidity ^0.8.20;

/// @title Lottery: a round-based ether lottery
/// @notice Players buy tickets at TICKET_PRICE during a round. After the round closes, anyone
/// draws the winner, who gets the pot minus the house fee; the operator collects the fees.
/// @dev The draw uses keccak256 over block values and the players: miners/validators can
/// influence it, so this is NOT secure randomness; acceptable only for small stakes (a real
/// deployment would use a commit-reveal or a VRF).
contract Lottery {
    uint256 public constant TICKET_PRICE = 0.1 ether;
    uint256 public constant MAX_TICKETS_PER_ROUND = 100;
    uint256 public constant FEE_PERCENT = 5;
    uint256 public constant ROUND_LENGTH = 1 days;

    /// @notice The operator, who collects fees.
    address payable public immutable operator;
    /// @notice Current round number, starting at 1.
    uint256 public round;
    /// @notice When the current round stops selling tickets.
    uint256 public roundEnd;
    /// @notice Ticket holders of the current round (one entry per ticket).
    address payable[] public players;
    /// @notice Fees collected and not yet withdrawn.
    uint256 public feesAccrued;
    /// @notice Winner of each past round.
    mapping(uint256 => address) public winners;

    event TicketBought(uint256 indexed round, address indexed player, uint256 tickets);
    event WinnerDrawn(uint256 indexed round, address indexed winner, uint256 prize);

    constructor() {
        operator = payable(msg.sender);
        round = 1;
        roundEnd = block.timestamp + ROUND_LENGTH;
    }

    /// @notice Buys msg.value / TICKET_PRICE tickets (the value must be an exact multiple).
    function enter() external payable {
        require(block.timestamp < roundEnd, "round closed");
        require(msg.value > 0 && msg.value % TICKET_PRICE == 0, "pay whole tickets");
        uint256 tickets = msg.value / TICKET_PRICE;
        require(players.length + tickets <= MAX_TICKETS_PER_ROUND, "round full");
        for (uint256 i = 0; i < tickets; i++) {
            players.push(payable(msg.sender));
        }
        emit TicketBought(round, msg.sender, tickets);
    }

    /// @notice Number of tickets sold in the current round.
    function ticketCount() external view returns (uint256) {
        return players.length;
    }

    /// @dev Not secure randomness: see the contract comment.
    function pseudoRandom() internal view returns (uint256) {
        return uint256(keccak256(abi.encodePacked(block.timestamp, block.number, players.length, round, msg.sender)));
    }

    /// @notice Draws the winner of the closed round and starts the next round.
    function draw() external returns (address winner) {
        require(block.timestamp >= roundEnd, "round still open");
        uint256 n = players.length;
        if (n > 0) {
            uint256 pot = n * TICKET_PRICE;
            uint256 fee = (pot * FEE_PERCENT) / 100;
            address payable w = players[pseudoRandom() % n];
            winner = w;
            winners[round] = w;
            feesAccrued += fee;
            delete players;
            emit WinnerDrawn(round, w, pot - fee);
            w.transfer(pot - fee);
        }
        round += 1;
        roundEnd = block.timestamp + ROUND_LENGTH;
    }

    /// @notice The operator takes the accrued fees.
    function withdrawFees() external {
        require(msg.sender == operator, "not operator");
        uint256 amount = feesAccrued;
        feesAccrued = 0;
        operator.transfer(amount);
    }
}
