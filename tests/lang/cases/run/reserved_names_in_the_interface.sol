// `this`, `super` and `_` name no declaration, but for the external interface's names (solc's
// exception to 3726): a public function `_`, callable as `_()` and through the contract, an
// event `super`. Outside a modifier `_;` names the function: it has no effect.
pragma solidity ^0.8.20;

contract ReservedNamesInTheInterface {
    event super(uint256 v);

    function _() public pure returns (uint256) {
        return 88;
    }

    function run() external payable {
        _;
        emit super(_());
        emit super(this._() + 1);
    }
}
// ----
// success
// super("88")
// super("89")
