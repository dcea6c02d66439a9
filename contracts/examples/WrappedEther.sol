// SPDX-License-Identifier: MIT
pragma solidity ^0.8.20;

/// @title WrappedEther: ether as an ERC20 token (WETH9 in the subset)
/// @notice Sending ether (or calling `deposit`) mints the same amount of tokens; `withdraw`
/// burns tokens and sends the ether back. Unknown calls with value also deposit, as in WETH9.
/// #invariant address(this).balance >= sum(balanceOf);
contract WrappedEther {
    /// @notice Token name, right-padded ASCII.
    bytes32 public constant name = "Wrapped Ether";
    /// @notice Token symbol, right-padded ASCII.
    bytes32 public constant symbol = "WETH";
    uint8 public constant decimals = 18;

    /// @notice Token balance of each account.
    mapping(address => uint256) public balanceOf;
    /// @notice allowance[owner][spender].
    mapping(address => mapping(address => uint256)) public allowance;

    event Approval(address indexed src, address indexed guy, uint256 wad);
    event Transfer(address indexed src, address indexed dst, uint256 wad);
    event Deposit(address indexed dst, uint256 wad);
    event Withdrawal(address indexed src, uint256 wad);

    receive() external payable {
        deposit();
    }

    fallback() external payable {
        deposit();
    }

    /// @notice Wraps the ether sent.
    function deposit() public payable {
        balanceOf[msg.sender] += msg.value;
        emit Deposit(msg.sender, msg.value);
    }

    /// @notice Unwraps `wad` tokens into ether. `transfer` forwards only the 2300 gas stipend,
    /// too little for the receiver to call back and deposit, so the postcondition is exact.
    /// #if_succeeds address(this).balance == old(address(this).balance) - wad;
    function withdraw(uint256 wad) public {
        require(balanceOf[msg.sender] >= wad, "insufficient balance");
        balanceOf[msg.sender] -= wad;
        payable(msg.sender).transfer(wad);
        emit Withdrawal(msg.sender, wad);
    }

    /// @notice All wrapped ether: the contract's own balance.
    function totalSupply() public view returns (uint256) {
        return address(this).balance;
    }

    function approve(address guy, uint256 wad) public returns (bool) {
        allowance[msg.sender][guy] = wad;
        emit Approval(msg.sender, guy, wad);
        return true;
    }

    function transfer(address dst, uint256 wad) public returns (bool) {
        return transferFrom(msg.sender, dst, wad);
    }

    function transferFrom(address src, address dst, uint256 wad) public returns (bool) {
        require(balanceOf[src] >= wad, "insufficient balance");
        if (src != msg.sender && allowance[src][msg.sender] != type(uint256).max) {
            require(allowance[src][msg.sender] >= wad, "insufficient allowance");
            allowance[src][msg.sender] -= wad;
        }
        balanceOf[src] -= wad;
        balanceOf[dst] += wad;
        emit Transfer(src, dst, wad);
        return true;
    }
}
