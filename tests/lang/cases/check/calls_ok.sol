pragma solidity ^0.8.20;
interface IVault {
    function deposit() external payable;
    function balanceOf(address who) external view returns (uint256);
    function take(uint256 amount, address to) external returns (bool);
}
contract Child {
    uint256 public seed;
    constructor(uint256 s) payable { seed = s; }
}
contract Base {
    uint256 internal hits;
    function touch(uint256 n) public virtual returns (uint256) {
        hits += n;
        return hits;
    }
}
contract Calls is Base {
    error TooLow(uint256 have, uint256 want);
    IVault vault;
    function pair() internal pure returns (uint256, bool, address) {
        return (1, true, address(0));
    }
    function add(uint256 a, uint256 b) internal pure returns (uint256) { return a + b; }
    function add(uint256 a, uint256 b, uint256 c) internal pure returns (uint256) { return a + b + c; }
    function touch(uint256 n) public override returns (uint256) {
        return super.touch(n) + 1;
    }
    function external_self() external view returns (uint256) { return hits; }
    function run(address to) public payable returns (uint256) {
        vault.deposit{value: msg.value}();
        vault.deposit{value: 1, gas: 50000}();
        bool ok = vault.take{gas: 30000}(1, to);
        uint256 b = vault.balanceOf(to);
        uint256 s = this.external_self();
        Child c = new Child{value: 1 wei}(add(1, 2));
        Child d = new Child(add(1, 2, 3));
        (uint256 x, , address z) = pair();
        (, bool y, ) = pair();
        (x, y, z) = pair();
        if (!ok || !y || z != address(0)) revert TooLow(b + s + x, 1);
        return c.seed() + d.seed();
    }
    function payments(address plain, address payable p) public {
        p.transfer(1);
        bool sent = payable(plain).send(2);
        require(sent, "send failed");
        address payable q = payable(address(this));
        q.transfer(0);
        (bool ok, bytes memory data) = plain.call{value: 1, gas: 10000}("");
        (ok, data) = plain.staticcall(abi.encodeWithSignature("f()"));
        require(ok && data.length == 0);
    }
    function encoding(uint256 a, address b) public pure returns (bytes32, uint256, address) {
        bytes memory e = abi.encode(a, b);
        bytes memory p = abi.encodePacked(a, b, bytes4(0x12345678));
        bytes memory s = abi.encodeWithSelector(IVault.take.selector, a, b);
        bytes memory g = abi.encodeWithSignature("take(uint256,address)", a, b);
        bytes memory c = abi.encodeCall(IVault.take, (a, b));
        (uint256 a2, address b2) = abi.decode(e, (uint256, address));
        uint256 a3 = abi.decode(e, (uint256));
        return (keccak256(abi.encodePacked(p, s, g, c)), a2 + a3, b2);
    }
    function limits() public pure returns (uint256, int8, uint8, int256, bytes4) {
        return (type(uint256).max, type(int8).min, type(uint8).max, type(int256).min,
                IVault.deposit.selector);
    }
}
// ----
