// expect: safe
// registered_creator_tips_cashout with cashOut clearing the balance before it pays.
pragma solidity ^0.8.20;

interface ITipListener {
    function onTip(address from, uint256 amount) external;
}

contract TipBoard {
    mapping(address => bool) public registered;
    mapping(address => address) public listenerOf;
    mapping(address => uint256) public balanceOf;

    function register(address listener) external {
        registered[msg.sender] = true;
        listenerOf[msg.sender] = listener;
    }

    function tip(address creator) external payable {
        require(registered[creator], "board: unknown creator");
        require(msg.value > 0, "board: zero tip");
        balanceOf[creator] += msg.value;
        address listener = listenerOf[creator];
        if (listener != address(0)) ITipListener(listener).onTip(msg.sender, msg.value);
    }

    function cashOut() external {
        uint256 amount = balanceOf[msg.sender];
        require(amount > 0, "board: nothing to cash out");
        balanceOf[msg.sender] = 0;
        (bool ok, ) = msg.sender.call{value: amount}("");
        require(ok, "board: send");
    }
}
