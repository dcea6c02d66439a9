// expect: safe
// options: defaults
// contract: Payroll
pragma solidity ^0.8.20;
// A payroll in the company's own token. The token's constructor mints the whole supply to the
// deployer, who is also the payroll's admin: the admin funds each employee's pay with
// `fund(employee, amount)`, which pulls the tokens from the admin with transferFrom, so it only
// ever succeeds once the admin has approved the payroll for its tokens. The token notifies a
// recipient that is a contract (ERC-223 style), and `claim` zeroes what is owed before it pays
// (checks-effects-interactions), so a re-entered `claim` finds nothing owed.

interface IPayee {
    function tokensReceived(address from, uint256 amount) external;
}

contract CompanyToken {
    uint256 public totalSupply;
    mapping(address => uint256) public balanceOf;
    mapping(address => mapping(address => uint256)) public allowance;

    constructor(uint256 initialSupply) {
        totalSupply = initialSupply;
        balanceOf[msg.sender] = initialSupply;
    }

    function approve(address spender, uint256 value) external returns (bool) {
        allowance[msg.sender][spender] = value;
        return true;
    }

    function transfer(address to, uint256 value) external returns (bool) {
        move(msg.sender, to, value);
        return true;
    }

    function transferFrom(address from, address to, uint256 value) external returns (bool) {
        allowance[from][msg.sender] -= value;
        move(from, to, value);
        return true;
    }

    function move(address from, address to, uint256 value) internal {
        balanceOf[from] -= value;
        balanceOf[to] += value;
        if (to.code.length > 0) IPayee(to).tokensReceived(from, value);
    }
}

contract Payroll {
    CompanyToken public immutable token;
    address public admin;
    mapping(address => uint256) public owed;

    constructor(CompanyToken token_) {
        token = token_;
        admin = msg.sender;
    }

    function fund(address employee, uint256 amount) external {
        require(msg.sender == admin, "admin only");
        require(token.transferFrom(msg.sender, address(this), amount), "pull failed");
        owed[employee] += amount;
    }

    /// The token notifies its contract recipients; the payroll takes what it is sent.
    function tokensReceived(address, uint256) external view {
        require(msg.sender == address(token), "not the token");
    }

    function claim() external {
        uint256 amount = owed[msg.sender];
        require(amount > 0, "nothing owed");
        owed[msg.sender] = 0;
        require(token.transfer(msg.sender, amount), "pay failed");
    }
}
