// expect: adversary-profit same-function
// contract: CharityRaffle
// options: defaults
// SPDX-License-Identifier: MIT
pragma solidity ^0.8.20;

/// @notice Ticketed raffle. If fewer than MIN_TICKETS are sold before the
///         deadline, the raffle is void and each ticket can be refunded, paid before it is
///         marked. Honest buyers of MIN_TICKETS tickets would leave it never void: found only
///         in the world of small deposits, whose buyers buy the least they can.
contract CharityRaffle {
    struct Ticket {
        address holder;
        bool refunded;
    }

    uint256 public constant TICKET_PRICE = 0.1 ether;
    uint256 public constant MIN_TICKETS = 100;

    address public immutable organizer;
    uint256 public deadline;
    bool public drawn;
    address public winner;
    Ticket[] public tickets;

    event SaleOpened(uint256 deadline);
    event TicketBought(uint256 indexed ticketId, address indexed holder);
    event TicketRefunded(uint256 indexed ticketId, address indexed holder);
    event WinnerDrawn(address indexed winner, uint256 prize);

    error NotOrganizer();
    error SaleClosed();
    error WrongPayment();
    error NotRefundable();
    error NotHolder();
    error AlreadyRefunded();

    constructor() {
        organizer = msg.sender;
    }

    function openSale() external {
        if (msg.sender != organizer) revert NotOrganizer();
        require(deadline == 0, "already opened");
        deadline = block.timestamp + 3 days;
        emit SaleOpened(deadline);
    }

    function buyTickets(uint256 count) external payable {
        if (deadline == 0 || block.timestamp >= deadline) revert SaleClosed();
        if (msg.value != count * TICKET_PRICE) revert WrongPayment();
        for (uint256 i = 0; i < count; i++) {
            tickets.push(Ticket({holder: msg.sender, refunded: false}));
            emit TicketBought(tickets.length - 1, msg.sender);
        }
    }

    function isVoid() public view returns (bool) {
        return deadline != 0 && block.timestamp >= deadline && tickets.length < MIN_TICKETS;
    }

    function refund(uint256 ticketId) external {
        if (!isVoid()) revert NotRefundable();
        Ticket storage t = tickets[ticketId];
        if (t.holder != msg.sender) revert NotHolder();
        if (t.refunded) revert AlreadyRefunded();

        (bool ok, ) = msg.sender.call{value: TICKET_PRICE}("");
        require(ok, "refund failed");
        t.refunded = true;
        emit TicketRefunded(ticketId, msg.sender);
    }

    function draw() external {
        if (msg.sender != organizer) revert NotOrganizer();
        require(block.timestamp >= deadline && tickets.length >= MIN_TICKETS && !drawn, "cannot draw");
        drawn = true;
        uint256 pot = tickets.length * TICKET_PRICE;
        winner = tickets[uint256(keccak256(abi.encode(block.prevrandao, pot))) % tickets.length].holder;
        uint256 prize = pot / 2;
        emit WinnerDrawn(winner, prize);
        payable(winner).transfer(prize);
        payable(organizer).transfer(pot - prize);
    }

    function ticketCount() external view returns (uint256) {
        return tickets.length;
    }
}
