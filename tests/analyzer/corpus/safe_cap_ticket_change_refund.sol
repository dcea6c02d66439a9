// expect: safe
// contract: TicketBooth
// callback-freedom: proved
pragma solidity ^0.8.20;

/// The look-alike of cap_ticket_change_refund: the seats are counted before the change is
/// given, so a re-entrant booking sees the new count and the booth never sells more seats
/// than it has.
contract TicketBooth {
    error SoldOut();
    error Underpaid();

    uint256 public constant SEATS = 50;
    uint256 public constant FARE = 0.05 ether;
    uint256 public issued;
    mapping(address => uint256) public seatsOf;

    function book(uint256 count) external payable {
        if (count == 0) revert Underpaid();
        if (issued + count > SEATS) revert SoldOut();
        uint256 due = count * FARE;
        if (msg.value < due) revert Underpaid();
        uint256 change = msg.value - due;
        issued += count;
        seatsOf[msg.sender] += count;
        if (change > 0) {
            (bool sent, ) = payable(msg.sender).call{value: change}("");
            require(sent, "change");
        }
    }
}
