// SPDX-License-Identifier: MIT
pragma solidity ^0.8.20;

import "forge-std/Test.sol";

/// An ERC-20 as people write it: string name and symbol in storage, a calldata batch transfer.
contract NamedToken {
    string public name;
    string public symbol;
    uint8 public constant decimals = 18;
    uint256 public totalSupply;
    mapping(address => uint256) public balanceOf;
    mapping(address => mapping(address => uint256)) public allowance;

    event Transfer(address indexed from, address indexed to, uint256 value);
    event Approval(address indexed owner, address indexed spender, uint256 value);

    error LengthMismatch(uint256 recipients, uint256 amounts);

    constructor(string memory name_, string memory symbol_, uint256 supply) {
        name = name_;
        symbol = symbol_;
        totalSupply = supply;
        balanceOf[msg.sender] = supply;
        emit Transfer(address(0), msg.sender, supply);
    }

    function transfer(address to, uint256 amount) public returns (bool) {
        balanceOf[msg.sender] -= amount;
        balanceOf[to] += amount;
        emit Transfer(msg.sender, to, amount);
        return true;
    }

    function approve(address spender, uint256 amount) external returns (bool) {
        allowance[msg.sender][spender] = amount;
        emit Approval(msg.sender, spender, amount);
        return true;
    }

    function transferFrom(address from, address to, uint256 amount) external returns (bool) {
        allowance[from][msg.sender] -= amount;
        balanceOf[from] -= amount;
        balanceOf[to] += amount;
        emit Transfer(from, to, amount);
        return true;
    }

    function batchTransfer(address[] calldata recipients, uint256[] calldata amounts)
        external
        returns (uint256 total)
    {
        if (recipients.length != amounts.length)
            revert LengthMismatch(recipients.length, amounts.length);
        for (uint256 i = 0; i < recipients.length; i++) {
            transfer(recipients[i], amounts[i]);
            total += amounts[i];
        }
    }

    function rename(string calldata newName) external {
        name = newName;
    }
}

contract NamedTokenTest is Test {
    NamedToken internal token;
    address internal alice = makeAddr("alice");
    address internal bob = makeAddr("bob");

    function setUp() public {
        token = new NamedToken("Mallory Token, a name longer than one slot", "MAL", 1000);
    }

    function testMetadata() public {
        assertEq(keccak256(bytes(token.name())), keccak256("Mallory Token, a name longer than one slot"));
        assertEq(keccak256(bytes(token.symbol())), keccak256("MAL"));
        assertEq(token.decimals(), 18);
        assertEq(bytes(token.symbol()).length, 3);
    }

    function testBatchTransfer() public {
        address[] memory to = new address[](2);
        to[0] = alice;
        to[1] = bob;
        uint256[] memory amounts = new uint256[](2);
        amounts[0] = 10;
        amounts[1] = 32;
        assertEq(token.batchTransfer(to, amounts), 42);
        assertEq(token.balanceOf(alice), 10);
        assertEq(token.balanceOf(bob), 32);
        assertEq(token.balanceOf(address(this)), 958);
    }

    function testBatchLengthMismatch() public {
        address[] memory to = new address[](1);
        uint256[] memory amounts = new uint256[](2);
        vm.expectRevert(abi.encodeWithSelector(NamedToken.LengthMismatch.selector, 1, 2));
        token.batchTransfer(to, amounts);
    }

    function testRename() public {
        token.rename("M");
        assertEq(keccak256(bytes(token.name())), keccak256("M"));
    }
}
