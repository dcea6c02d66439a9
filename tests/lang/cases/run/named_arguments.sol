// Named arguments in internal and external calls, `emit`, `revert`, struct constructors,
// `new` and bound library calls. solc evaluates them in parameter order, not in the order
// written: the Seen events record that order.
pragma solidity ^0.8.20;

struct Order {
    address owner;
    uint128 amount;
    bool buy;
}

error Rejected(uint256 code, string why);

library Pricing {
    function quote(uint256 amount, uint256 price, uint256 fee) internal pure returns (uint256) {
        return amount * price + fee;
    }
}

contract Vault {
    uint256 public cap;
    address public admin;

    constructor(uint256 cap_, address admin_) {
        cap = cap_;
        admin = admin_;
    }

    function split(uint256 total, uint256 parts) external pure returns (uint256 each, uint256 rest) {
        return (total / parts, total % parts);
    }
}

contract NamedArguments {
    using Pricing for uint256;

    event Seen(uint256 step);
    event Placed(address indexed owner, uint128 amount, bool buy);
    event Value(uint256 v);

    uint256 private step;

    function mark(uint256 v) internal returns (uint256) {
        step += 1;
        emit Seen(step * 1000 + v);
        return v;
    }

    function weigh(uint256 a, uint256 b, uint256 c) internal pure returns (uint256) {
        return a * 100 + b * 10 + c;
    }

    function guard(uint256 code) public pure {
        if (code != 0) revert Rejected({why: "bad code", code: code});
    }

    function run() external payable {
        emit Value(weigh({c: mark(3), a: mark(1), b: mark(2)}));
        Order memory o = Order({buy: true, amount: 7, owner: address(0xBEEF)});
        emit Placed({buy: o.buy, owner: o.owner, amount: o.amount});
        emit Value(uint256(10).quote({fee: 5, price: 3}));
        Vault v = new Vault({admin_: address(this), cap_: 99});
        emit Value(v.cap());
        (uint256 each, uint256 rest) = v.split({parts: 4, total: 18});
        emit Value(each);
        emit Value(rest);
        (bool ok, bytes memory data) =
            address(this).call(abi.encodeCall(this.guard, (4)));
        emit Value(ok ? 1 : 0);
        emit Value(data.length);
        guard({code: 0});
    }
}
// ----
// success
// Seen("1001")
// Seen("2002")
// Seen("3003")
// Value("123")
// Placed("0x000000000000000000000000000000000000beef", "7", true)
// Value("35")
// Value("99")
// Value("4")
// Value("2")
// Value("0")
// Value("132")
