// expect: safe
// options: defaults
// The house of prize draws with a settlement that marks the draw settled and empties its pot
// before paying the winner (checks-effects-interactions): a re-entered settle finds the draw
// settled.
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
        uint256 prize = d.pot;
        d.settled = true;
        d.pot = 0;
        (bool ok, ) = payable(winner).call{value: prize}("");
        if (!ok) revert PayoutFailed();
    }
}
