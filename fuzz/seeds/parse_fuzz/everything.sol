// SPDX-License-Identifier: MIT
pragma solidity ^0.8.20;

import "./IBank.sol";
import {IERC20, IERC20 as Token} from "./IERC20.sol";

interface IBank {
    function deposit() external payable;
    function withdraw(uint256 amount) external;
}

abstract contract Owned {
    address payable public owner;
    error NotOwner(address caller);

    modifier onlyOwner() virtual {
        if (msg.sender != owner) revert NotOwner(msg.sender);
        _;
    }

    constructor() {
        owner = payable(msg.sender);
    }
}

/// #invariant address(this).balance >= total;
contract Bank is IBank, Owned {
    struct Account { uint256 balance; uint64 since; bool active; }
    enum State { Open, Closed }

    mapping(address => Account) private accounts;
    uint256 public total;
    uint256 public constant FEE = 0.01 ether;
    uint256 public immutable start;
    State public state = State.Open;
    bytes32 public constant ROLE = keccak256("ROLE");
    bytes4 public constant SELECTOR = bytes4(0x12345678);

    event Deposited(address indexed who, uint256 amount);
    event Withdrawn(address indexed who, uint256 amount) anonymous;

    constructor() Owned() {
        start = block.timestamp;
    }

    function deposit() external payable override {
        require(msg.value > FEE, "too small");
        Account storage account = accounts[msg.sender];
        account.balance += msg.value - FEE;
        account.since = uint64(block.timestamp);
        account.active = true;
        total += msg.value;
        emit Deposited(msg.sender, msg.value);
    }

    /// #if_succeeds total <= old(total);
    function withdraw(uint256 amount) external override {
        Account storage account = accounts[msg.sender];
        if (account.balance < amount) revert("insufficient");
        unchecked {
            account.balance -= amount;
        }
        total -= amount;
        (bool ok, ) = payable(msg.sender).call{value: amount, gas: gasleft() - 2300}("");
        require(ok);
        emit Withdrawn(msg.sender, amount);
    }

    function stats(address[] memory who) public view returns (uint256 sum, uint256 count) {
        for (uint256 i = 0; i < who.length; i++) {
            if (!accounts[who[i]].active) continue;
            sum += accounts[who[i]].balance;
            ++count;
        }
        uint256 j = 0;
        while (j < 3) {
            j++;
            if (j == 2) break;
        }
        do {
            j--;
        } while (j > 0);
        (sum, count) = (count, sum);
        return (sum > 0 ? sum : type(uint256).max, count ** 2 % 7);
    }

    function make() external onlyOwner returns (address) {
        Bank b = new Bank{value: 1 wei}();
        uint256[] memory xs = new uint256[](3);
        (uint256 a, address c) = abi.decode(abi.encode(uint256(1), address(this)), (uint256, address));
        delete xs[0];
        xs[1] = a << 2 | 1 & ~uint256(0) ^ 3;
        return c == address(0) ? address(b) : c;
    }

    receive() external payable {}

    fallback() external payable {
        revert();
    }
}
