// expect: adversary-profit same-function
// options: defaults
pragma solidity ^0.8.20;
/// An ERC-1155-style edition minter (`balanceOf[id][account]`) with a supply cap per
/// edition. The cap is checked before the receiver hook and the supply is counted after it,
/// so a re-entrant minter gets twice the cap of one edition: more units of that token than
/// any order of the same mints without re-entry gives (the second one hits the cap). Each
/// token id is an asset of its own; the ether paid is no loss to anyone.

interface IEditionReceiver {
    function onEditionReceived(address from, uint256 id, uint256 amount) external returns (bytes4);
}

contract Editions {
    mapping(uint256 => mapping(address => uint256)) public balanceOf;
    mapping(uint256 => uint256) public supply;
    uint256 public constant CAP = 3;
    uint256 public constant PRICE = 0.01 ether;

    function mint(uint256 id, uint256 amount) external payable {
        require(msg.value == amount * PRICE, "price");
        require(supply[id] + amount <= CAP, "cap");
        balanceOf[id][msg.sender] += amount;
        if (msg.sender.code.length > 0)
            require(
                IEditionReceiver(msg.sender).onEditionReceived(address(0), id, amount) ==
                    IEditionReceiver.onEditionReceived.selector,
                "hook"
            );
        supply[id] += amount;
    }
}
