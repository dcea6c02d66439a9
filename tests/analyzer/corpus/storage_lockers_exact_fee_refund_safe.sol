// expect: safe
// options: defaults
pragma solidity ^0.8.20;
// A storage-locker business. The operator opens lockers, each with a key bond and a first
// week's fee; a customer takes a locker by paying exactly bond plus fee (a sum of two stored
// fields that no storage word holds). When the customer leaves, the operator checks the
// locker and keeps a cleaning charge, never more than the bond; the customer then takes the
// rest of the bond back. The locker is released before the refund is paid, so a re-entry
// from the payment finds it no longer the customer's: the twin of
// storage_lockers_exact_fee_refund, which pays first.
contract StorageLockers {
    struct Locker {
        uint256 bond;
        uint256 fee;
        address renter;
        uint256 bondHeld;
        uint256 charge;
        bool checked;
    }

    address public immutable operator;
    uint256 public lockerCount;
    uint256 public earnings;
    mapping(uint256 => Locker) public lockers;

    constructor() {
        operator = msg.sender;
    }

    function open(uint256 bond, uint256 fee) external returns (uint256 id) {
        require(msg.sender == operator, "operator only");
        require(bond > 0, "no bond");
        id = ++lockerCount;
        lockers[id].bond = bond;
        lockers[id].fee = fee;
    }

    function take(uint256 id) external payable {
        Locker storage l = lockers[id];
        require(l.bond > 0, "no locker");
        require(l.renter == address(0), "taken");
        require(msg.value == l.bond + l.fee, "pay bond and fee");
        l.renter = msg.sender;
        l.bondHeld = l.bond;
        l.charge = 0;
        l.checked = false;
        earnings += l.fee;
    }

    function check(uint256 id, uint256 charge) external {
        require(msg.sender == operator, "operator only");
        Locker storage l = lockers[id];
        require(l.renter != address(0), "empty");
        require(charge <= l.bondHeld, "charge above bond");
        l.charge = charge;
        l.checked = true;
    }

    function leave(uint256 id) external {
        Locker storage l = lockers[id];
        require(l.renter == msg.sender, "not yours");
        require(l.checked, "not checked");
        uint256 back = l.bondHeld - l.charge;
        earnings += l.charge;
        l.bondHeld = 0;
        l.renter = address(0);
        (bool ok, ) = msg.sender.call{value: back}("");
        require(ok, "refund failed");
    }
}
