// expect: safe
// options: defaults
pragma solidity ^0.8.20;
/// Equipment rental: a booking costs a refundable deposit plus a daily fee for the days
/// booked, paid exactly (`DEPOSIT + numDays * DAILY_FEE`, no constant of the program). After
/// the rental ends the renter takes back its deposit; the booking is cleared before the
/// refund is sent, so a re-entry finds no booking.
contract EquipmentRental {
    uint256 public constant DEPOSIT = 1 ether;
    uint256 public constant DAILY_FEE = 0.01 ether;

    struct Booking {
        uint256 deposit;
        uint256 until;
    }

    address public owner;
    uint256 public feesOwed;
    mapping(address => Booking) public bookings;

    constructor() {
        owner = msg.sender;
    }

    function book(uint256 numDays) external payable {
        require(numDays >= 1 && numDays <= 30, "bad duration");
        require(bookings[msg.sender].deposit == 0, "already booked");
        require(msg.value == DEPOSIT + numDays * DAILY_FEE, "wrong payment");
        bookings[msg.sender] = Booking(DEPOSIT, block.timestamp + numDays * 1 days);
        feesOwed += numDays * DAILY_FEE;
    }

    function returnDeposit() external {
        Booking storage b = bookings[msg.sender];
        require(b.deposit > 0, "no booking");
        require(block.timestamp >= b.until, "still rented");
        uint256 amount = b.deposit;
        delete bookings[msg.sender];
        (bool ok, ) = msg.sender.call{value: amount}("");
        require(ok, "refund failed");
    }

    function collectFees() external {
        require(msg.sender == owner, "owner");
        uint256 f = feesOwed;
        feesOwed = 0;
        payable(owner).transfer(f);
    }
}
