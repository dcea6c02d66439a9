// expect: safe
// options: defaults
// callback-freedom: proved
// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;
/// The auction house of create_auction_house_settle with `settle` in checks-effects-interactions
/// order: the lot is marked settled before the seller is paid, so a re-entered `settle` finds
/// nothing to settle. Honest users list lots of their own and bid on them, as there.

contract AuctionHouse {
    struct Lot {
        address seller;
        uint256 reserve;
        address bidder;
        uint256 bid;
        bool settled;
    }

    mapping(uint256 => Lot) public lots;
    uint256 public count;
    uint256 public constant MIN_RESERVE = 3 ether;

    function list(uint256 reserve) external returns (uint256 id) {
        require(reserve >= MIN_RESERVE, "reserve");
        id = count++;
        lots[id] = Lot(msg.sender, reserve, address(0), 0, false);
    }

    function bid(uint256 id) external payable {
        Lot storage lot = lots[id];
        require(lot.seller != address(0), "no lot");
        require(!lot.settled, "settled");
        require(msg.value > lot.bid && msg.value >= lot.reserve, "too low");
        (address outbid, uint256 refund) = (lot.bidder, lot.bid);
        lot.bidder = msg.sender;
        lot.bid = msg.value;
        if (outbid != address(0)) {
            (bool refunded, ) = outbid.call{value: refund}("");
            require(refunded, "refund");
        }
    }

    function settle(uint256 id) external {
        Lot storage lot = lots[id];
        require(!lot.settled && lot.bidder != address(0), "nothing to settle");
        lot.settled = true;
        (bool paid, ) = lot.seller.call{value: lot.bid}("");
        require(paid, "payment");
    }
}
