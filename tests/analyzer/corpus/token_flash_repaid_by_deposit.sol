// expect: adversary-profit
// options: defaults
// A savings pool of wrapped ether that also lends its whole balance in flash loans: after
// the borrower's callback it only checks that its token balance came back with the fee. A
// borrower that repays from its callback by depositing the loan and the fee is credited
// shares for tokens that were the pool's own, priced while the loan is out: afterwards it
// withdraws them as the honest savers' money.
// SPDX-License-Identifier: MIT
pragma solidity ^0.8.20;

interface IFlashBorrower {
    function onFlashLoan(address initiator, uint256 amount, uint256 fee, bytes calldata data) external returns (bytes32);
}

contract WrappedEther {
    mapping(address => uint256) public balanceOf;
    mapping(address => mapping(address => uint256)) public allowance;

    function wrap() external payable {
        balanceOf[msg.sender] += msg.value;
    }

    function unwrap(uint256 amount) external {
        balanceOf[msg.sender] -= amount;
        (bool ok, ) = msg.sender.call{value: amount}("");
        require(ok, "unwrap failed");
    }

    function approve(address spender, uint256 amount) external returns (bool) {
        allowance[msg.sender][spender] = amount;
        return true;
    }

    function transfer(address to, uint256 amount) external returns (bool) {
        balanceOf[msg.sender] -= amount;
        balanceOf[to] += amount;
        return true;
    }

    function transferFrom(address from, address to, uint256 amount) external returns (bool) {
        allowance[from][msg.sender] -= amount;
        balanceOf[from] -= amount;
        balanceOf[to] += amount;
        return true;
    }
}

contract SavingsPool {
    bytes32 public constant CALLBACK_SUCCESS = keccak256("IFlashBorrower.onFlashLoan");
    WrappedEther public immutable weth;
    uint256 public totalShares;
    mapping(address => uint256) public sharesOf;

    constructor(WrappedEther weth_) {
        weth = weth_;
    }

    function deposit(uint256 amount) external {
        uint256 held = weth.balanceOf(address(this));
        uint256 shares = totalShares == 0 || held == 0 ? amount : (amount * totalShares) / held;
        require(shares > 0, "nothing");
        require(weth.transferFrom(msg.sender, address(this), amount), "pull failed");
        totalShares += shares;
        sharesOf[msg.sender] += shares;
    }

    function withdraw(uint256 shares) external {
        require(shares > 0 && sharesOf[msg.sender] >= shares, "shares");
        uint256 amount = (shares * weth.balanceOf(address(this))) / totalShares;
        sharesOf[msg.sender] -= shares;
        totalShares -= shares;
        require(weth.transfer(msg.sender, amount), "send failed");
    }

    function flashLoan(IFlashBorrower receiver, uint256 amount, bytes calldata data) external {
        uint256 before = weth.balanceOf(address(this));
        require(amount <= before, "too much");
        uint256 fee = amount / 1000;
        require(weth.transfer(address(receiver), amount), "send failed");
        require(receiver.onFlashLoan(msg.sender, amount, fee, data) == CALLBACK_SUCCESS, "callback");
        require(weth.balanceOf(address(this)) >= before + fee, "not repaid");
    }
}
