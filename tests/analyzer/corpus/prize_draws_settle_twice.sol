// expect: adversary-profit same-function
// options: defaults
// A house of prize draws: anyone opens a draw with a ticket price, a ticket count and a
// duration, which it refuses at zero through `if (...) revert`, and settling a sold-out or
// expired draw pays its whole pot to the winner before marking it settled. The adversary
// opens a draw of its own, buys its only ticket, and re-enters settle from the prize's
// transfer: the same draw pays again from the pots of the honest users' draws. No call
// passes with a zero argument, and the price a ticket costs is the draw's own, so the
// honest users' set-up opens a draw and pays the price its purchase compares the payment
// with.
pragma solidity ^0.8.20;

contract PrizeDraws {
    struct Draw {
        address opener;
        uint96 price;
        uint32 tickets;
        uint64 closesAt;
        bool settled;
        uint256 pot;
        address[] holders;
    }

    uint256 public constant MAX_DURATION = 14 days;
    Draw[] private draws;

    error InvalidDraw();
    error Closed(uint256 id);
    error StillOpen(uint256 id);
    error WrongPayment(uint256 expected, uint256 paid);
    error PayoutFailed();

    function open(uint96 price, uint32 tickets, uint64 duration) external returns (uint256 id) {
        if (price == 0 || tickets == 0 || duration == 0 || duration > MAX_DURATION)
            revert InvalidDraw();
        id = draws.length;
        Draw storage d = draws.push();
        d.opener = msg.sender;
        d.price = price;
        d.tickets = tickets;
        d.closesAt = uint64(block.timestamp) + duration;
    }

    function buy(uint256 id, uint32 count) external payable {
        if (id >= draws.length) revert InvalidDraw();
        Draw storage d = draws[id];
        if (d.settled || block.timestamp >= d.closesAt) revert Closed(id);
        if (count == 0 || count > d.tickets - d.holders.length) revert InvalidDraw();
        uint256 cost = uint256(d.price) * count;
        if (msg.value != cost) revert WrongPayment(cost, msg.value);
        for (uint256 i = 0; i < count; i++) d.holders.push(msg.sender);
        d.pot += msg.value;
    }

    function settle(uint256 id) external {
        if (id >= draws.length) revert InvalidDraw();
        Draw storage d = draws[id];
        require(!d.settled, "settled");
        uint256 sold = d.holders.length;
        require(sold > 0, "no tickets");
        if (sold < d.tickets && block.timestamp < d.closesAt) revert StillOpen(id);
        address winner = d.holders[uint256(keccak256(abi.encodePacked(block.timestamp, id))) % sold];
        (bool ok, ) = payable(winner).call{value: d.pot}("");
        if (!ok) revert PayoutFailed();
        d.settled = true;
        d.pot = 0;
    }
}
