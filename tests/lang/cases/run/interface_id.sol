// type(I).interfaceId: the XOR of the selectors of I's own functions (ERC-165), not of those
// it inherits; a bytes4 constant usable in constant initialisers, comparisons and events.
pragma solidity ^0.8.20;

interface IERC165Like {
    function supportsInterface(bytes4 interfaceId) external view returns (bool);
}

interface IToken {
    function transfer(address to, uint256 amount) external returns (bool);
    function balanceOf(address who) external view returns (uint256);
}

interface IMintable is IToken {
    function mint(address to, uint256 amount) external;
}

interface IEmpty {}

contract Supports is IERC165Like {
    bytes4 public constant TOKEN_ID = type(IToken).interfaceId;

    function supportsInterface(bytes4 id) external pure returns (bool) {
        return id == type(IERC165Like).interfaceId || id == TOKEN_ID;
    }
}

contract InterfaceId {
    event Id(bytes4 id);
    event Flag(bool yes);

    function run() external payable {
        emit Id(type(IERC165Like).interfaceId);
        emit Id(type(IToken).interfaceId);
        emit Id(type(IMintable).interfaceId);
        emit Id(type(IEmpty).interfaceId);
        emit Flag(type(IToken).interfaceId == IToken.transfer.selector ^ IToken.balanceOf.selector);
        Supports s = new Supports();
        emit Flag(s.supportsInterface(type(IToken).interfaceId));
        emit Flag(s.supportsInterface(type(IMintable).interfaceId));
        emit Id(s.TOKEN_ID());
    }
}
// ----
// success
// Id("0x01ffc9a7")
// Id("0xd9a51e8a")
// Id("0x40c10f19")
// Id("0x00000000")
// Flag(true)
// Flag(true)
// Flag(false)
// Id("0xd9a51e8a")
