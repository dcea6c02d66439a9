// expect: reentrancy same-function
// contract: FeeSplitter
// txs: 3
pragma solidity ^0.8.20;
/// A fee splitter pays each partner its pro-rata share of everything received, before it books
/// the payment, and reverts if any payment fails. Re-entered from a payment, the split runs
/// again on the same totals: each partner is owed what it was just paid, less than a wei of
/// rounding, so the nested round pays only the dust a division rounds the re-entrant partner's
/// way. A re-entrancy (the state differs from every callback-free order), but its profit is
/// rounding dust beside the partner's honest share: reported as low, not as a theft.
contract FeeSplitter {
    address[] public partners;
    mapping(address => uint256) public weight;
    mapping(address => uint256) public paid;
    uint256 public totalWeight;
    uint256 public totalPaid;

    constructor(address[] memory who, uint256[] memory w) {
        require(who.length == w.length && who.length > 0, "partners");
        for (uint256 i = 0; i < who.length; i++) {
            partners.push(who[i]);
            weight[who[i]] = w[i];
            totalWeight += w[i];
        }
    }

    receive() external payable {}

    function owed(address p) public view returns (uint256) {
        return ((address(this).balance + totalPaid) * weight[p]) / totalWeight - paid[p];
    }

    function split() external {
        for (uint256 i = 0; i < partners.length; i++) {
            address p = partners[i];
            uint256 due = owed(p);
            if (due == 0) continue;
            (bool ok, ) = p.call{value: due}("");
            require(ok, "payment failed");
            paid[p] += due;
            totalPaid += due;
        }
    }
}
