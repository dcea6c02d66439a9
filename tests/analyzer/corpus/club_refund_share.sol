// expect: adversary-profit same-function
// contract: Club
pragma solidity ^0.8.20;
/// A club refunds a share of its joining fee, both set at deployment. The constructor checks
/// the share against its whole (basis points): a share of a few basis points of a small fee
/// rounds the refund to zero, so the call that pays it would never run. Resigning refunds
/// before the membership ends, so the member re-enters and is refunded again.
contract Club {
    uint256 public immutable fee;
    uint256 public immutable refundBps;
    mapping(address => bool) public member;
    uint256 public members;

    constructor(uint256 fee_, uint256 refundBps_) {
        require(fee_ > 0, "fee");
        if (refundBps_ > 10_000) revert("bps");
        fee = fee_;
        refundBps = refundBps_;
    }

    function join() external payable {
        require(!member[msg.sender] && msg.value == fee, "join");
        member[msg.sender] = true;
        members += 1;
    }

    function resign() external {
        require(member[msg.sender], "not a member");
        uint256 refund = (fee * refundBps) / 10_000;
        if (refund > 0) {
            (bool ok, ) = msg.sender.call{value: refund}("");
            require(ok, "refund");
        }
        member[msg.sender] = false;
        members -= 1;
    }
}
