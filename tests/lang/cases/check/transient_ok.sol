pragma solidity ^0.8.28;

contract D {}

/// Every value type may be transient; `transient` is also an ordinary name where it is not a
/// data location, as in solc.
contract TransientOk {
    enum E { A, B }
    type Price is uint128;

    address transient a;
    address payable transient p;
    bool transient b;
    D transient d;
    uint8 public transient small;
    int256 internal transient big;
    bytes32 private transient y;
    E transient e;
    Price transient price;
    uint256 transient transient;
    uint256 public constant transient2 = 2;
    uint256 transient public afterLocation;
    int64 transient private afterLocationPrivate;

    function transientName(uint256 transient_) external returns (uint256) {
        uint256 local = transient_ + transient;
        transient = local;
        small += 1;
        ++big;
        delete b;
        return local;
    }

    function raw() external returns (uint256 r) {
        assembly {
            tstore(1, 2)
            r := tload(small.slot)
        }
    }
}
// ----
