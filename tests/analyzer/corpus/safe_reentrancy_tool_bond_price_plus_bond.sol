// expect: safe
// options: defaults
pragma solidity ^0.8.20;
/// A tool library: owners list tools with a daily price and a bond, a borrower pays exactly
/// the price and the bond together, and after the loan ends the borrower takes the bond back.
/// returnBond marks the bond returned before it pays, so a re-entered refund is refused.
contract ToolLibrary {
    struct Tool {
        address owner;
        uint256 price;
        uint256 bond;
        bool lent;
    }
    struct Loan {
        address borrower;
        uint256 bond;
        uint256 due;
        bool returned;
    }

    Tool[] public tools;
    Loan[] public loans;
    mapping(address => uint256) public earned;

    function list(uint256 price, uint256 bond) external returns (uint256) {
        require(price > 0 && bond > 0, "free tool");
        tools.push(Tool(msg.sender, price, bond, false));
        return tools.length - 1;
    }

    function borrow(uint256 toolId) external payable returns (uint256) {
        Tool storage t = tools[toolId];
        require(!t.lent, "lent out");
        require(t.owner != msg.sender, "own tool");
        require(msg.value == t.price + t.bond, "pay price and bond");
        t.lent = true;
        earned[t.owner] += t.price;
        loans.push(Loan(msg.sender, t.bond, block.timestamp + 1 days, false));
        return loans.length - 1;
    }

    function returnBond(uint256 loanId) external {
        Loan storage l = loans[loanId];
        require(l.borrower == msg.sender, "not yours");
        require(block.timestamp > l.due, "still lent");
        require(!l.returned, "returned");
        l.returned = true;
        (bool ok, ) = msg.sender.call{value: l.bond}("");
        require(ok, "refund failed");
    }

    function withdrawEarnings() external {
        uint256 amount = earned[msg.sender];
        earned[msg.sender] = 0;
        payable(msg.sender).transfer(amount);
    }
}
