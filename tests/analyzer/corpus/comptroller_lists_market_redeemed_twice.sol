// expect: reentrancy same-function
// options: defaults
// A comptroller lists the market it creates; its admin opens redemptions for a listed market
// only (`require(isListed[m])`): the owner's call must name the market, not an account. The
// market pays before it clears the supply.
pragma solidity ^0.8.20;

contract Comptroller {
    address public admin;
    Market public market;
    mapping(address => bool) public isListed;
    mapping(address => bool) public redeemable;

    constructor() {
        admin = msg.sender;
        market = new Market(this);
        isListed[address(market)] = true;
    }

    function setRedeemable(address m, bool on) external {
        require(msg.sender == admin, "admin");
        require(isListed[m], "not listed");
        redeemable[m] = on;
    }
}

contract Market {
    Comptroller public immutable comptroller;
    mapping(address => uint256) public supplied;

    constructor(Comptroller c) {
        comptroller = c;
    }

    function supply() external payable {
        supplied[msg.sender] += msg.value;
    }

    function redeem() external {
        require(comptroller.redeemable(address(this)), "paused");
        uint256 amount = supplied[msg.sender];
        (bool ok, ) = msg.sender.call{value: amount}("");
        require(ok, "send failed");
        supplied[msg.sender] = 0;
    }
}
