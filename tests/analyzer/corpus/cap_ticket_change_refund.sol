// expect: reentrancy same-function
// contract: TicketBooth
pragma solidity ^0.8.20;

/// A ticket booth with a fixed number of seats that gives change for overpayment before it
/// counts the seats sold. A buyer re-entering `book` from the change passes the seat check on
/// the old count, so more seats are sold than the booth has: the check's own bound
/// (`issued <= SEATS`) breaks, which harms every later buyer even though the re-entering
/// buyer pays for both bookings.
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
        if (change > 0) {
            (bool sent, ) = payable(msg.sender).call{value: change}("");
            require(sent, "change");
        }
        issued += count;
        seatsOf[msg.sender] += count;
    }
}
