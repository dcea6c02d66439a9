// SPDX-License-Identifier: MIT
pragma solidity ^0.8.20;

/// @title Subscription: prepaid recurring payments to a service provider
/// @notice Subscribers prepay ether; the provider collects one PRICE per elapsed PERIOD,
/// for as many periods as the prepaid balance covers. Subscribers may cancel and withdraw
/// the unused balance at any time; periods already started are owed.
/// #invariant address(this).balance >= sum(prepaid);
contract Subscription {
    struct Plan {
        uint64 startedAt; // start of the first uncollected period
        uint64 periods; // periods collected so far
        bool active;
    }

    /// @notice Price per period, in wei.
    uint256 public immutable price;
    /// @notice Period length, in seconds.
    uint256 public immutable period;
    /// @notice The provider, who collects.
    address payable public immutable provider;
    /// @notice Ether prepaid by each subscriber and not yet collected.
    mapping(address => uint256) public prepaid;
    /// @notice Plan of each subscriber.
    mapping(address => Plan) public plans;

    event Subscribed(address indexed subscriber, uint256 prepaid);
    event Collected(address indexed subscriber, uint256 periods, uint256 amount);
    event Cancelled(address indexed subscriber, uint256 refund);

    /// @param price_ price per period, in wei
    /// @param periodDays period length, in days
    constructor(uint256 price_, uint256 periodDays) {
        require(price_ > 0 && periodDays > 0, "zero price or period");
        price = price_;
        period = periodDays * 1 days;
        provider = payable(msg.sender);
    }

    /// @notice Subscribes (or tops up) with the ether sent; the first period starts now.
    function subscribe() external payable {
        require(msg.value >= price, "pay at least one period");
        Plan storage p = plans[msg.sender];
        if (!p.active) {
            plans[msg.sender] = Plan(uint64(block.timestamp), 0, true);
        }
        prepaid[msg.sender] += msg.value;
        emit Subscribed(msg.sender, prepaid[msg.sender]);
    }

    /// @notice Periods of `subscriber` that have started and are not yet collected, limited
    /// to what the prepaid balance covers.
    function due(address subscriber) public view returns (uint256 periods) {
        Plan memory p = plans[subscriber];
        if (!p.active) return 0;
        uint256 funds = prepaid[subscriber];
        uint256 t = p.startedAt;
        // count started periods, one at a time, until time or money runs out
        do {
            if (t > block.timestamp || funds < price) break;
            periods++;
            funds -= price;
            t += period;
        } while (true);
    }

    /// @notice The provider collects what `subscriber` owes.
    function collect(address subscriber) public returns (uint256 amount) {
        require(msg.sender == provider, "not provider");
        uint256 n = due(subscriber);
        if (n == 0) return 0;
        amount = n * price;
        Plan storage p = plans[subscriber];
        p.startedAt += uint64(n * period);
        p.periods += uint64(n);
        prepaid[subscriber] -= amount;
        emit Collected(subscriber, n, amount);
        provider.transfer(amount);
    }

    /// @notice Cancels the caller's subscription and refunds what is not owed.
    function cancel() external {
        Plan storage p = plans[msg.sender];
        require(p.active, "not subscribed");
        uint256 owed = due(msg.sender) * price;
        uint256 refund = prepaid[msg.sender] - owed;
        p.active = false;
        prepaid[msg.sender] = owed;
        emit Cancelled(msg.sender, refund);
        if (refund > 0) {
            bool ok = payable(msg.sender).send(refund);
            if (!ok) prepaid[msg.sender] += refund; // keep it claimable through the provider
        }
    }
}
