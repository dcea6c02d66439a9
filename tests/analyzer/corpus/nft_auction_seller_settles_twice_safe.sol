// expect: safe
// options: defaults
// The safe twin of nft_auction_seller_settles_twice: an English auction house for the items of
// its own collection, where settle marks the lot settled before it pays the seller, so a
// re-entry from the payout is refused. Honest users auction their items and bid on each
// other's lots, so the house escrows their bids.
// SPDX-License-Identifier: MIT
pragma solidity ^0.8.20;

contract Collectible {
    mapping(uint256 => address) public ownerOf;
    mapping(uint256 => address) public getApproved;
    uint256 public totalMinted;

    function mint() external returns (uint256 tokenId) {
        tokenId = ++totalMinted;
        ownerOf[tokenId] = msg.sender;
    }

    function approve(address spender, uint256 tokenId) external {
        require(ownerOf[tokenId] == msg.sender, "not owner");
        getApproved[tokenId] = spender;
    }

    function transferFrom(address from, address to, uint256 tokenId) external {
        require(ownerOf[tokenId] == from, "wrong owner");
        require(msg.sender == from || getApproved[tokenId] == msg.sender, "not allowed");
        getApproved[tokenId] = address(0);
        ownerOf[tokenId] = to;
    }
}

contract EnglishAuctions {
    struct Lot {
        address seller;
        uint256 tokenId;
        uint256 deadline;
        address leader;
        uint256 topBid;
        bool settled;
    }

    Collectible public immutable collection;
    Lot[] public lots;
    mapping(address => uint256) public pendingReturns;

    constructor() {
        collection = new Collectible();
    }

    function openLot(uint256 tokenId, uint256 biddingTime) external returns (uint256 lotId) {
        require(biddingTime > 0, "no time");
        collection.transferFrom(msg.sender, address(this), tokenId);
        lotId = lots.length;
        lots.push(Lot(msg.sender, tokenId, block.timestamp + biddingTime, address(0), 0, false));
    }

    function placeBid(uint256 lotId) external payable {
        Lot storage lot = lots[lotId];
        require(block.timestamp < lot.deadline, "closed");
        require(msg.value > lot.topBid, "too low");
        if (lot.leader != address(0)) pendingReturns[lot.leader] += lot.topBid;
        lot.leader = msg.sender;
        lot.topBid = msg.value;
    }

    function withdrawReturn() external {
        uint256 amount = pendingReturns[msg.sender];
        pendingReturns[msg.sender] = 0;
        payable(msg.sender).transfer(amount);
    }

    function settle(uint256 lotId) external {
        Lot storage lot = lots[lotId];
        require(msg.sender == lot.seller, "not seller");
        require(block.timestamp >= lot.deadline, "running");
        require(!lot.settled, "settled");
        lot.settled = true;
        (bool ok, ) = lot.seller.call{value: lot.topBid}("");
        require(ok, "payout failed");
    }

    function collect(uint256 lotId) external {
        Lot storage lot = lots[lotId];
        require(block.timestamp >= lot.deadline, "running");
        require(msg.sender == (lot.leader == address(0) ? lot.seller : lot.leader), "not winner");
        require(lot.tokenId != 0, "collected");
        uint256 tokenId = lot.tokenId;
        lot.tokenId = 0;
        collection.transferFrom(address(this), msg.sender, tokenId);
    }
}
