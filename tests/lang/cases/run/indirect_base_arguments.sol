// A constructor may pass arguments to any base of its hierarchy, not only to a direct one, as
// OpenZeppelin's ERC4626 vaults do (`constructor(IERC20 a) ERC20("V", "V") ERC4626(a)`, where
// ERC20 is ERC4626's base). The arguments are evaluated in solc's order (side effects logged).
pragma solidity ^0.8.20;

contract Log {
    uint256[] public order;

    function note(uint256 x) internal returns (uint256) {
        order.push(x);
        return x;
    }
}

contract Named is Log {
    string public name;
    uint256 public decimals;

    constructor(string memory n, uint256 d) {
        name = n;
        decimals = d;
        order.push(100);
    }
}

abstract contract Wrapper is Named {
    address public asset;

    constructor(address a) {
        asset = a;
        order.push(200);
    }
}

contract Vault is Wrapper {
    uint256 public made;

    constructor(address a, uint256 d) Named("Vault", note(d)) Wrapper(address(uint160(note(uint160(a))))) {
        made = note(300);
    }
}

contract Test {
    event Made(string name, uint256 decimals, address asset, uint256 made);
    event Order(uint256 first, uint256 second, uint256 third, uint256 fourth, uint256 fifth);

    function run() external payable {
        Vault v = new Vault(address(0xBEEF), 18);
        emit Made(v.name(), v.decimals(), v.asset(), v.made());
        emit Order(v.order(0), v.order(1), v.order(2), v.order(3), v.order(4));
    }
}
// ----
// success
// Made("Vault", "18", "0x000000000000000000000000000000000000beef", "300")
// Order("48879", "18", "100", "200", "300")
