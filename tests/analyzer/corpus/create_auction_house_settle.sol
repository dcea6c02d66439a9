// expect: adversary-profit same-function
// options: defaults
// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;
/// An auction house where anyone lists a lot at a reserve of at least 3 ether and anyone
/// bids; a bid is recorded before the outbid bidder is refunded, but `settle` pays the seller
/// before it marks the lot settled. No bid is accepted before a lot exists, so honest users
/// list lots of their own and bid on them: their ether is in the house. The adversary lists,
/// bids on its own lot and settles it, re-entering `settle` from the seller's payment to be
/// paid the winning bid twice.

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
        (bool paid, ) = lot.seller.call{value: lot.bid}("");
        require(paid, "payment");
        lot.settled = true;
    }
}
