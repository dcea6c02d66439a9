// expect: adversary-profit same-function
// options: defaults
pragma solidity ^0.8.20;
/// A pawnshop: investors fund it, a customer pawns twice the ether it borrows, and a fee of
/// 1% a day accrues on the loan. Once the debt passes 80% of the pledge,
/// anyone may foreclose: pay the debt and take the pledge. foreclose sends the pledge before
/// it closes the ticket, so a foreclosure re-entered takes the pledge again, paid from the
/// investors' funds. It pays only between day 61 and day 99 of a loan: a year later the
/// debt is worth more than the pledge, and a day later the ticket is not yet forfeit.
contract Pawnshop {
    struct Ticket {
        uint256 pledge;
        uint256 loan;
        uint256 since;
    }

    mapping(address => uint256) public invested;
    mapping(address => Ticket) public tickets;

    function invest() external payable {
        require(msg.value > 0, "nothing invested");
        invested[msg.sender] += msg.value;
    }

    function pawn(uint256 loan) external payable {
        require(tickets[msg.sender].loan == 0, "already pawned");
        require(loan > 0 && msg.value == 2 * loan, "pledge twice the loan");
        tickets[msg.sender] = Ticket(msg.value, loan, block.timestamp);
        payable(msg.sender).transfer(loan);
    }

    function debt(address customer) public view returns (uint256) {
        Ticket memory t = tickets[customer];
        return t.loan + (t.loan * ((block.timestamp - t.since) / 1 days)) / 100;
    }

    function redeem() external payable {
        Ticket memory t = tickets[msg.sender];
        require(t.loan > 0, "nothing pawned");
        require(msg.value == debt(msg.sender), "pay the debt");
        delete tickets[msg.sender];
        payable(msg.sender).transfer(t.pledge);
    }

    function foreclose(address customer) external payable {
        Ticket storage t = tickets[customer];
        require(t.loan > 0, "nothing pawned");
        uint256 owed = debt(customer);
        require(owed * 10 > t.pledge * 8, "not forfeit yet");
        require(msg.value >= owed, "pay the debt");
        (bool ok, ) = msg.sender.call{value: t.pledge + msg.value - owed}("");
        require(ok, "payment failed");
        delete tickets[customer];
    }
}
