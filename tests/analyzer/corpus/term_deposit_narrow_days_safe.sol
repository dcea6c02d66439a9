// expect: safe
// contract: TermDeposits
pragma solidity ^0.8.20;
/// Term deposits: anyone locks ether for a term and a grace period, each counted in days as a
/// uint64 and stored in seconds (`days * 86400`, which overflows 64 bits for an ether-sized
/// count), and closes the deposit after the term. close() clears the deposit before it pays.
contract TermDeposits {
    struct Deposit {
        uint256 amount;
        uint64 opened;
        uint64 term;
        uint64 grace;
    }

    mapping(address => Deposit) public deposits;

    function open(uint64 termDays, uint64 graceDays) external payable {
        require(msg.value > 0, "empty");
        require(deposits[msg.sender].amount == 0, "open");
        deposits[msg.sender] =
            Deposit(msg.value, uint64(block.timestamp), termDays * 86400, graceDays * 86400);
    }

    function close() external {
        Deposit storage d = deposits[msg.sender];
        require(d.amount > 0, "none");
        require(block.timestamp >= d.opened + d.term, "term");
        uint256 amount = d.amount;
        d.amount = 0;
        (bool ok, ) = msg.sender.call{value: amount}("");
        require(ok, "send");
    }
}
